export { type RemoteModerationConfig, remoteLayerFromConfig } from './config.js';
export {
  createGuardModerationClient,
  GUARD_CODE_MAP,
  type GuardModerationOptions,
  parseGuardAnswer,
} from './guard.js';
export {
  createRemoteLayer,
  type RemoteCheck,
  type RemoteFailMode,
  type RemoteLayer,
  type RemoteLayerOptions,
  type RemoteLog,
} from './layer.js';
export {
  createOpenAiModerationClient,
  OPENAI_CATEGORY_MAP,
  type OpenAiModerationOptions,
  parseOpenAiModeration,
} from './openai.js';
export {
  type FetchLike,
  type RemoteFailureCode,
  type RemoteKind,
  type RemoteModerationClient,
  RemoteModerationError,
  type RemoteVerdict,
} from './types.js';
