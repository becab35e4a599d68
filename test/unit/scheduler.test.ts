import { describe, expect, it } from 'vitest';
import { createScheduler, Rng, type SchedulerConfig } from '../../src/engine/generators/index.js';
import { SamplerBuffers, sampleWindow } from '../../src/engine/generators/sampler.js';
import { FlowMatchEulerScheduler } from '../../src/engine/generators/schedulers/index.js';

const SD: SchedulerConfig = {
  num_train_timesteps: 1000,
  beta_start: 0.00085,
  beta_end: 0.012,
  beta_schedule: 'scaled_linear',
  steps_offset: 1,
  set_alpha_to_one: false,
};

/** ᾱ_t straight from the published scaled-linear definition, independent of the implementation. */
function sdAlphasCumprod(): number[] {
  const out: number[] = [];
  let prod = 1;
  const a = Math.sqrt(0.00085);
  const b = Math.sqrt(0.012);
  for (let i = 0; i < 1000; i++) {
    const beta = (a + ((b - a) * i) / 999) ** 2;
    prod *= 1 - beta;
    out.push(prod);
  }
  return out;
}

describe('scheduler timesteps match diffusers’ published formulas', () => {
  it('GIVEN DDIM, leading spacing, 50 of 1000 steps, steps_offset 1 THEN 981, 961, …, 1', () => {
    const s = createScheduler({ ...SD, _class_name: 'DDIMScheduler', timestep_spacing: 'leading' }, 50, 1);
    expect(s.timesteps).toEqual(Array.from({ length: 50 }, (_, i) => 981 - 20 * i));
  });

  it('GIVEN DDIM trailing and linspace spacing THEN 999, 899, …, 99 and 999, 888, …, 0', () => {
    const trailing = createScheduler(
      { ...SD, _class_name: 'DDIMScheduler', timestep_spacing: 'trailing' },
      10,
      1,
    );
    expect(trailing.timesteps).toEqual([999, 899, 799, 699, 599, 499, 399, 299, 199, 99]);
    const lin = createScheduler({ ...SD, _class_name: 'DDIMScheduler', timestep_spacing: 'linspace' }, 10, 1);
    expect(lin.timesteps).toEqual([999, 888, 777, 666, 555, 444, 333, 222, 111, 0]);
  });

  it('GIVEN DDIM with set_alpha_to_one false THEN the last step lands on ᾱ_0, not 1', () => {
    const s = createScheduler({ ...SD, _class_name: 'DDIMScheduler' }, 50, 1);
    const alphas = sdAlphasCumprod();
    const [a] = s.noiseCoefficients(50);
    expect(a).toBeCloseTo(Math.sqrt(alphas[0]!), 12);
    const [a0, b0] = s.noiseCoefficients(0);
    expect(a0).toBeCloseTo(Math.sqrt(alphas[981]!), 12);
    expect(b0).toBeCloseTo(Math.sqrt(1 - alphas[981]!), 12);
  });

  it('GIVEN Euler, linspace spacing THEN σ = √((1 − ᾱ)/ᾱ) at fractional timesteps, σ_max ≈ 14.6146', () => {
    const s = createScheduler(
      { ...SD, _class_name: 'EulerDiscreteScheduler', timestep_spacing: 'linspace' },
      10,
      1,
    );
    const alphas = sdAlphasCumprod();
    const sigma = (t: number) => {
      const i = Math.floor(t);
      const f = t - i;
      const at = (k: number) => Math.sqrt((1 - alphas[k]!) / alphas[k]!);
      return f === 0 ? at(i) : at(i) * (1 - f) + at(i + 1) * f;
    };
    expect(s.timesteps[0]).toBe(999);
    expect(s.timesteps[1]).toBeCloseTo(888, 10);
    expect(s.initNoiseSigma).toBeCloseTo(14.6146, 3);
    const [, b0] = s.noiseCoefficients(0);
    expect(b0).toBeCloseTo(sigma(999), 10);
    const [, b3] = s.noiseCoefficients(3);
    expect(b3).toBeCloseTo(sigma(666), 10);
    expect(s.noiseCoefficients(10)).toEqual([1, 0]);
    // The model sees x/√(σ²+1).
    expect(s.inputScale(0)).toBeCloseTo(1 / Math.sqrt(sigma(999) ** 2 + 1), 10);
  });

  it('GIVEN Euler with leading spacing THEN init noise σ is √(σ_max² + 1)', () => {
    const s = createScheduler(
      { ...SD, _class_name: 'EulerDiscreteScheduler', timestep_spacing: 'leading' },
      50,
      1,
    );
    expect(s.timesteps[0]).toBe(981);
    const alphas = sdAlphasCumprod();
    const smax = Math.sqrt((1 - alphas[981]!) / alphas[981]!);
    expect(s.initNoiseSigma).toBeCloseTo(Math.sqrt(smax * smax + 1), 8);
  });

  it('GIVEN DPM-Solver, linspace spacing, 25 steps THEN linspace(0, 999, 26) rounded, reversed, last dropped', () => {
    const s = createScheduler({ ...SD, _class_name: 'DPMSolverMultistepScheduler' }, 25, 1);
    expect(s.timesteps.slice(0, 6)).toEqual([999, 959, 919, 879, 839, 799]);
    expect(s.timesteps).toHaveLength(25);
    expect(s.timesteps[24]).toBe(40);
  });

  it('GIVEN flow matching with shift 1 THEN σ runs linearly 1 → 1/N then 0; shift 3 bends it', () => {
    const s = createScheduler({ _class_name: 'FlowMatchEulerDiscreteScheduler', shift: 1 }, 4, 1);
    const expected = [1, 1 - 0.999 / 3, 1 - (2 * 0.999) / 3, 0.001];
    s.timesteps.forEach((t, i) => {
      expect(t).toBeCloseTo(expected[i]!, 12);
    });
    expect(s.noiseCoefficients(4)).toEqual([1, 0]);
    const shifted = createScheduler({ _class_name: 'FlowMatchEulerDiscreteScheduler', shift: 3 }, 4, 1);
    const sh = (x: number) => (3 * x) / (1 + 2 * x);
    const min = sh(0.001);
    const lin = [1, 1 + (min - 1) / 3, 1 + (2 * (min - 1)) / 3, min];
    shifted.timesteps.forEach((t, i) => {
      expect(t).toBeCloseTo(sh(lin[i]!), 12);
    });
  });

  it('GIVEN an unknown class or spacing THEN it refuses with the name', () => {
    expect(() => createScheduler({ _class_name: 'UniPCMultistepScheduler' }, 10, 1)).toThrow(/UniPC/);
    expect(() => createScheduler({ _class_name: 'DDIMScheduler', timestep_spacing: 'odd' }, 10, 1)).toThrow(
      /odd/,
    );
  });
});

describe('every scheduler’s update rule lands on x0 when the model is exact', () => {
  const shape = { channels: 1, frames: 2, height: 2, width: 2 };
  const size = 8;
  const x0 = Float32Array.from({ length: size }, (_, i) => Math.sin(i + 1) * 0.8);
  const cases: [string, SchedulerConfig][] = [
    ['DDIM ε', { ...SD, _class_name: 'DDIMScheduler', set_alpha_to_one: true }],
    [
      'DDIM v',
      { ...SD, _class_name: 'DDIMScheduler', set_alpha_to_one: true, prediction_type: 'v_prediction' },
    ],
    ['Euler ε', { ...SD, _class_name: 'EulerDiscreteScheduler' }],
    ['Euler v', { ...SD, _class_name: 'EulerDiscreteScheduler', prediction_type: 'v_prediction' }],
    ['DPM++ ε', { ...SD, _class_name: 'DPMSolverMultistepScheduler' }],
    ['DPM++ v', { ...SD, _class_name: 'DPMSolverMultistepScheduler', prediction_type: 'v_prediction' }],
    ['flow x0', { _class_name: 'FlowMatchEulerDiscreteScheduler', shift: 3 }],
  ];
  for (const [name, config] of cases) {
    it(`GIVEN ${name} THEN sampling with an oracle denoiser returns x0`, async () => {
      const scheduler = createScheduler(config, 8, size);
      let i = 0;
      const x = await sampleWindow({
        shape,
        scheduler,
        known: [],
        rng: new Rng(7),
        guidance: 1,
        buffers: new SamplerBuffers(size),
        denoise: async (sample, _t, out) => {
          // The model sees z = A·x0 + B·ε (VP form after input scaling); answer with the exact ε, v or x0.
          const [a, b] = scheduler.noiseCoefficients(i);
          const scale = scheduler.inputScale(i);
          const A = a * scale;
          const B = b * scale;
          for (let h = 0; h < 2; h++) {
            for (let j = 0; j < size; j++) {
              const eps = (sample[h * size + j]! - A * x0[j]!) / B;
              const p = config.prediction_type ?? (name.startsWith('flow') ? 'sample' : 'epsilon');
              out[h * size + j] = p === 'sample' ? x0[j]! : p === 'v_prediction' ? A * eps - B * x0[j]! : eps;
            }
          }
          i++;
        },
      });
      for (let j = 0; j < size; j++) expect(x[j]).toBeCloseTo(x0[j]!, 3);
    });
  }
});

describe('flow matching with fresh noise (η)', () => {
  const size = 40_000;

  /** Step 3 of 10 (t = 0.667 → 0.556) on x_t = (1 − t)·x0 + t·ε with the exact x0; the noise it lands with. */
  function impliedNoise(eta: number): { eps: Float32Array; after: Float32Array } {
    const scheduler = new FlowMatchEulerScheduler({}, 10, { eta, rng: new Rng(5) });
    const t = scheduler.sigmas[3]!;
    const next = scheduler.sigmas[4]!;
    const x0 = new Rng(3).fillGaussian(new Float32Array(size)).map((v) => 0.5 * v);
    const eps = new Rng(4).fillGaussian(new Float32Array(size));
    const sample = x0.map((v, j) => (1 - t) * v + t * eps[j]!);
    scheduler.step(3, x0, sample);
    return { eps, after: sample.map((v, j) => (v - (1 - next) * x0[j]!) / next) };
  }

  const moments = (a: Float32Array, b: Float32Array) => {
    let aa = 0;
    let ab = 0;
    for (let j = 0; j < a.length; j++) {
      aa += a[j]! * a[j]!;
      ab += a[j]! * b[j]!;
    }
    return { variance: aa / a.length, correlation: ab / a.length };
  };

  it('GIVEN η = 0 THEN the step keeps the noise it had (the Euler ODE)', () => {
    const { eps, after } = impliedNoise(0);
    for (let j = 0; j < 100; j++) expect(after[j]).toBeCloseTo(eps[j]!, 4);
  });

  it('GIVEN η = 0.5 THEN it lands on the next level with unit-variance noise, √(1 − η²) of it the old noise', () => {
    const { eps, after } = impliedNoise(0.5);
    const m = moments(after, eps);
    expect(m.variance).toBeGreaterThan(0.97);
    expect(m.variance).toBeLessThan(1.03);
    expect(m.correlation).toBeGreaterThan(Math.sqrt(0.75) - 0.02);
    expect(m.correlation).toBeLessThan(Math.sqrt(0.75) + 0.02);
  });

  it('GIVEN η outside [0, 1], η without a noise stream, or η on another scheduler THEN it refuses', () => {
    const flow = { _class_name: 'FlowMatchEulerDiscreteScheduler' };
    expect(() => createScheduler(flow, 4, 1, { eta: 1.5, rng: new Rng(1) })).toThrow(
      /eta must be in \[0, 1\]/,
    );
    expect(() => createScheduler(flow, 4, 1, { eta: 0.5 })).toThrow(/needs an rng/);
    expect(() =>
      createScheduler({ ...SD, _class_name: 'DDIMScheduler' }, 4, 1, { eta: 0.5, rng: new Rng(1) }),
    ).toThrow(/FlowMatchEulerDiscreteScheduler only, not DDIMScheduler/);
  });
});

describe('guidance interval', () => {
  it('GIVEN an interval THEN guidance applies at the steps whose noise level is inside it and nowhere else', async () => {
    const shape = { channels: 1, frames: 1, height: 1, width: 1 };
    const scheduler = createScheduler({ _class_name: 'FlowMatchEulerDiscreteScheduler' }, 10, 1);
    const inner = scheduler.step.bind(scheduler);
    const used: [number, number][] = [];
    let i = 0;
    scheduler.step = (step, output, sample) => {
      used.push([scheduler.timesteps[step]!, output[0]!]);
      inner(step, output, sample);
    };
    await sampleWindow({
      shape,
      scheduler,
      known: [],
      rng: new Rng(1),
      guidance: 3,
      guidanceInterval: [0.2, 0.9],
      buffers: new SamplerBuffers(1),
      denoise: async (_sample, _t, out) => {
        out[0] = 0.5; // conditional
        out[1] = 0.2; // unconditional
        i++;
      },
    });
    expect(i).toBe(10);
    for (const [t, x0] of used) expect(x0).toBeCloseTo(t >= 0.2 && t <= 0.9 ? 1.1 : 0.5, 6);
    expect(used.filter(([t]) => t >= 0.2 && t <= 0.9)).toHaveLength(7); // 0.889 … 0.223 of 1, 0.889, …, 0.001
  });
});
