import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGenerator } from '../../src/engine/generators/index.js';
import { TestPatternGenerator } from '../../src/engine/test-pattern.js';
import {
  type FrameScores,
  frameFindings,
  frameModerator,
  NSFW_CLASSES,
  NsfwjsClassifier,
} from '../../src/moderation/frames/index.js';
import type { RgbImage } from '../../src/moderation/types.js';
import { DEFAULT_POLICY, moderationPolicySchema } from '../../src/queue/index.js';

// The real nsfwjs model (its weights come inside the npm package) on the tfjs wasm backend, in its thread.
// The thread replaces fetch with one that throws, so loading and scoring here prove nothing is downloaded.

const warnings: string[] = [];
const log = { info: () => undefined, warn: (_: unknown, msg: string) => void warnings.push(msg) };
let classifier: NsfwjsClassifier;

function image(width: number, height: number, pixel: (x: number, y: number) => number[]): RgbImage {
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rgb.set(pixel(x / (width - 1), y / (height - 1)), (y * width + x) * 3);
  }
  return { width, height, rgb };
}

let seed = 2024;
const random = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
};

/** Harmless synthetic frames, including skin tones and sizes that are not the model's 224². */
const SYNTHETIC: Array<[string, RgbImage]> = [
  ['black', image(64, 64, () => [0, 0, 0])],
  ['white', image(64, 64, () => [255, 255, 255])],
  ['mid grey', image(64, 64, () => [128, 128, 128])],
  ['red', image(32, 32, () => [230, 30, 30])],
  ['light skin tone', image(64, 64, () => [255, 219, 172])],
  ['mid skin tone', image(48, 80, () => [224, 172, 105])],
  ['dark skin tone', image(64, 64, () => [141, 85, 36])],
  ['grey ramp', image(320, 180, (x) => [x * 255, x * 255, x * 255])],
  ['colour ramp', image(64, 64, (x, y) => [y * 255, (1 - y) * 255, x * 255])],
  ['skin ramp', image(64, 64, (x, y) => [200 + 55 * x, 150 + 60 * y, 100 + 70 * x * y])],
  ['radial', image(64, 64, (x, y) => [255 - Math.hypot(x - 0.5, y - 0.5) * 510, 120, 90])],
  ['colour noise', image(64, 64, () => [random() * 255, random() * 255, random() * 255])],
  ['skin noise', image(64, 64, () => [200 + random() * 55, 140 + random() * 60, 90 + random() * 60])],
  [
    'checkerboard',
    image(64, 64, (x, y) => ((Math.floor(x * 8) + Math.floor(y * 8)) % 2 ? [255, 255, 255] : [0, 0, 0])),
  ],
];

function expectProbabilities(scores: FrameScores) {
  expect(Object.keys(scores).sort()).toEqual([...NSFW_CLASSES].sort());
  for (const c of NSFW_CLASSES) {
    expect(scores[c]).toBeGreaterThanOrEqual(0);
    expect(scores[c]).toBeLessThanOrEqual(1);
  }
  expect(NSFW_CLASSES.reduce((sum, c) => sum + scores[c], 0)).toBeCloseTo(1, 3);
}

beforeAll(async () => {
  classifier = await NsfwjsClassifier.start({ model: 'MobileNetV2', log });
});

afterAll(async () => {
  await classifier?.close();
});

describe('nsfwjs frame classifier (real model, offline)', () => {
  it('GIVEN the packaged MobileNetV2 THEN it loads in its thread on the wasm backend with a 224² input', () => {
    expect(classifier.name).toBe('nsfwjs MobileNetV2');
    expect(classifier.info).toMatchObject({ model: 'MobileNetV2', inputSize: 224, backend: 'wasm' });
    expect(classifier.info.loadMs).toBeGreaterThan(0);
    expect(warnings).toEqual([]);
  });

  it('GIVEN harmless synthetic frames THEN every class is scored, scores sum to 1, and none is flagged', async () => {
    const scores = await classifier.classify(SYNTHETIC.map(([, i]) => i));
    expect(scores).toHaveLength(SYNTHETIC.length);
    scores.forEach((s, i) => {
      expectProbabilities(s);
      expect(frameFindings(s, i), SYNTHETIC[i]![0]).toEqual([]);
    });
    // The weights are the trained ones, not noise: flat colour reads as a drawing, pixel noise as neutral.
    const by = Object.fromEntries(SYNTHETIC.map(([name], i) => [name, scores[i]!]));
    expect(by['mid grey']!.Drawing).toBeGreaterThan(0.5);
    expect(by['colour noise']!.Neutral).toBeGreaterThan(0.9);
  });

  it('GIVEN the same frame alone and among others THEN its scores are the same (order kept, nothing carried over)', async () => {
    const frame = SYNTHETIC[8]![1];
    const [alone] = await classifier.classify([frame]);
    const batch = await classifier.classify([SYNTHETIC[0]![1], frame, SYNTHETIC[11]![1]]);
    for (const c of NSFW_CLASSES) expect(batch[1]![c]).toBeCloseTo(alone![c], 4);
  });

  it("GIVEN the test pattern's and the built-in model's clips THEN no frame is flagged, even on a strict server", async () => {
    const clips: RgbImage[][] = [];
    for (const pattern of ['gradient'] as const) {
      const clip = await new TestPatternGenerator({ pattern }).generate({
        shots: [{ caption: 'a test pattern', frames: 16 }],
        width: 32,
        height: 32,
        seed: 7,
      });
      clips.push(clip.frames.map((rgb) => ({ width: clip.width, height: clip.height, rgb })));
    }
    const builtin = await loadGenerator('models/zoetrope-tiny', {
      device: 'cpu',
      threads: 0,
      log: () => undefined,
    });
    try {
      const caption = 'a red circle moving left over a sunset sky';
      const clip = await builtin.generate({
        shots: [{ caption, frames: 16 }],
        width: 32,
        height: 32,
        seed: 90,
      });
      clips.push(clip.frames.map((rgb) => ({ width: clip.width, height: clip.height, rgb })));
    } finally {
      await builtin.close();
    }
    const strict = moderationPolicySchema.parse({ sexual: 'strict' });
    const moderator = frameModerator(classifier);
    for (const frames of clips) {
      const decision = await moderator.check(frames, strict);
      expect(decision.decision).toBe('allow');
      expect(decision.findings).toEqual([]);
    }
  });

  it('GIVEN a check that is cancelled THEN it rejects at once and the classifier keeps working', async () => {
    const controller = new AbortController();
    const frames = Array.from({ length: 24 }, () => SYNTHETIC[11]![1]);
    const pending = classifier.classify(frames, controller.signal);
    controller.abort(new DOMException('cancelled', 'AbortError'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    const decision = await frameModerator(classifier).check([SYNTHETIC[0]![1]], DEFAULT_POLICY);
    expect(decision.decision).toBe('allow');
  });

  // Last: it closes the shared classifier.
  it('GIVEN a closed classifier THEN a check fails instead of passing frames unseen', async () => {
    await classifier.close();
    await expect(classifier.classify([SYNTHETIC[0]![1]])).rejects.toThrow(/exited/);
  });
});

describe('nsfwjs frame classifier, the other packaged model', () => {
  it('GIVEN MobileNetV2Mid (a graph model, loaded another way) THEN it loads and scores offline too', async () => {
    const mid = await NsfwjsClassifier.start({ model: 'MobileNetV2Mid', log });
    try {
      expect(mid.info).toMatchObject({ model: 'MobileNetV2Mid', inputSize: 224, backend: 'wasm' });
      const scores = await mid.classify([SYNTHETIC[4]![1], SYNTHETIC[11]![1]]);
      for (const [i, s] of scores.entries()) {
        expectProbabilities(s);
        expect(frameFindings(s, i)).toEqual([]);
      }
    } finally {
      await mid.close();
    }
  });
});
