export { Cancelled, displaySize, type Engine, type EngineOptions, startEngine } from './engine.js';
export { JobRejected } from './errors.js';
export { getNativeFrames, type NativeFrames, putNativeFrames } from './frames.js';
export type {
  GeneratedClip,
  GenerationHooks,
  GenerationRequest,
  GeneratorInfo,
  KnownFrame,
  RgbFrame,
  ShotRequest,
  StepProgress,
  VideoGenerator,
} from './generator.js';
export { ModelLoadFailed, ThreadedGenerator } from './model-host/index.js';
export { TestPatternGenerator } from './test-pattern.js';
