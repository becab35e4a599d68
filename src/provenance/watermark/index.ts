// The invisible watermark's door: a keyed 48-bit payload in the luma of every frame, read back from
// re-encoded, resized, cropped, brightened, trimmed or re-timed copies.
//
//   const key = deriveWatermarkKey(WATERMARK_KEY);                       // ≥ 32 bytes; once per process
//   const marked = embedWatermark(frames, width, height, payload, key); // 6-byte payload, new frames
//   // or, for an encoder to merge into every frame: watermarkPattern({frames, width, height}, w, h, …)
//   const { found, payload, confidence, bitAccuracy } = detectWatermark(decoded, w, h, key);
//   // or, streaming a long clip: const d = new WatermarkDetector(w, h); d.add(frame)…; d.detect(key)
//
// Design (numbers in layout.ts, detect.ts):
// - Cells: 64 along the frame's short side (4 px at 256², 11.25 px at 720p), placed from the top-left
//   corner; every frame gets the same pattern of luma offsets (R, G and B shifted alike), each pixel
//   channel taking it at a strength set by its own level: half near black, all of it from level 48. Each
//   cell carries a ±1 chip; neighbouring chips blend with raised-cosine weights that sum to one, so flat
//   areas show smooth undulation of a few levels, never block edges.
// - Tile: the chips repeat every 18×18 cells, so any crop keeping 18 cells a side (28% of a 256² side)
//   holds the whole message. Of the 324 tile cells, 234 carry the coded payload and 90 are keyed pilots.
// - Payload: 48 bits + 24 check bits (HMAC-SHA256 of the payload under the key, truncated), a rate-1/3,
//   constraint-7 convolutional code (LTE's 133/171/165) with a zero tail → 234 coded bits, scrambled and
//   interleaved over the tile by the key. Decoding is soft Viterbi; a clip is `found` only when the 24
//   check bits match, so an unmarked clip passes with probability ≈ 3 × 2^-24 (three alignments tried).
// - Amplitude: calibrated per clip so PSNR (luma and RGB) is ≈ 40.5 dB: about ±3 levels, more (up to 2×)
//   when black or white areas clip part of the pattern away or dark areas take less of it. Dark areas are
//   spared because a clip darkened by a tenth clips them to black, mark and all: their share of the budget
//   goes to brighter areas, where it survives.
// - Detection: per frame, BT.709 luma is downsampled (a nominal cell ≈ 4.5 px), high-passed and clipped to
//   ±6 levels, and summed: duplicated frames (frame-rate changes) and missing ones (trims) just change the
//   count. On the mean, cells are read at the centre of each cell minus the mean of the four edge
//   neighbours (brightness offsets and smooth content cancel), weighted by local activity. A search over
//   cell size (1× to 2.1× nominal: any resize, crops down to under half a side), cell phase and the
//   18×18 tile shift maximises the pilot correlation; the best three alignments are refined (scale per
//   axis, phase) and decoded.
// - Limits: the frames are embedded at the size they will be encoded at, with a short side of at least
//   MIN_EMBED_SIDE (256) px; detection reads frames down to MIN_DETECT_SIDE (96) px. Rotation, flips and
//   aspect-changing stretches are not searched. The pilots are the same for every clip under one key, so
//   averaging many marked clips estimates them: the watermark identifies honest copies, it does not resist
//   a determined remover.
export {
  detectWatermark,
  type WatermarkDetection,
  WatermarkDetector,
  type WatermarkReading,
} from './detect.js';
export {
  type CalibrationFrames,
  embedWatermark,
  type LevelStrength,
  mergePattern,
  type RgbFrame,
  type WatermarkPattern,
  watermarkPattern,
} from './embed.js';
export { type WatermarkErrorCode, WatermarkInputError } from './errors.js';
export { deriveWatermarkKey, MIN_SECRET_BYTES, type WatermarkKey } from './key.js';
export { MIN_DETECT_SIDE, MIN_EMBED_SIDE, PAYLOAD_BYTES } from './layout.js';

/** The algorithm's reverse-DNS id, as named in the C2PA soft-binding assertion. */
export const WATERMARK_ALGORITHM = 'io.zoetrope.watermark.luma-tile.1';
