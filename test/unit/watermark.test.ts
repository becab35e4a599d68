import { describe, expect, it } from 'vitest';
import {
  deriveWatermarkKey,
  detectWatermark,
  embedWatermark,
  MIN_EMBED_SIDE,
  mergePattern,
  WATERMARK_ALGORITHM,
  WatermarkDetector,
  WatermarkInputError,
  watermarkPattern,
} from '../../src/provenance/watermark/index.js';

const SIZE = 256;
const KEY = deriveWatermarkKey('unit-test watermark secret, 32+ bytes long');
const PAYLOAD = Uint8Array.from([0x5a, 0x01, 0xc3, 0x7e, 0x00, 0xff]);

/** xorshift32, so every run sees the same pictures. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

/** A sky-like gradient with a bright disc moving across it and mild sensor noise: a small clip's content. */
function clip(frames = 8, width = SIZE, height = SIZE, seed = 7): Uint8Array[] {
  const r = rng(seed);
  return Array.from({ length: frames }, (_, t) => {
    const f = new Uint8Array(width * height * 3);
    const cx = width * (0.3 + 0.05 * t);
    const cy = height * 0.5;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const o = (y * width + x) * 3;
        const inDisc = (x - cx) ** 2 + (y - cy) ** 2 < (width * 0.12) ** 2;
        const n = (r() - 0.5) * 6;
        f[o] = inDisc ? 230 : 40 + (120 * y) / height + n;
        f[o + 1] = inDisc ? 200 : 60 + (80 * x) / width + n;
        f[o + 2] = inDisc ? 40 : 150 + n;
      }
    }
    return f;
  });
}

function psnr(a: Uint8Array[], b: Uint8Array[]): { luma: number; rgb: number } {
  let seY = 0;
  let seRgb = 0;
  let pixels = 0;
  a.forEach((fa, i) => {
    const fb = b[i]!;
    for (let o = 0; o < fa.length; o += 3) {
      const dr = fa[o]! - fb[o]!;
      const dg = fa[o + 1]! - fb[o + 1]!;
      const db = fa[o + 2]! - fb[o + 2]!;
      const dy = 0.2126 * dr + 0.7152 * dg + 0.0722 * db;
      seY += dy * dy;
      seRgb += (dr * dr + dg * dg + db * db) / 3;
      pixels++;
    }
  });
  const db = (se: number) => 10 * Math.log10((255 * 255 * pixels) / se);
  return { luma: db(seY), rgb: db(seRgb) };
}

/** Crop to `fraction` of each side at (fx, fy) of the slack, and scale back up bilinearly (an in-memory resize). */
function cropAndRescale(
  frame: Uint8Array,
  size: number,
  fraction: number,
  fx: number,
  fy: number,
): Uint8Array {
  const side = Math.round(size * fraction);
  const x0 = Math.round((size - side) * fx);
  const y0 = Math.round((size - side) * fy);
  const out = new Uint8Array(size * size * 3);
  for (let y = 0; y < size; y++) {
    const sy = Math.min(side - 1.001, Math.max(0, ((y + 0.5) * side) / size - 0.5));
    const y1 = Math.floor(sy);
    const wy = sy - y1;
    for (let x = 0; x < size; x++) {
      const sx = Math.min(side - 1.001, Math.max(0, ((x + 0.5) * side) / size - 0.5));
      const x1 = Math.floor(sx);
      const wx = sx - x1;
      for (let c = 0; c < 3; c++) {
        const at = (xx: number, yy: number) => frame[((y0 + yy) * size + x0 + xx) * 3 + c]!;
        const v =
          (at(x1, y1) * (1 - wx) + at(x1 + 1, y1) * wx) * (1 - wy) +
          (at(x1, y1 + 1) * (1 - wx) + at(x1 + 1, y1 + 1) * wx) * wy;
        out[(y * size + x) * 3 + c] = Math.round(v);
      }
    }
  }
  return out;
}

const original = clip();
const marked = embedWatermark(original, SIZE, SIZE, PAYLOAD, KEY);

describe('invisible watermark', () => {
  it('GIVEN a marked clip read as it is THEN the payload comes back, with high confidence and clean bits', () => {
    const result = detectWatermark(marked, SIZE, SIZE, KEY);
    expect(result.found).toBe(true);
    expect(Array.from(result.payload!)).toEqual(Array.from(PAYLOAD));
    expect(result.confidence).toBeGreaterThanOrEqual(0.5);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.bitAccuracy).toBeGreaterThan(0.95);
  });

  it('GIVEN a marked clip THEN it is at least 40 dB PSNR from the unmarked one, on luma and on RGB', () => {
    const p = psnr(original, marked);
    expect(p.luma).toBeGreaterThanOrEqual(40);
    expect(p.rgb).toBeGreaterThanOrEqual(40);
    // …and it did change the picture (an empty watermark would pass the line above).
    expect(p.luma).toBeLessThan(45);
  });

  it('GIVEN the same inputs twice THEN embedding is deterministic and leaves the input frames untouched', () => {
    const before = Buffer.from(original[0]!).toString('base64');
    const again = embedWatermark(original, SIZE, SIZE, PAYLOAD, KEY);
    expect(again.map((f) => Buffer.from(f).toString('base64'))).toEqual(
      marked.map((f) => Buffer.from(f).toString('base64')),
    );
    expect(Buffer.from(original[0]!).toString('base64')).toBe(before);
  });

  it('GIVEN a marked clip read with another key THEN nothing is found', () => {
    const other = deriveWatermarkKey('another operator with a different 32-byte secret');
    const result = detectWatermark(marked, SIZE, SIZE, other);
    expect(result.found).toBe(false);
    expect(result.payload).toBeUndefined();
    expect(result.confidence).toBeLessThan(0.5);
  });

  it('GIVEN clips that were never marked THEN nothing is found', () => {
    for (const seed of [1, 2, 3]) {
      const result = detectWatermark(clip(6, SIZE, SIZE, seed), SIZE, SIZE, KEY);
      expect(result.found).toBe(false);
      expect(result.confidence).toBeLessThan(0.5);
    }
  });

  it('GIVEN a brightness shift of +0.1 (26 levels) THEN the payload is still found', () => {
    const brighter = marked.map((f) => Uint8Array.from(f, (v) => Math.min(255, v + 26)));
    const result = detectWatermark(brighter, SIZE, SIZE, KEY);
    expect(result.found).toBe(true);
    expect(Array.from(result.payload!)).toEqual(Array.from(PAYLOAD));
  });

  it('GIVEN a crop to 0.71 of each side, off centre, scaled back up THEN the payload is still found', () => {
    const cropped = marked.map((f) => cropAndRescale(f, SIZE, 0.71, 0.8, 0.25));
    const result = detectWatermark(cropped, SIZE, SIZE, KEY);
    expect(result.found).toBe(true);
    expect(Array.from(result.payload!)).toEqual(Array.from(PAYLOAD));
  });

  it('GIVEN the frames one at a time, duplicated (a frame-rate change) THEN the streaming detector finds it', () => {
    const detector = new WatermarkDetector(SIZE, SIZE);
    for (const f of marked.slice(0, 4)) {
      detector.add(f);
      detector.add(f);
    }
    const result = detector.detect(KEY);
    expect(result.found).toBe(true);
    expect(Array.from(result.payload!)).toEqual(Array.from(PAYLOAD));
  });

  it('GIVEN a pattern merged into a frame THEN each level takes its share of the offset: half near black, all of it from 48', () => {
    const pattern = {
      image: new Uint8Array(SIZE * SIZE * 3).fill(128 + 4),
      width: SIZE,
      height: SIZE,
      strength: { floor: 0.5, dark: 24, full: 48 },
    };
    const levels = [0, 12, 24, 36, 48, 128, 253];
    const frame = new Uint8Array(SIZE * SIZE * 3).map((_, i) => levels[i % levels.length]!);
    const merged = mergePattern(frame, pattern);
    // +4 at half strength is +2; at 36 the strength is 0.75 (+3); from 48 the whole +4, clipped at 255.
    expect(Array.from(merged.subarray(0, levels.length))).toEqual([2, 14, 26, 39, 52, 132, 255]);
    const darker = { ...pattern, image: new Uint8Array(SIZE * SIZE * 3).fill(128 - 3) };
    // −3 at half strength is −1.5, rounded half up to −1; black stays black.
    expect(Array.from(mergePattern(frame, darker).subarray(0, 3))).toEqual([0, 11, 23]);
  });

  it('GIVEN a dark clip THEN its pattern is calibrated taller than a bright one’s, and both stay at 40 dB or more', () => {
    // Dark areas take half the pattern, so the PSNR budget buys a taller one, which brighter parts keep.
    const night = original.map((f) => Uint8Array.from(f, (v) => Math.round(v / 8)));
    const peak = (image: Uint8Array) => image.reduce((m, v) => Math.max(m, Math.abs(v - 128)), 0);
    const dark = watermarkPattern({ frames: night, width: SIZE, height: SIZE }, SIZE, SIZE, PAYLOAD, KEY);
    const bright = watermarkPattern(
      { frames: original, width: SIZE, height: SIZE },
      SIZE,
      SIZE,
      PAYLOAD,
      KEY,
    );
    expect(peak(dark.image)).toBeGreaterThan(peak(bright.image));
    for (const [frames, pattern] of [
      [night, dark],
      [original, bright],
    ] as const) {
      const p = psnr(
        frames,
        frames.map((f) => mergePattern(f, pattern)),
      );
      expect(p.luma).toBeGreaterThanOrEqual(40);
      expect(p.rgb).toBeGreaterThanOrEqual(40);
    }
    // Calibrated on frames of another size (the engine's native frames): the same pattern as at full size.
    const native = original.map((f) => halve(f, SIZE));
    const fromNative = watermarkPattern(
      { frames: native, width: SIZE / 2, height: SIZE / 2 },
      SIZE,
      SIZE,
      PAYLOAD,
      KEY,
    );
    expect(peak(fromNative.image)).toBeCloseTo(peak(bright.image), -1);
    expect(
      detectWatermark(
        original.map((f) => mergePattern(f, fromNative)),
        SIZE,
        SIZE,
        KEY,
      ).found,
    ).toBe(true);
  });

  it('GIVEN bad input THEN a WatermarkInputError names the problem', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(WatermarkInputError);
        return (error as WatermarkInputError).code;
      }
      return 'no error';
    };
    expect(code(() => deriveWatermarkKey('too short'))).toBe('WATERMARK_KEY_TOO_SHORT');
    expect(code(() => embedWatermark(original, SIZE, SIZE, new Uint8Array(5), KEY))).toBe(
      'WATERMARK_PAYLOAD_SIZE',
    );
    const small = MIN_EMBED_SIDE - 2;
    expect(code(() => embedWatermark(clip(1, small, small), small, small, PAYLOAD, KEY))).toBe(
      'WATERMARK_FRAME_TOO_SMALL',
    );
    expect(code(() => detectWatermark([new Uint8Array(10)], SIZE, SIZE, KEY))).toBe('WATERMARK_FRAME_SIZE');
  });

  it('GIVEN a key THEN logging it shows a fingerprint, never the secret', () => {
    const secret = 'a secret that must never reach the logs, 32+ bytes';
    const key = deriveWatermarkKey(secret);
    expect(JSON.stringify(key)).not.toContain('secret');
    expect(String(key)).toMatch(/^WatermarkKey\([0-9a-f]{16}\)$/);
    expect(deriveWatermarkKey(secret).fingerprint).toBe(key.fingerprint);
    expect(WATERMARK_ALGORITHM).toMatch(/^io\.zoetrope\.watermark\.[a-z0-9.-]+$/);
  });
});

/** Every other pixel of every other row: a frame at half size. */
function halve(frame: Uint8Array, size: number): Uint8Array {
  const half = size / 2;
  const out = new Uint8Array(half * half * 3);
  for (let y = 0; y < half; y++) {
    for (let x = 0; x < half; x++)
      out.set(frame.subarray((2 * y * size + 2 * x) * 3, (2 * y * size + 2 * x) * 3 + 3), (y * half + x) * 3);
  }
  return out;
}
