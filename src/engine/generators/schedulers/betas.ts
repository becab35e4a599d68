import type { SchedulerConfig } from './types.js';

/** `numpy.linspace(start, stop, n)` in float64. */
export function linspace(start: number, stop: number, n: number): number[] {
  if (n === 1) return [start];
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(start + ((stop - start) * i) / (n - 1));
  return out;
}

/** The training noise schedule ᾱ_t (cumulative product of 1 − β_t), as diffusers builds it from the config. */
export function alphasCumprod(config: SchedulerConfig): Float64Array {
  const n = config.num_train_timesteps ?? 1000;
  const start = config.beta_start ?? 0.0001;
  const end = config.beta_end ?? 0.02;
  let betas: number[];
  if (Array.isArray(config.trained_betas) && config.trained_betas.length > 0) betas = config.trained_betas;
  else {
    switch (config.beta_schedule ?? 'linear') {
      case 'linear':
        betas = linspace(start, end, n);
        break;
      case 'scaled_linear':
        betas = linspace(Math.sqrt(start), Math.sqrt(end), n).map((b) => b * b);
        break;
      case 'squaredcos_cap_v2': {
        const f = (t: number) => Math.cos(((t + 0.008) / 1.008) * (Math.PI / 2)) ** 2;
        betas = [];
        for (let i = 0; i < n; i++) betas.push(Math.min(1 - f((i + 1) / n) / f(i / n), 0.999));
        break;
      }
      default:
        throw new Error(`unsupported beta_schedule "${config.beta_schedule}"`);
    }
  }
  const out = new Float64Array(betas.length);
  let prod = 1;
  for (let i = 0; i < betas.length; i++) {
    prod *= 1 - betas[i]!;
    out[i] = prod;
  }
  return out;
}

/** σ_t = √((1 − ᾱ_t)/ᾱ_t), the noise-to-signal ratio the Euler and DPM-Solver schedulers work in. */
export function sigmaOf(alphaCumprod: number): number {
  return Math.sqrt((1 - alphaCumprod) / alphaCumprod);
}

/** Linear interpolation of `values` (defined at 0, 1, …, n−1) at fractional index `t`, like `np.interp`. */
export function interp(t: number, values: ArrayLike<number>): number {
  if (t <= 0) return values[0]!;
  const last = values.length - 1;
  if (t >= last) return values[last]!;
  const i = Math.floor(t);
  const f = t - i;
  return values[i]! * (1 - f) + values[i + 1]! * f;
}

/** numpy's `round` (half to even), so timesteps match diffusers' exactly on .5 ties. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * Inference timesteps (descending, integers) for `steps` steps per diffusers' `timestep_spacing`:
 * `leading` (N//steps apart from 0, plus steps_offset), `trailing` (from N−1 down), `linspace` (0…N−1).
 */
export function spacedTimesteps(config: SchedulerConfig, steps: number, spacingDefault: string): number[] {
  const n = config.num_train_timesteps ?? 1000;
  const spacing = config.timestep_spacing ?? spacingDefault;
  const offset = config.steps_offset ?? 0;
  switch (spacing) {
    case 'linspace':
      return linspace(0, n - 1, steps)
        .map(roundHalfEven)
        .reverse();
    case 'leading': {
      const ratio = Math.floor(n / steps);
      const out: number[] = [];
      for (let i = steps - 1; i >= 0; i--) out.push(i * ratio + offset);
      return out;
    }
    case 'trailing': {
      const ratio = n / steps;
      const out: number[] = [];
      for (let t = n; t > 0 && out.length < steps; t -= ratio) out.push(roundHalfEven(t) - 1);
      return out;
    }
    default:
      throw new Error(`unsupported timestep_spacing "${spacing}"`);
  }
}
