import type { DiffusionScheduler, SchedulerConfig } from './types.js';

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

  constructor(config: SchedulerConfig, steps: number) {
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
  }

  inputScale(): number {
    return 1;
  }

  noiseCoefficients(i: number): [number, number] {
    const s = this.sigmas[i] ?? 0;
    return [1 - s, s];
  }

  step(i: number, modelOutput: Float32Array, sample: Float32Array): void {
    const s = this.sigmas[i]!;
    const next = this.sigmas[i + 1]!;
    if (this.#prediction === 'sample') {
      // Euler on v = (x_t − x0)/t: x_next = x_t + (t_next − t)·v = x0 + (t_next/t)·(x_t − x0).
      const r = next / s;
      for (let j = 0; j < sample.length; j++) {
        const x0 = modelOutput[j]!;
        sample[j] = x0 + r * (sample[j]! - x0);
      }
    } else {
      const dt = next - s;
      for (let j = 0; j < sample.length; j++) sample[j] = sample[j]! + dt * modelOutput[j]!;
    }
  }
}
