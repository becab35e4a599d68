// The frame classifier's thread: loads nsfwjs on the tfjs wasm backend once and classifies frames
// off the engine's event loop. A wasm inference is synchronous (tens of milliseconds a frame); on the main
// thread it would hold up BullMQ's lock renewal, progress writes and cancels.
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as tf from '@tensorflow/tfjs';
import { getThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { load, type NSFWJS } from 'nsfwjs';
import type { RgbImage } from '../types.js';
import type { FrameThreadSpec, FromFrameThread, ToFrameThread } from './protocol.js';
import { resizeRgb } from './resize.js';
import { NSFW_CLASSES } from './scores.js';

const port = parentPort;
if (!port) throw new Error('moderation/frames/thread.ts must run in a worker thread');
const send = (message: FromFrameThread) => port.postMessage(message);
const spec = workerData as FrameThreadSpec;

// Nothing may be downloaded at run time. The weights are bundled JavaScript and the wasm binary is read from
// disk, so tfjs never needs fetch (its Node platform uses the global one): should a future version try, the
// load fails here with this reason instead of quietly going to the network.
globalThis.fetch = async (input: string | URL | Request) => {
  throw new Error(
    `the frame classifier does not download anything (it tried to fetch ${input instanceof Request ? input.url : String(input)})`,
  );
};

// nsfwjs announces the model it loads on console.info; the engine logs that itself. Warnings (tfjs's
// kernel or memory notes) go to the engine's log rather than straight to stdout.
console.info = () => undefined;
console.log = () => undefined;
console.warn = (...args: unknown[]) => send({ type: 'log', level: 'warn', msg: args.map(String).join(' ') });

/** The directory of the wasm binaries inside node_modules: read from disk by path, never fetched. */
function wasmDirectory(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + sep;
}

async function start(): Promise<{ model: NSFWJS; inputSize: number }> {
  const started = performance.now();
  // No second argument (usePlatformFetch = false): Emscripten's Node path reads the file with fs.
  setWasmPaths(wasmDirectory());
  if (!(await tf.setBackend('wasm'))) throw new Error('the tfjs wasm backend did not start');
  await tf.ready();
  // load() runs one prediction on zeros, so the first real frame does not pay for kernel set-up.
  const model = await load(spec.model);
  const inputSize = model.model.inputs[0]?.shape?.[1];
  if (typeof inputSize !== 'number' || inputSize < 1)
    throw new Error('the model does not state its input size');
  send({
    type: 'ready',
    info: {
      model: spec.model,
      inputSize,
      backend: tf.getBackend(),
      simd: Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')),
      threads: getThreadsCount(),
      loadMs: Math.round(performance.now() - started),
    },
  });
  return { model, inputSize };
}

/**
 * Class probabilities per image, one row each in NSFW_CLASSES order; null when cancelled between frames.
 * One frame per model call: batching saved under 10% of a frame's time on wasm (measured: 66-73 ms of CPU a
 * frame at batch 1 to 8), while each frame more in a batch grows the wasm heap by ~40 MiB that is never
 * given back, and the engine must stay under 600 MiB.
 */
function classify(
  model: NSFWJS,
  size: number,
  images: RgbImage[],
  cancelled: () => boolean,
): number[][] | null {
  const rows: number[][] = [];
  const input = new Float32Array(size * size * 3);
  for (const image of images) {
    if (cancelled()) return null;
    const resized = resizeRgb(image, size, size);
    // nsfwjs's own scaling: [0, 255] → [0, 1].
    for (let i = 0; i < input.length; i++) input[i] = resized[i]! / 255;
    const output = tf.tidy(() => model.model.predict(tf.tensor4d(input, [1, size, size, 3])) as tf.Tensor);
    const row = Array.from(output.dataSync());
    output.dispose();
    if (row.length !== NSFW_CLASSES.length)
      throw new Error(`the model returned ${row.length} scores for one image`);
    rows.push(row);
  }
  return rows;
}

async function main(): Promise<void> {
  let loaded: { model: NSFWJS; inputSize: number };
  try {
    loaded = await start();
  } catch (error) {
    send({ type: 'load-error', message: (error as Error)?.message ?? String(error) });
    return;
  }
  port!.on('message', (message: ToFrameThread) => {
    if (message.type === 'close') {
      loaded.model.dispose();
      port!.close();
      return;
    }
    const flag = new Int32Array(message.cancelFlag);
    const started = performance.now();
    try {
      const rows = classify(
        loaded.model,
        loaded.inputSize,
        message.images,
        () => Atomics.load(flag, 0) === 1,
      );
      if (rows === null) {
        send({ type: 'error', id: message.id, name: 'AbortError', message: 'the frame check was cancelled' });
      } else {
        send({ type: 'scores', id: message.id, rows, ms: Math.round(performance.now() - started) });
      }
    } catch (error) {
      const e = error as Error;
      send({ type: 'error', id: message.id, name: e?.name ?? 'Error', message: e?.message ?? String(error) });
    }
  });
}

void main();
