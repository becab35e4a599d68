// `npm run eval:loops`: do loops close? For a few captions (one per kind of motion) and seeds, generates a
// 2 s clip with `loop: true` and the same seed without it, and compares the last→first step with the clip's
// median frame step (mean absolute byte difference between consecutive raw frames). A closed loop's wrap is
// an ordinary step (ratio near 1 or below). Prints a table and one JSON line.
//
//   npm run eval:loops -- [--model models/zoetrope-tiny] [--seeds 1,2,3,6] [--threads 1]
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadGenerator } from '../../src/engine/generators/index.js';
import { wrapAndMedianStep } from './fidelity-analysis.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CAPTIONS = [
  'a red circle moving left over a sunset sky',
  'a cyan circle moving right over a night sky',
  'a blue square moving up over the ocean',
  'a yellow triangle growing over a black background',
  'a white square bouncing over green grass',
  'a green triangle spinning over a night sky',
];

const round = (x: number) => Math.round(x * 100) / 100;
const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1]!;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      model: { type: 'string', default: join(ROOT, 'models', 'zoetrope-tiny') },
      seeds: { type: 'string', default: '1,2,3,6' },
      threads: { type: 'string', default: '1' },
    },
  });
  const seeds = values.seeds.split(',').map(Number);
  const generator = await loadGenerator(resolve(values.model), {
    device: 'cpu',
    threads: Number(values.threads),
  });
  const [width, height] = generator.info.card.limits.sizes[0]!;
  const frames = 2 * generator.info.card.limits.fps;
  const rows: { caption: string; loop: number[]; plain: number[]; median: number[] }[] = [];
  try {
    for (const caption of CAPTIONS) {
      const row = { caption, loop: [] as number[], plain: [] as number[], median: [] as number[] };
      for (const seed of seeds) {
        for (const loop of [true, false]) {
          const clip = await generator.generate({ shots: [{ caption, frames }], width, height, seed, loop });
          const m = wrapAndMedianStep(clip.frames);
          if (loop) {
            row.loop.push(m.wrap);
            row.median.push(m.median);
          } else row.plain.push(m.wrap);
        }
      }
      rows.push(row);
    }
  } finally {
    await generator.close();
  }
  const summary = rows.map((r) => ({
    caption: r.caption,
    loop_wrap: round(median(r.loop)),
    loop_median_step: round(median(r.median)),
    ratio: round(median(r.loop.map((w, i) => w / r.median[i]!))),
    plain_wrap: round(median(r.plain)),
  }));
  console.log(`${'caption'.padEnd(52)} wrap(loop) median step  ratio  wrap(no loop)`);
  for (const s of summary) {
    console.log(
      `${s.caption.padEnd(52)} ${s.loop_wrap.toFixed(2).padStart(10)} ${s.loop_median_step.toFixed(2).padStart(11)} ` +
        `${s.ratio.toFixed(2).padStart(6)} ${s.plain_wrap.toFixed(2).padStart(14)}`,
    );
  }
  console.log(JSON.stringify({ eval: 'loops', model: values.model, seeds, rows: summary }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
