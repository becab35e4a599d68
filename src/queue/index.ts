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
export { InvalidPayload } from './errors.js';
export { createKeys, type Keys, QUEUE_NAMES } from './keys.js';
export { connectRedis } from './redis.js';
export * from './schemas.js';
export { parsePayload } from './validate.js';
