export {
  type AuditEntry,
  type AuditKind,
  type AuditPage,
  type AuditRecord,
  type AuditTextMode,
  appendAudit,
  auditedText,
  isAuditId,
  readAudit,
} from './audit.js';
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
  withRemoteImages,
} from './frames/index.js';
export { foldCharacters, type NormalisedText, type NormalToken, normalise } from './normalise.js';
export {
  createGuardModerationClient,
  createOpenAiModerationClient,
  createRemoteLayer,
  type RemoteCheck,
  type RemoteFailMode,
  type RemoteKind,
  type RemoteLayer,
  type RemoteLog,
  type RemoteModerationClient,
  type RemoteModerationConfig,
  RemoteModerationError,
  remoteLayerFromConfig,
} from './remote/index.js';
export {
  defaultClassifierDir,
  sharedTextClassifier,
  TextClassifier,
  type TextClassifierCard,
  type TextClassifierOptions,
} from './text/classifier.js';
export { FEATURES_V1, featureIds, type TextFeatureSpec, textFeatureIds } from './text/features.js';
export { createOfflineTextModerator, type OfflineTextModeratorOptions } from './text/moderator.js';
export { TextRules } from './text/rules.js';
export { createTextModerator, loadTextModerator, type TextModeratorOptions } from './text/stack.js';
export type { ImageModerator, RgbImage, TextInput, TextKind, TextModerator } from './types.js';
