import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VideoGenerator } from '../../src/engine/generator.js';
import { loadGenerator } from '../../src/engine/generators/index.js';

// The built-in model is trained in this repository and lands in models/zoetrope-tiny (issue 5); until it
// does, this file says so and skips. ZOETROPE_BUILTIN_MODEL points it at another folder of the same class.
const DIR =
  process.env.ZOETROPE_BUILTIN_MODEL ?? join(import.meta.dirname, '..', '..', 'models', 'zoetrope-tiny');
const present = existsSync(join(DIR, 'model_index.json'));
if (!present) console.warn(`pipeline-builtin: ${DIR} is absent, skipping the built-in model test`);

// A 16-frame clip at its native size and fps, known frames kept exactly (first frame, extension either way),
// loop, progress, abort and determinism: the conformance suite (test/conformance/generators.test.ts) runs
// on this model. What follows is what only the trained model can show.
describe.skipIf(!present)('the built-in model through ZoetropeDiTPipeline', () => {
  it('GIVEN models/zoetrope-tiny THEN it loads as ZoetropeDiTPipeline with its 16-frame card', async () => {
    const gen = await loadGenerator(DIR, { device: 'cpu', threads: 1 });
    try {
      expect(gen.info.generator).toBe('onnx:ZoetropeDiTPipeline');
      expect(gen.info.card.limits.frames).toBe(16);
    } finally {
      await gen.close();
    }
  });
});

/** Mean absolute byte difference between two frames. */
function diff(a: Uint8Array, b: Uint8Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += Math.abs(a[i]! - b[i]!);
  return s / a.length;
}

/** Consecutive-frame differences of a clip, and the median of them. */
function motion(frames: Uint8Array[]): { steps: number[]; median: number } {
  const steps = frames.slice(1).map((f, i) => diff(frames[i]!, f));
  const sorted = [...steps].sort((x, y) => x - y);
  return { steps, median: sorted[Math.floor(sorted.length / 2)]! };
}

describe.skipIf(!present)('the built-in model: seams', () => {
  async function withModel(
    fn: (gen: VideoGenerator, w: number, h: number, caption: string) => Promise<void>,
  ) {
    const gen = await loadGenerator(DIR, { device: 'cpu', threads: 1 });
    try {
      const [w, h] = gen.info.card.limits.sizes[0]!;
      await fn(gen, w, h, gen.info.card.caption_language.examples[0]!);
    } finally {
      await gen.close();
    }
  }

  it('GIVEN a 3 s clip (two windows chained) THEN the change across the seam is like any other frame step', async () => {
    await withModel(async (gen, width, height, caption) => {
      const clip = await gen.generate({ shots: [{ caption, frames: 24 }], width, height, seed: 5, steps: 4 });
      const { steps, median } = motion(clip.frames);
      // Windows start at 0 and 8; the second window keeps frames 8–11 and invents from frame 12 on.
      expect(steps[11]!).toBeLessThanOrEqual(3 * median + 6);
    });
  });

  // Loops close since zoetrope-tiny 2.2.0, which was trained on the engine's loop-closing window
  // (docs/builtin-model.md, "Loops"): a linear move wraps round the frame's edge, a bounce runs on to the end
  // of its period. 2.1.0 failed the linear case: its last→first step was ~20 against a median frame step of
  // ~4.6, no better than the same seed without `loop`. (On the bounce it had ~21 against ~17, inside this
  // bound; 2.2.0 has ~7 against ~13.)
  it.each([
    ['a linear move (wraps round the edge)', ''],
    ['a bounce (runs to the end of its period)', 'a white square bouncing over green grass'],
  ])(
    'GIVEN loop and %s THEN going from the last frame back to the first is like any other frame step',
    async (_, text) => {
      await withModel(async (gen, width, height, example) => {
        const clip = await gen.generate({
          shots: [{ caption: text || example, frames: 16 }],
          width,
          height,
          seed: 6,
          loop: true,
        });
        const { median } = motion(clip.frames);
        expect(diff(clip.frames[15]!, clip.frames[0]!)).toBeLessThanOrEqual(2 * median);
      });
    },
  );
});
