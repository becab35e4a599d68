import { alphasCumprod, interp, linspace, sigmaOf, spacedTimesteps } from './betas.js';
import type { DiffusionScheduler, SchedulerConfig } from './types.js';

/**
 * diffusers' EulerDiscreteScheduler (no churn): works on x = x0 + σ·ε, feeds the model x/√(σ²+1), and steps
 * x ← x + (σ_next − σ)·(x − x0)/σ, with σ interpolated from the training schedule at each timestep.
 */
export class EulerDiscreteScheduler implements DiffusionScheduler {
  readonly name = 'EulerDiscreteScheduler';
  readonly timesteps: readonly number[];
  readonly sigmas: readonly number[];
  readonly initNoiseSigma: number;
  readonly #prediction: string;

  constructor(config: SchedulerConfig, steps: number) {
    const alphas = alphasCumprod(config);
    const n = alphas.length;
    const all = Array.from(alphas, sigmaOf);
    const spacing = config.timestep_spacing ?? 'linspace';
    // Unlike DDIM, Euler keeps linspace timesteps fractional (diffusers does not round them).
    const timesteps =
      spacing === 'linspace' ? linspace(0, n - 1, steps).reverse() : spacedTimesteps(config, steps, spacing);
    this.timesteps = timesteps;
    const sigmas = timesteps.map((t) => interp(t, all));
    sigmas.push(0);
    this.sigmas = sigmas;
    const max = Math.max(...sigmas);
    this.initNoiseSigma = spacing === 'linspace' || spacing === 'trailing' ? max : Math.sqrt(max * max + 1);
    this.#prediction = config.prediction_type ?? 'epsilon';
    if (!['epsilon', 'v_prediction', 'sample'].includes(this.#prediction)) {
      throw new Error(`EulerDiscreteScheduler: unsupported prediction_type "${this.#prediction}"`);
    }
  }

  inputScale(i: number): number {
    const s = this.sigmas[i]!;
    return 1 / Math.sqrt(s * s + 1);
  }

  noiseCoefficients(i: number): [number, number] {
    return [1, this.sigmas[i] ?? 0];
  }

  step(i: number, modelOutput: Float32Array, sample: Float32Array): void {
    const s = this.sigmas[i]!;
    const next = this.sigmas[i + 1]!;
    const c = 1 / Math.sqrt(s * s + 1);
    // x0 from the model output, in the unscaled sample space the scheduler steps in.
    let xx: number;
    let xm: number;
    if (this.#prediction === 'epsilon') [xx, xm] = [1, -s];
    else if (this.#prediction === 'v_prediction') [xx, xm] = [1 / (s * s + 1), -s * c];
    else [xx, xm] = [0, 1];
    const r = (next - s) / s;
    for (let j = 0; j < sample.length; j++) {
      const x = sample[j]!;
      const x0 = xx * x + xm * modelOutput[j]!;
      sample[j] = x + r * (x - x0);
    }
  }
}
