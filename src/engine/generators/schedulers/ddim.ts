import { alphasCumprod, spacedTimesteps } from './betas.js';
import type { DiffusionScheduler, SchedulerConfig } from './types.js';

/**
 * x0 and ε as linear combinations of the sample x and the model output m, for a sample
 * x = a·x0 + b·ε: `[x0_x, x0_m, eps_x, eps_m]`. Precomputed per step so the per-element loop is two
 * multiply-adds whatever the prediction type.
 */
export function predictionCoefficients(
  prediction: string,
  a: number,
  b: number,
): [number, number, number, number] {
  switch (prediction) {
    case 'v_prediction':
      return [a, -b, b, a];
    case 'sample':
      return [0, 1, 1 / b, -a / b];
    case 'epsilon':
      return [1 / a, -b / a, 0, 1];
    default:
      throw new Error(`unsupported prediction_type "${prediction}"`);
  }
}

/** diffusers' DDIMScheduler with η = 0 (deterministic), epsilon / v / sample prediction. */
export class DdimScheduler implements DiffusionScheduler {
  readonly name = 'DDIMScheduler';
  readonly timesteps: readonly number[];
  readonly initNoiseSigma = 1;
  readonly #alphas: Float64Array;
  readonly #final: number;
  readonly #ratio: number;
  readonly #prediction: string;
  readonly #clip: number | undefined;

  constructor(config: SchedulerConfig, steps: number) {
    this.#alphas = alphasCumprod(config);
    this.timesteps = spacedTimesteps(config, steps, 'leading');
    this.#final = (config.set_alpha_to_one ?? true) ? 1 : this.#alphas[0]!;
    this.#ratio = Math.floor((config.num_train_timesteps ?? 1000) / steps);
    this.#prediction = config.prediction_type ?? 'epsilon';
    predictionCoefficients(this.#prediction, 1, 1);
    this.#clip = config.clip_sample === true ? (config.clip_sample_range ?? 1) : undefined;
  }

  /** ᾱ at the step's timestep; past the last step, the final ᾱ the run ends on. */
  #alphaAt(i: number): number {
    if (i >= this.timesteps.length) return this.#final;
    return this.#alphas[this.timesteps[i]!]!;
  }

  inputScale(): number {
    return 1;
  }

  noiseCoefficients(i: number): [number, number] {
    const a = this.#alphaAt(i);
    return [Math.sqrt(a), Math.sqrt(1 - a)];
  }

  step(i: number, modelOutput: Float32Array, sample: Float32Array): void {
    const alpha = this.#alphaAt(i);
    // diffusers steps to t − N/steps, whatever the spacing; below 0 it lands on the final ᾱ.
    const prevT = this.timesteps[i]! - this.#ratio;
    const prev = prevT >= 0 ? this.#alphas[prevT]! : this.#final;
    const [xx, xm, ex, em] = predictionCoefficients(this.#prediction, Math.sqrt(alpha), Math.sqrt(1 - alpha));
    const pa = Math.sqrt(prev);
    const pb = Math.sqrt(1 - prev);
    const clip = this.#clip;
    for (let j = 0; j < sample.length; j++) {
      const x = sample[j]!;
      const m = modelOutput[j]!;
      let x0 = xx * x + xm * m;
      if (clip !== undefined) x0 = x0 < -clip ? -clip : Math.min(x0, clip);
      sample[j] = pa * x0 + pb * (ex * x + em * m);
    }
  }
}
