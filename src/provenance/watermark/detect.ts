// Detection: average the clip's luma over frames, find the cell grid's scale, phase and tile shift from the
// key's pilot cells, then read every data cell, decode (soft Viterbi) and check the keyed check bits.
import { checkInfo, convEncode, viterbi } from './code.js';
import { checkFrames, type RgbFrame } from './embed.js';
import { WatermarkInputError } from './errors.js';
import { type KeyMaterial, keyMaterial, type WatermarkKey } from './key.js';
import {
  CELLS_PER_SHORT_SIDE,
  CODED_BITS,
  MIN_DETECT_SIDE,
  PAYLOAD_BYTES,
  PILOT_CELLS,
  TILE,
  TILE_CELLS,
} from './layout.js';

/** What detectWatermark concluded about a clip. */
export interface WatermarkDetection {
  /** True only when the error-corrected payload passed the key's check bits. */
  found: boolean;
  /** The 6-byte payload, when found. */
  payload?: Uint8Array;
  /**
   * How strongly the key's pattern is present, in [0, 1]: at least 0.5 when found, under 0.5 when not, and
   * 0 for a clip whose best alignment is no better than chance (what a clip never marked with this key gives).
   */
  confidence: number;
  /** When found: the share of the channel's coded bits that read as the decoded codeword (1 = no bit errors). */
  bitAccuracy?: number;
}

/** The full reading, for evaluation: the decoder's best guess even when its check failed. */
export interface WatermarkReading extends WatermarkDetection {
  /** The payload bits decoded at the best alignment, checked or not. */
  bestPayload: Uint8Array;
  /** Share of coded bits agreeing with the decoded codeword at the best alignment. */
  channelAgreement: number;
  /** Pilot correlation at the best alignment, in standard deviations of noise (at most √PILOT_CELLS). */
  syncScore: number;
  /** Cell size (pixels of the frames read) the pattern was found at, per axis. */
  cellSize: [number, number];
  framesRead: number;
}

// A cell is read as the mean over its centre box (this share of the cell per axis), where its own bump
// dominates its neighbours'.
const READ_BOX = 0.6;
// Per frame, luma minus its local mean over ±BLUR_CELLS cells, clipped to ±PIXEL_CLAMP levels: a frame's
// strong edges (an object on a black background, a bar chart) cannot outweigh the few levels of watermark.
const BLUR_CELLS = 1.5;
const PIXEL_CLAMP = 6;
// Cell residuals beyond this many mean absolute residuals are picture, not watermark.
const CLAMP = 3;
// Residuals are divided by the RMS of their (2R+1)² neighbourhood plus a floor (a share of the mean
// square): textured areas count less, flat ones more.
const WEIGHT_RADIUS = 1;
const WEIGHT_FLOOR = 0.1;
// Scales searched, as cell size over (short side / CELLS_PER_SHORT_SIDE): 1 is any plain resize, 1/c a crop
// to c of the short side (scaled back up or not). 0.97–2.1 covers crops down to under half of each side.
const SCALE_MIN = 0.97;
const SCALE_MAX = 2.1;
// The coarse grid: scale steps at which the grid drifts by at most this many cells at the frame's edge,
// PHASES² cell phases; refinement then closes the gap.
const SCALE_DRIFT = 0.6;
const PHASES = 2;
// The mean luma is area-downsampled by a whole factor so a nominal cell spans about this many pixels.
const TARGET_CELL_PX = 4.5;
// Coarse alignments refined and decoded (strongest first) before giving up; each is one draw against the
// 24 check bits, so an unmarked clip passes with probability about CANDIDATES × 2^-24.
const CANDIDATES = 3;
// Sync scores that map to confidence 0 (the top of what unmarked clips reach) and to full strength.
const SYNC_CHANCE = 5.5;
const SYNC_STRONG = 8.5;

interface Grid {
  /** Cell size per axis, pixels of the plane. */
  cw: number;
  ch: number;
  /** Centre of cell (0, 0), near the frame centre, so a scale change pivots there. */
  ox: number;
  oy: number;
}

interface Alignment extends Grid {
  /** Tile shift: cell (i, j) carries tile cell ((i + sx) mod TILE, (j + sy) mod TILE). */
  sx: number;
  sy: number;
}

interface Candidate extends Alignment {
  z: number;
}

const mod = (a: number, n: number) => ((a % n) + n) % n;

/** A clip's mean high-passed luma and the cell reads over it, for any grid. */
class LumaPlane {
  private readonly integral: Float64Array;
  private readonly stride: number;
  // Scratch buffers, reused across the search's many grids.
  private reads = new Float64Array(0);
  private resid = new Float64Array(0);
  private squares = new Float64Array(0);
  private readonly row0: Float64Array;
  private readonly row1: Float64Array;

  constructor(
    readonly width: number,
    readonly height: number,
    mean: Float64Array,
  ) {
    this.stride = width + 1;
    const ii = new Float64Array((width + 1) * (height + 1));
    for (let y = 0; y < height; y++) {
      let run = 0;
      const row = (y + 1) * this.stride;
      const prev = y * this.stride;
      for (let x = 0; x < width; x++) {
        run += mean[y * width + x]!;
        ii[row + x + 1] = ii[prev + x + 1]! + run;
      }
    }
    this.integral = ii;
    this.row0 = new Float64Array(width + 1);
    this.row1 = new Float64Array(width + 1);
  }

  /** The integral image's row at fractional height y (clamped to the frame), linearly interpolated. */
  private rowAt(y: number, out: Float64Array): void {
    const cy = y < 0 ? 0 : Math.min(y, this.height);
    const yi = Math.min(Math.floor(cy), this.height - 1);
    const fy = cy - yi;
    const a = yi * this.stride;
    const b = a + this.stride;
    const ii = this.integral;
    for (let x = 0; x <= this.width; x++) out[x] = ii[a + x]! * (1 - fy) + ii[b + x]! * fy;
  }

  /**
   * Reads every cell of `grid` whose box fits in the frame, high-passes in the cell domain (a cell minus the
   * mean of its four edge neighbours: content smoother than a cell and any brightness offset cancel),
   * optionally weighs by local activity, clamps outliers, and folds the residuals into `acc` by tile
   * position (cell index mod TILE, before the tile shift). Returns the number of residuals folded.
   */
  fold(grid: Grid, acc: Float64Array, weigh: boolean): number {
    const hx = (READ_BOX * grid.cw) / 2;
    const hy = (READ_BOX * grid.ch) / 2;
    const i0 = Math.ceil((hx - grid.ox) / grid.cw);
    const i1 = Math.floor((this.width - hx - grid.ox) / grid.cw);
    const j0 = Math.ceil((hy - grid.oy) / grid.ch);
    const j1 = Math.floor((this.height - hy - grid.oy) / grid.ch);
    const nx = i1 - i0 + 1;
    const ny = j1 - j0 + 1;
    acc.fill(0);
    if (nx < 3 || ny < 3) return 0;
    if (this.reads.length < nx * ny) {
      this.reads = new Float64Array(nx * ny);
      this.resid = new Float64Array(nx * ny);
    }
    const reads = this.reads;
    // Box edges per column of cells: integer part and fraction, for interpolating the integral image.
    const xa = new Int32Array(nx);
    const fa = new Float64Array(nx);
    const xb = new Int32Array(nx);
    const fb = new Float64Array(nx);
    const maxX = this.width - 1;
    for (let i = 0; i < nx; i++) {
      const cx = grid.ox + (i0 + i) * grid.cw;
      const x0 = Math.max(0, cx - hx);
      const x1 = Math.min(this.width, cx + hx);
      xa[i] = Math.min(Math.floor(x0), maxX);
      fa[i] = x0 - xa[i]!;
      xb[i] = Math.min(Math.floor(x1), maxX);
      fb[i] = x1 - xb[i]!;
    }
    const inv = 1 / (4 * hx * hy);
    const r0 = this.row0;
    const r1 = this.row1;
    for (let j = 0; j < ny; j++) {
      const cy = grid.oy + (j0 + j) * grid.ch;
      this.rowAt(cy - hy, r0);
      this.rowAt(cy + hy, r1);
      const base = j * nx;
      for (let i = 0; i < nx; i++) {
        const p = xa[i]!;
        const q = xb[i]!;
        const u = fa[i]!;
        const v = fb[i]!;
        const top = r0[q]! * (1 - v) + r0[q + 1]! * v - (r0[p]! * (1 - u) + r0[p + 1]! * u);
        const bottom = r1[q]! * (1 - v) + r1[q + 1]! * v - (r1[p]! * (1 - u) + r1[p + 1]! * u);
        reads[base + i] = (bottom - top) * inv;
      }
    }
    const resid = this.resid;
    let n = 0;
    let absSum = 0;
    for (let j = 1; j < ny - 1; j++) {
      for (let i = 1; i < nx - 1; i++) {
        const k = j * nx + i;
        const r = reads[k]! - (reads[k - nx]! + reads[k - 1]! + reads[k + 1]! + reads[k + nx]!) / 4;
        resid[n++] = r;
        absSum += Math.abs(r);
      }
    }
    if (weigh) absSum = this.weigh(resid, nx - 2, ny - 2);
    const limit = (CLAMP * absSum) / Math.max(1, n) || 1;
    let k = 0;
    for (let j = 1; j < ny - 1; j++) {
      const ty = mod(j0 + j, TILE) * TILE;
      let tx = mod(i0 + 1, TILE);
      for (let i = 1; i < nx - 1; i++) {
        let r = resid[k++]!;
        if (r > limit) r = limit;
        else if (r < -limit) r = -limit;
        acc[ty + tx]! += r;
        if (++tx === TILE) tx = 0;
      }
    }
    return n;
  }

  /** Divides each residual by its neighbourhood's RMS (plus a floor) in place; returns the new |sum|. */
  private weigh(resid: Float64Array, mx: number, my: number): number {
    const sw = mx + 1;
    if (this.squares.length < sw * (my + 1)) this.squares = new Float64Array(sw * (my + 1));
    const ps = this.squares;
    ps.fill(0, 0, sw);
    let total = 0;
    for (let j = 0; j < my; j++) {
      ps[(j + 1) * sw] = 0;
      let run = 0;
      for (let i = 0; i < mx; i++) {
        const v = resid[j * mx + i]!;
        run += v * v;
        ps[(j + 1) * sw + i + 1] = ps[j * sw + i + 1]! + run;
      }
      total += run;
    }
    const floor = (WEIGHT_FLOOR * total) / (mx * my);
    let absSum = 0;
    for (let j = 0; j < my; j++) {
      const ja = Math.max(0, j - WEIGHT_RADIUS);
      const jb = Math.min(my, j + WEIGHT_RADIUS + 1);
      for (let i = 0; i < mx; i++) {
        const ia = Math.max(0, i - WEIGHT_RADIUS);
        const ib = Math.min(mx, i + WEIGHT_RADIUS + 1);
        const sum = ps[jb * sw + ib]! - ps[ja * sw + ib]! - ps[jb * sw + ia]! + ps[ja * sw + ia]!;
        const w = resid[j * mx + i]! / Math.sqrt(sum / ((jb - ja) * (ib - ia)) + floor);
        resid[j * mx + i] = w;
        absSum += Math.abs(w);
      }
    }
    return absSum;
  }
}

/** The noise deviation of a pilot sum were the tile cells independent noise (no watermark). */
function pilotDeviation(acc: Float64Array): number {
  let energy = 0;
  for (let t = 0; t < TILE_CELLS; t++) energy += acc[t]! * acc[t]!;
  return Math.sqrt((energy * PILOT_CELLS) / TILE_CELLS) || 1;
}

/** For each tile shift (sy * TILE + sx), the acc index of each pilot: the correlation's gather table. */
function pilotGather(m: KeyMaterial): Int16Array {
  const out = new Int16Array(TILE_CELLS * PILOT_CELLS);
  for (let s = 0; s < TILE_CELLS; s++) {
    const sx = s % TILE;
    const sy = Math.floor(s / TILE);
    m.pilots.forEach((p, k) => {
      out[s * PILOT_CELLS + k] = mod(p.ty - sy, TILE) * TILE + mod(p.tx - sx, TILE);
    });
  }
  return out;
}

/** Pilot correlation at every tile shift: the best shift and its score in standard deviations. */
function bestShift(chips: Float64Array, gather: Int16Array, acc: Float64Array) {
  let bestScore = Number.NEGATIVE_INFINITY;
  let bestS = 0;
  for (let s = 0, g = 0; s < TILE_CELLS; s++) {
    let score = 0;
    for (let k = 0; k < PILOT_CELLS; k++, g++) score += chips[k]! * acc[gather[g]!]!;
    if (score > bestScore) {
      bestScore = score;
      bestS = s;
    }
  }
  return { sx: bestS % TILE, sy: Math.floor(bestS / TILE), z: bestScore / pilotDeviation(acc) };
}

/** Pilot correlation at one shift: per folded cell (what refinement maximises) and in standard deviations. */
function pilotScore(m: KeyMaterial, acc: Float64Array, a: Alignment, folded: number) {
  let score = 0;
  for (const p of m.pilots) score += p.chip * acc[mod(p.ty - a.sy, TILE) * TILE + mod(p.tx - a.sx, TILE)]!;
  return { perCell: folded > 0 ? score / folded : Number.NEGATIVE_INFINITY, z: score / pilotDeviation(acc) };
}

/** Coarse search: every scale step, PHASES² phases, every tile shift; the best few, one per scale peak. */
function coarseSearch(m: KeyMaterial, plane: LumaPlane, nominal: number): Candidate[] {
  const acc = new Float64Array(TILE_CELLS);
  const gather = pilotGather(m);
  const chips = Float64Array.from(m.pilots, (p) => p.chip);
  const halfAcross = Math.max(plane.width, plane.height) / nominal / 2;
  const step = 1 + (2 * SCALE_DRIFT) / halfAcross;
  const perScale: Candidate[] = [];
  for (let scale = SCALE_MIN; scale <= SCALE_MAX * step; scale *= step) {
    const cell = nominal * scale;
    let best: Candidate | undefined;
    for (let py = 0; py < PHASES; py++) {
      for (let px = 0; px < PHASES; px++) {
        const grid = {
          cw: cell,
          ch: cell,
          ox: plane.width / 2 + (px * cell) / PHASES,
          oy: plane.height / 2 + (py * cell) / PHASES,
        };
        if (plane.fold(grid, acc, false) === 0) continue;
        const s = bestShift(chips, gather, acc);
        if (!best || s.z > best.z) best = { ...grid, ...s };
      }
    }
    if (best) perScale.push(best);
  }
  const peaks = perScale.filter(
    (c, i) =>
      (i === 0 || c.z >= perScale[i - 1]!.z) && (i === perScale.length - 1 || c.z >= perScale[i + 1]!.z),
  );
  return peaks.sort((a, b) => b.z - a.z).slice(0, CANDIDATES);
}

/**
 * Refines scale per axis and phase around a candidate (shift kept) by coordinate search on the pilot
 * correlation per cell read, which, unlike the normalised score, does not saturate near a perfect fit.
 */
function refine(m: KeyMaterial, plane: LumaPlane, start: Candidate, nominal: number): Candidate {
  const acc = new Float64Array(TILE_CELLS);
  const measure = (a: Alignment) => pilotScore(m, acc, a, plane.fold(a, acc, true));
  let best: Alignment = start;
  let bestPerCell = measure(best).perCell;
  const consider = (a: Alignment) => {
    const r = measure(a);
    if (r.perCell > bestPerCell) {
      bestPerCell = r.perCell;
      best = a;
    }
  };
  // Start from the coarse grid's worst-case error: half a scale step at the edge, half a phase step.
  const halfAcross = Math.max(plane.width, plane.height) / nominal / 2;
  let scaleStep = SCALE_DRIFT / halfAcross / 2;
  let phaseStep = 1 / PHASES / 4;
  for (let round = 0; round < 4; round++) {
    for (const axis of ['x', 'y'] as const) {
      const from = best;
      for (const d of [-2, -1, 1, 2]) {
        const f = 1 + d * scaleStep;
        consider(axis === 'x' ? { ...from, cw: from.cw * f } : { ...from, ch: from.ch * f });
      }
      const mid = best;
      for (const d of [-2, -1, 1, 2]) {
        consider(
          axis === 'x'
            ? { ...mid, ox: mid.ox + d * phaseStep * mid.cw }
            : { ...mid, oy: mid.oy + d * phaseStep * mid.ch },
        );
      }
    }
    scaleStep /= 2;
    phaseStep /= 2;
  }
  return { ...best, z: measure(best).z };
}

interface Decoded {
  payload: Uint8Array;
  valid: boolean;
  agreement: number;
}

/** Reads the data cells at an alignment, decodes them and checks the key's check bits. */
function decodeAt(m: KeyMaterial, plane: LumaPlane, a: Alignment): Decoded {
  const acc = new Float64Array(TILE_CELLS);
  plane.fold(a, acc, true);
  const soft = new Float64Array(CODED_BITS);
  let absSum = 0;
  for (let k = 0; k < CODED_BITS; k++) {
    const cell = m.dataCells[k]!;
    soft[k] = acc[mod(Math.floor(cell / TILE) - a.sy, TILE) * TILE + mod((cell % TILE) - a.sx, TILE)]!;
    soft[k]! *= m.scramble[k]!;
    absSum += Math.abs(soft[k]!);
  }
  // A few wild cells (a picture edge that survived every filter) must not outvote the rest.
  const limit = (CLAMP * absSum) / CODED_BITS || 1;
  for (let k = 0; k < CODED_BITS; k++) soft[k] = Math.max(-limit, Math.min(limit, soft[k]!));
  const info = viterbi(soft);
  const { payload, valid } = checkInfo(m, info);
  const coded = convEncode(info);
  let agree = 0;
  for (let k = 0; k < CODED_BITS; k++) if ((soft[k]! >= 0 ? 0 : 1) === coded[k]) agree++;
  return { payload, valid, agreement: agree / CODED_BITS };
}

function strength(z: number): number {
  return Math.max(0, Math.min(1, (z - SYNC_CHANCE) / (SYNC_STRONG - SYNC_CHANCE)));
}

/**
 * Accumulates a clip's decoded frames (any number, any order: trimmed, re-timed or duplicated frames are all
 * fine) and reads watermarks from their mean. Frames are reduced as they arrive, so a long clip is never
 * held in memory; the sum does not depend on the key, so one pass can be read with several keys.
 */
export class WatermarkDetector {
  private readonly factor: number;
  private readonly w: number;
  private readonly h: number;
  private readonly sum: Float64Array;
  private readonly luma: Float64Array;
  private readonly blur: Float64Array;
  private readonly line: Float64Array;
  private frames = 0;
  private plane: LumaPlane | undefined;

  /** Frames must all be `width`×`height` RGB24; any size is accepted, under MIN_DETECT_SIDE nothing is found. */
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    checkFrames([], width, height);
    const nominal = Math.min(width, height) / CELLS_PER_SHORT_SIDE;
    this.factor = Math.max(1, Math.floor(nominal / TARGET_CELL_PX));
    this.w = Math.floor(width / this.factor);
    this.h = Math.floor(height / this.factor);
    this.sum = new Float64Array(this.w * this.h);
    this.luma = new Float64Array(this.w * this.h);
    this.blur = new Float64Array(this.w * this.h);
    this.line = new Float64Array(Math.max(this.w, this.h) + 1);
  }

  /** Adds one decoded RGB24 frame of the detector's size. */
  add(frame: RgbFrame): void {
    checkFrames([frame], this.width, this.height);
    const { factor, w, h, luma } = this;
    luma.fill(0);
    const scale = 1 / (factor * factor);
    // BT.709 luma (what H.264 stored, and compressed most gently), area-downsampled.
    for (let y = 0; y < h * factor; y++) {
      const dst = Math.floor(y / factor) * w;
      let o = y * this.width * 3;
      for (let x = 0; x < w; x++) {
        let v = 0;
        for (let k = 0; k < factor; k++, o += 3) {
          v += 0.2126 * frame[o]! + 0.7152 * frame[o + 1]! + 0.0722 * frame[o + 2]!;
        }
        luma[dst + x]! += v * scale;
      }
    }
    this.highPass();
    const sum = this.sum;
    for (let p = 0; p < sum.length; p++) sum[p]! += luma[p]!;
    this.frames++;
    this.plane = undefined;
  }

  /** Luma minus its local mean (separable box, edges clamped), clipped to ±PIXEL_CLAMP, in place. */
  private highPass(): void {
    const { w, h, luma, blur, line } = this;
    const nominal = Math.min(this.width, this.height) / CELLS_PER_SHORT_SIDE / this.factor;
    const r = Math.max(1, Math.round(nominal * BLUR_CELLS));
    for (let y = 0; y < h; y++) {
      const base = y * w;
      line[0] = 0;
      for (let x = 0; x < w; x++) line[x + 1] = line[x]! + luma[base + x]!;
      for (let x = 0; x < w; x++) {
        const a = Math.max(0, x - r);
        const b = Math.min(w, x + r + 1);
        blur[base + x] = (line[b]! - line[a]!) / (b - a);
      }
    }
    for (let x = 0; x < w; x++) {
      line[0] = 0;
      for (let y = 0; y < h; y++) line[y + 1] = line[y]! + blur[y * w + x]!;
      for (let y = 0; y < h; y++) {
        const a = Math.max(0, y - r);
        const b = Math.min(h, y + r + 1);
        const d = luma[y * w + x]! - (line[b]! - line[a]!) / (b - a);
        luma[y * w + x] = Math.min(PIXEL_CLAMP, Math.max(-PIXEL_CLAMP, d));
      }
    }
  }

  /** The detection with the evaluation's detail: the best guess and its channel quality even when not found. */
  read(key: WatermarkKey): WatermarkReading {
    if (this.frames === 0) throw new WatermarkInputError('WATERMARK_NO_FRAMES', 'no frames to read');
    const none: WatermarkReading = {
      found: false,
      confidence: 0,
      bestPayload: new Uint8Array(PAYLOAD_BYTES),
      channelAgreement: 0,
      syncScore: 0,
      cellSize: [0, 0],
      framesRead: this.frames,
    };
    if (Math.min(this.width, this.height) < MIN_DETECT_SIDE) return none;
    const m = keyMaterial(key);
    this.plane ??= new LumaPlane(
      this.w,
      this.h,
      Float64Array.from(this.sum, (v) => v / this.frames),
    );
    const nominal = Math.min(this.width, this.height) / CELLS_PER_SHORT_SIDE / this.factor;
    let first: WatermarkReading | undefined;
    for (const candidate of coarseSearch(m, this.plane, nominal)) {
      const a = refine(m, this.plane, candidate, nominal);
      const d = decodeAt(m, this.plane, a);
      const reading: WatermarkReading = {
        found: d.valid,
        confidence: d.valid ? 0.5 + 0.5 * strength(a.z) : 0.499 * strength(a.z),
        ...(d.valid ? { payload: d.payload, bitAccuracy: d.agreement } : {}),
        bestPayload: d.payload,
        channelAgreement: d.agreement,
        syncScore: a.z,
        cellSize: [a.cw * this.factor, a.ch * this.factor],
        framesRead: this.frames,
      };
      if (d.valid) return reading;
      first ??= reading;
    }
    return first ?? none;
  }

  /** The verdict for `key`: found, payload, confidence, bit accuracy. */
  detect(key: WatermarkKey): WatermarkDetection {
    const r = this.read(key);
    return {
      found: r.found,
      confidence: r.confidence,
      ...(r.payload ? { payload: r.payload } : {}),
      ...(r.bitAccuracy !== undefined ? { bitAccuracy: r.bitAccuracy } : {}),
    };
  }
}

/**
 * Looks for `key`'s watermark in decoded RGB24 frames of any size: the clip may have been re-encoded,
 * resized, cropped, brightened, trimmed or re-timed. `found` only when the error-corrected payload passes
 * the key's check bits.
 */
export function detectWatermark(
  frames: RgbFrame[],
  width: number,
  height: number,
  key: WatermarkKey,
): WatermarkDetection {
  const detector = new WatermarkDetector(width, height);
  for (const frame of frames) detector.add(frame);
  return detector.detect(key);
}
