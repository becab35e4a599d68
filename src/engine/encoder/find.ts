import { spawn } from 'node:child_process';
import { constants, promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type FfmpegCandidate, FfmpegMissing } from './errors.js';

/** Where to look for ffmpeg. */
export interface FindFfmpegOptions {
  /** An explicit binary (config's FFMPEG_PATH). When given it is the only candidate: no silent fallback. */
  ffmpegPath?: string;
  /** The PATH to search for a system ffmpeg; defaults to `process.env.PATH`. */
  searchPath?: string;
  /** Skip the npm-bundled fallback (tests use this to see the "nothing found" message). */
  npmFallback?: boolean;
  /** How long a candidate may take to answer `-version` before it counts as hung (default 10 s). */
  probeTimeoutMs?: number;
}

/** A usable ffmpeg: its absolute path, version string (for the start-up log) and where it was found. */
export interface FfmpegBinary {
  path: string;
  version: string;
  source: 'env' | 'system' | 'npm';
}

// A healthy ffmpeg answers -version in milliseconds; the bound only matters for a hung or foreign binary.
const PROBE_TIMEOUT_MS = 10_000;

/**
 * Find an ffmpeg that can encode H.264: FFMPEG_PATH when given, else `ffmpeg` on PATH, else the binary of
 * the optional @ffmpeg-installer/ffmpeg package. Throws FfmpegMissing (with the install hint) when none works.
 */
export async function findFfmpeg(options: FindFfmpegOptions = {}): Promise<FfmpegBinary> {
  const tried: FfmpegCandidate[] = [];
  const attempt = async (candidate: string, source: FfmpegBinary['source']) => {
    const probed = await probe(candidate, options.probeTimeoutMs ?? PROBE_TIMEOUT_MS);
    if (typeof probed === 'string') {
      tried.push({ path: candidate, source, reason: probed });
      return undefined;
    }
    return { path: candidate, version: probed.version, source };
  };

  if (options.ffmpegPath !== undefined) {
    const found = await attempt(path.resolve(options.ffmpegPath), 'env');
    if (found) return found;
    throw new FfmpegMissing(tried);
  }

  for (const candidate of await onPath('ffmpeg', options.searchPath ?? process.env.PATH ?? '')) {
    const found = await attempt(candidate, 'system');
    if (found) return found;
  }

  if (options.npmFallback !== false) {
    const bundled = await npmBinary();
    if (typeof bundled === 'string') {
      tried.push({ path: '@ffmpeg-installer/ffmpeg', source: 'npm', reason: bundled });
    } else {
      const found = await attempt(bundled.path, 'npm');
      if (found) return found;
    }
  }
  throw new FfmpegMissing(tried);
}

/** Parse the version out of `ffmpeg -version` output ("ffmpeg version 5.1.9-0+deb12u1 Copyright ..."). */
export function parseFfmpegVersion(output: string): string | undefined {
  return /^ffmpeg version (\S+)/m.exec(output)?.[1];
}

/** Run `-version`; resolve to the version, or to a reason string when the binary is unusable. */
async function probe(binary: string, timeoutMs: number): Promise<{ version: string } | string> {
  const output = await runVersion(binary, timeoutMs);
  if (typeof output !== 'string') {
    if ('timedOut' in output) return `timed out: no answer to -version within ${seconds(timeoutMs)}`;
    const code = output.error?.code;
    if (code === 'ENOENT') return 'not found';
    if (code === 'EACCES') return 'not executable';
    if (output.error) return `does not run (${output.error.message.split('\n')[0]})`;
    const how = output.signal ? `killed by ${output.signal}` : `exit code ${output.code}`;
    const said = output.stderr.trim().split('\n').at(-1)?.slice(0, 200);
    return `does not run (${how}${said ? `: ${said}` : ''})`;
  }
  const version = parseFfmpegVersion(output);
  if (!version) return 'not an ffmpeg binary (no version line)';
  // Every clip is H.264; a build without libx264 (some minimal distro builds) would fail on the first job.
  if (!output.includes('--enable-libx264')) return `version ${version} is built without libx264`;
  return { version };
}

type VersionRun =
  | string
  | { timedOut: true }
  | { error?: NodeJS.ErrnoException; code?: number | null; signal?: NodeJS.Signals | null; stderr: string };

/**
 * Runs `binary -version` in a process group of its own. On timeout the whole group is killed and the probe
 * answers at once: a wrapper script's children (a `sleep`, a hung real ffmpeg) would otherwise keep the
 * pipes open, and a plain kill of the wrapper would leave the probe waiting on them.
 */
function runVersion(binary: string, timeoutMs: number): Promise<VersionRun> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let settled = false;
    const settle = (result: VersionRun) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const child = spawn(binary, ['-hide_banner', '-version'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
      windowsHide: true,
    });
    const timer = setTimeout(() => {
      killGroup(child.pid);
      settle({ timedOut: true });
    }, timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout.length < 1 << 20) stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < 1 << 16) stderr += chunk;
    });
    child.once('error', (error: NodeJS.ErrnoException) => settle({ error, stderr }));
    child.once('close', (code, signal) => settle(code === 0 ? stdout : { code, signal, stderr }));
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

const seconds = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`);

async function onPath(name: string, searchPath: string): Promise<string[]> {
  const found: string[] = [];
  for (const dir of searchPath.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.resolve(dir, name);
    if (await isExecutableFile(candidate)) found.push(candidate);
  }
  return found;
}

async function isExecutableFile(file: string): Promise<boolean> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return false;
    await fs.access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Resolve the bundled binary and make sure it can be executed; a reason string when it cannot. */
async function npmBinary(): Promise<{ path: string } | string> {
  let binary: string;
  try {
    const require = createRequire(import.meta.url);
    // The package throws a plain string (not an Error) on unsupported platforms or a missing binary.
    binary = (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;
  } catch (err) {
    return `not installed (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`;
  }
  if (!(await isExecutableFile(binary))) {
    // npm 11 can skip the package's install-time chmod, leaving the binary 0644; fix it once here.
    try {
      await fs.chmod(binary, 0o755);
    } catch (err) {
      return `${binary} is not executable and chmod failed (${(err as Error).message})`;
    }
  }
  return { path: binary };
}
