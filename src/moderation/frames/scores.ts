import type { Finding } from '../decision.js';

/** The classes nsfwjs scores, in the order of its model's output (its `NSFW_CLASSES`). */
export const NSFW_CLASSES = ['Drawing', 'Hentai', 'Neutral', 'Porn', 'Sexy'] as const;
export type NsfwClass = (typeof NSFW_CLASSES)[number];

/** One image's class probabilities (a softmax: they sum to 1). */
export type FrameScores = Readonly<Record<NsfwClass, number>>;

/** The nsfwjs models that ship inside the package (`dist/models`). */
export const FRAME_MODELS = ['MobileNetV2', 'MobileNetV2Mid', 'InceptionV3'] as const;
export type FrameModelName = (typeof FRAME_MODELS)[number];

/**
 * Where a frame's scores become a finding. The classes are mutually exclusive (one softmax), so the
 * probability that a frame is explicit is Porn + Hentai, and that it is at least suggestive is that plus
 * Sexy; each threshold is on such a sum, so a frame split between Porn and Sexy is not missed.
 *
 * - explicit 0.5: the classifier rates explicit more likely than not. Lower starts refusing swimwear and
 *   gym clips that a `standard` server allows; higher lets through frames it already leans on.
 * - suggestive 0.6: a mild finding blocks only at `strict` (the default for `sexual`), where a false
 *   positive costs a member their clip, so it asks for a clearer majority than the explicit one.
 *
 * No NSFW image was at hand to tune these: they rest on the classifier's own calibration (its authors
 * report ~90% accuracy for the small models, ~93% for the mid-sized one), not on a tuned operating point.
 * What was measured is the harmless side, with the real MobileNetV2: flat colours (skin tones included),
 * ramps, noise, a checkerboard, the test pattern and 192 frames of the built-in model's clips score at
 * most 0.08 explicit and 0.09 suggestive (a grey ramp; the built-in clips at most 0.03), far under both
 * thresholds (test/integration/frame-classifier.test.ts keeps them there).
 */
export const FRAME_THRESHOLDS = Object.freeze({ explicit: 0.5, suggestive: 0.6 });
export type FrameThresholds = { explicit: number; suggestive: number };

/**
 * What one frame's scores say under the thresholds: at most one finding, in `sexual` (nsfwjs sees nothing
 * else: violence, hate or a minor's presence are out of its reach). `frame` names the frame in the evidence.
 */
export function frameFindings(
  scores: FrameScores,
  frame: number,
  thresholds: FrameThresholds = FRAME_THRESHOLDS,
): Finding[] {
  const explicit = scores.Porn + scores.Hentai;
  if (explicit >= thresholds.explicit) {
    const top = scores.Porn >= scores.Hentai ? 'Porn' : 'Hentai';
    return [finding('explicit', explicit, `frame ${frame}: ${top} ${scores[top].toFixed(2)}`)];
  }
  const suggestive = explicit + scores.Sexy;
  if (suggestive >= thresholds.suggestive) {
    return [finding('mild', suggestive, `frame ${frame}: Sexy ${scores.Sexy.toFixed(2)}`)];
  }
  return [];
}

function finding(severity: Finding['severity'], score: number, evidence: string): Finding {
  return { category: 'sexual', severity, score: Math.min(1, score), layer: 'frames', evidence };
}

/** Scores from a model's output row, in {@link NSFW_CLASSES} order. */
export function scoresFromRow(row: ArrayLike<number>): FrameScores {
  if (row.length !== NSFW_CLASSES.length) {
    throw new RangeError(`expected ${NSFW_CLASSES.length} class scores, got ${row.length}`);
  }
  return Object.freeze(Object.fromEntries(NSFW_CLASSES.map((c, i) => [c, row[i]!]))) as FrameScores;
}
