// Embedding: one pattern of luma offsets for the whole clip, the key's tile of ±1 chips on a grid of cells
// relative to the frame size, raised-cosine interpolated, at the amplitude that spends the clip's PSNR
// budget; each pixel takes it in proportion to its own level (STRENGTH), so dark areas take less.
import { dataChips } from './code.js';
import { WatermarkInputError } from './errors.js';
import { type KeyMaterial, keyMaterial, type WatermarkKey } from './key.js';
import {
  AMPLITUDE,
  CALIBRATION_FRAMES,
  CALIBRATION_PRECISION,
  CELLS_PER_SHORT_SIDE,
  kernelWeight,
  MAX_GAIN,
  MIN_EMBED_SIDE,
  PAYLOAD_BYTES,
  STRENGTH,
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

/** How much of a pattern each level takes (see STRENGTH); the encoder's merge is given the same numbers. */
export interface LevelStrength {
  /** The share taken at or below `dark`. */
  floor: number;
  dark: number;
  /** The level from which the whole offset is taken. */
  full: number;
}

/**
 * The watermark as the encoder merges it into every frame at its size: mid-grey plus the clip's integer
 * offsets (the same on R, G and B), RGB24, and the strength each level takes them at. mergePattern is the
 * merge in JS.
 */
export interface WatermarkPattern {
  image: Uint8Array;
  width: number;
  height: number;
  strength: LevelStrength;
}

/** Frames a pattern is calibrated on, at their own size (the model's native frames, say). */
export interface CalibrationFrames {
  frames: readonly RgbFrame[];
  width: number;
  height: number;
}

/** The share of the pattern each level 0–255 takes, as the encoder's expression computes it. */
const STRENGTH_BY_LEVEL = Float64Array.from(
  { length: 256 },
  (_, level) =>
    STRENGTH.floor +
    (1 - STRENGTH.floor) *
      Math.min(1, Math.max(0, (level - STRENGTH.dark) / (STRENGTH.full - STRENGTH.dark))),
);

/**
 * One channel merged: its level plus the offset at the level's strength, rounded half up, clipped to 0–255.
 * The same arithmetic, in the same order, as the encoder's ffmpeg expression, so both give the same pixels.
 */
function mergeLevel(level: number, offset: number): number {
  const merged = Math.floor(level + offset * STRENGTH_BY_LEVEL[level]! + 0.5);
  return Math.min(255, Math.max(0, merged));
}

/** Squared errors (luma, RGB per channel) of merging offsets into some pixels, and how many pixels. */
class Distortion {
  seY = 0;
  seRgb = 0;
  pixels = 0;
  /** Tallies one pixel (r, g, b) merged with offset `d`; returns nothing, see mergeLevel for the pixel. */
  add(r: number, g: number, b: number, d: number): void {
    this.pixels++;
    if (d === 0) return;
    const dr = mergeLevel(r, d) - r;
    const dg = mergeLevel(g, d) - g;
    const db = mergeLevel(b, d) - b;
    const dy = 0.2126 * dr + 0.7152 * dg + 0.0722 * db;
    this.seY += dy * dy;
    this.seRgb += (dr * dr + dg * dg + db * db) / 3;
  }
  /** The lower of the luma and RGB PSNRs, dB. */
  get psnr(): number {
    const db = (se: number) =>
      se > 0 ? 10 * Math.log10((255 * 255 * this.pixels) / se) : Number.POSITIVE_INFINITY;
    return Math.min(db(this.seY), db(this.seRgb));
  }
}

/** Merges whole-level offsets into one frame (see mergeLevel), tallying the distortion. Returns a copy. */
function applyOffsets(frame: RgbFrame, offsets: Int8Array, tally: Distortion): RgbFrame {
  const out = new Uint8Array(frame);
  for (let p = 0, o = 0; p < offsets.length; p++, o += 3) {
    const d = offsets[p]!;
    if (d === 0) {
      tally.pixels++;
      continue;
    }
    const r = frame[o]!;
    const g = frame[o + 1]!;
    const b = frame[o + 2]!;
    out[o] = mergeLevel(r, d);
    out[o + 1] = mergeLevel(g, d);
    out[o + 2] = mergeLevel(b, d);
    tally.add(r, g, b, d);
  }
  return out;
}

/** Rounded offsets at an amplitude: the pattern holds whole levels. */
function offsetsAt(unit: Float32Array, amplitude: number): Int8Array {
  const out = new Int8Array(unit.length);
  for (let p = 0; p < unit.length; p++) out[p] = Math.round(unit[p]! * amplitude);
  return out;
}

/** For each pattern coordinate along one axis, the nearest coordinate of a frame `source` long. */
function nearest(length: number, source: number): Int32Array {
  return Int32Array.from({ length }, (_, x) =>
    Math.min(source - 1, Math.floor(((x + 0.5) * source) / length)),
  );
}

/**
 * Pattern pixels between two samples of the PSNR estimate, across and down. Odd, and prime to the 4 px
 * cells of a 256² pattern: a stride of 2 only ever sees two of a cell's four phases, whose raised-cosine
 * heights are not the cell's average, and put the estimate off by most of a dB.
 */
const SAMPLE_STRIDE = 3;

/**
 * The PSNR `amplitude` would give on the calibration frames, estimated on one pattern pixel in
 * SAMPLE_STRIDE² (every phase of the cells), each read from the nearest frame pixel (frames of another
 * size stand for the frames scaled to the pattern's: the estimate only needs each area's level).
 */
function psnrAt(
  sample: CalibrationFrames,
  unit: Float32Array,
  width: number,
  { xs, ys }: { xs: Int32Array; ys: Int32Array },
  amplitude: number,
): number {
  const height = ys.length;
  const tally = new Distortion();
  for (const frame of sample.frames) {
    for (let y = 1; y < height; y += SAMPLE_STRIDE) {
      const row = ys[y]! * sample.width;
      for (let x = 1; x < width; x += SAMPLE_STRIDE) {
        const o = (row + xs[x]!) * 3;
        tally.add(frame[o]!, frame[o + 1]!, frame[o + 2]!, Math.round(unit[y * width + x]! * amplitude));
      }
    }
  }
  return tally.psnr;
}

/**
 * The amplitude that spends the clip's distortion budget: the tallest whose PSNR (the lower of luma and
 * RGB) on CALIBRATION_FRAMES frames spread over the clip is at least TARGET_PSNR, between a quarter of
 * AMPLITUDE and MAX_GAIN × AMPLITUDE. A clip whose black or white areas clip part of the pattern away, or
 * whose dark areas take it at the strength's floor, gets a taller pattern. Found by bisection: PSNR never
 * rises with the amplitude, but rounding to whole levels (and half strength near black) makes it a
 * staircase that a proportional step overshoots.
 */
function calibrate(
  calibration: CalibrationFrames,
  unit: Float32Array,
  width: number,
  height: number,
): number {
  const { frames } = calibration;
  const step = Math.max(1, frames.length / CALIBRATION_FRAMES);
  const picked = Array.from(
    { length: Math.min(frames.length, CALIBRATION_FRAMES) },
    (_, i) => frames[Math.floor(i * step)]!,
  );
  const sample = { ...calibration, frames: picked };
  // Which frame pixel each pattern pixel reads, once for every step of the bisection.
  const grid = { xs: nearest(width, sample.width), ys: nearest(height, sample.height) };
  const fits = (amplitude: number) => psnrAt(sample, unit, width, grid, amplitude) >= TARGET_PSNR;
  let low = AMPLITUDE / 4;
  let high = AMPLITUDE * MAX_GAIN;
  if (fits(high)) return high;
  if (!fits(low)) return low;
  while (high - low > CALIBRATION_PRECISION) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return low;
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

/** The checks every embedding makes, then the pattern at unit amplitude. */
function unitPattern(width: number, height: number, payload: Uint8Array, key: WatermarkKey): Float32Array {
  if (payload.length !== PAYLOAD_BYTES) {
    throw new WatermarkInputError(
      'WATERMARK_PAYLOAD_SIZE',
      `the payload is ${payload.length} bytes; exactly ${PAYLOAD_BYTES} are embedded`,
    );
  }
  checkFrames([], width, height);
  if (Math.min(width, height) < MIN_EMBED_SIDE) {
    throw new WatermarkInputError(
      'WATERMARK_FRAME_TOO_SMALL',
      `frames are ${width}x${height}; the watermark needs a short side of at least ${MIN_EMBED_SIDE} px (embed at display size)`,
    );
  }
  return unitField(width, height, tileChips(keyMaterial(key), payload));
}

/**
 * The pattern that marks a clip when merged into every frame at `width` × `height` (the size the clip is
 * encoded at, short side at least MIN_EMBED_SIDE): what the engine hands the encoder. Its amplitude is
 * calibrated on `calibration`, the clip's own frames at any size (the native ones: nothing is scaled here).
 * Pure and deterministic.
 */
export function watermarkPattern(
  calibration: CalibrationFrames,
  width: number,
  height: number,
  payload: Uint8Array,
  key: WatermarkKey,
): WatermarkPattern {
  const unit = unitPattern(width, height, payload, key);
  checkFrames(calibration.frames, calibration.width, calibration.height);
  if (calibration.frames.length === 0) {
    throw new WatermarkInputError('WATERMARK_FRAME_SIZE', 'no frames to calibrate the watermark on');
  }
  const offsets = offsetsAt(unit, calibrate(calibration, unit, width, height));
  const image = new Uint8Array(offsets.length * 3);
  for (let p = 0; p < offsets.length; p++) image.fill(128 + offsets[p]!, p * 3, p * 3 + 3);
  return { image, width, height, strength: { ...STRENGTH } };
}

/** Merges a pattern into one frame of its size, as the encoder does (see mergeLevel); returns a new frame. */
export function mergePattern(frame: RgbFrame, pattern: WatermarkPattern): RgbFrame {
  checkFrames([frame], pattern.width, pattern.height);
  const offsets = new Int8Array(pattern.width * pattern.height);
  for (let p = 0; p < offsets.length; p++) offsets[p] = pattern.image[p * 3]! - 128;
  return applyOffsets(frame, offsets, new Distortion());
}

/**
 * Embeds `payload` (exactly 6 bytes) under `key` into every frame's luma and returns new frames; the inputs
 * are untouched. Pure and deterministic. Frames must be `width*height*3` bytes with a short side of at least
 * MIN_EMBED_SIDE pixels: embed at the size the clip will be encoded at, after any upscale. The same as
 * merging watermarkPattern(frames) into each frame, except that the whole clip's PSNR is checked too and the
 * amplitude stepped down if the calibration sample flattered it.
 */
export function embedWatermark(
  frames: RgbFrame[],
  width: number,
  height: number,
  payload: Uint8Array,
  key: WatermarkKey,
): RgbFrame[] {
  const unit = unitPattern(width, height, payload, key);
  checkFrames(frames, width, height);
  if (frames.length === 0) return [];
  let amplitude = calibrate({ frames, width, height }, unit, width, height);
  for (;;) {
    const offsets = offsetsAt(unit, amplitude);
    const tally = new Distortion();
    const marked = frames.map((frame) => applyOffsets(frame, offsets, tally));
    if (tally.psnr >= TARGET_PSNR - 0.25 || amplitude < AMPLITUDE / 4) return marked;
    amplitude *= 10 ** ((tally.psnr - TARGET_PSNR) / 20);
  }
}
