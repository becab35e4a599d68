// `npm run eval:fidelity`: does the built-in model draw what the caption says?
//
// Generates held-in and held-out captions (the model card's training.held_out) with fixed seeds through the
// engine's generator, encodes each clip to MP4 with the engine's encoder, decodes the MP4 back to native-size
// RGB with ffmpeg, and reads colour, shape, motion and frame-to-frame mask IoU from the decoded frames
// against the procedural renderer's ground truth (scripts/model/ground_truth.py, Debian's python3).
// Conditioning checks run the same way with known frames. Prints a table and one JSON line, and writes a
// contact sheet PNG (each sample: generated row, then the ground-truth row for the same caption).
//
//   npm run eval:fidelity -- [--n 64] [--steps N] [--guidance G] [--model models/zoetrope-tiny] [--out reports/fidelity]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeClip, encodeClip, encodePng, findFfmpeg } from '../../src/engine/encoder/index.js';
import { loadGenerator } from '../../src/engine/generators/index.js';
import type { KnownFrame, VideoGenerator } from '../../src/engine/index.js';
import {
  type ClipReading,
  colorsPresent,
  type Frame,
  frameStep,
  iou,
  maskOf,
  motionMatches,
  type Rgb,
  readClip,
  wrapAndMedianStep,
} from './fidelity-analysis.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const PYTHON = process.env.ZOETROPE_PYTHON ?? '/usr/bin/python3';

interface Card {
  limits: {
    frames: number;
    fps: number;
    sizes: [number, number][];
    default_steps?: number;
    default_guidance?: number;
    guidance_interval?: [number, number];
    sampler_eta?: number;
  };
  caption_language: {
    vocabulary: { color: Record<string, Rgb>; shape: string[]; motion: string[]; background: string[] };
  };
  training?: { held_out?: string[][] };
}

interface Case {
  set: 'held_in' | 'held_out' | 'two_objects';
  objects: [string, string, string][];
  background: string;
  caption: string;
  seed: number;
}

/** A small seeded PRNG (mulberry32) so the caption sets are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildCases(card: Card, n: number): Case[] {
  const v = card.caption_language.vocabulary;
  const colors = Object.keys(v.color);
  const heldOut = (card.training?.held_out ?? []).map((h) => h.join('|'));
  const phrase = (o: [string, string, string]) => `a ${o[0]} ${o[1]} ${o[2]}`;
  const cases: Case[] = [];
  const rnd = prng(12345);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  for (let i = 0; i < n; i++) {
    let o: [string, string, string];
    do o = [pick(colors), pick(v.shape), v.motion[i % v.motion.length]!];
    while (heldOut.includes(o.join('|')));
    const bg = v.background[(i * 3 + Math.floor(i / 5)) % v.background.length]!;
    cases.push({
      set: 'held_in',
      objects: [o],
      background: bg,
      caption: `${phrase(o)} over ${bg}`,
      seed: 1000 + i,
    });
  }
  if (heldOut.length > 0) {
    for (let i = 0; i < n; i++) {
      const o = heldOut[i % heldOut.length]!.split('|') as [string, string, string];
      const bg = v.background[(i * 2 + Math.floor(i / heldOut.length)) % v.background.length]!;
      cases.push({
        set: 'held_out',
        objects: [o],
        background: bg,
        caption: `${phrase(o)} over ${bg}`,
        seed: 2000 + i,
      });
    }
  }
  for (let i = 0; i < Math.max(8, n / 4); i++) {
    let a: [string, string, string];
    let b: [string, string, string];
    do {
      a = [pick(colors), pick(v.shape), pick(v.motion)];
      b = [pick(colors), pick(v.shape), pick(v.motion)];
    } while (a[0] === b[0] || heldOut.includes(a.join('|')) || heldOut.includes(b.join('|')));
    const bg = pick(v.background);
    cases.push({
      set: 'two_objects',
      objects: [a, b],
      background: bg,
      caption: `${phrase(a)} and ${phrase(b)} over ${bg}`,
      seed: 3000 + i,
    });
  }
  return cases;
}

/** Ground truth from the procedural renderer: the backgrounds and one clip per (caption, seed). */
function groundTruth(
  items: { caption: string; seed: number }[],
  dir: string,
  frameCount: number,
  size: number,
) {
  mkdirSync(dir, { recursive: true });
  const r = spawnSync(PYTHON, [join(ROOT, 'scripts', 'model', 'ground_truth.py'), dir], {
    input: JSON.stringify(items),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`ground_truth.py failed (${PYTHON}): ${r.stderr || r.error?.message}`);
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { backgrounds: string[] };
  const fb = size * size * 3;
  const bgBuf = readFileSync(join(dir, 'backgrounds.rgb'));
  const backgrounds = new Map<string, Frame>();
  meta.backgrounds.forEach((name, i) => {
    backgrounds.set(name, new Uint8Array(bgBuf.buffer, bgBuf.byteOffset + i * fb, fb));
  });
  const clipBuf = readFileSync(join(dir, 'clips.rgb'));
  const clips = items.map((_, c) =>
    Array.from(
      { length: frameCount },
      (_, f) => new Uint8Array(clipBuf.buffer, clipBuf.byteOffset + (c * frameCount + f) * fb, fb),
    ),
  );
  return { backgrounds, clips };
}

interface Pipeline {
  generator: VideoGenerator;
  ffmpeg: string;
  size: number;
  fps: number;
  steps: number | undefined;
  guidance: number | undefined;
}

/** The same caption through `npm run generate` (queue, engine, watermark, encoder): its MP4 decoded. */
async function viaCli(p: Pipeline, caption: string, seed: number, outDir: string) {
  const out = join(outDir, 'cli', `${seed}.mp4`);
  mkdirSync(dirname(out), { recursive: true });
  const args = ['tsx', 'src/cli/generate.ts', '--no-expand', '--json', '--seed', String(seed), '--out', out];
  if (p.steps !== undefined) args.push('--steps', String(p.steps));
  const t0 = performance.now();
  const r = spawnSync('npx', [...args, caption], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run generate failed: ${r.stderr || r.stdout}`);
  const generateMs = performance.now() - t0;
  const decoded = await decodeClip(readFileSync(out), {
    ffmpeg: p.ffmpeg,
    width: p.size,
    height: p.size,
    maxFrames: 10_000,
  });
  return { frames: decoded.frames, generateMs, modelMs: Number.NaN };
}

/** Generate → MP4 (the engine's encoder, at display size) → decode back to native size. */
async function roundTrip(
  p: Pipeline,
  caption: string,
  seed: number,
  frames: number,
  extra: { known?: KnownFrame[]; loop?: boolean } = {},
) {
  const t0 = performance.now();
  const clip = await p.generator.generate({
    shots: [{ caption, frames }],
    width: p.size,
    height: p.size,
    seed,
    ...(p.steps !== undefined ? { steps: p.steps } : {}),
    ...(p.guidance !== undefined ? { guidance: p.guidance } : {}),
    ...(extra.known ? { known: extra.known } : {}),
    ...(extra.loop ? { loop: true } : {}),
  });
  const generateMs = performance.now() - t0;
  return { frames: await viaMp4(p, clip.frames), generateMs, modelMs: clip.modelMs };
}

/** Native frames → MP4 (the engine's encoder, at display size) → decoded back to native size. */
async function viaMp4(p: Pipeline, frames: Frame[]): Promise<Frame[]> {
  const mp4 = await encodeClip(frames, {
    ffmpeg: p.ffmpeg,
    width: p.size,
    height: p.size,
    fps: p.fps,
    displayWidth: 256,
    displayHeight: 256,
    maxBytes: 10 * 1024 * 1024,
  });
  const decoded = await decodeClip(mp4.data, {
    ffmpeg: p.ffmpeg,
    width: p.size,
    height: p.size,
    maxFrames: 10_000,
  });
  return decoded.frames;
}

const mean = (v: number[]) => (v.length === 0 ? Number.NaN : v.reduce((a, b) => a + b, 0) / v.length);
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '64' },
      steps: { type: 'string' },
      guidance: { type: 'string' },
      model: { type: 'string', default: join(ROOT, 'models', 'zoetrope-tiny') },
      out: { type: 'string', default: join(ROOT, 'reports', 'fidelity') },
      threads: { type: 'string', default: '2' },
      // cli: the held-in/held-out/two-object clips go through `npm run generate` (slower: one process each)
      via: { type: 'string', default: 'engine' },
    },
  });
  const n = Number(values.n);
  const modelDir = resolve(values.model);
  const outDir = resolve(values.out);
  mkdirSync(outDir, { recursive: true });
  const card = (JSON.parse(readFileSync(join(modelDir, 'model_index.json'), 'utf8')) as { zoetrope: Card })
    .zoetrope;
  const [size] = card.limits.sizes[0]!;
  const frameCount = card.limits.frames;
  const palette = card.caption_language.vocabulary.color;
  const ffmpeg = (await findFfmpeg()).path;
  const generator = await loadGenerator(modelDir, { device: 'cpu', threads: Number(values.threads) });
  const p: Pipeline = {
    generator,
    ffmpeg,
    size,
    fps: card.limits.fps,
    steps: values.steps !== undefined ? Number(values.steps) : undefined,
    guidance: values.guidance !== undefined ? Number(values.guidance) : undefined,
  };

  const cases = buildCases(card, n);
  const condCases = cases.filter((c) => c.set === 'held_in').slice(0, Math.max(8, n / 4));
  const gt = groundTruth(
    [...cases, ...condCases].map((c) => ({ caption: c.caption, seed: c.seed })),
    join(outDir, 'ground-truth'),
    frameCount,
    size,
  );

  type Verdict = { color: boolean; shape: boolean; motion: boolean };
  type Row = {
    c: Case;
    r: ClipReading;
    ok: Verdict;
    /** The reader on the ground truth for the same caption and seed, through the same MP4 round trip. */
    truth: ClipReading;
    truthOk: Verdict;
    frames: Frame[];
  };
  const verdict = (c: Case, r: ClipReading): Verdict => {
    const [color, shape, motion] = c.objects[0]!;
    return {
      color: r.color === color,
      shape: r.shape === shape,
      motion: motionMatches(motion, r.motion, shape),
    };
  };
  const rows: Row[] = [];
  const twoObj: number[] = [];
  const genMs: number[] = [];
  const sheet: { generated: Frame[]; truth: Frame[] }[] = [];
  for (const [i, c] of cases.entries()) {
    const { frames, generateMs } =
      values.via === 'cli'
        ? await viaCli(p, c.caption, c.seed, outDir)
        : await roundTrip(p, c.caption, c.seed, frameCount);
    genMs.push(generateMs);
    const bg = gt.backgrounds.get(c.background)!;
    if (c.set === 'two_objects') {
      const present = colorsPresent(
        frames,
        bg,
        c.objects.map((o) => palette[o[0]]!),
        palette,
      );
      twoObj.push(present.every((f) => f >= 0.75) ? 1 : 0);
      if (sheet.length < 20 && i % 4 === 0) sheet.push({ generated: frames, truth: gt.clips[i]! });
      continue;
    }
    const r = readClip(frames, bg, size, palette);
    const truth = readClip(await viaMp4(p, gt.clips[i]!), bg, size, palette);
    rows.push({ c, r, ok: verdict(c, r), truth, truthOk: verdict(c, truth), frames });
    if (i % 8 === 0 && sheet.length < 16) sheet.push({ generated: frames, truth: gt.clips[i]! });
  }

  const summarise = (set: Case['set']) => {
    const rs = rows.filter((x) => x.c.set === set);
    const dir = rs.filter((x) => x.c.objects[0]![2].startsWith('moving'));
    return {
      clips: rs.length,
      color: round(mean(rs.map((x) => (x.ok.color ? 1 : 0)))),
      shape: round(mean(rs.map((x) => (x.ok.shape ? 1 : 0)))),
      motion: round(mean(rs.map((x) => (x.ok.motion ? 1 : 0)))),
      direction: round(mean(dir.map((x) => (x.ok.motion ? 1 : 0)))),
      coherence: round(mean(rs.map((x) => x.r.coherence))),
      present: round(mean(rs.map((x) => x.r.presentFraction))),
      stray_pixels: round(mean(rs.map((x) => x.r.stray)), 2),
      // the reader's own accuracy: the same reading of the renderer's clips after the same MP4 round trip
      truth: {
        color: round(mean(rs.map((x) => (x.truthOk.color ? 1 : 0)))),
        shape: round(mean(rs.map((x) => (x.truthOk.shape ? 1 : 0)))),
        motion: round(mean(rs.map((x) => (x.truthOk.motion ? 1 : 0)))),
        stray_pixels: round(mean(rs.map((x) => x.truth.stray)), 2),
      },
      misses: rs
        .filter((x) => !(x.ok.color && x.ok.shape && x.ok.motion))
        .slice(0, 5)
        .map((x) => `${x.c.caption} → ${x.r.color} ${x.r.shape} ${x.r.motion}`),
    };
  };

  // Conditioning: known frames from the renderer's clip for the same caption and seed.
  const condOffset = cases.length;
  const modes = ['first_frame', 'first_frames', 'last_frames', 'loop'] as const;
  const conditioning: Record<string, unknown> = {};
  for (const mode of modes) {
    const known: number[] =
      mode === 'first_frame' || mode === 'loop'
        ? [0]
        : mode === 'first_frames'
          ? [0, 1, 2, 3]
          : [frameCount - 4, frameCount - 3, frameCount - 2, frameCount - 1];
    const knownErr: number[] = [];
    const seamIou: number[] = [];
    const motionOk: number[] = [];
    const loopErr: number[] = [];
    const loopNeighbours: number[] = [];
    const loopStep: number[] = [];
    const continues: number[] = [];
    for (const [j, c] of condCases.entries()) {
      const truth = gt.clips[condOffset + j]!;
      const { frames } = await roundTrip(p, c.caption, c.seed + 77, frameCount, {
        known: known.map((index) => ({ index, rgb: truth[index]! })),
        loop: mode === 'loop',
      });
      const bg = gt.backgrounds.get(c.background)!;
      knownErr.push(mean(known.map((k) => frameStep(frames[k]!, truth[k]!))));
      const [prev, next] =
        mode === 'last_frames' ? [frameCount - 4, frameCount - 5] : [known.at(-1)!, known.at(-1)! + 1];
      seamIou.push(iou(maskOf(frames[prev]!, bg), maskOf(frames[next]!, bg)));
      const [, shape, motion] = c.objects[0]!;
      const r = readClip(frames, bg, size, palette);
      motionOk.push(motionMatches(motion, r.motion, shape) ? 1 : 0);
      if (mode === 'loop') {
        // the engine closes a loop so that the last frame flows into the first like any two neighbours
        loopErr.push(iou(maskOf(frames[frameCount - 1]!, bg), maskOf(frames[0]!, bg)));
        loopNeighbours.push(r.coherence);
        const { wrap, median } = wrapAndMedianStep(frames);
        loopStep.push(wrap / Math.max(median, 0.5));
      }
      if (mode === 'first_frames' && motion.startsWith('moving')) {
        // motion continues across the seam: the step after the known block points the way the known block moved
        const vx = r.cx[3]! - r.cx[0]!;
        const vy = r.cy[3]! - r.cy[0]!;
        const wx = r.cx[7]! - r.cx[4]!;
        const wy = r.cy[7]! - r.cy[4]!;
        continues.push(vx * wx + vy * wy > 0 ? 1 : 0);
      }
      if (mode === 'first_frames' && j < 2) sheet.push({ generated: frames, truth });
    }
    conditioning[mode] = {
      clips: condCases.length,
      known_mae: round(mean(knownErr), 2),
      seam_iou: round(mean(seamIou)),
      motion: round(mean(motionOk)),
      ...(mode === 'loop'
        ? {
            wrap_iou: round(mean(loopErr)),
            neighbour_iou: round(mean(loopNeighbours)),
            // the last→first step against the clip's median frame step (mean byte difference): 1 is seamless
            wrap_step_ratio: round([...loopStep].sort((a, b) => a - b)[loopStep.length >> 1]!, 2),
          }
        : {}),
      ...(mode === 'first_frames' ? { motion_continues: round(mean(continues)) } : {}),
    };
  }
  await generator.close();

  const result = {
    model: modelDir,
    via: values.via,
    steps: p.steps ?? card.limits.default_steps ?? null,
    guidance: p.guidance ?? card.limits.default_guidance ?? null,
    guidance_interval: card.limits.guidance_interval ?? null,
    sampler_eta: card.limits.sampler_eta ?? null,
    held_in: summarise('held_in'),
    held_out: summarise('held_out'),
    two_objects: { clips: twoObj.length, both_colors_present: round(mean(twoObj)) },
    by_background: Object.fromEntries(
      card.caption_language.vocabulary.background.map((b) => {
        const rs = rows.filter((x) => x.c.background === b);
        return [
          b,
          {
            clips: rs.length,
            shape: round(mean(rs.map((x) => (x.ok.shape ? 1 : 0)))),
            stray_pixels: round(mean(rs.map((x) => x.r.stray)), 2),
            truth_stray_pixels: round(mean(rs.map((x) => x.truth.stray)), 2),
          },
        ];
      }),
    ),
    conditioning,
    generate_ms_median: Math.round([...genMs].sort((a, b) => a - b)[genMs.length >> 1] ?? 0),
    sheet: join(outDir, 'contact-sheet.png'),
  };

  // contact sheet: per sample a generated row and a ground-truth row, frames left to right, 3x scale
  const scale = 3;
  const gap = 2;
  const cell = size * scale + gap;
  const W = frameCount * cell;
  const H = sheet.length * 2 * cell + sheet.length * gap;
  const img = new Uint8Array(W * H * 3).fill(40);
  sheet.forEach((s, k) => {
    [s.generated, s.truth].forEach((clip, which) => {
      const y0 = k * (2 * cell + gap) + which * cell;
      clip.forEach((f, fi) => {
        const x0 = fi * cell;
        for (let y = 0; y < size * scale; y++) {
          for (let x = 0; x < size * scale; x++) {
            const src = (Math.floor(y / scale) * size + Math.floor(x / scale)) * 3;
            const dst = ((y0 + y) * W + x0 + x) * 3;
            img[dst] = f[src]!;
            img[dst + 1] = f[src + 1]!;
            img[dst + 2] = f[src + 2]!;
          }
        }
      });
    });
  });
  writeFileSync(result.sheet, await encodePng(img, W, H, ffmpeg));

  const line = (name: string, m: ReturnType<typeof summarise>) =>
    `${name.padEnd(9)} ${String(m.clips).padStart(5)} ${m.color.toFixed(3).padStart(6)} ${m.shape.toFixed(3).padStart(6)} ` +
    `${m.motion.toFixed(3).padStart(6)} ${m.direction.toFixed(3).padStart(6)} ${m.coherence.toFixed(3).padStart(6)}`;
  const truthLine = (m: ReturnType<typeof summarise>) =>
    `  truth   ${String(m.clips).padStart(5)} ${m.truth.color.toFixed(3).padStart(6)} ${m.truth.shape.toFixed(3).padStart(6)} ` +
    `${m.truth.motion.toFixed(3).padStart(6)}`;
  console.log('set       clips  color  shape motion    dir    IoU');
  console.log(line('held-in', result.held_in));
  console.log(truthLine(result.held_in));
  console.log(line('held-out', result.held_out));
  console.log(truthLine(result.held_out));
  console.log(
    "(truth: the same reader on the renderer's clips for the same captions and seeds, through the same MP4)",
  );
  console.log('background           clips  shape  stray px/frame (generated / truth)');
  for (const [b, m] of Object.entries(result.by_background)) {
    console.log(
      `${b.padEnd(20)} ${String(m.clips).padStart(5)} ${m.shape.toFixed(3).padStart(6)}  ${m.stray_pixels.toFixed(2)} / ${m.truth_stray_pixels.toFixed(2)}`,
    );
  }
  console.log(
    `two objects: both colours present in ${Math.round(result.two_objects.both_colors_present * twoObj.length)} of ${twoObj.length} clips`,
  );
  for (const [mode, m] of Object.entries(conditioning))
    console.log(`${mode.padEnd(13)} ${JSON.stringify(m)}`);
  console.log(`contact sheet: ${result.sheet}`);
  console.log(JSON.stringify(result));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
