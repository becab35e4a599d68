// The invisible watermark's door. See README-level design notes in detect.ts/embed.ts.
export {
  detectWatermark,
  type WatermarkDetection,
  WatermarkDetector,
  type WatermarkReading,
} from './detect.js';
export { embedWatermark, type RgbFrame } from './embed.js';
export { type WatermarkErrorCode, WatermarkInputError } from './errors.js';
export { deriveWatermarkKey, MIN_SECRET_BYTES, type WatermarkKey } from './key.js';
export { MIN_DETECT_SIDE, MIN_EMBED_SIDE, PAYLOAD_BYTES } from './layout.js';

/** The algorithm's reverse-DNS id, as named in the C2PA soft-binding assertion. */
export const WATERMARK_ALGORITHM = 'io.zoetrope.watermark.luma-tile.1';
