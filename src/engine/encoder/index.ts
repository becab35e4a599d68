// The encoder's only door: ffmpeg discovery, the MP4 encoder with its size cap, decoding, and its errors.
export { type DecodedClip, type DecodeOptions, decodeClip, encodePng } from './decode.js';
export {
  type EncodedClip,
  type EncodeOptions,
  encodeClip,
  type FrameOverlay,
  type FrameSource,
  type OverlayStrength,
  overlayMergeExpression,
  type X264Preset,
} from './encode.js';
export {
  AbortError,
  ClipTooLarge,
  EncoderInputError,
  FFMPEG_INSTALL_HINT,
  type FfmpegCandidate,
  FfmpegFailed,
  FfmpegMissing,
} from './errors.js';
export { type FfmpegBinary, type FindFfmpegOptions, findFfmpeg } from './find.js';
export { type Mp4Box, topLevelBoxes } from './mp4.js';
