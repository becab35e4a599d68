import type { Rng } from '../random.js';
import type { DiffusionScheduler, SchedulerConfig } from './types.js';

/** Options of a flow-matching run beyond diffusers' config. */
export interface FlowMatchOptions {
  /**
   * Fraction η ∈ [0, 1] of the noise to draw afresh at every step (0: the deterministic Euler ODE). The
   * step lands on the same noise level either way; what changes is that errors the model made in earlier
   * steps are partly washed out instead of carried along (DDIM's η, for rectified flow).
   */
  eta?: number | undefined;
  /** The window's noise stream; required when η > 0. */
  rng?: Rng;
}

/**
 * diffusers' FlowMatchEulerDiscreteScheduler (static shift) for a rectified-flow model:
 * x_t = (1 − t)·x0 + t·noise. σ runs linearly from 1 to the training grid's smallest σ, the shift
 * σ' = s·σ / (1 + (s − 1)·σ) is applied as diffusers does, and a final 0 ends the run on the clean clip.
 * The denoiser receives t = σ in [0, 1] (docs/model-format.md), not diffusers' σ·1000.
 */
export class FlowMatchEulerScheduler implements DiffusionScheduler {
  readonly name = 'FlowMatchEulerDiscreteScheduler';
  readonly timesteps: readonly number[];
  readonly sigmas: readonly number[];
  readonly initNoiseSigma = 1;
  readonly #prediction: string;
  readonly #eta: number;
  readonly #rng: Rng | undefined;

  constructor(config: SchedulerConfig, steps: number, options: FlowMatchOptions = {}) {
    const n = config.num_train_timesteps ?? 1000;
    const shift = config.shift ?? 1;
    const shifted = (s: number) => (shift * s) / (1 + (shift - 1) * s);
    // diffusers builds its training grid as shifted(1/N … 1) and spaces inference steps between its ends,
    // then shifts again; reproducing that keeps sampling identical to a diffusers run of the same model.
    const sigmaMax = shifted(1);
    const sigmaMin = shifted(1 / n);
    const sigmas: number[] = [];
    for (let i = 0; i < steps; i++) {
      const s = steps === 1 ? sigmaMax : sigmaMax + ((sigmaMin - sigmaMax) * i) / (steps - 1);
      sigmas.push(shifted(s));
    }
    this.timesteps = sigmas.slice();
    sigmas.push(0);
    this.sigmas = sigmas;
    this.#prediction = config.prediction_type ?? 'sample';
    if (!['sample', 'flow_prediction', 'velocity', 'v_prediction'].includes(this.#prediction)) {
      throw new Error(`FlowMatchEulerDiscreteScheduler: unsupported prediction_type "${this.#prediction}"`);
    }
    const eta = options.eta ?? 0;
    if (!(eta >= 0 && eta <= 1))
      throw new Error(`FlowMatchEulerDiscreteScheduler: eta must be in [0, 1], got ${eta}`);
    if (eta > 0 && options.rng === undefined)
      throw new Error('FlowMatchEulerDiscreteScheduler: eta > 0 needs an rng');
    this.#eta = eta;
    this.#rng = options.rng;
  }

  inputScale(): number {
    return 1;
  }

  noiseCoefficients(i: number): [number, number] {
    const s = this.sigmas[i] ?? 0;
    return [1 - s, s];
  }

  step(i: number, modelOutput: Float32Array, sample: Float32Array): void {
    const t = this.sigmas[i]!;
    const next = this.sigmas[i + 1]!;
    const x0Prediction = this.#prediction === 'sample';
    if (this.#eta === 0 || next === 0) {
      if (x0Prediction) {
        // Euler on v = (x_t − x0)/t: x_next = x_t + (t_next − t)·v = x0 + (t_next/t)·(x_t − x0).
        const r = next / t;
        for (let j = 0; j < sample.length; j++) {
          const x0 = modelOutput[j]!;
          sample[j] = x0 + r * (sample[j]! - x0);
        }
      } else {
        const dt = next - t;
        for (let j = 0; j < sample.length; j++) sample[j] = sample[j]! + dt * modelOutput[j]!;
      }
      return;
    }
    // x_t = (1 − t)·x0 + t·ε: split the sample into the predicted x0 and the noise ε̂ it implies, then land
    // on (1 − t_next)·x0 + t_next·(√(1 − η²)·ε̂ + η·z) with fresh z (still unit variance).
    const rng = this.#rng!;
    const keep = Math.sqrt(1 - this.#eta * this.#eta);
    for (let j = 0; j < sample.length; j++) {
      const x = sample[j]!;
      const out = modelOutput[j]!;
      // velocity v = ε − x0, so x0 = x − t·v
      const x0 = x0Prediction ? out : x - t * out;
      const eps = (x - (1 - t) * x0) / t;
      sample[j] = (1 - next) * x0 + next * (keep * eps + this.#eta * rng.nextGaussian());
    }
  }
}
