import {
  assertModelFits,
  type DeviceRequest,
  type EngineLogger,
  ModelLoadError,
  OnnxBackend,
  toLog,
} from '../../onnx/index.js';
import { readModelCard } from '../../queue/model-card/index.js';
import type { VideoGenerator } from '../generator.js';
import { readModelIndex } from './model-index.js';
import { TextToVideoSDPipeline } from './text-to-video-sd.js';
import { ZoetropeDiTPipeline } from './zoetrope-dit.js';

/** How to load a model: the device, intra-op threads, the log, and (on GPUs) the memory to check against. */
export interface LoadGeneratorOptions {
  /** ENGINE_DEVICE: `auto` uses CUDA when its provider is installed, CPU otherwise. */
  device?: DeviceRequest;
  /** Intra-op threads per session; 0 or absent lets ONNX Runtime decide. */
  threads?: number;
  log?: EngineLogger;
  /**
   * Memory the model may use, in bytes. CPU defaults to the host's available memory; on CUDA node cannot
   * ask the GPU, so pass the card's memory (ENGINE_DEVICE_MEMORY_MB) or the size check is skipped.
   */
  deviceMemoryBytes?: number;
}

/** Pipeline classes this engine runs, by `model_index.json` `_class_name`. */
export const PIPELINE_CLASSES = Object.freeze(['ZoetropeDiTPipeline', 'TextToVideoSDPipeline']);

/**
 * Loads the model folder `modelDir` (diffusers/Optimum ONNX layout) as a {@link VideoGenerator}, choosing the
 * pipeline by `model_index.json`'s `_class_name`, after checking the weights fit the device's memory.
 */
export async function loadGenerator(
  modelDir: string,
  options: LoadGeneratorOptions = {},
): Promise<VideoGenerator> {
  const log = toLog(options.log);
  const index = await readModelIndex(modelDir);
  if (!PIPELINE_CLASSES.includes(index.className)) {
    throw new ModelLoadError(
      `${modelDir}: pipeline "${index.className}" is not supported (supported: ${PIPELINE_CLASSES.join(', ')})`,
      modelDir,
    );
  }
  let card: Awaited<ReturnType<typeof readModelCard>>;
  try {
    card = await readModelCard(modelDir);
  } catch (cause) {
    throw new ModelLoadError(`${modelDir}: invalid model card: ${(cause as Error).message}`, modelDir, {
      cause,
    });
  }
  const backend = new OnnxBackend({
    ...(options.device !== undefined ? { device: options.device } : {}),
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
    log,
  });
  const memory = options.deviceMemoryBytes;
  const bytes = await assertModelFits(modelDir, {
    device: backend.device,
    ...(memory !== undefined ? { availableBytes: memory } : {}),
    log,
  });
  log.info('model: loading', {
    dir: modelDir,
    pipeline: index.className,
    weightsMiB: +(bytes / 2 ** 20).toFixed(1),
  });
  if (index.className === 'TextToVideoSDPipeline')
    return TextToVideoSDPipeline.load(modelDir, card, backend, log);
  return ZoetropeDiTPipeline.load(modelDir, card, backend, log);
}
