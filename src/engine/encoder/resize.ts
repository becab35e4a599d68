import { EncoderInputError } from './errors.js';

// Lanczos with three lobes, as ffmpeg's `flags=lanczos` (param 3): the encoder's own filter, so frames
// scaled here look like frames scaled by ffmpeg (see encodeArgs).
const LOBES = 3;

/** For each output sample along one axis: its non-zero taps (clamped source indices) and their weights. */
interface Taps {
  /** Taps per output sample. */
  count: number;
  /** Source index of tap k of output o at `o * count + k`, clamped to the edge (edge pixels repeat). */
  index: Int32Array;
  /** Its weight; each output's weights sum to one. */
  weight: Float32Array;
}

function lanczos(x: number): number {
  if (x === 0) return 1;
  if (x <= -LOBES || x >= LOBES) return 0;
  const px = Math.PI * x;
  return (LOBES * Math.sin(px) * Math.sin(px / LOBES)) / (px * px);
}

/** Sample positions and weights along one axis; a downscale widens the kernel (anti-aliasing). */
function taps(source: number, target: number): Taps {
  const ratio = target / source;
  const stretch = Math.max(1, 1 / ratio);
  const support = LOBES * stretch;
  // Source samples strictly inside the support: the kernel is zero at its ends.
  const count = Math.ceil(2 * support);
  const index = new Int32Array(target * count);
  const weight = new Float32Array(target * count);
  for (let o = 0; o < target; o++) {
    // Pixel centres: output sample o sits at source coordinate (o + 0.5) / ratio − 0.5.
    const centre = (o + 0.5) / ratio - 0.5;
    const first = Math.floor(centre - support) + 1;
    let sum = 0;
    for (let k = 0; k < count; k++) {
      const w = lanczos((first + k - centre) / stretch);
      index[o * count + k] = Math.min(source - 1, Math.max(0, first + k));
      weight[o * count + k] = w;
      sum += w;
    }
    for (let k = 0; k < count; k++) weight[o * count + k]! /= sum;
  }
  return { count, index, weight };
}

/**
 * Resizes RGB24 frames with a Lanczos-3 kernel (edge pixels repeated), in place of ffmpeg's scale filter
 * when frames must be at display size before encoding (the watermark is embedded at the encoded size).
 * Separable: columns first on the (usually few) source rows, then rows; tap tables are built once per call.
 */
export function resizeFrames(
  frames: readonly Uint8Array[],
  width: number,
  height: number,
  targetWidth: number,
  targetHeight: number,
): Uint8Array[] {
  for (const [name, v] of Object.entries({ width, height, targetWidth, targetHeight })) {
    if (!Number.isInteger(v) || v <= 0)
      throw new EncoderInputError(`${name} must be a positive integer, got ${v}`);
  }
  const bytes = width * height * 3;
  for (const [index, frame] of frames.entries()) {
    if (frame.length !== bytes) {
      throw new EncoderInputError(
        `frame ${index} is ${frame.length} bytes; ${width}x${height} RGB24 needs ${bytes}`,
      );
    }
  }
  if (width === targetWidth && height === targetHeight) return [...frames];
  const xs = taps(width, targetWidth);
  const ys = taps(height, targetHeight);
  const stride = targetWidth * 3;
  const rows = new Float32Array(height * stride);
  const acc = new Float32Array(stride);
  return frames.map((frame) => {
    horizontal(frame, width, height, targetWidth, xs, rows);
    const out = new Uint8Array(targetHeight * stride);
    // Setting floats into a clamped view rounds and clamps them natively.
    const clamped = new Uint8ClampedArray(out.buffer);
    for (let o = 0; o < targetHeight; o++) {
      const base = o * ys.count;
      acc.fill(0);
      for (let k = 0; k < ys.count; k++) {
        const w = ys.weight[base + k]!;
        const src = ys.index[base + k]! * stride;
        for (let i = 0; i < stride; i++) acc[i]! += w * rows[src + i]!;
      }
      clamped.set(acc, o * stride);
    }
    return out;
  });
}

/** Resamples every source row to `targetWidth` (RGB interleaved), into `rows`. */
function horizontal(
  frame: Uint8Array,
  width: number,
  height: number,
  targetWidth: number,
  xs: Taps,
  rows: Float32Array,
): void {
  const { count, index, weight } = xs;
  for (let y = 0; y < height; y++) {
    const src = y * width * 3;
    let dst = y * targetWidth * 3;
    for (let o = 0; o < targetWidth; o++) {
      let r = 0;
      let g = 0;
      let b = 0;
      const base = o * count;
      for (let k = 0; k < count; k++) {
        const w = weight[base + k]!;
        const p = src + index[base + k]! * 3;
        r += w * frame[p]!;
        g += w * frame[p + 1]!;
        b += w * frame[p + 2]!;
      }
      rows[dst++] = r;
      rows[dst++] = g;
      rows[dst++] = b;
    }
  }
}
