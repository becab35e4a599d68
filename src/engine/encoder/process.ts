import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import { AbortError, FfmpegFailed, FfmpegMissing } from './errors.js';

/** ffmpeg's quiet preamble plus raw RGB24 frames of `width`×`height` on stdin (at `fps`, for video). */
export function rawRgbInputArgs(width: number, height: number, fps?: number): string[] {
  return [
    '-hide_banner',
    '-nostats',
    '-loglevel',
    'error',
    '-f',
    'rawvideo',
    '-pix_fmt',
    'rgb24',
    '-video_size',
    `${width}x${height}`,
    ...(fps === undefined ? [] : ['-framerate', String(fps)]),
    '-i',
    'pipe:0',
  ];
}

/** Raw input for ffmpeg's stdin: one buffer, or chunks (frames) streamed as they arrive. */
export type FfmpegInput = Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/** How to run one ffmpeg invocation. */
export interface RunFfmpegOptions {
  /** Written to stdin with backpressure, then stdin is closed. Without it stdin is closed at once. */
  input?: FfmpegInput;
  /** Collect stdout into `stdout` (for pipe:1 outputs); otherwise it is discarded. */
  captureStdout?: boolean;
  signal?: AbortSignal;
  /** Called with each chunk just before it is written; may throw to stop the run (e.g. a bad frame size). */
  onChunk?: (chunk: Uint8Array) => void;
}

/** What a successful run produced. */
export interface RunFfmpegResult {
  stdout: Buffer;
  stderrTail: string;
}

// ffmpeg's last error is at the end of stderr; keep a bounded tail so a chatty run cannot grow memory.
const STDERR_KEEP_BYTES = 16 * 1024;
const STDERR_TAIL_LINES = 20;

/** The last `lines` lines of `text`, for error messages. */
export function tailLines(text: string, lines = STDERR_TAIL_LINES): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * Run ffmpeg once: stream `input` into stdin honouring backpressure, collect stdout if asked, and settle
 * only after the process has exited and its pipes are closed, so no ffmpeg outlives the promise.
 * Rejects with FfmpegMissing (cannot start), AbortError (signal fired; ffmpeg got SIGKILL), the error
 * thrown by `input`/`onChunk`, or FfmpegFailed (non-zero exit).
 */
export async function runFfmpeg(
  ffmpeg: string,
  args: readonly string[],
  options: RunFfmpegOptions = {},
): Promise<RunFfmpegResult> {
  const { signal } = options;
  if (signal?.aborted) throw new AbortError(signal.reason);

  const child = spawn(ffmpeg, args, {
    stdio: ['pipe', options.captureStdout ? 'pipe' : 'ignore', 'pipe'],
    windowsHide: true,
  });

  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr += chunk;
    if (stderr.length > STDERR_KEEP_BYTES * 2) stderr = stderr.slice(-STDERR_KEEP_BYTES);
  });
  const stdoutChunks: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => stdoutChunks.push(chunk));
  // EPIPE arrives here when ffmpeg exits before reading all input; its exit status says why, so the
  // stream error itself carries nothing more and must not become an unhandled 'error' event.
  child.stdin?.on('error', () => {});

  let spawnError: NodeJS.ErrnoException | undefined;
  let exited = false;
  const closed = new Promise<{ code: number | null; sig: NodeJS.Signals | null }>((resolve) => {
    child.once('close', (code, sig) => {
      exited = true;
      resolve({ code, sig });
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      // 'error' also fires for a failed kill() on a live process; only a failed spawn ends the run here.
      if (child.pid === undefined) {
        spawnError = err;
        exited = true;
        resolve({ code: null, sig: null });
      }
    });
  });

  let aborted = false;
  let markStopped = () => {};
  // Settles when feeding must stop at once: a pending read from a slow frame source must not hold an
  // aborted or dead run open.
  const stopped = new Promise<void>((resolve) => {
    markStopped = resolve;
  });
  void closed.then(() => markStopped());
  const onAbort = () => {
    aborted = true;
    markStopped();
    child.kill('SIGKILL');
  };
  signal?.addEventListener('abort', onAbort, { once: true });

  let feedError: unknown;
  try {
    if (child.stdin) {
      try {
        await feed(child.stdin, options, () => aborted || exited, stopped);
      } catch (err) {
        feedError = err;
        child.kill('SIGKILL');
      }
      child.stdin.end();
    }
    const { code, sig } = await closed;
    if (spawnError) {
      const reason = spawnError.code === 'ENOENT' ? 'not found' : `cannot start (${spawnError.message})`;
      throw new FfmpegMissing([{ path: ffmpeg, source: 'given', reason }]);
    }
    if (aborted) throw new AbortError(signal?.reason);
    if (feedError !== undefined) throw feedError;
    if (code !== 0) throw new FfmpegFailed(code, sig, tailLines(stderr));
    return { stdout: Buffer.concat(stdoutChunks), stderrTail: tailLines(stderr) };
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

async function feed(
  stdin: Writable,
  options: RunFfmpegOptions,
  isStopped: () => boolean,
  stopped: Promise<void>,
): Promise<void> {
  const { input, onChunk } = options;
  if (input === undefined) return;
  const iterator = chunkIterator(input);
  let finished = false;
  try {
    while (!isStopped()) {
      const next = await Promise.race([iterator.next(), stopped]);
      if (next === undefined || next.done) {
        finished = next !== undefined;
        return;
      }
      onChunk?.(next.value);
      if (!stdin.write(next.value)) {
        // Backpressure: hold the producer until ffmpeg has consumed what is queued, or has gone away.
        await Promise.race([drained(stdin), stopped]);
      }
    }
  } finally {
    // Let a generator run its own cleanup; not awaited because a pending next() would delay the return.
    if (!finished) Promise.resolve(iterator.return?.()).catch(() => {});
  }
}

function chunkIterator(input: FfmpegInput): AsyncIterator<Uint8Array> | Iterator<Uint8Array> {
  if (input instanceof Uint8Array) return [input][Symbol.iterator]();
  if (Symbol.asyncIterator in input) return input[Symbol.asyncIterator]();
  return input[Symbol.iterator]();
}

function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}
