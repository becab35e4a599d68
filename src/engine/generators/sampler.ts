import { throwIfAborted } from './errors.js';
import type { WindowShape } from './frames.js';
import type { Rng } from './random.js';
import type { DiffusionScheduler } from './schedulers/index.js';

/**
 * Runs the denoiser once on the guidance batch: `sample` holds the conditional half then the unconditional
 * half (each one window, `[C, F, H, W]`), and the prediction for both halves must be written into `out`.
 */
export type GuidedDenoise = (sample: Float32Array, timestep: number, out: Float32Array) => Promise<void>;

/** The big per-window buffers, allocated once per window shape and reused by every step of every job. */
export class SamplerBuffers {
  readonly size: number;
  /** Denoiser input, guidance batch `[2, C, F, H, W]`. */
  readonly sample: Float32Array;
  /** Denoiser output, guidance batch. */
  readonly out: Float32Array;
  /** The running sample x_t of one window. */
  readonly x: Float32Array;
  /** The window's initial noise, kept to re-noise known frames at every step. */
  readonly noise: Float32Array;
  /** Guided prediction for one window. */
  readonly guided: Float32Array;

  constructor(size: number) {
    this.size = size;
    this.sample = new Float32Array(2 * size);
    this.out = new Float32Array(2 * size);
    this.x = new Float32Array(size);
    this.noise = new Float32Array(size);
    this.guided = new Float32Array(size);
  }
}

/** Everything one window's sampling run needs. */
export interface WindowSampling {
  shape: WindowShape;
  scheduler: DiffusionScheduler;
  /** Known frames of the window in x0 space (`[C, H, W]` each), undefined where the model must invent. */
  known: readonly (Float32Array | undefined)[];
  rng: Rng;
  guidance: number;
  /**
   * Noise levels t (as rectified flow's t, 1 = pure noise) inside which guidance applies; outside it the
   * conditional prediction is used alone. Guidance at the very start and end of a run mostly adds artefacts
   * (Kynkäänniemi et al. 2024, "Applying guidance in a limited interval"). Default: every step.
   */
  guidanceInterval?: readonly [number, number] | undefined;
  denoise: GuidedDenoise;
  buffers: SamplerBuffers;
  signal?: AbortSignal | undefined;
  onStep?: (() => void) | undefined;
}

/** Writes a·x0 + b·noise over frame `f` of a `[C, F, H, W]` clip (b = 0 writes x0 itself). */
function replaceFrame(
  x: Float32Array,
  noise: Float32Array,
  x0: Float32Array,
  shape: WindowShape,
  f: number,
  a: number,
  b: number,
): void {
  const hw = shape.height * shape.width;
  for (let c = 0; c < shape.channels; c++) {
    const base = (c * shape.frames + f) * hw;
    const src = c * hw;
    for (let i = 0; i < hw; i++) x[base + i] = a * x0[src + i]! + b * noise[base + i]!;
  }
}

/**
 * Samples one window with classifier-free guidance: both halves go through the denoiser in one batch and are
 * combined as uncond + g·(cond − uncond). Known frames are replaced in x_t at every step with the known
 * clean frame noised to the current level, so any model, trained for conditioning or not, keeps them; after
 * the last step they are written back exactly. Returns the window in x0 space (`buffers.x`, reused by the next
 * call). Checks `signal` before every step, so a cancel never waits for more than one denoiser run.
 */
export async function sampleWindow(run: WindowSampling): Promise<Float32Array> {
  const { shape, scheduler, known, buffers } = run;
  const [from, to] = run.guidanceInterval ?? [0, 1];
  const { x, noise, sample, out, guided, size } = buffers;
  run.rng.fillGaussian(noise);
  const init = scheduler.initNoiseSigma;
  for (let i = 0; i < size; i++) x[i] = noise[i]! * init;
  const steps = scheduler.timesteps.length;
  for (let i = 0; i < steps; i++) {
    throwIfAborted(run.signal);
    const [a, b] = scheduler.noiseCoefficients(i);
    for (let f = 0; f < shape.frames; f++) {
      const k = known[f];
      if (k !== undefined) replaceFrame(x, noise, k, shape, f, a, b);
    }
    const scale = scheduler.inputScale(i);
    if (scale === 1) sample.set(x);
    else for (let j = 0; j < size; j++) sample[j] = x[j]! * scale;
    sample.copyWithin(size, 0, size);
    await run.denoise(sample, scheduler.timesteps[i]!, out);
    // a·x0 + b·ε is rectified flow's x_t scaled by a + b, at t = b / (a + b): one measure for every scheduler
    const t = b / (a + b);
    const guidance = t >= from && t <= to ? run.guidance : 1;
    for (let j = 0; j < size; j++) {
      const u = out[size + j]!;
      guided[j] = u + guidance * (out[j]! - u);
    }
    scheduler.step(i, guided, x);
    run.onStep?.();
  }
  for (let f = 0; f < shape.frames; f++) {
    const k = known[f];
    if (k !== undefined) replaceFrame(x, noise, k, shape, f, 1, 0);
  }
  return x;
}
