export { BACKEND_NAMES, openGenerator } from './backends/index.js';
export { type Engine, type EngineOptions, type OpenFrameModerator, startEngine } from './engine.js';
export { Cancelled, JobFailed, TimedOut } from './errors.js';
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
export { displaySize, JOB_STAGES, sampleFrames } from './stages/index.js';
export { parseTestPattern, TestPatternGenerator, type TestPatternOptions } from './test-pattern.js';
