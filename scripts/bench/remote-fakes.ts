// The bench's fake servers, each in its own child process. In the bench's process a fake's own work (the
// ComfyUI fake renders 720p frames in JavaScript for about a second and encodes them with ffmpeg; the fal
// fake runs ffmpeg and serves the file) would share the engine's event loop and heap: it would block the
// engine's websocket reads and timers, and its garbage would be collected on the engine's time. Out here it
// is the remote's time, as on a real server. Times cross the process boundary as CLOCK_MONOTONIC
// milliseconds (`monotonicMs`), which every process on the machine shares.
import { type ChildProcess, fork } from 'node:child_process';
import diagnostics from 'node:diagnostics_channel';
import type { Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { findFfmpeg } from '../../src/engine/encoder/index.js';
import type { GenerationRequest, VideoGenerator } from '../../src/engine/index.js';
import { FakeComfyUI } from '../../test/fakes/comfyui.js';
import { FakeFal } from '../../test/helpers/fake-fal.js';
import { percentile } from './stats.js';

/** Milliseconds on the machine-wide monotonic clock: comparable between the bench and its fake processes. */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** `performance.now()` of this process on the monotonic clock. */
function fromPerformance(t: number): number {
  return t + (monotonicMs() - performance.now());
}

/** One HTTP request the engine made (Node's fetch), timed from its creation to its last byte received. */
export interface SentRequest {
  method: string;
  path: string;
  start: number;
  end: number;
}

/**
 * Every request this process's fetch makes, from undici's diagnostics channels, so a generator's phases
 * (submit, download …) are timed without touching its code. `take()` returns those finished and forgets them.
 */
export function watchRequests(): { take(): SentRequest[]; close(): void } {
  const open = new Map<object, { method: string; path: string; start: number }>();
  let done: SentRequest[] = [];
  type Message = { request: { method: string; path: string } };
  const onCreate = (m: unknown) => {
    const { request } = m as Message;
    open.set(request, { method: request.method, path: request.path.split('?')[0]!, start: monotonicMs() });
  };
  const onEnd = (m: unknown) => {
    const { request } = m as Message;
    const started = open.get(request);
    open.delete(request);
    if (started) done.push({ ...started, end: monotonicMs() });
  };
  diagnostics.subscribe('undici:request:create', onCreate);
  diagnostics.subscribe('undici:request:trailers', onEnd);
  return {
    take: () => {
      const taken = done;
      done = [];
      return taken;
    },
    close: () => {
      diagnostics.unsubscribe('undici:request:create', onCreate);
      diagnostics.unsubscribe('undici:request:trailers', onEnd);
    },
  };
}

export const ms = (v: number) => Math.round(v * 10) / 10;

/** The median of each named phase over the clips, as `name p50` pairs. */
export function phaseMedians(clips: ReadonlyArray<Record<string, number>>): Record<string, number> {
  const names = Object.keys(clips[0] ?? {});
  return Object.fromEntries(
    names.map((n) => [
      n,
      ms(
        percentile(
          clips.map((c) => c[n]!),
          50,
        ),
      ),
    ]),
  );
}

/** The first request of this method whose path matches. */
export function findRequest(sent: readonly SentRequest[], method: string, path: RegExp): SentRequest {
  const found = sent.find((r) => r.method === method && path.test(r.path));
  if (!found) throw new Error(`the generator made no ${method} ${path}`);
  return found;
}

/** What the parent asks a fake process; each answer is `{ id, value }` or `{ id, error }`. */
type Ask =
  | { op: 'start'; kind: 'comfyui'; stepMs: number }
  | { op: 'start'; kind: 'fal' }
  | { op: 'lastPrompt' }
  | { op: 'progressSentAt'; promptId: string }
  | { op: 'promptCount' }
  | { op: 'falRoutes' }
  | { op: 'close' };

/** One HTTP exchange as the fal fake served it: route, when it came in and when it was answered (monotonic ms). */
export interface ServedRequest {
  method: string;
  path: string;
  start: number;
  end: number;
}

/** A fake server in a child process. */
export class FakeProcess {
  url = '';
  /** fal: the key the fake takes. */
  key = '';
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  private constructor(private readonly child: ChildProcess) {}

  /** Starts a ComfyUI fake (`stepMs` per sampler step) or a fal fake in a new process. */
  static async start(kind: 'comfyui', options: { stepMs: number }): Promise<FakeProcess>;
  static async start(kind: 'fal'): Promise<FakeProcess>;
  static async start(kind: 'comfyui' | 'fal', options?: { stepMs: number }): Promise<FakeProcess> {
    // The parent's execArgv carries tsx's loader (an --eval's code is left out), so the child runs this
    // TypeScript file as well.
    const evalFlags = ['--eval', '-e', '--print', '-p'];
    const child = fork(fileURLToPath(import.meta.url), ['--fake-process'], {
      execArgv: process.execArgv.filter(
        (arg, i, all) => !evalFlags.includes(arg) && !evalFlags.includes(all[i - 1] ?? ''),
      ),
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const host = new FakeProcess(child);
    child.on('message', (raw) => {
      const m = raw as { id: number; value?: unknown; error?: string };
      const w = host.waiting.get(m.id);
      host.waiting.delete(m.id);
      if (m.error !== undefined) w?.reject(new Error(m.error));
      else w?.resolve(m.value);
    });
    child.on('exit', () => {
      for (const w of host.waiting.values()) w.reject(new Error('the fake process exited'));
      host.waiting.clear();
    });
    const ask: Ask =
      kind === 'comfyui' ? { op: 'start', kind, stepMs: options?.stepMs ?? 20 } : { op: 'start', kind };
    Object.assign(host, (await host.ask(ask)) as { url: string; key: string });
    return host;
  }

  private ask(message: Ask): Promise<unknown> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.send({ id, ...message });
    });
  }

  /** ComfyUI: the newest prompt's id and its output video. */
  lastPrompt(): Promise<{ promptId: string; video: Uint8Array }> {
    return this.ask({ op: 'lastPrompt' }) as Promise<{ promptId: string; video: Uint8Array }>;
  }

  /** ComfyUI: when each sampler `progress` message of a prompt was sent (monotonic ms). */
  progressSentAt(promptId: string): Promise<number[]> {
    return this.ask({ op: 'progressSentAt', promptId }) as Promise<number[]>;
  }

  /** How many prompts (ComfyUI) or requests (fal) the fake accepted. */
  promptCount(): Promise<number> {
    return this.ask({ op: 'promptCount' }) as Promise<number>;
  }

  /** fal: every exchange served so far, in the order they were answered. */
  falRoutes(): Promise<ServedRequest[]> {
    return this.ask({ op: 'falRoutes' }) as Promise<ServedRequest[]>;
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    await this.ask({ op: 'close' }).catch(() => undefined);
    await exited;
  }
}

/** The child's side: one fake, answering the parent's questions until told to close. */
async function serve(): Promise<void> {
  let comfy: FakeComfyUI | undefined;
  let fal: FakeFal | undefined;
  const served: ServedRequest[] = [];
  const answer = async (m: Ask): Promise<unknown> => {
    switch (m.op) {
      case 'start':
        if (m.kind === 'comfyui') {
          comfy = new FakeComfyUI({ ffmpeg: (await findFfmpeg()).path, stepMs: m.stepMs });
          return { url: await comfy.start(), key: '' };
        }
        fal = await new FakeFal().start();
        // The fake's server is private to it; its exchanges are timed from outside, as a proxy would.
        (fal as unknown as { server: Server }).server.prependListener('request', (req, res) => {
          const start = monotonicMs();
          // Timed as the answer is handed over, before its bytes can reach the engine ('finish' may come later).
          const end = res.end.bind(res) as (...args: unknown[]) => typeof res;
          res.end = ((...args: unknown[]) => {
            served.push({
              method: req.method ?? 'GET',
              path: new URL(req.url ?? '/', 'http://x').pathname,
              start,
              end: monotonicMs(),
            });
            return end(...args);
          }) as typeof res.end;
        });
        return { url: fal.url, key: fal.key };
      case 'lastPrompt': {
        const promptId = [...comfy!.prompts.keys()].at(-1)!;
        return { promptId, video: [...comfy!.files.values()].at(-1)! };
      }
      case 'progressSentAt':
        return (comfy!.progressSentAt.get(m.promptId) ?? []).map(fromPerformance);
      case 'promptCount':
        return comfy ? comfy.prompts.size : fal!.requests.size;
      case 'falRoutes':
        return served;
      case 'close':
        await comfy?.close();
        await fal?.close();
        return null;
    }
  };
  process.on('message', (raw) => {
    const { id, ...message } = raw as Ask & { id: number };
    answer(message as Ask).then(
      (value) => {
        process.send!({ id, value });
        if (message.op === 'close') process.disconnect();
      },
      (error: unknown) => process.send!({ id, error: String(error) }),
    );
  });
  process.on('disconnect', () => process.exit(0));
}

if (process.argv.includes('--fake-process') && process.send) void serve();

/**
 * Makes `clips` clips with `workers` generators pulling from one counter (the seed is the clip's number),
 * as engines pull from one queue; returns the wall time in seconds.
 */
export async function drain(
  workers: VideoGenerator[],
  clips: number,
  request: Omit<GenerationRequest, 'seed'>,
): Promise<number> {
  let next = 0;
  const started = monotonicMs();
  await Promise.all(
    workers.map(async (generator) => {
      while (next < clips) await generator.generate({ ...request, seed: next++ });
    }),
  );
  return (monotonicMs() - started) / 1000;
}

/** The table row listing a clip's phase medians (from {@link phaseMedians}). */
export function phasesRow(label: string, phases: Record<string, number>): Record<string, string | number> {
  return {
    measure: `  phases p50 (${label})`,
    p50_ms: '',
    p99_ms: '',
    note: Object.entries(phases)
      .map(([k, v]) => `${k} ${v}`)
      .join(' · '),
  };
}
