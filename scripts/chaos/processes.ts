import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

// Every group still running, so an interrupted drill run leaves nothing behind.
const LIVE = new Set<ChildProcess>();

/** SIGKILLs every process group this script started that is still running (for exit paths). */
export function killAll(): void {
  for (const child of LIVE) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/** A zoetrope process (bot or engine) the drill started, in a process group of its own. */
export interface Proc {
  readonly name: string;
  readonly pid: number;
  /** Resolves when the process has logged `readyLine` (pino's `msg`). */
  readonly ready: Promise<void>;
  /** SIGKILL to the whole group: tsx's loader, worker threads and ffmpeg children go with it. */
  kill(): Promise<void>;
  /** SIGTERM to the group, for a clean stop at the end of a drill. */
  stop(): Promise<void>;
}

/**
 * Starts `src/cli/start.ts <role>` detached (its own process group) with `env`; stdout and stderr go to
 * `<logDir>/<name>.log`. Spawned with `node --import tsx`, not `npm run`, so the pid is zoetrope itself.
 */
export function startProcess(
  name: string,
  role: '--bot' | '--engine',
  env: Record<string, string>,
  logDir: string,
): Proc {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts', role], {
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  LIVE.add(child);
  child.once('exit', () => LIVE.delete(child));
  const log = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' });
  const readyLine = role === '--bot' ? '"msg":"bot ready"' : '"msg":"engine ready"';
  const ready = new Promise<void>((resolve, reject) => {
    // pino writes to one stream and plain messages to the other: watch both for the ready line.
    let seen = '';
    const watch = (chunk: Buffer) => {
      log.write(chunk);
      if (seen === 'done') return;
      seen = (seen + chunk.toString()).slice(-4000);
      if (seen.includes(readyLine)) {
        seen = 'done';
        resolve();
      }
    };
    child.stdout?.on('data', watch);
    child.stderr?.on('data', watch);
    child.once('exit', (code, signal) =>
      reject(new Error(`${name} exited (${code ?? signal}) before ready`)),
    );
  });
  ready.catch(() => undefined);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signalGroup = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, signal);
    } catch {
      return;
    }
    await exited;
  };
  return {
    name,
    pid: child.pid!,
    ready,
    kill: () => signalGroup('SIGKILL'),
    async stop() {
      const timer = setTimeout(() => void signalGroup('SIGKILL'), 15_000);
      await signalGroup('SIGTERM');
      clearTimeout(timer);
    },
  };
}
