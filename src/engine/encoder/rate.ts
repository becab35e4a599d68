/** x264 rate-control caps for one encode attempt, in bits per second and bits. */
export interface RateCap {
  maxrate: number;
  bufsize: number;
}

// MP4 boxes (ftyp, moov with per-frame sample tables) cost a few KiB on short clips; 3% covers the rest of
// the muxing overhead at any size so the video stream's budget is what remains.
const CONTAINER_FIXED_BYTES = 4 * 1024;
const CONTAINER_SHARE = 0.03;
// x264 starts the VBV buffer 90% full, so a clip may spend that much on top of maxrate × duration.
const VBV_INIT = 0.9;
// Below this no useful picture survives; stop re-encoding and report the clip as too large.
export const MIN_BITRATE = 16_000;
// Aim under the limit after an overshoot, since one-pass rate control lands near, not under, a target.
const RETRY_MARGIN = 0.9;

/** Bytes the video stream may use so that the finished MP4 stays within `maxBytes`. */
export function videoBudgetBytes(maxBytes: number): number {
  return Math.max(0, Math.floor(maxBytes * (1 - CONTAINER_SHARE)) - CONTAINER_FIXED_BYTES);
}

/**
 * The first attempt's cap: the largest maxrate whose worst case (full initial buffer plus maxrate for the
 * whole clip) still fits the budget. Quality (CRF) decides the size below the cap, so easy clips stay
 * small; the cap only bites on busy ones. Without a known duration there is no cap, and an overshoot is
 * caught by the re-encode instead.
 */
export function firstCap(maxBytes: number, durationSeconds: number | undefined): RateCap | undefined {
  if (durationSeconds === undefined || !(durationSeconds > 0)) return undefined;
  // About a second of buffer lets an I-frame take its share without starving the rest of a short clip.
  const bufferSeconds = Math.min(1, durationSeconds / 2);
  const budgetBits = videoBudgetBytes(maxBytes) * 8;
  // A budget below the floor still gets one real try at the floor (x264 reads maxrate 0 as "no cap"), so
  // ClipTooLarge reports a size that was actually reached.
  const maxrate = Math.max(
    MIN_BITRATE,
    Math.floor(budgetBits / (durationSeconds + VBV_INIT * bufferSeconds)),
  );
  return { maxrate, bufsize: Math.floor(maxrate * bufferSeconds) };
}

/**
 * The cap for the next attempt after an encode of `actualBytes` overshot `maxBytes`: the previous rate
 * (its cap, or the average it actually reached when uncapped) scaled by how far over it went, with margin.
 * Undefined when that would fall below MIN_BITRATE (the clip cannot fit at any watchable quality).
 */
export function nextCap(
  previous: RateCap | undefined,
  actualBytes: number,
  maxBytes: number,
  durationSeconds: number,
): RateCap | undefined {
  const reachedRate = (actualBytes * 8) / durationSeconds;
  const base = previous ? Math.min(previous.maxrate, reachedRate) : reachedRate;
  const maxrate = Math.floor(base * (videoBudgetBytes(maxBytes) / actualBytes) * RETRY_MARGIN);
  if (maxrate < MIN_BITRATE) return undefined;
  const bufferSeconds = Math.min(1, durationSeconds / 2);
  return { maxrate, bufsize: Math.floor(maxrate * bufferSeconds) };
}

/** Round a display dimension down to the even number yuv420p needs (chroma is subsampled 2×2). */
export function evenDimension(size: number): number {
  return Math.max(2, Math.floor(size / 2) * 2);
}
