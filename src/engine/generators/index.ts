export { DeviceUnavailable, ModelLoadError, ModelRunError, ModelTooLarge } from '../../onnx/index.js';
export { defaultOverlap } from '../generator.js';
export { abortError, type GenerationErrorCode, UnsupportedRequest } from './errors.js';
export { type LoadGeneratorOptions, loadGenerator, PIPELINE_CLASSES } from './load.js';
export { Rng } from './random.js';
export {
  createScheduler,
  type DiffusionScheduler,
  SCHEDULER_CLASSES,
  type SchedulerConfig,
} from './schedulers/index.js';
export { planSequence, type SequencePlan, windowStarts } from './sequence.js';
export { DEFAULT_GUIDANCE, DEFAULT_STEPS, resolveSampling } from './shared.js';
export { TextToVideoSDPipeline } from './text-to-video-sd.js';
export { ClipTokenizer, WordTokenizer } from './tokenizers/index.js';
export { ZoetropeDiTPipeline } from './zoetrope-dit.js';
