export {
  breaks,
  decide,
  type Finding,
  type ModerationDecision,
  type ModerationLayer,
} from './decision.js';
export {
  createFrameModerator,
  FRAME_THRESHOLDS,
  type FrameClassifier,
  FrameClassifierLoadFailed,
  type FrameLog,
  type FrameModelName,
  type FrameModerator,
  type FrameScores,
  frameModerator,
  NSFW_CLASSES,
  NsfwjsClassifier,
} from './frames/index.js';
export { foldCharacters, type NormalisedText, type NormalToken, normalise } from './normalise.js';
export { createOfflineTextModerator, type OfflineTextModeratorOptions } from './text/moderator.js';
export { TextRules } from './text/rules.js';
export { createTextModerator, type TextModeratorOptions } from './text/stack.js';
export type { ImageModerator, RgbImage, TextInput, TextKind, TextModerator } from './types.js';
