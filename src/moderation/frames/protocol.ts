import type { RgbImage } from '../types.js';
import type { FrameModelName } from './scores.js';

/** What the frame thread loads (sent as workerData). */
export interface FrameThreadSpec {
  model: FrameModelName;
}

/** How the classifier thread's runtime came up, for the engine's start-up log. */
export interface FrameThreadInfo {
  model: FrameModelName;
  /** Side of the square input the model takes (224, or 299 for InceptionV3). */
  inputSize: number;
  /** tfjs backend actually in use (`wasm`). */
  backend: string;
  simd: boolean;
  threads: number;
  loadMs: number;
}

/** Messages from the main thread to the frame thread. */
export type ToFrameThread =
  | {
      type: 'classify';
      id: number;
      images: RgbImage[];
      /** One Int32 set to 1 to cancel: read between frames, while the thread never yields to messages. */
      cancelFlag: SharedArrayBuffer;
    }
  | { type: 'close' };

/** Messages from the frame thread back to the main thread. */
export type FromFrameThread =
  | { type: 'ready'; info: FrameThreadInfo }
  | { type: 'load-error'; message: string }
  | { type: 'log'; level: 'info' | 'warn'; msg: string; fields?: Record<string, unknown> }
  /** One row of class probabilities per image, in `NSFW_CLASSES` order. */
  | { type: 'scores'; id: number; rows: number[][]; ms: number }
  | { type: 'error'; id: number; name: string; message: string };
