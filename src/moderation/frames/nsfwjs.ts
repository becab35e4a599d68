import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RgbImage } from '../types.js';
import type { FrameClassifier } from './classifier.js';
import type { FrameThreadInfo, FrameThreadSpec, FromFrameThread, ToFrameThread } from './protocol.js';
import { type FrameModelName, type FrameScores, scoresFromRow } from './scores.js';

/** Where the classifier reports its thread's log lines (a pino logger fits). */
export interface FrameLog {
  info(fields: Record<string, unknown>, msg: string): void;
  warn(fields: Record<string, unknown>, msg: string): void;
}

/** The frame classifier could not be loaded; the message says why. */
export class FrameClassifierLoadFailed extends Error {
  override readonly name = 'FrameClassifierLoadFailed';
  readonly code = 'FRAME_CLASSIFIER_LOAD_FAILED';
}

interface Pending {
  resolve: (scores: FrameScores[]) => void;
  reject: (error: Error) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

/**
 * nsfwjs (weights inside the npm package) on the tfjs wasm backend, in a worker thread: loaded once, then
 * every `classify` is a message to that thread, so the engine's event loop stays free while frames are
 * scored. Nothing is downloaded: the model is bundled JavaScript and the wasm binary is read from
 * node_modules by path.
 */
export class NsfwjsClassifier implements FrameClassifier {
  readonly name: string;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private exited: Error | undefined;

  private constructor(
    private readonly worker: Worker,
    /** How the thread came up: model, input size, backend, SIMD, threads, load time. */
    readonly info: FrameThreadInfo,
  ) {
    this.name = `nsfwjs ${info.model}`;
    worker.on('message', (message: FromFrameThread) => this.onMessage(message));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`frame classifier thread exited (code ${code})`)));
  }

  /** Starts the thread and resolves once the model is loaded and warmed up. */
  static async start(options: { model: FrameModelName; log: FrameLog }): Promise<NsfwjsClassifier> {
    const worker = spawnFrameThread({ model: options.model });
    worker.on('message', (message: FromFrameThread) => {
      if (message.type === 'log') options.log[message.level](message.fields ?? {}, message.msg);
    });
    let onMessage: (message: FromFrameThread) => void = () => undefined;
    let onError: (error: Error) => void = () => undefined;
    let onExit: (code: number) => void = () => undefined;
    const info = await new Promise<FrameThreadInfo>((resolve, reject) => {
      onMessage = (message) => {
        if (message.type === 'ready') resolve(message.info);
        else if (message.type === 'load-error') reject(new FrameClassifierLoadFailed(message.message));
      };
      onError = (error) => reject(new FrameClassifierLoadFailed(error.message));
      onExit = (code) =>
        reject(new FrameClassifierLoadFailed(`frame thread exited during load (code ${code})`));
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
    })
      .catch(async (error: Error) => {
        await worker.terminate();
        throw error;
      })
      .finally(() => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      });
    return new NsfwjsClassifier(worker, info);
  }

  classify(images: readonly RgbImage[], signal?: AbortSignal): Promise<FrameScores[]> {
    if (this.exited) return Promise.reject(this.exited);
    if (signal?.aborted) return Promise.reject(abortError(signal));
    if (images.length === 0) return Promise.resolve([]);
    const id = this.nextId++;
    const cancelFlag = new SharedArrayBuffer(4);
    return new Promise<FrameScores[]>((resolve, reject) => {
      // The caller gets its answer at once; the thread stops at its next frame and its reply is dropped.
      const onAbort = () => {
        Atomics.store(new Int32Array(cancelFlag), 0, 1);
        this.settle(id)?.reject(abortError(signal!));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, { resolve, reject, signal, onAbort });
      // Copied, not transferred: the frames still belong to the clip being made.
      this.post({ type: 'classify', id, images: images.map((i) => ({ ...i })), cancelFlag });
    });
  }

  async close(): Promise<void> {
    if (this.exited) return;
    this.post({ type: 'close' });
    const timer = setTimeout(() => void this.worker.terminate(), 2000);
    await new Promise((resolve) => this.worker.once('exit', resolve));
    clearTimeout(timer);
  }

  private post(message: ToFrameThread): void {
    this.worker.postMessage(message);
  }

  /** Removes a pending request and its abort listener; undefined when it was already settled. */
  private settle(id: number): Pending | undefined {
    const pending = this.pending.get(id);
    if (!pending) return undefined;
    this.pending.delete(id);
    pending.signal?.removeEventListener('abort', pending.onAbort);
    return pending;
  }

  private onMessage(message: FromFrameThread): void {
    if (message.type !== 'scores' && message.type !== 'error') return;
    const pending = this.settle(message.id);
    if (!pending) return;
    if (message.type === 'error') {
      const error =
        message.name === 'AbortError'
          ? new DOMException(message.message, 'AbortError')
          : Object.assign(new Error(message.message), { name: message.name });
      pending.reject(error);
      return;
    }
    try {
      pending.resolve(message.rows.map(scoresFromRow));
    } catch (error) {
      pending.reject(error as Error);
    }
  }

  private fail(error: Error): void {
    this.exited ??= error;
    for (const id of [...this.pending.keys()]) this.settle(id)?.reject(error);
  }
}

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('aborted', 'AbortError');
}

function spawnFrameThread(spec: FrameThreadSpec): Worker {
  if (fileURLToPath(import.meta.url).endsWith('.js')) {
    return new Worker(new URL('./thread.js', import.meta.url), { workerData: spec });
  }
  // Running from TypeScript sources (tsx, vitest): the thread registers tsx's loader before importing them,
  // since a worker does not inherit the parent's module hooks (as the engine's model thread does).
  const thread = JSON.stringify(new URL('./thread.ts', import.meta.url).href);
  return new Worker(`import { register } from 'tsx/esm/api'; register(); await import(${thread});`, {
    eval: true,
    workerData: spec,
  });
}
