import { alphasCumprod, interp, linspace, roundHalfEven, sigmaOf } from './betas.js';
import { predictionCoefficients } from './ddim.js';
import type { DiffusionScheduler, SchedulerConfig } from './types.js';

/**
 * diffusers' DPMSolverMultistepScheduler, `dpmsolver++`, second order, midpoint solver: the model output is
 * turned into an x0 estimate, and each step combines it with the previous step's estimate. The first step and
 * the last (diffusers' `lower_order_final`, always taken when the final σ is 0) are first order.
 */
export class DpmSolverMultistepScheduler implements DiffusionScheduler {
  readonly name = 'DPMSolverMultistepScheduler';
  readonly timesteps: readonly number[];
  readonly sigmas: readonly number[];
  readonly initNoiseSigma = 1;
  readonly #prediction: string;
  readonly #previous: Float32Array;
  #hasPrevious = false;

  constructor(config: SchedulerConfig, steps: number, size: number) {
    const alphas = alphasCumprod(config);
    const n = alphas.length;
    const spacing = config.timestep_spacing ?? 'linspace';
    let timesteps: number[];
    if (spacing === 'linspace') {
      timesteps = linspace(0, n - 1, steps + 1)
        .map(roundHalfEven)
        .reverse()
        .slice(0, steps);
    } else if (spacing === 'leading') {
      const ratio = Math.floor(n / (steps + 1));
      timesteps = [];
      for (let i = steps; i >= 1; i--) timesteps.push(i * ratio + (config.steps_offset ?? 0));
    } else if (spacing === 'trailing') {
      const ratio = n / steps;
      timesteps = [];
      for (let t = n; t > 0 && timesteps.length < steps; t -= ratio) timesteps.push(roundHalfEven(t) - 1);
    } else throw new Error(`unsupported timestep_spacing "${spacing}"`);
    this.timesteps = timesteps;
    const all = Array.from(alphas, sigmaOf);
    const sigmas = timesteps.map((t) => interp(t, all));
    sigmas.push(config.final_sigmas_type === 'sigma_min' ? all[0]! : 0);
    this.sigmas = sigmas;
    this.#prediction = config.prediction_type ?? 'epsilon';
    predictionCoefficients(this.#prediction, 1, 1);
    if (config.algorithm_type !== undefined && config.algorithm_type !== 'dpmsolver++') {
      throw new Error(`DPMSolverMultistepScheduler: only algorithm_type "dpmsolver++" is supported`);
    }
    // The one extra buffer the multistep method needs, allocated per run, not per step.
    this.#previous = new Float32Array(size);
  }

  /** (α_t, σ_t) of the VP form x = α_t·x0 + σ_t·ε for the scheduler's σ = σ_t/α_t. */
  #alphaSigma(i: number): [number, number] {
    const s = this.sigmas[i] ?? 0;
    const a = 1 / Math.sqrt(s * s + 1);
    return [a, s * a];
  }

  inputScale(): number {
    return 1;
  }

  noiseCoefficients(i: number): [number, number] {
    return this.#alphaSigma(i);
  }

  step(i: number, modelOutput: Float32Array, sample: Float32Array): void {
    const [as, ss] = this.#alphaSigma(i);
    const [at, st] = this.#alphaSigma(i + 1);
    const [xx, xm] = predictionCoefficients(this.#prediction, as, ss);
    const lambdaT = Math.log(at) - Math.log(st);
    const lambdaS = Math.log(as) - Math.log(ss);
    const h = lambdaT - lambdaS;
    const ratio = st / ss;
    const k = at * (Math.exp(-h) - 1);
    const last = i === this.timesteps.length - 1;
    const firstOrder = !this.#hasPrevious || last;
    let d1Scale = 0;
    if (!firstOrder) {
      const [ap, sp] = this.#alphaSigma(i - 1);
      const r0 = (lambdaS - (Math.log(ap) - Math.log(sp))) / h;
      d1Scale = 0.5 / r0;
    }
    const prev = this.#previous;
    for (let j = 0; j < sample.length; j++) {
      const x = sample[j]!;
      const x0 = xx * x + xm * modelOutput[j]!;
      // D1 = (m0 − m1)/r0; x_t = (σ_t/σ_s)·x − α_t(e^−h − 1)·(D0 + ½·D1)
      const d = firstOrder ? x0 : x0 + d1Scale * (x0 - prev[j]!);
      sample[j] = ratio * x - k * d;
      prev[j] = x0;
    }
    this.#hasPrevious = true;
  }
}
