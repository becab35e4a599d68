// Engine benchmark: per-step and per-clip time, time outside the model, peak RSS, and whether batching
// several jobs into one denoiser run pays.
//
//   npm run bench:engine -- [MODEL_DIR] [--clips 5] [--frames 16] [--steps N] [--threads 0] [--device auto]
//                            [--batching] [--runs 10]
//
// MODEL_DIR defaults to $MODEL_DIR, then models/zoetrope-tiny. Prints a table and one JSON line.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { GenerationRequest } from '../../src/engine/generator.js';
import { loadGenerator } from '../../src/engine/generators/index.js';
import { type DeviceRequest, type Feed, OnnxBackend, toLog } from '../../src/onnx/index.js';
import { percentile, printTable } from './stats.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    clips: { type: 'string', default: '5' },
    frames: { type: 'string' },
    steps: { type: 'string' },
    threads: { type: 'string', default: '0' },
    device: { type: 'string', default: process.env.ENGINE_DEVICE ?? 'auto' },
    batching: { type: 'boolean', default: false },
    runs: { type: 'string', default: '10' },
  },
});
const modelDir = positionals[0] ?? process.env.MODEL_DIR ?? 'models/zoetrope-tiny';
const device = values.device as DeviceRequest;
const threads = Number(values.threads);
const peakRssMiB = () => process.resourceUsage().maxRSS / 1024;
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

async function clips(): Promise<Record<string, unknown>> {
  const t0 = performance.now();
  const gen = await loadGenerator(modelDir, { device, threads, log: (msg) => console.error(msg) });
  const loadMs = performance.now() - t0;
  const { card } = gen.info;
  const [width, height] = card.limits.sizes[0]!;
  const frames = values.frames !== undefined ? Number(values.frames) : card.limits.frames;
  const captions =
    card.caption_language.style === 'vocabulary'
      ? card.caption_language.examples
      : card.caption_language.examples;
  const request = (i: number): GenerationRequest => ({
    shots: [{ caption: captions[i % captions.length]!, frames }],
    width,
    height,
    seed: 1000 + i,
    ...(values.steps !== undefined ? { steps: Number(values.steps) } : {}),
  });
  // One warm-up clip: the first run pays for ONNX Runtime's lazy kernel set-up and JIT warm-up in node.
  await gen.generate(request(0));
  const n = Number(values.clips);
  const rows: Record<string, string | number>[] = [];
  const stepMs: number[] = [];
  for (let i = 0; i < n; i++) {
    let steps = 0;
    let last = performance.now();
    const start = last;
    const clip = await gen.generate(request(i + 1), {
      onStep: ({ totalSteps }) => {
        const now = performance.now();
        stepMs.push(now - last);
        last = now;
        steps = totalSteps;
      },
    });
    const wall = performance.now() - start;
    rows.push({
      clip: i + 1,
      frames: clip.frames.length,
      steps,
      clip_ms: wall,
      model_ms: clip.modelMs,
      step_ms: wall / steps,
      outside_pct: (100 * (wall - clip.modelMs)) / wall,
    });
  }
  await gen.close();
  printTable(rows);
  const mean = (k: string) => rows.reduce((s, r) => s + Number(r[k]), 0) / rows.length;
  return {
    bench: 'engine',
    model: card.name,
    generator: gen.info.generator,
    device: gen.info.device,
    threads: threads || 'auto',
    size: [width, height],
    frames,
    steps: rows[0]?.steps,
    clips: n,
    load_ms: round(loadMs),
    clip_ms_mean: round(mean('clip_ms')),
    clip_ms_p95: round(
      percentile(
        rows.map((r) => Number(r.clip_ms)),
        95,
      ),
    ),
    step_ms_mean: round(mean('step_ms')),
    step_ms_p95: round(percentile(stepMs, 95)),
    model_ms_mean: round(mean('model_ms')),
    outside_model_pct: round(mean('outside_pct')),
    peak_rss_mib: round(peakRssMiB(), 1),
  };
}

/**
 * Times the denoiser alone at batch 2 (one job's guidance pair) and at 2·k (k queued jobs in one run), so the
 * per-job cost shows whether the engine should batch jobs.
 */
async function batching(): Promise<Record<string, unknown>> {
  const backend = new OnnxBackend({ device, threads, log: toLog((msg) => console.error(msg)) });
  const session = await backend.open(join(modelDir, 'transformer', 'model.onnx'), 'transformer');
  const dims = (session.input('sample')?.shape ?? []).map((d) => (typeof d === 'number' ? d : 0));
  const [, c = 3, f = 16, h = 32, w = 32] = dims;
  const text = session.input('encoder_hidden_states')!.shape;
  const L = typeof text[1] === 'number' ? text[1] : 24;
  const D = typeof text[2] === 'number' ? text[2] : 128;
  const runs = Number(values.runs);
  const size = c * f * h * w;
  const configs = [1, 2, 4].map((jobs) => {
    const b = 2 * jobs;
    const feeds: Record<string, Feed> = {
      sample: { data: Float32Array.from({ length: b * size }, (_, i) => Math.sin(i)), dims: [b, c, f, h, w] },
      timestep: { data: new Float32Array(b).fill(0.5), dims: [b] },
      encoder_hidden_states: { data: new Float32Array(b * L * D).fill(0.1), dims: [b, L, D] },
      encoder_attention_mask: { data: new Float32Array(b * L).fill(1), dims: [b, L] },
      cond_frames: { data: new Float32Array(b * size), dims: [b, c, f, h, w] },
      cond_mask: { data: new Float32Array(b * f), dims: [b, 1, f, 1, 1] },
    };
    const into = { out_sample: { data: new Float32Array(b * size), dims: [b, c, f, h, w] } };
    return { jobs, b, feeds, into, times: [] as number[] };
  });
  for (const cfg of configs) await session.run(cfg.feeds, cfg.into);
  // Interleaved rounds, so load from other processes drifts over every batch size alike.
  for (let r = 0; r < runs; r++) {
    for (const cfg of configs) {
      const t0 = performance.now();
      await session.run(cfg.feeds, cfg.into);
      cfg.times.push(performance.now() - t0);
    }
  }
  const base = percentile(configs[0]!.times, 50);
  const rows: Record<string, string | number>[] = configs.map((cfg) => {
    const median = percentile(cfg.times, 50);
    return {
      jobs: cfg.jobs,
      batch: cfg.b,
      run_ms: median,
      per_job_ms: median / cfg.jobs,
      speedup_vs_sequential: (base * cfg.jobs) / median,
    };
  });
  await session.release();
  printTable(rows);
  return {
    bench: 'engine-batching',
    model: modelDir,
    device: backend.device,
    threads: threads || 'auto',
    runs,
    rows: rows.map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v])),
    ),
    peak_rss_mib: round(peakRssMiB(), 1),
  };
}

const result = values.batching ? await batching() : await clips();
console.log(JSON.stringify(result));
