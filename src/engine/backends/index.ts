// The one place that turns configuration into a generator. Every backend an engine can run registers in
// BACKENDS below; nothing else in the engine looks at ENGINE_BACKEND or MODEL_DIR.
import type { Config } from '../../config/index.js';
import type { VideoGenerator } from '../generator.js';
import { type HostLog, ThreadedGenerator } from '../model-host/index.js';
import { parseTestPattern } from '../test-pattern.js';
import { openComfyUI } from './comfyui/index.js';
import { openFal } from './fal/index.js';

/** What a backend may need from the engine besides its configuration: the Redis the engine uses. */
export interface BackendDeps {
  redisUrl?: string | undefined;
}

/** Opens (loads, connects to) one backend's generator; the engine closes it when it stops. */
export type OpenGenerator = (config: Config, log: HostLog, deps: BackendDeps) => Promise<VideoGenerator>;

/**
 * Backends by `ENGINE_BACKEND`. Local ones run in the model thread, so ONNX Runtime's synchronous work never
 * blocks the engine's event loop (and with it BullMQ's lock renewal). Remote backends (a ComfyUI server, a
 * hosted API) add an entry here; they pass the same conformance suite (test/conformance) as these.
 */
const BACKENDS: Readonly<Record<Config['ENGINE_BACKEND'], OpenGenerator>> = Object.freeze({
  onnx: (config, log) =>
    ThreadedGenerator.start(
      {
        kind: 'onnx',
        modelDir: config.MODEL_DIR,
        device: config.ENGINE_DEVICE,
        threads: config.ENGINE_THREADS,
        ...(config.ENGINE_DEVICE_MEMORY_MB && {
          deviceMemoryBytes: config.ENGINE_DEVICE_MEMORY_MB * 2 ** 20,
        }),
      },
      log,
    ),
  'test-pattern': (config, log) =>
    ThreadedGenerator.start({ kind: 'test-pattern', options: parseTestPattern(config.TEST_PATTERN) }, log),
  // A hosted API: nothing runs here but HTTP polling and ffmpeg, so no model thread.
  fal: (config, log, deps) => openFal(config, log, deps),
  // ComfyUI servers over HTTP and a websocket; this process only sends graphs and decodes the clips.
  comfyui: (config, log) => openComfyUI(config, log),
});

/** The backend names an engine accepts, for messages and docs. */
export const BACKEND_NAMES = Object.freeze(Object.keys(BACKENDS)) as readonly Config['ENGINE_BACKEND'][];

/** Opens the generator the configuration names. */
export function openGenerator(config: Config, log: HostLog, deps: BackendDeps = {}): Promise<VideoGenerator> {
  return BACKENDS[config.ENGINE_BACKEND](config, log, deps);
}
