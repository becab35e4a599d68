// The model thread: loads the model once and runs generations off the engine's event loop, so ONNX
// Runtime's synchronous work never stops BullMQ from renewing its job locks.
import { parentPort, workerData } from 'node:worker_threads';
import type { VideoGenerator } from '../generator.js';
import { loadGenerator } from '../generators/index.js';
import { TestPatternGenerator } from '../test-pattern.js';
import type { FromModelThread, ModelSpec, ToModelThread } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('model-host/thread.ts must run in a worker thread');
const send = (message: FromModelThread, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const spec = workerData as ModelSpec;
const running = new Map<number, AbortController>();

async function load(): Promise<VideoGenerator> {
  if (spec.kind === 'test-pattern') return new TestPatternGenerator(spec.options);
  return loadGenerator(spec.modelDir, {
    device: spec.device,
    threads: spec.threads,
    ...(spec.deviceMemoryBytes !== undefined && { deviceMemoryBytes: spec.deviceMemoryBytes }),
    log: {
      info: (msg: string, fields?: Record<string, unknown>) =>
        send({ type: 'log', level: 'info', msg, ...(fields && { fields }) }),
      warn: (msg: string, fields?: Record<string, unknown>) =>
        send({ type: 'log', level: 'warn', msg, ...(fields && { fields }) }),
    },
  });
}

async function main(): Promise<void> {
  let generator: VideoGenerator;
  try {
    generator = await load();
  } catch (error) {
    const e = error as Error & { code?: string };
    send({ type: 'load-error', message: e.message, ...(e.code && { code: e.code }) });
    return;
  }
  send({ type: 'ready', info: generator.info });

  port!.on('message', async (message: ToModelThread) => {
    if (message.type === 'cancel') {
      running.get(message.id)?.abort();
      return;
    }
    if (message.type === 'close') {
      for (const controller of running.values()) controller.abort();
      await generator.close();
      port!.close();
      return;
    }
    const controller = new AbortController();
    running.set(message.id, controller);
    const cancelled = new Int32Array(message.cancelFlag);
    const checkCancel = () => {
      if (Atomics.load(cancelled, 0) === 1 && !controller.signal.aborted) controller.abort();
    };
    try {
      checkCancel();
      const clip = await generator.generate(message.request, {
        signal: controller.signal,
        onStep: ({ step, totalSteps }) => {
          send({ type: 'step', id: message.id, step, totalSteps });
          checkCancel();
        },
      });
      // Frames move to the main thread without copying.
      const buffers = clip.frames
        .map((f) => f.buffer)
        .filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
      send({ type: 'done', id: message.id, clip }, [...new Set(buffers)]);
    } catch (error) {
      const e = error as Error & { code?: string };
      send({
        type: 'error',
        id: message.id,
        name: e.name,
        message: e.message,
        ...(e.code && { code: e.code }),
      });
    } finally {
      running.delete(message.id);
    }
  });
}

void main();
