import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { Redis } from 'ioredis';
import { nodeUrl } from '../queue/index.js';

/** No Redis to use: REDIS_URL is unset and no `redis-server` is installed. */
export class RedisUnavailable extends Error {
  override readonly name = 'RedisUnavailable';
  readonly code = 'REDIS_UNAVAILABLE';
}

/** A Redis the process can use, and how to let go of it. */
export interface RedisHandle {
  url: string;
  /** True when this process started the server and will stop it. */
  owned: boolean;
  stop(): Promise<void>;
}

const INSTALL_HINT =
  'Set REDIS_URL to a Redis ≥ 6.2 (e.g. redis://127.0.0.1:6379), or install redis-server ' +
  '(Debian/Ubuntu: `apt-get install redis-server`; macOS: `brew install redis`).';

/**
 * Uses REDIS_URL when set; otherwise starts a private `redis-server` with its data (AOF on) under
 * `dataDir`, or reuses the one another zoetrope process already started there.
 */
export async function obtainRedis(redisUrl: string | undefined, dataDir: string): Promise<RedisHandle> {
  if (redisUrl) {
    // For a cluster URL these check its seed node; the cluster client finds the other nodes itself.
    await ping(nodeUrl(redisUrl), `Redis at REDIS_URL is not answering. ${INSTALL_HINT}`);
    await checkDatabase(nodeUrl(redisUrl));
    return { url: redisUrl, owned: false, stop: async () => {} };
  }
  const dir = resolve(dataDir, 'redis');
  await mkdir(dir, { recursive: true });
  const portFile = resolve(dir, 'port');
  const existing = await readFile(portFile, 'utf8').catch(() => undefined);
  if (existing && (await answers(`redis://127.0.0.1:${existing.trim()}`))) {
    return { url: `redis://127.0.0.1:${existing.trim()}`, owned: false, stop: async () => {} };
  }
  const port = await freePort();
  const child = spawn(
    'redis-server',
    [
      '--bind',
      '127.0.0.1',
      '--port',
      String(port),
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--appendfsync',
      'everysec',
      '--save',
      '',
      '--protected-mode',
      'yes',
      '--daemonize',
      'no',
      '--loglevel',
      'warning',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  await new Promise<void>((resolveStart, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new RedisUnavailable(`redis-server is not installed. ${INSTALL_HINT}`)
          : error,
      ),
    );
    child.once('spawn', () => resolveStart());
  });
  const url = `redis://127.0.0.1:${port}`;
  await waitUntilAnswers(url, child);
  await writeFile(portFile, String(port));
  return {
    url,
    owned: true,
    stop: async () => {
      await rm(portFile, { force: true });
      await stopChild(child);
    },
  };
}

async function ping(url: string, message: string): Promise<void> {
  if (!(await answers(url))) throw new RedisUnavailable(message);
}

/**
 * The database REDIS_URL names must exist. ioredis only logs a failed SELECT (as an unhandled error event,
 * with a stack trace) and then carries on in database 0, where the queue would mix with whatever lives there.
 */
async function checkDatabase(url: string): Promise<void> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 2000,
  });
  redis.on('error', () => undefined);
  const db = redis.options.db ?? 0;
  try {
    if (db === 0) return;
    await redis.connect();
    const refused = await redis.select(db).then(
      () => undefined,
      (error: Error) => error.message,
    );
    if (refused === undefined) return;
    const count = await redis
      .config('GET', 'databases')
      .then((reply) => Number((reply as string[])[1]))
      .catch(() => Number.NaN);
    const fix = Number.isInteger(count)
      ? `use a database from 0 to ${count - 1} in REDIS_URL, or raise \`databases\` in redis.conf`
      : 'use a database this Redis has in REDIS_URL (0 always exists)';
    throw new RedisUnavailable(
      `REDIS_URL names database ${db}, which this Redis does not have (${refused}); ${fix}`,
    );
  } finally {
    redis.disconnect();
  }
}

async function answers(url: string): Promise<boolean> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 2000,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

async function waitUntilAnswers(url: string, child: ChildProcess): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new RedisUnavailable(`redis-server exited: ${stderr.trim()}`);
    if (await answers(url)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new RedisUnavailable(`redis-server did not answer within 5 s: ${stderr.trim()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}
