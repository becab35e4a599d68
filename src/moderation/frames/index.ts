export type { FrameClassifier } from './classifier.js';
export {
  createFrameModerator,
  type FrameModerator,
  frameModerator,
  withRemoteImages,
} from './moderator.js';
export { FrameClassifierLoadFailed, type FrameLog, NsfwjsClassifier } from './nsfwjs.js';
export type { FrameThreadInfo } from './protocol.js';
export { resizeRgb } from './resize.js';
export {
  FRAME_MODELS,
  FRAME_THRESHOLDS,
  type FrameModelName,
  type FrameScores,
  type FrameThresholds,
  frameFindings,
  NSFW_CLASSES,
  type NsfwClass,
  scoresFromRow,
} from './scores.js';
