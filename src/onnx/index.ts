export {
  chooseDevice,
  DEVICE_PROFILES,
  type Device,
  type DeviceChoice,
  type DeviceProbe,
  type DeviceProfile,
  type DeviceRequest,
  probeDevice,
} from './device.js';
export {
  DeviceUnavailable,
  ModelLoadError,
  ModelRunError,
  ModelTooLarge,
  type OnnxErrorCode,
} from './errors.js';
export { fromFloat16, toFloat16 } from './float16.js';
export { type EngineLogger, type Log, type LogFields, type LoggerObject, toLog } from './log.js';
export { assertModelFits, MEMORY_HEADROOM, type MemoryBudget, modelBytes } from './memory.js';
export {
  type BackendOptions,
  type Feed,
  type FeedData,
  OnnxBackend,
  OnnxSession,
  type Output,
  type TensorSpec,
} from './session.js';
