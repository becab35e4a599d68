import { dataChips } from './code.js';
import { WatermarkInputError } from './errors.js';
import { type KeyMaterial, keyMaterial, type WatermarkKey } from './key.js';
import {
  AMPLITUDE,
  CALIBRATION_FRAMES,
  kernelWeight,
  MAX_GAIN,
  MIN_EMBED_SIDE,
  PAYLOAD_BYTES,
  TARGET_PSNR,
  TILE,
  tuning,
} from './layout.js';

/** One RGB24 frame: `width * height * 3` bytes, row-major, no padding. */
export type RgbFrame = Uint8Array;

/** The tile's ±1 chips (ty * TILE + tx): data chips on data cells, pilots on pilot cells. */
export function tileChips(m: KeyMaterial, payload: Uint8Array): Int8Array {
  const tile = new Int8Array(TILE * TILE);
  const chips = dataChips(m, payload);
  for (let k = 0; k < chips.length; k++) tile[m.dataCells[k]!] = chips[k]!;
  for (const p of m.pilots) tile[p.ty * TILE + p.tx] = p.chip;
  return tile;
}

/** The cell grid of a frame: centres at (i + 0.5)·cell for i in [−1, n], so every pixel has both neighbours. */
export interface CellGrid {
  cell: number;
  /** Cells per row and column, the ring at index −1 included (grid index = cell index + 1). */
  gx: number;
  gy: number;
}

export function cellGrid(width: number, height: number): CellGrid {
  const cell = Math.min(width, height) / tuning.cells;
  return { cell, gx: Math.ceil(width / cell) + 2, gy: Math.ceil(height / cell) + 2 };
}

/** The tile's chips laid over the whole grid: cell (i, j) carries tile cell (i mod TILE, j mod TILE). */
export function chipGrid(grid: CellGrid, tile: Int8Array): Float32Array {
  const out = new Float32Array(grid.gx * grid.gy);
  for (let j = 0; j < grid.gy; j++) {
    const ty = (((j - 1) % TILE) + TILE) % TILE;
    for (let i = 0; i < grid.gx; i++)
      out[j * grid.gx + i] = tile[ty * TILE + ((((i - 1) % TILE) + TILE) % TILE)]!;
  }
  return out;
}

/** For each pixel along one axis: the grid indices of the two nearest cell centres and the first one's weight. */
function axisTaps(length: number, cell: number): { i0: Int32Array; w0: Float32Array } {
  const i0 = new Int32Array(length);
  const w0 = new Float32Array(length);
  for (let x = 0; x < length; x++) {
    const t = (x + 0.5) / cell - 0.5;
    const base = Math.floor(t);
    i0[x] = base + 1;
    w0[x] = kernelWeight(t - base);
  }
  return { i0, w0 };
}

/**
 * The luma offset field (levels) the watermark adds to every frame: each cell's amplitude (±1 chips, or
 * more where the host needs it) on a grid of CELLS_PER_SHORT_SIDE cells along the short side from the
 * top-left corner, raised-cosine interpolated.
 */
export function watermarkField(
  width: number,
  height: number,
  grid: CellGrid,
  amps: Float32Array,
): Float32Array {
  const xs = axisTaps(width, grid.cell);
  const ys = axisTaps(height, grid.cell);
  const field = new Float32Array(width * height);
  const gx = grid.gx;
  for (let y = 0; y < height; y++) {
    const r0 = ys.i0[y]! * gx;
    const r1 = r0 + gx;
    const wy0 = ys.w0[y]!;
    const wy1 = 1 - wy0;
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const a = xs.i0[x]!;
      const wx0 = xs.w0[x]!;
      const top = wx0 * amps[r0 + a]! + (1 - wx0) * amps[r0 + a + 1]!;
      const bottom = wx0 * amps[r1 + a]! + (1 - wx0) * amps[r1 + a + 1]!;
      field[row + x] = wy0 * top + wy1 * bottom;
    }
  }
  return field;
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
 * Luma and RGB squared-error sums of adding the rounded field `unit × amplitude` to `frames` (with the
 * clipping at 0 and 255 the real frames get), and the pixel count.
 */
function distortion(frames: readonly RgbFrame[], unit: Float32Array, amplitude: number) {
  let seY = 0;
  let seRgb = 0;
  for (const frame of frames) {
    for (let p = 0, o = 0; p < unit.length; p++, o += 3) {
      const d = Math.round(unit[p]! * amplitude);
      if (d === 0) continue;
      const r = frame[o]!;
      const g = frame[o + 1]!;
      const b = frame[o + 2]!;
      const dr = Math.min(255, Math.max(0, r + d)) - r;
      const dg = Math.min(255, Math.max(0, g + d)) - g;
      const db = Math.min(255, Math.max(0, b + d)) - b;
      const dy = 0.2126 * dr + 0.7152 * dg + 0.0722 * db;
      seY += dy * dy;
      seRgb += (dr * dr + dg * dg + db * db) / 3;
    }
  }
  return { seY, seRgb, pixels: frames.length * unit.length };
}

function psnrOf(se: number, pixels: number): number {
  return se > 0 ? 10 * Math.log10((255 * 255 * pixels) / se) : Number.POSITIVE_INFINITY;
}

/**
 * The amplitude that spends the clip's distortion budget: PSNR (the lower of luma and RGB) at TARGET_PSNR.
 * A clip whose dark or bright areas clip half of the pattern away gets a taller pattern, up to MAX_GAIN ×
 * the nominal amplitude. Estimated on a sample of frames, then checked on all of them.
 */
function calibrate(frames: readonly RgbFrame[], unit: Float32Array): number {
  const step = Math.max(1, Math.floor(frames.length / CALIBRATION_FRAMES));
  const sample = frames.filter((_, i) => i % step === 0);
  let amplitude = AMPLITUDE;
  const psnr = (set: readonly RgbFrame[], a: number) => {
    const d = distortion(set, unit, a);
    return Math.min(psnrOf(d.seY, d.pixels), psnrOf(d.seRgb, d.pixels));
  };
  for (let i = 0; i < 4; i++) {
    const p = psnr(sample, amplitude);
    const next = Math.min(AMPLITUDE * MAX_GAIN, amplitude * 10 ** ((p - TARGET_PSNR) / 20));
    if (Math.abs(next - amplitude) < 0.01) break;
    amplitude = next;
  }
  // The sample can flatter the clip; the whole clip decides.
  for (let i = 0; i < 4 && psnr(frames, amplitude) < TARGET_PSNR - 0.05; i++) amplitude *= 0.97;
  return amplitude;
}

/** The field rounded to whole levels: adding it to integer pixels rounds exactly as adding the real field. */
export function roundedField(field: Float32Array, amplitude: number): Int16Array {
  return Int16Array.from(field, (d) => Math.round(d * amplitude));
}

/** Adds the rounded field to the luma of one frame: the same offset on R, G and B leaves chroma unchanged. */
export function applyField(frame: RgbFrame, field: Int16Array): RgbFrame {
  const out = new Uint8Array(frame.length);
  for (let p = 0, o = 0; p < field.length; p++, o += 3) {
    const d = field[p]!;
    if (d === 0) {
      out[o] = frame[o]!;
      out[o + 1] = frame[o + 1]!;
      out[o + 2] = frame[o + 2]!;
      continue;
    }
    const r = frame[o]! + d;
    const g = frame[o + 1]! + d;
    const b = frame[o + 2]! + d;
    out[o] = r < 0 ? 0 : Math.min(r, 255);
    out[o + 1] = g < 0 ? 0 : Math.min(g, 255);
    out[o + 2] = b < 0 ? 0 : Math.min(b, 255);
  }
  return out;
}

function checkEmbed(width: number, height: number, payload: Uint8Array): void {
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
}

/**
 * Embeds `payload` (exactly 6 bytes) under `key` into every frame's luma and returns new frames; the inputs
 * are untouched. Pure and deterministic. Frames must be `width*height*3` bytes with a short side of at least
 * MIN_EMBED_SIDE pixels: embed at the size the clip is encoded at, after any upscale. The same pattern goes
 * on every frame, at the amplitude that puts the clip's PSNR at TARGET_PSNR.
 */
export function embedWatermark(
  frames: RgbFrame[],
  width: number,
  height: number,
  payload: Uint8Array,
  key: WatermarkKey,
): RgbFrame[] {
  checkEmbed(width, height, payload);
  checkFrames(frames, width, height);
  if (frames.length === 0) return [];
  const grid = cellGrid(width, height);
  const unit = watermarkField(width, height, grid, chipGrid(grid, tileChips(keyMaterial(key), payload)));
  const field = roundedField(unit, calibrate(frames, unit));
  return frames.map((frame) => applyField(frame, field));
}
