import { checkInfo, convEncode, viterbi } from './code.js';
import { checkFrames, type RgbFrame } from './embed.js';
import { WatermarkInputError } from './errors.js';
import { type KeyMaterial, keyMaterial, type WatermarkKey } from './key.js';
import { CODED_BITS, MIN_DETECT_SIDE, PILOT_CELLS, TILE, TILE_CELLS, tuning } from './layout.js';

/** What detectWatermark concluded about a clip. */
export interface WatermarkDetection {
  /** True only when the error-corrected payload passed the key's check bits. */
  found: boolean;
  /** The 6-byte payload, when found. */
  payload?: Uint8Array;
  /**
   * How strongly the key's pattern is present, in [0, 1]: ≥ 0.5 when found, < 0.5 when not; near 0 for a
   * clip that never carried this key's watermark.
   */
  confidence: number;
  /** When found: the share of the channel's coded bits that read as the decoded codeword (1 = no bit errors). */
  bitAccuracy?: number;
}

/** The full reading, for evaluation: the decoder's best guess even when its check failed. */
export interface WatermarkReading extends WatermarkDetection {
  /** The decoded payload bits of the best alignment, checked or not. */
  bestPayload: Uint8Array;
  /** Share of coded bits agreeing with the decoded codeword at the best alignment. */
  channelAgreement: number;
  /** Pilot correlation of the best alignment, in standard deviations of an unmarked clip. */
  syncScore: number;
  /** Cell size (attacked-frame pixels) the pattern was found at, per axis. */
  cellSize: [number, number];
  framesRead: number;
}

// Scales searched, as the cell size over the short side / CELLS_PER_SHORT_SIDE: 1 is any plain resize, 1/c
// a crop to c of the short side (kept or rescaled). 0.97–2.1 covers crops down to under half the side.
const SCALE_MIN = 0.97;
const SCALE_MAX = 2.1;
// Pixels per nominal cell the mean luma is downsampled to before the search.
const TARGET_CELL_PX = 4.5;
const CANDIDATES = 3;
// Residuals beyond this many mean absolute deviations are edges of the picture, not the watermark.
const CLAMP = 3;
// Sync scores (standard deviations) that map to confidence 0 and to full strength.
const SYNC_CHANCE = 5;
const SYNC_STRONG = 9;

interface Alignment {
  cw: number;
  ch: number;
  /** Centre of cell (0, 0), near the frame centre. */
  ox: number;
  oy: number;
  /** Tile shift: cell (i, j) is tile cell ((i + sx) mod TILE, (j + sy) mod TILE). */
  sx: number;
  sy: number;
}

const mod = (a: number, n: number) => ((a % n) + n) % n;

/** The mean luma of a clip (area-downsampled so a nominal cell is a few pixels) and cell reads over it. */
export class LumaPlane {
  private readonly integral: Float64Array;
  private readonly stride: number;
  // Scratch buffers reused across hypotheses.
  private reads = new Float64Array(0);
  private resid = new Float64Array(0);
  private row0 = new Float64Array(0);
  private row1 = new Float64Array(0);

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
   * Reads every cell whose box fits in the frame, high-passes in the cell domain (value minus the mean of its
   * eight neighbours, so content smoother than a cell and any brightness offset cancel), clamps outliers, and
   * folds the residuals into `acc` by tile position (cell index mod TILE, before the tile shift). Returns
   * the number of residuals folded.
   */
  foldResiduals(a: Omit<Alignment, 'sx' | 'sy'>, acc: Float64Array, weigh = true): number {
    const hx = (tuning.readBox * a.cw) / 2;
    const hy = (tuning.readBox * a.ch) / 2;
    const i0 = Math.ceil((hx - a.ox) / a.cw);
    const i1 = Math.floor((this.width - hx - a.ox) / a.cw);
    const j0 = Math.ceil((hy - a.oy) / a.ch);
    const j1 = Math.floor((this.height - hy - a.oy) / a.ch);
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
      const cx = a.ox + (i0 + i) * a.cw;
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
      const cy = a.oy + (j0 + j) * a.ch;
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
        const around =
          reads[k - nx - 1]! +
          reads[k - nx]! +
          reads[k - nx + 1]! +
          reads[k - 1]! +
          reads[k + 1]! +
          reads[k + nx - 1]! +
          reads[k + nx]! +
          reads[k + nx + 1]!;
        const cross = reads[k - nx]! + reads[k - 1]! + reads[k + 1]! + reads[k + nx]!;
        const r =
          tuning.highpass === 4
            ? reads[k]! - cross / 4
            : tuning.highpass === 12
              ? reads[k]! - (cross + around) / 12
              : reads[k]! - around / 8;
        resid[n++] = r;
        absSum += Math.abs(r);
      }
    }
    if (weigh && tuning.weightRadius > 0) {
      absSum = this.weigh(resid, nx - 2, ny - 2);
    }
    const limit = (tuning.clamp * absSum) / Math.max(1, n) || 1;
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

  private sq = new Float64Array(0);
  /** Divides each residual by its neighbourhood's mean square (plus a floor): textured areas count less. */
  private weigh(resid: Float64Array, mx: number, my: number): number {
    const R = tuning.weightRadius;
    const sw = mx + 1;
    if (this.sq.length < sw * (my + 1)) this.sq = new Float64Array(sw * (my + 1));
    const ps = this.sq;
    ps.fill(0, 0, sw);
    for (let j = 1; j <= my; j++) ps[j * sw] = 0;
    let total = 0;
    for (let j = 0; j < my; j++) {
      let run = 0;
      for (let i = 0; i < mx; i++) {
        const v = resid[j * mx + i]!;
        run += v * v;
        ps[(j + 1) * sw + i + 1] = ps[j * sw + i + 1]! + run;
      }
      total += run;
    }
    const floor = (tuning.weightFloor * total) / (mx * my);
    let absSum = 0;
    for (let j = 0; j < my; j++) {
      const ja = Math.max(0, j - R);
      const jb = Math.min(my, j + R + 1);
      for (let i = 0; i < mx; i++) {
        const ia = Math.max(0, i - R);
        const ib = Math.min(mx, i + R + 1);
        const sum = ps[jb * sw + ib]! - ps[ja * sw + ib]! - ps[jb * sw + ia]! + ps[ja * sw + ia]!;
        const local = sum / ((jb - ja) * (ib - ia));
        const w = resid[j * mx + i]! / Math.sqrt(local + floor);
        resid[j * mx + i] = w;
        absSum += Math.abs(w);
      }
    }
    return absSum;
  }
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

/** Pilot correlation at every tile shift; returns the best shift and its score in standard deviations. */
function bestShift(chips: Float64Array, gather: Int16Array, acc: Float64Array) {
  let energy = 0;
  for (let t = 0; t < TILE_CELLS; t++) energy += acc[t]! * acc[t]!;
  // Were the tile cells independent noise (no watermark), the pilot sum would deviate by this.
  const sd = Math.sqrt((energy * PILOT_CELLS) / TILE_CELLS) || 1;
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
  return { sx: bestS % TILE, sy: Math.floor(bestS / TILE), z: bestScore / sd };
}

/** Pilot correlation at one shift: per folded cell (for refining) and in standard deviations. */
export function pilotScore(m: KeyMaterial, acc: Float64Array, sx: number, sy: number, folded: number) {
  let energy = 0;
  for (let t = 0; t < TILE_CELLS; t++) energy += acc[t]! * acc[t]!;
  const sd = Math.sqrt((energy * PILOT_CELLS) / TILE_CELLS) || 1;
  let score = 0;
  for (const p of m.pilots) score += p.chip * acc[mod(p.ty - sy, TILE) * TILE + mod(p.tx - sx, TILE)]!;
  return { perCell: folded > 0 ? score / folded : Number.NEGATIVE_INFINITY, z: score / sd };
}

interface Candidate extends Alignment {
  z: number;
}

/** Coarse search: every scale, PHASES×PHASES cell phases, every tile shift; the best few, one per scale peak. */
function coarseSearch(m: KeyMaterial, plane: LumaPlane, nominal: number): Candidate[] {
  const acc = new Float64Array(TILE_CELLS);
  const gather = pilotGather(m);
  const chips = Float64Array.from(m.pilots, (p) => p.chip);
  const perScale: Candidate[] = [];
  const halfAcross = Math.max(plane.width, plane.height) / nominal / 2;
  const step = 1 + (2 * tuning.drift) / halfAcross;
  for (let scale = SCALE_MIN; scale <= SCALE_MAX; scale *= step) {
    const cell = nominal * scale;
    let best: Candidate | undefined;
    for (let py = 0; py < tuning.phases; py++) {
      for (let px = 0; px < tuning.phases; px++) {
        const a = {
          cw: cell,
          ch: cell,
          ox: plane.width / 2 + (px * cell) / tuning.phases,
          oy: plane.height / 2 + (py * cell) / tuning.phases,
        };
        if (plane.foldResiduals(a, acc, tuning.coarseWeigh) === 0) continue;
        const s = bestShift(chips, gather, acc);
        if (!best || s.z > best.z) best = { ...a, ...s };
      }
    }
    if (best) perScale.push(best);
  }
  // Local maxima over scale, strongest first.
  const peaks = perScale.filter(
    (c, i) =>
      (i === 0 || c.z >= perScale[i - 1]!.z) && (i === perScale.length - 1 || c.z >= perScale[i + 1]!.z),
  );
  return peaks.sort((a, b) => b.z - a.z).slice(0, CANDIDATES);
}

/**
 * Refines scale per axis and phase around a candidate (shift fixed) by coordinate search on the pilot
 * correlation per cell read: unlike the normalised score it does not saturate near a perfect fit.
 */
function refine(m: KeyMaterial, plane: LumaPlane, start: Candidate): Candidate {
  const acc = new Float64Array(TILE_CELLS);
  const measure = (a: Alignment) => pilotScore(m, acc, a.sx, a.sy, plane.foldResiduals(a, acc));
  let best = start;
  let bestPerCell = measure(best).perCell;
  const consider = (a: Alignment) => {
    const r = measure(a);
    if (r.perCell > bestPerCell) {
      bestPerCell = r.perCell;
      best = { ...a, z: r.z };
    }
  };
  let scaleStep = 0.004;
  let phaseStep = 1 / 8;
  for (let round = 0; round < 3; round++) {
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
  best = { ...best, z: measure(best).z };
  return best;
}

interface Decoded {
  info: Uint8Array;
  payload: Uint8Array;
  valid: boolean;
  agreement: number;
}

function decodeAt(m: KeyMaterial, plane: LumaPlane, a: Alignment): Decoded {
  const acc = new Float64Array(TILE_CELLS);
  plane.foldResiduals(a, acc);
  const soft = new Float64Array(CODED_BITS);
  let absSum = 0;
  for (let k = 0; k < CODED_BITS; k++) {
    const cell = m.dataCells[k]!;
    const tx = cell % TILE;
    const ty = Math.floor(cell / TILE);
    soft[k] = acc[mod(ty - a.sy, TILE) * TILE + mod(tx - a.sx, TILE)]! * m.scramble[k]!;
    absSum += Math.abs(soft[k]!);
  }
  const limit = (CLAMP * absSum) / CODED_BITS || 1;
  for (let k = 0; k < CODED_BITS; k++) soft[k] = Math.max(-limit, Math.min(limit, soft[k]!));
  const info = viterbi(soft);
  const { payload, valid } = checkInfo(m, info);
  const coded = convEncode(info);
  let agree = 0;
  for (let k = 0; k < CODED_BITS; k++) if ((soft[k]! >= 0 ? 0 : 1) === coded[k]) agree++;
  return { info, payload, valid, agreement: agree / CODED_BITS };
}

function strength(z: number): number {
  return Math.max(0, Math.min(1, (z - SYNC_CHANCE) / (SYNC_STRONG - SYNC_CHANCE)));
}

/**
 * Accumulates a clip's frames (any number, in any order) and reads watermarks from their mean luma. Frames
 * are summed as they arrive, so a long clip is never held in memory; the sum does not depend on the key, so
 * one pass can be read with several keys.
 */
export class WatermarkDetector {
  /** Whole-pixel downsampling so a nominal cell spans about TARGET_CELL_PX pixels. */
  private readonly factor: number;
  private readonly w: number;
  private readonly h: number;
  private readonly sum: Float64Array;
  private readonly luma: Float64Array;
  private readonly blur: Float64Array;
  private frames = 0;
  private plane: LumaPlane | undefined;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    checkFrames([], width, height);
    const nominal = Math.min(width, height) / tuning.cells;
    this.factor = Math.max(1, Math.floor(nominal / TARGET_CELL_PX));
    this.w = Math.floor(width / this.factor);
    this.h = Math.floor(height / this.factor);
    this.sum = new Float64Array(this.w * this.h);
    this.luma = new Float64Array(this.w * this.h);
    this.blur = new Float64Array(this.w * this.h);
  }

  /** Adds one decoded RGB24 frame. */
  add(frame: RgbFrame): void {
    checkFrames([frame], this.width, this.height);
    const { factor, w, h, luma } = this;
    luma.fill(0);
    const scale = 1 / (factor * factor);
    // BT.709 luma, what the H.264 encoder stored and compressed most gently, area-downsampled.
    for (let y = 0; y < h * factor; y++) {
      const dst = Math.floor(y / factor) * w;
      let o = y * this.width * 3;
      for (let x = 0; x < w; x++) {
        let v = 0;
        for (let k = 0; k < factor; k++, o += 3)
          v += 0.2126 * frame[o]! + 0.7152 * frame[o + 1]! + 0.0722 * frame[o + 2]!;
        luma[dst + x]! += v * scale;
      }
    }
    if (tuning.pixelClamp > 0) this.highPass();
    const sum = this.sum;
    for (let p = 0; p < sum.length; p++) sum[p]! += luma[p]!;
    this.frames++;
    this.plane = undefined;
  }

  /**
   * Per frame: luma minus its local mean, clipped to ±pixelClamp levels, so a frame's strong edges cannot
   * outweigh the few levels the watermark adds before frames are averaged.
   */
  private highPass(): void {
    const { w, h, luma, blur } = this;
    const nominal = Math.min(this.width, this.height) / tuning.cells / this.factor;
    const r = Math.max(1, Math.round(nominal * tuning.blurCells));
    // Separable box blur with clamped edges: rows into blur, then columns back in place.
    const row = new Float64Array(Math.max(w, h) + 1);
    for (let y = 0; y < h; y++) {
      const base = y * w;
      row[0] = 0;
      for (let x = 0; x < w; x++) row[x + 1] = row[x]! + luma[base + x]!;
      for (let x = 0; x < w; x++) {
        const a = Math.max(0, x - r);
        const b = Math.min(w, x + r + 1);
        blur[base + x] = (row[b]! - row[a]!) / (b - a);
      }
    }
    for (let x = 0; x < w; x++) {
      row[0] = 0;
      for (let y = 0; y < h; y++) row[y + 1] = row[y]! + blur[y * w + x]!;
      for (let y = 0; y < h; y++) {
        const a = Math.max(0, y - r);
        const b = Math.min(h, y + r + 1);
        const d = luma[y * w + x]! - (row[b]! - row[a]!) / (b - a);
        const t = tuning.pixelClamp;
        luma[y * w + x] = d > t ? t : Math.max(d, -t);
      }
    }
  }

  /** The detection, with the evaluation's extra detail. */
  read(key: WatermarkKey): WatermarkReading {
    if (this.frames === 0) throw new WatermarkInputError('WATERMARK_NO_FRAMES', 'no frames to read');
    const none: WatermarkReading = {
      found: false,
      confidence: 0,
      bestPayload: new Uint8Array(6),
      channelAgreement: 0,
      syncScore: 0,
      cellSize: [0, 0],
      framesRead: this.frames,
    };
    if (Math.min(this.width, this.height) < MIN_DETECT_SIDE) return none;
    const m = keyMaterial(key);
    if (!this.plane) {
      const mean = Float64Array.from(this.sum, (v) => v / this.frames);
      this.plane = new LumaPlane(this.w, this.h, mean);
    }
    const plane = this.plane;
    const factor = this.factor;
    const nominal = Math.min(this.width, this.height) / tuning.cells / factor;
    let first: WatermarkReading | undefined;
    for (const candidate of coarseSearch(m, plane, nominal)) {
      const a = refine(m, plane, candidate);
      const d = decodeAt(m, plane, a);
      const reading: WatermarkReading = {
        found: d.valid,
        confidence: d.valid ? 0.5 + 0.5 * strength(a.z) : 0.499 * strength(a.z),
        ...(d.valid ? { payload: d.payload, bitAccuracy: d.agreement } : {}),
        bestPayload: d.payload,
        channelAgreement: d.agreement,
        syncScore: a.z,
        cellSize: [a.cw * factor, a.ch * factor],
        framesRead: this.frames,
      };
      if (d.valid) return reading;
      first ??= reading;
    }
    return first ?? none;
  }

  /** The public verdict: found, payload, confidence, bit accuracy. */
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
 * Looks for `key`'s watermark in decoded frames of any size (the clip may have been re-encoded, resized,
 * cropped, brightened, trimmed or re-timed). `found` only when the error-corrected payload passes the key's
 * check bits.
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
