import type { GeneratedClip, GenerationRequest, GeneratorInfo } from '../generator.js';
import type { TestPatternOptions } from '../test-pattern.js';

/**
 * What the model thread loads (sent as workerData). The choice is made from configuration in one place,
 * src/engine/backends; the thread only carries it out.
 */
export type ModelSpec =
  | {
      kind: 'onnx';
      /** A model folder in the diffusers/Optimum ONNX layout. */
      modelDir: string;
      device: 'auto' | 'cpu' | 'cuda';
      /** Intra-op threads; 0 lets ONNX Runtime decide. */
      threads: number;
      /** Device memory the model may use (GPU hosts state it; CPU uses free RAM). */
      deviceMemoryBytes?: number;
    }
  | { kind: 'test-pattern'; options: TestPatternOptions };

/** Messages from the engine's main thread to the model thread. */
export type ToModelThread =
  | {
      type: 'generate';
      id: number;
      request: GenerationRequest;
      /**
       * One Int32 the main thread sets to 1 to cancel: read between steps, so a cancel lands even while the
       * model never yields to this thread's event loop (where the `cancel` message would wait).
       */
      cancelFlag: SharedArrayBuffer;
    }
  | { type: 'cancel'; id: number }
  | { type: 'close' };

/** Messages from the model thread back to the main thread. */
export type FromModelThread =
  | { type: 'ready'; info: GeneratorInfo }
  | { type: 'load-error'; message: string; code?: string }
  | { type: 'log'; level: 'info' | 'warn'; msg: string; fields?: Record<string, unknown> }
  | { type: 'step'; id: number; step: number; totalSteps: number }
  | { type: 'done'; id: number; clip: GeneratedClip }
  | { type: 'error'; id: number; name: string; message: string; code?: string };
