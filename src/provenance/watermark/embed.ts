// Embedding: one luma pattern for the whole clip, the key's tile of ±1 chips on a grid of cells relative to
// the frame size, raised-cosine interpolated, at the amplitude that spends the clip's PSNR budget.
import { dataChips } from './code.js';
import { WatermarkInputError } from './errors.js';
import { type KeyMaterial, keyMaterial, type WatermarkKey } from './key.js';
import {
  AMPLITUDE,
  CALIBRATION_FRAMES,
  CELLS_PER_SHORT_SIDE,
  kernelWeight,
  MAX_GAIN,
  MIN_EMBED_SIDE,
  PAYLOAD_BYTES,
  TARGET_PSNR,
  TILE,
  TILE_CELLS,
} from './layout.js';

/** One RGB24 frame: `width * height * 3` bytes, row-major, no padding. */
export type RgbFrame = Uint8Array;

/** The tile's ±1 chips (ty * TILE + tx): data chips on data cells, pilots on pilot cells. */
function tileChips(m: KeyMaterial, payload: Uint8Array): Int8Array {
  const tile = new Int8Array(TILE_CELLS);
  const chips = dataChips(m, payload);
  for (let k = 0; k < chips.length; k++) tile[m.dataCells[k]!] = chips[k]!;
  for (const p of m.pilots) tile[p.ty * TILE + p.tx] = p.chip;
  return tile;
}

/** For each pixel along one axis: the nearest cell centre at or before it (tile-wrapped) and its weight. */
function axisTaps(length: number, cell: number): { i0: Int32Array; i1: Int32Array; w0: Float32Array } {
  const i0 = new Int32Array(length);
  const i1 = new Int32Array(length);
  const w0 = new Float32Array(length);
  for (let x = 0; x < length; x++) {
    // Cell i spans [i·cell, (i+1)·cell) from the top-left corner; its centre is at (i + 0.5)·cell.
    const t = (x + 0.5) / cell - 0.5;
    const base = Math.floor(t);
    i0[x] = ((base % TILE) + TILE) % TILE;
    i1[x] = (((base + 1) % TILE) + TILE) % TILE;
    w0[x] = kernelWeight(t - base);
  }
  return { i0, i1, w0 };
}

/**
 * The watermark's luma offset per pixel at unit amplitude: the tile repeated over a grid of
 * CELLS_PER_SHORT_SIDE cells along the short side, each cell's chip blended into its neighbours' with
 * raised-cosine weights that sum to one, so equal chips form a seamless plateau and flat areas show no
 * blocks.
 */
function unitField(width: number, height: number, tile: Int8Array): Float32Array {
  const cell = Math.min(width, height) / CELLS_PER_SHORT_SIDE;
  const xs = axisTaps(width, cell);
  const ys = axisTaps(height, cell);
  const field = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const r0 = ys.i0[y]! * TILE;
    const r1 = ys.i1[y]! * TILE;
    const wy0 = ys.w0[y]!;
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const a = xs.i0[x]!;
      const b = xs.i1[x]!;
      const wx0 = xs.w0[x]!;
      const top = wx0 * tile[r0 + a]! + (1 - wx0) * tile[r0 + b]!;
      const bottom = wx0 * tile[r1 + a]! + (1 - wx0) * tile[r1 + b]!;
      field[row + x] = wy0 * top + (1 - wy0) * bottom;
    }
  }
  return field;
}

/** Squared errors (luma, RGB per channel) of adding `offsets` to some frames with clipping, and their pixels. */
class Distortion {
  seY = 0;
  seRgb = 0;
  pixels = 0;
  /** The lower of the luma and RGB PSNRs, dB. */
  get psnr(): number {
    const db = (se: number) =>
      se > 0 ? 10 * Math.log10((255 * 255 * this.pixels) / se) : Number.POSITIVE_INFINITY;
    return Math.min(db(this.seY), db(this.seRgb));
  }
}

/**
 * Adds whole-level luma offsets to one frame (the same offset on R, G and B leaves chroma unchanged),
 * clipping at 0 and 255, and tallies the distortion it caused. Returns the marked copy.
 */
function applyOffsets(frame: RgbFrame, offsets: Int8Array, tally: Distortion): RgbFrame {
  const out = new Uint8Array(frame);
  let seY = 0;
  let seRgb = 0;
  for (let p = 0, o = 0; p < offsets.length; p++, o += 3) {
    const d = offsets[p]!;
    if (d === 0) continue;
    const r = frame[o]! + d;
    const g = frame[o + 1]! + d;
    const b = frame[o + 2]! + d;
    if (((r | g | b) & ~255) === 0) {
      // No channel clipped: the error is d on every channel and on luma.
      out[o] = r;
      out[o + 1] = g;
      out[o + 2] = b;
      seY += d * d;
      seRgb += d * d;
      continue;
    }
    const r2 = Math.min(255, Math.max(0, r));
    const g2 = Math.min(255, Math.max(0, g));
    const b2 = Math.min(255, Math.max(0, b));
    out[o] = r2;
    out[o + 1] = g2;
    out[o + 2] = b2;
    const dr = r2 - frame[o]!;
    const dg = g2 - frame[o + 1]!;
    const db = b2 - frame[o + 2]!;
    const dy = 0.2126 * dr + 0.7152 * dg + 0.0722 * db;
    seY += dy * dy;
    seRgb += (dr * dr + dg * dg + db * db) / 3;
  }
  tally.seY += seY;
  tally.seRgb += seRgb;
  tally.pixels += offsets.length;
  return out;
}

/** Rounded offsets at an amplitude: adding whole levels to whole pixels rounds as adding the real field. */
function offsetsAt(unit: Float32Array, amplitude: number): Int8Array {
  const out = new Int8Array(unit.length);
  for (let p = 0; p < unit.length; p++) out[p] = Math.round(unit[p]! * amplitude);
  return out;
}

/** The PSNR `amplitude` would give on `frames`, estimated from every other pixel of every other row. */
function psnrAt(frames: readonly RgbFrame[], unit: Float32Array, width: number, amplitude: number): number {
  const tally = new Distortion();
  const height = unit.length / width;
  for (const frame of frames) {
    for (let y = 0; y < height; y += 2) {
      for (let x = 0; x < width; x += 2) {
        const p = y * width + x;
        const d = Math.round(unit[p]! * amplitude);
        tally.pixels++;
        if (d === 0) continue;
        const o = p * 3;
        const dr = Math.min(255, Math.max(0, frame[o]! + d)) - frame[o]!;
        const dg = Math.min(255, Math.max(0, frame[o + 1]! + d)) - frame[o + 1]!;
        const db = Math.min(255, Math.max(0, frame[o + 2]! + d)) - frame[o + 2]!;
        const dy = 0.2126 * dr + 0.7152 * dg + 0.0722 * db;
        tally.seY += dy * dy;
        tally.seRgb += (dr * dr + dg * dg + db * db) / 3;
      }
    }
  }
  return tally.psnr;
}

/**
 * The amplitude that spends the clip's distortion budget: PSNR (the lower of luma and RGB) at TARGET_PSNR.
 * A clip whose black or white areas clip part of the pattern away gets a taller pattern, up to MAX_GAIN ×
 * AMPLITUDE. Estimated on a few frames; embedWatermark then checks the whole clip.
 */
function calibrate(frames: readonly RgbFrame[], unit: Float32Array, width: number): number {
  const step = Math.max(1, Math.floor(frames.length / CALIBRATION_FRAMES));
  const sample = frames.filter((_, i) => i % step === 0).slice(0, CALIBRATION_FRAMES);
  let amplitude = AMPLITUDE;
  for (let i = 0; i < 4; i++) {
    const psnr = psnrAt(sample, unit, width, amplitude);
    const next = Math.min(AMPLITUDE * MAX_GAIN, amplitude * 10 ** ((psnr - TARGET_PSNR) / 20));
    if (Math.abs(next - amplitude) < 0.01) break;
    amplitude = next;
  }
  return amplitude;
}

export function checkFrames(frames: readonly RgbFrame[], width: number, height: number): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new WatermarkInputError(
      'WATERMARK_FRAME_SIZE',
      `frame size must be positive integers, got ${width}x${height}`,
    );
  }
  const bytes = width * height * 3;
  frames.forEach((frame, i) => {
    if (frame.length !== bytes) {
      throw new WatermarkInputError(
        'WATERMARK_FRAME_SIZE',
        `frame ${i} is ${frame.length} bytes; ${width}x${height} RGB24 needs ${bytes}`,
      );
    }
  });
}

/**
 * Embeds `payload` (exactly 6 bytes) under `key` into every frame's luma and returns new frames; the inputs
 * are untouched. Pure and deterministic. Frames must be `width*height*3` bytes with a short side of at least
 * MIN_EMBED_SIDE pixels: embed at the size the clip will be encoded at, after any upscale. Every frame gets
 * the same pattern, at the amplitude that puts the clip's PSNR (luma and RGB) at about TARGET_PSNR.
 */
export function embedWatermark(
  frames: RgbFrame[],
  width: number,
  height: number,
  payload: Uint8Array,
  key: WatermarkKey,
): RgbFrame[] {
  if (payload.length !== PAYLOAD_BYTES) {
    throw new WatermarkInputError(
      'WATERMARK_PAYLOAD_SIZE',
      `the payload is ${payload.length} bytes; exactly ${PAYLOAD_BYTES} are embedded`,
    );
  }
  checkFrames(frames, width, height);
  if (Math.min(width, height) < MIN_EMBED_SIDE) {
    throw new WatermarkInputError(
      'WATERMARK_FRAME_TOO_SMALL',
      `frames are ${width}x${height}; the watermark needs a short side of at least ${MIN_EMBED_SIDE} px (embed at display size)`,
    );
  }
  if (frames.length === 0) return [];
  const unit = unitField(width, height, tileChips(keyMaterial(key), payload));
  let amplitude = calibrate(frames, unit, width);
  // The sample may flatter the clip: mark it all, and if the whole clip lands under the target, step down.
  for (;;) {
    const offsets = offsetsAt(unit, amplitude);
    const tally = new Distortion();
    const marked = frames.map((frame) => applyOffsets(frame, offsets, tally));
    if (tally.psnr >= TARGET_PSNR - 0.25 || amplitude < AMPLITUDE / 4) return marked;
    amplitude *= 10 ** ((tally.psnr - TARGET_PSNR) / 20);
  }
}
