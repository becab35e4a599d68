export {
  type ArtifactMeta,
  type ArtifactStore,
  artifactKeys,
  RedisArtifactStore,
  type StoredArtifact,
} from './artifacts.js';
export {
  type CancelOutcome,
  GenerationQueue,
  type GenerationQueueOptions,
  type JobStatus,
} from './client.js';
export { DeliveryQueue, deliveryJobId } from './deliveries.js';
export { InvalidPayload, type PayloadProblem } from './errors.js';
export {
  type Capability,
  capabilitySchema,
  decodeFailure,
  encodeFailure,
  FAILURE_CODES,
  type FailureCode,
  failures,
  type JobFailure,
  jobFailureSchema,
  type LimitedField,
  limitedFieldSchema,
} from './failures.js';
export { createKeys, type Keys, QUEUE_NAMES } from './keys.js';
export {
  type CaptionLanguage,
  captionLanguageSchema,
  DEFAULT_PROSE_CARD,
  type ModelCard,
  type ModelLimits,
  modelCardSchema,
  modelLimitsSchema,
  readModelCard,
} from './model-card/index.js';
export {
  CONFIGURABLE_CATEGORIES,
  type ConfigurableCategory,
  DEFAULT_POLICY,
  levelFor,
  MODERATION_CATEGORIES,
  type ModerationCategory,
  type ModerationPolicy,
  moderationCategorySchema,
  moderationPolicySchema,
  type PolicyLevel,
  policyLevelSchema,
} from './policy.js';
export { isVisiblyEmpty, PROMPT_MAX_CHARS } from './prompt-text.js';
export { connectRedis, isClusterUrl, nodeUrl } from './redis.js';
export * from './schemas.js';
export {
  estimateCostUsd,
  falPriceList,
  formatUsd,
  monthOf,
  nextMonthStart,
  type PricedMode,
  type PriceList,
  pricedMode,
  roundUpCents,
  SpendLedger,
} from './spend.js';
export { invalidPayloadFrom, parsePayload } from './validate.js';
