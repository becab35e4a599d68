import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type {
  GeneratedClip,
  GenerationHooks,
  GenerationRequest,
  GeneratorInfo,
  VideoGenerator,
} from '../generator.js';
import { abortError, UnsupportedRequest } from '../generators/errors.js';
import type { FromModelThread, ModelSpec, ToModelThread } from './protocol.js';

const UNSUPPORTED_CODE: UnsupportedRequest['code'] = 'UNSUPPORTED_REQUEST';

/** The model could not be loaded; the message says why (missing folder, too large, bad export …). */
export class ModelLoadFailed extends Error {
  override readonly name = 'ModelLoadFailed';
  constructor(
    message: string,
    readonly code = 'MODEL_LOAD_FAILED',
  ) {
    super(message);
  }
}

/** Logger the host reports the model thread's log lines to. */
export interface HostLog {
  info(fields: Record<string, unknown>, msg: string): void;
  warn(fields: Record<string, unknown>, msg: string): void;
}

interface Pending {
  resolve: (clip: GeneratedClip) => void;
  reject: (error: Error) => void;
  hooks: GenerationHooks;
  onAbort: () => void;
}

/**
 * A {@link VideoGenerator} whose model lives in a worker thread. Loaded once; every `generate` is a message
 * to that thread, with steps reported back and cancellation forwarded, so the caller's event loop stays free.
 */
export class ThreadedGenerator implements VideoGenerator {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private exited: Error | undefined;

  private constructor(
    private readonly worker: Worker,
    readonly info: GeneratorInfo,
  ) {
    worker.on('message', (message: FromModelThread) => this.onMessage(message));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`model thread exited (code ${code})`)));
  }

  /** Starts the model thread and resolves once the model is loaded. */
  static async start(spec: ModelSpec, log: HostLog): Promise<ThreadedGenerator> {
    const worker = spawnModelThread(spec);
    worker.on('message', (message: FromModelThread) => {
      if (message.type === 'log') log[message.level](message.fields ?? {}, message.msg);
    });
    // Only the load's own listeners are removed afterwards: Worker keeps internal ones of its own.
    let onMessage: (message: FromModelThread) => void = () => undefined;
    let onError: (error: Error) => void = () => undefined;
    let onExit: (code: number) => void = () => undefined;
    const info = await new Promise<GeneratorInfo>((resolve, reject) => {
      onMessage = (message) => {
        if (message.type === 'ready') resolve(message.info);
        else if (message.type === 'load-error') reject(new ModelLoadFailed(message.message, message.code));
      };
      onError = reject;
      onExit = (code) => reject(new ModelLoadFailed(`model thread exited during load (code ${code})`));
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
    return new ThreadedGenerator(worker, info);
  }

  generate(request: GenerationRequest, hooks: GenerationHooks = {}): Promise<GeneratedClip> {
    if (this.exited) return Promise.reject(this.exited);
    if (hooks.signal?.aborted) return Promise.reject(abortError(hooks.signal));
    const id = this.nextId++;
    const cancelFlag = new SharedArrayBuffer(4);
    return new Promise<GeneratedClip>((resolve, reject) => {
      const onAbort = () => {
        Atomics.store(new Int32Array(cancelFlag), 0, 1);
        this.post({ type: 'cancel', id });
      };
      hooks.signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, { resolve, reject, hooks, onAbort });
      this.post({ type: 'generate', id, request, cancelFlag });
    });
  }

  async close(): Promise<void> {
    if (this.exited) return;
    this.post({ type: 'close' });
    const timer = setTimeout(() => void this.worker.terminate(), 2000);
    await new Promise((resolve) => this.worker.once('exit', resolve));
    clearTimeout(timer);
  }

  private post(message: ToModelThread): void {
    this.worker.postMessage(message);
  }

  private onMessage(message: FromModelThread): void {
    if (message.type !== 'step' && message.type !== 'done' && message.type !== 'error') return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.type === 'step') {
      pending.hooks.onStep?.({ step: message.step, totalSteps: message.totalSteps });
      return;
    }
    this.pending.delete(message.id);
    pending.hooks.signal?.removeEventListener('abort', pending.onAbort);
    if (message.type === 'done') pending.resolve(message.clip);
    else pending.reject(rebuildError(message));
  }

  private fail(error: Error): void {
    this.exited ??= error;
    for (const [id, pending] of this.pending) {
      this.pending.delete(id);
      pending.reject(error);
    }
  }
}

function spawnModelThread(spec: ModelSpec): Worker {
  if (fileURLToPath(import.meta.url).endsWith('.js')) {
    return new Worker(new URL('./thread.js', import.meta.url), { workerData: spec });
  }
  // Running from TypeScript sources (tsx, vitest): the thread registers tsx's loader before importing them,
  // since a worker does not inherit the parent's module hooks.
  const thread = JSON.stringify(new URL('./thread.ts', import.meta.url).href);
  return new Worker(`import { register } from 'tsx/esm/api'; register(); await import(${thread});`, {
    eval: true,
    workerData: spec,
  });
}

/** Rebuilds a thread's error as the type the engine tells apart: abort, unsupported request, or other. */
function rebuildError(message: { name: string; message: string; code?: string }): Error {
  if (message.name === 'AbortError') return new DOMException(message.message, 'AbortError');
  if (message.code === UNSUPPORTED_CODE) return new UnsupportedRequest(message.message);
  const error = new Error(message.message) as Error & { code?: string };
  error.name = message.name;
  if (message.code) error.code = message.code;
  return error;
}
