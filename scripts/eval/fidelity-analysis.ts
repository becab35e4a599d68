// Reads a decoded clip back: object masks against the known background, colour, shape, motion and
// frame-to-frame coherence. A port of scripts/model/analyze.py (the ground truth's own reader).

/** One RGB24 frame at the model's native size. */
export type Frame = Uint8Array;

export type Rgb = readonly [number, number, number];

/** A pixel belongs to an object when some channel differs from the background by more than this. */
export const DIFF_THRESHOLD = 50;
/** Frames with fewer object pixels than this count as "object absent". */
const MIN_AREA = 6;

export const SHAPES = ['circle', 'square', 'triangle'] as const;
export type Shape = (typeof SHAPES)[number];

/** What the reader saw in one single-object clip. */
export interface ClipReading {
  presentFraction: number;
  color: string | null;
  shape: Shape | null;
  motion: string | null;
  dx: number;
  dy: number;
  /** Mean mask IoU between consecutive frames. */
  coherence: number;
  /** Mean count per frame of mask pixels outside the object's region: specks that are neither object nor background. */
  stray: number;
  /** Per-frame object centroids (NaN where absent). */
  cx: number[];
  cy: number[];
}

/** Object mask of a frame: 1 where it differs from the background. */
export function maskOf(frame: Frame, background: Frame): Uint8Array {
  const n = frame.length / 3;
  const mask = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let d = 0;
    for (let c = 0; c < 3; c++) d = Math.max(d, Math.abs(frame[i * 3 + c]! - background[i * 3 + c]!));
    mask[i] = d > DIFF_THRESHOLD ? 1 : 0;
  }
  return mask;
}

export function iou(a: Uint8Array, b: Uint8Array): number {
  let inter = 0;
  let union = 0;
  for (let i = 0; i < a.length; i++) {
    inter += a[i]! & b[i]!;
    union += a[i]! | b[i]!;
  }
  return union === 0 ? 1 : inter / union;
}

function area(mask: Uint8Array): number {
  let s = 0;
  for (const v of mask) s += v;
  return s;
}

function centroid(mask: Uint8Array, size: number): [number, number] {
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (let i = 0; i < mask.length; i++) {
    if (mask[i]) {
      sx += i % size;
      sy += Math.floor(i / size);
      n++;
    }
  }
  return n === 0 ? [Number.NaN, Number.NaN] : [sx / n, sy / n];
}

export function nearestColor(rgb: Rgb, palette: Record<string, Rgb>): string {
  let best = '';
  let bestD = Number.POSITIVE_INFINITY;
  for (const [name, p] of Object.entries(palette)) {
    const d = (p[0] - rgb[0]) ** 2 + (p[1] - rgb[1]) ** 2 + (p[2] - rgb[2]) ** 2;
    if (d < bestD) {
      bestD = d;
      best = name;
    }
  }
  return best;
}

function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The renderer's anti-aliased shape, thresholded at half coverage, with the given area and angle. */
function shapeMask(
  shape: Shape,
  cx: number,
  cy: number,
  pixels: number,
  theta: number,
  size: number,
): Uint8Array {
  let r: number;
  if (shape === 'circle') r = Math.sqrt(pixels / Math.PI);
  else if (shape === 'square') r = Math.sqrt(pixels) / (2 * 0.86);
  else r = Math.sqrt(pixels / ((3 * Math.sqrt(3)) / 4)) / 1.35;
  const out = new Uint8Array(size * size);
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = x + 0.5 - cx;
      const dy = y + 0.5 - cy;
      let d: number;
      if (shape === 'circle') d = Math.hypot(dx, dy) - r;
      else {
        const qx = c * dx + s * dy;
        const qy = -s * dx + c * dy;
        if (shape === 'square') d = Math.max(Math.abs(qx), Math.abs(qy)) - 0.86 * r;
        else {
          d = Number.NEGATIVE_INFINITY;
          for (let k = 0; k < 3; k++) {
            const phi = Math.PI / 2 + (k * 2 * Math.PI) / 3;
            d = Math.max(d, qx * Math.cos(phi) + qy * Math.sin(phi) - (1.35 * r) / 2);
          }
        }
      }
      out[y * size + x] = 0.5 - d > 0.5 ? 1 : 0;
    }
  }
  return out;
}

/**
 * The largest 8-connected region of a mask. The object is one region; specks elsewhere (a star drawn a
 * pixel off, a noisy pixel in a dark sky) are not part of its outline and would pull the centroid and the
 * area that the shape templates are fitted with.
 */
export function largestComponent(mask: Uint8Array, size: number): Uint8Array {
  const label = new Int32Array(mask.length).fill(-1);
  let best = -1;
  let bestSize = 0;
  const stack: number[] = [];
  for (let start = 0, next = 0; start < mask.length; start++) {
    if (!mask[start] || label[start]! >= 0) continue;
    const id = next++;
    label[start] = id;
    stack.push(start);
    let count = 0;
    while (stack.length > 0) {
      const p = stack.pop()!;
      count++;
      const x = p % size;
      const y = (p - x) / size;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= size || ny >= size) continue;
          const q = ny * size + nx;
          if (mask[q] && label[q]! < 0) {
            label[q] = id;
            stack.push(q);
          }
        }
      }
    }
    if (count > bestSize) {
      bestSize = count;
      best = id;
    }
  }
  const out = new Uint8Array(mask.length);
  for (let i = 0; i < mask.length; i++) out[i] = label[i] === best ? 1 : 0;
  return out;
}

/**
 * The shape whose ideal mask (same centroid and area, best of 12 angles) overlaps the object most. The
 * object is the mask's largest connected region (see {@link largestComponent}).
 */
export function classifyShape(frameMask: Uint8Array, size: number): Shape {
  return fitShape(largestComponent(frameMask, size), size);
}

/** The shape template that fits one object region best. */
function fitShape(mask: Uint8Array, size: number): Shape {
  const [mx, my] = centroid(mask, size);
  const pixels = area(mask);
  let best: Shape = 'circle';
  let bestIou = -1;
  for (const shape of SHAPES) {
    const period = shape === 'square' ? Math.PI / 2 : (2 * Math.PI) / 3;
    const angles = shape === 'circle' ? [0] : Array.from({ length: 12 }, (_, k) => (period * k) / 12);
    for (const th of angles) {
      const v = iou(mask, shapeMask(shape, mx + 0.5, my + 0.5, pixels, th, size));
      if (v > bestIou) {
        bestIou = v;
        best = shape;
      }
    }
  }
  return best;
}

function shifted(mask: Uint8Array, size: number, sx: number, sy: number): Uint8Array {
  const out = new Uint8Array(mask.length);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const ty = (((y + sy) % size) + size) % size;
      const tx = (((x + sx) % size) + size) % size;
      out[ty * size + tx] = mask[y * size + x]!;
    }
  }
  return out;
}

/** Reads one clip holding a single object over a known background. */
export function readClip(
  frames: Frame[],
  background: Frame,
  size: number,
  palette: Record<string, Rgb>,
): ClipReading {
  const masks = frames.map((f) => maskOf(f, background));
  const objects = masks.map((m) => largestComponent(m, size));
  const areas = masks.map(area);
  const present = areas.map((a) => a >= MIN_AREA);
  const idx = present.flatMap((p, i) => (p ? [i] : []));
  const centroids = masks.map((m) => centroid(m, size));
  const reading: ClipReading = {
    presentFraction: idx.length / frames.length,
    color: null,
    shape: null,
    motion: null,
    dx: 0,
    dy: 0,
    coherence: 0,
    stray: objects.reduce((n, o, i) => n + (areas[i]! - area(o)), 0) / frames.length,
    cx: centroids.map((c) => c[0]),
    cy: centroids.map((c) => c[1]),
  };
  if (idx.length < 4) return reading;
  const chan: number[][] = [[], [], []];
  frames.forEach((f, i) => {
    const m = masks[i]!;
    for (let p = 0; p < m.length; p++) {
      if (m[p]) for (let c = 0; c < 3; c++) chan[c]!.push(f[p * 3 + c]!);
    }
  });
  reading.color = nearestColor([median(chan[0]!), median(chan[1]!), median(chan[2]!)], palette);
  const votes = new Map<Shape, number>();
  for (let k = 0; k < idx.length; k += 2) {
    const s = fitShape(objects[idx[k]!]!, size);
    votes.set(s, (votes.get(s) ?? 0) + 1);
  }
  reading.shape = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const cx = idx.map((i) => centroids[i]![0]);
  const cy = idx.map((i) => centroids[i]![1]);
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const dx = mean(cx.slice(-3)) - mean(cx.slice(0, 3));
  const dy = mean(cy.slice(-3)) - mean(cy.slice(0, 3));
  const yRange = Math.max(...cy) - Math.min(...cy);
  const growth =
    mean(idx.slice(-3).map((i) => areas[i]!)) / Math.max(mean(idx.slice(0, 3).map((i) => areas[i]!)), 1);
  let motion: string;
  if (Math.max(Math.abs(dx), Math.abs(dy)) > 5) {
    if (Math.abs(dx) >= Math.abs(dy)) motion = dx > 0 ? 'moving right' : 'moving left';
    else motion = dy > 0 ? 'moving down' : 'moving up';
  } else if (yRange > 4) motion = 'bouncing';
  else if (growth > 1.8) motion = 'growing';
  else {
    const first = masks[idx[0]!]!;
    let minSim = 1;
    for (const i of idx.slice(1)) {
      const sy = Math.round(cy[0]! - centroids[i]![1]);
      const sx = Math.round(cx[0]! - centroids[i]![0]);
      minSim = Math.min(minSim, iou(first, shifted(masks[i]!, size, sx, sy)));
    }
    motion = minSim < 0.75 ? 'spinning' : 'standing still';
  }
  reading.motion = motion;
  reading.dx = dx;
  reading.dy = dy;
  let coh = 0;
  for (let i = 0; i + 1 < masks.length; i++) coh += iou(masks[i]!, masks[i + 1]!);
  reading.coherence = coh / (masks.length - 1);
  return reading;
}

/** Mean absolute byte difference between two frames: the size of one step of the clip. */
export function frameStep(a: Frame, b: Frame): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += Math.abs(a[i]! - b[i]!);
  return s / a.length;
}

/** A clip's last→first step (its wrap, when played as a loop) and its median consecutive-frame step. */
export function wrapAndMedianStep(frames: Frame[]): { wrap: number; median: number } {
  const steps = frames
    .slice(1)
    .map((f, i) => frameStep(frames[i]!, f))
    .sort((x, y) => x - y);
  return { wrap: frameStep(frames.at(-1)!, frames[0]!), median: steps[steps.length >> 1]! };
}

/** A spinning circle looks like a still one, so either reading counts for those two. */
export function motionMatches(expected: string, got: string | null, shape: string): boolean {
  if (shape === 'circle' && (expected === 'spinning' || expected === 'standing still')) {
    return got === 'spinning' || got === 'standing still';
  }
  return expected === got;
}

/** For two-object clips: the fraction of frames in which each named colour covers at least a few pixels. */
export function colorsPresent(
  frames: Frame[],
  background: Frame,
  colors: Rgb[],
  palette: Record<string, Rgb>,
): number[] {
  const wanted = colors.map((c) => nearestColor(c, palette));
  const hits = colors.map(() => 0);
  for (const f of frames) {
    const m = maskOf(f, background);
    const counts = colors.map(() => 0);
    for (let p = 0; p < m.length; p++) {
      if (!m[p]) continue;
      const name = nearestColor([f[p * 3]!, f[p * 3 + 1]!, f[p * 3 + 2]!], palette);
      const k = wanted.indexOf(name);
      if (k >= 0) counts[k]!++;
    }
    counts.forEach((c, k) => {
      if (c >= 4) hits[k]!++;
    });
  }
  return hits.map((h) => h / frames.length);
}
