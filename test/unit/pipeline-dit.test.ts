import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GenerationRequest, VideoGenerator } from '../../src/engine/generator.js';
import {
  loadGenerator,
  ModelLoadError,
  planSequence,
  UnsupportedRequest,
} from '../../src/engine/generators/index.js';
import { Rng } from '../../src/engine/generators/random.js';
import { SamplerBuffers, sampleWindow } from '../../src/engine/generators/sampler.js';
import { createScheduler } from '../../src/engine/generators/schedulers/index.js';
import { renderSequence, type WindowJob, type WindowModel } from '../../src/engine/generators/sequence.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'models', 'zoetrope-dit-tiny');
// The fixture's window: 8 frames of 8×8 RGB, card defaults 4 steps and guidance 3.
const W = 8;
const SIZE = 8;

function request(extra: Partial<GenerationRequest> = {}): GenerationRequest {
  return {
    shots: [{ caption: 'a red circle moving left over the ocean', frames: W }],
    width: SIZE,
    height: SIZE,
    seed: 42,
    ...extra,
  };
}

function maxDiff(a: Uint8Array, b: Uint8Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

function solid(r: number, g: number, b: number): Uint8Array {
  const out = new Uint8Array(SIZE * SIZE * 3);
  for (let i = 0; i < SIZE * SIZE; i++) out.set([r, g, b], 3 * i);
  return out;
}

let gen: VideoGenerator;
beforeAll(async () => {
  gen = await loadGenerator(DIR, { device: 'cpu', threads: 1 });
});
afterAll(async () => {
  await gen.close();
});

describe('ZoetropeDiTPipeline on the tiny fixture', () => {
  it('GIVEN the fixture folder THEN it loads by _class_name and reports the card and device', () => {
    expect(gen.info.generator).toBe('onnx:ZoetropeDiTPipeline');
    expect(gen.info.card.name).toBe('zoetrope-dit-tiny-fixture');
    expect(gen.info.device).toBe('cpu');
  });

  // Frame count and shape, fps, progress, seed determinism, abort, conditioning and sizes: the conformance
  // suite (test/conformance/generators.test.ts) checks them on this fixture.

  it('GIVEN a request without steps THEN it runs the card’s default_steps (4) and measures model time', async () => {
    const steps: number[] = [];
    const clip = await gen.generate(request(), { onStep: (p) => steps.push(p.totalSteps) });
    expect(clip.modelMs).toBeGreaterThan(0);
    expect(steps).toEqual([4, 4, 4, 4]);
  });

  it('GIVEN different guidance THEN the output changes (the unconditional half is used)', async () => {
    const g1 = await gen.generate(request({ guidance: 1 }));
    const g5 = await gen.generate(request({ guidance: 5 }));
    expect(g1.frames).not.toEqual(g5.frames);
  });

  it('GIVEN known first and last frames THEN they come out as given', async () => {
    const first = solid(200, 30, 30);
    const last = solid(20, 40, 220);
    const clip = await gen.generate(
      request({
        known: [
          { index: 0, rgb: first },
          { index: W - 1, rgb: last },
        ],
      }),
    );
    expect(maxDiff(clip.frames[0]!, first)).toBeLessThanOrEqual(1);
    expect(maxDiff(clip.frames[W - 1]!, last)).toBeLessThanOrEqual(1);
    expect(maxDiff(clip.frames[3]!, first)).toBeGreaterThan(1);
  });

  it('GIVEN a clip longer than the window THEN windows chain, the first window matches a one-window clip', async () => {
    const long = await gen.generate(request({ shots: [{ caption: 'a red circle', frames: 20 }] }));
    const short = await gen.generate(request({ shots: [{ caption: 'a red circle', frames: W }] }));
    expect(long.frames).toHaveLength(20);
    // Later windows take the earlier frames as context and never rewrite them.
    expect(long.frames.slice(0, W)).toEqual(short.frames);
  });

  it('GIVEN shots THEN each renders with its caption and they join in order', async () => {
    const shots = [
      { caption: 'a red circle moving left', frames: W },
      { caption: 'a blue square moving right', frames: 4 },
    ];
    const clip = await gen.generate(request({ shots }));
    expect(clip.frames).toHaveLength(W + 4);
    const alone = await gen.generate(request({ shots: [shots[0]!] }));
    expect(clip.frames.slice(0, W)).toEqual(alone.frames);
  });

  it('GIVEN loop on the fixture’s 8-frame window THEN a closing window leads the last frames into frame 0', () => {
    const plan = planSequence({ shots: [{ caption: '', frames: W }], loop: true }, W, 2, 4);
    // One window, then a closing window pinned to frames 2–3 at its head and frames 0–1 at its tail.
    expect(plan.shots[0]!.starts).toEqual([0, 2]);
  });

  it('GIVEN a known frame outside the clip or zero steps THEN a typed UnsupportedRequest', async () => {
    await expect(
      gen.generate(request({ known: [{ index: 99, rgb: solid(0, 0, 0) }] })),
    ).rejects.toMatchObject({
      code: 'UNSUPPORTED_REQUEST',
    });
    await expect(gen.generate(request({ steps: 0 }))).rejects.toBeInstanceOf(UnsupportedRequest);
  });

  it('GIVEN a folder without model_index.json THEN ModelLoadError names the file', async () => {
    await expect(loadGenerator(join(DIR, 'tokenizer'))).rejects.toBeInstanceOf(ModelLoadError);
  });
});

describe('sequencer: chained extension, loop and the guidance batch, with a recording window model', () => {
  const shape = { channels: 1, frames: 8, height: 1, width: 1 };
  /** A window model whose output frame j of window n is the value 100·n + j, unless the frame is known. */
  function recorder() {
    const jobs: { known: (number | undefined)[] }[] = [];
    const model: WindowModel = {
      shape,
      async sampleWindow(job: WindowJob) {
        jobs.push({ known: job.known.map((k) => k?.[0]) });
        const out = new Float32Array(8);
        for (let j = 0; j < 8; j++) out[j] = job.known[j]?.[0] ?? 100 * (jobs.length - 1) + j;
        for (let s = 0; s < job.steps; s++) job.onStep();
        return out;
      },
      async encodeFrame() {
        return new Float32Array(1);
      },
    };
    return { jobs, model };
  }
  const req = (frames: number, loop = false): GenerationRequest => ({
    shots: [{ caption: 'x', frames }],
    width: 1,
    height: 1,
    seed: 1,
    loop,
  });

  it('GIVEN 20 frames on an 8-frame window THEN each window is conditioned on the previous window’s last 2', async () => {
    const { jobs, model } = recorder();
    const frames = await renderSequence(model, req(20), { steps: 1, guidance: 1, overlap: 2 });
    expect(jobs.map((j) => j.known.slice(0, 2))).toEqual([
      [undefined, undefined],
      [6, 7],
      [106, 107],
    ]);
    expect(Array.from(frames, (f) => f[0])).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 102, 103, 104, 105, 106, 107, 202, 203, 204, 205, 206, 207,
    ]);
  });

  it('GIVEN loop THEN the closing window knows the frames before it and ends on frames 0 and 1', async () => {
    const { jobs, model } = recorder();
    const frames = await renderSequence(model, req(8, true), { steps: 1, guidance: 1, overlap: 2 });
    expect(jobs[1]!.known).toEqual([2, 3, undefined, undefined, undefined, undefined, 0, 1]);
    // Output: window 0's first four frames, then the closing window's frames that lead into frame 0.
    expect(Array.from(frames, (f) => f[0])).toEqual([0, 1, 2, 3, 102, 103, 104, 105]);
  });

  it('GIVEN progress THEN totalSteps counts every window of every shot', async () => {
    const { model } = recorder();
    const seen: [number, number][] = [];
    await renderSequence(model, req(20), {
      steps: 3,
      guidance: 1,
      overlap: 2,
      hooks: { onStep: (p) => seen.push([p.step, p.totalSteps]) },
    });
    expect(seen).toHaveLength(9);
    expect(seen.at(-1)).toEqual([9, 9]);
  });
});

describe('classifier-free guidance batch', () => {
  it('GIVEN a window THEN the denoiser sees one batch of 2× the window, both halves the same x_t, and gets u + g(c − u)', async () => {
    const shape = { channels: 3, frames: 2, height: 2, width: 2 };
    const size = 24;
    const batches: number[] = [];
    const scheduler = createScheduler({ _class_name: 'FlowMatchEulerDiscreteScheduler' }, 1, size);
    const x = await sampleWindow({
      shape,
      scheduler,
      known: [],
      rng: new Rng(1),
      guidance: 3,
      buffers: new SamplerBuffers(size),
      denoise: async (sample, t, out) => {
        batches.push(sample.length);
        expect(t).toBe(1);
        expect(sample.subarray(0, size)).toEqual(sample.subarray(size));
        out.fill(0.5, 0, size); // conditional half
        out.fill(0.2, size); // unconditional half
      },
    });
    expect(batches).toEqual([2 * size]);
    // One step from t = 1 to 0 lands on the guided x0: 0.2 + 3·(0.5 − 0.2).
    for (const v of x) expect(v).toBeCloseTo(1.1, 5);
  });
});

describe('seeded noise', () => {
  it('GIVEN a seed THEN the same normal stream every time, other seeds and streams differ, moments ≈ N(0, 1)', () => {
    const a = new Rng(123, 0).fillGaussian(new Float32Array(20_000));
    const b = new Rng(123, 0).fillGaussian(new Float32Array(20_000));
    expect(a).toEqual(b);
    expect(new Rng(124, 0).fillGaussian(new Float32Array(4))).not.toEqual(a.subarray(0, 4));
    expect(new Rng(123, 1).fillGaussian(new Float32Array(4))).not.toEqual(a.subarray(0, 4));
    const mean = a.reduce((s, v) => s + v, 0) / a.length;
    const variance = a.reduce((s, v) => s + (v - mean) ** 2, 0) / a.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });
});

describe('the card’s sampler settings reach the sampler', () => {
  /** A copy of the fixture folder whose card adds `limits` fields. */
  function fixtureWith(limits: Record<string, unknown>): string {
    const dir = mkdtempSync(join(tmpdir(), 'zoetrope-card-'));
    cpSync(DIR, dir, { recursive: true });
    const indexPath = join(dir, 'model_index.json');
    const index = JSON.parse(readFileSync(indexPath, 'utf8'));
    Object.assign(index.zoetrope.limits, limits);
    writeFileSync(indexPath, JSON.stringify(index));
    return dir;
  }

  it('GIVEN sampler_eta or a guidance interval THEN frames change, and the same seed still gives the same frames', async () => {
    const base = await gen.generate(request());
    for (const limits of [{ sampler_eta: 0.5 }, { guidance_interval: [0.3, 0.8] }]) {
      const dir = fixtureWith(limits);
      const other = await loadGenerator(dir, { device: 'cpu', threads: 1 });
      try {
        const a = await other.generate(request());
        const b = await other.generate(request());
        expect(a.frames).not.toEqual(base.frames);
        expect(a.frames).toEqual(b.frames);
      } finally {
        await other.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
