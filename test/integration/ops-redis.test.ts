import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEvictionPolicy } from '../../src/ops/index.js';
import { TEST_REDIS_URL, uniquePrefix } from '../helpers/redis.js';

// A private redis-server on a spare port: these tests change its settings and stop and restart it.
let dir: string;
let port: number;
let server: ChildProcess | undefined;
const children: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as { port: number };
      probe.close(() => resolve(free));
    });
  });
}

async function startRedis(policy: string): Promise<void> {
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--appendfsync',
      'everysec',
      '--save',
      '',
      '--maxmemory-policy',
      policy,
    ],
    { stdio: 'ignore' },
  );
  server = child;
  const probe = new Redis({ port, lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  probe.on('error', () => undefined);
  for (let i = 0; i < 100; i++) {
    if (
      await probe.connect().then(
        () => probe.ping().then(() => true),
        () => false,
      )
    )
      break;
    await sleep(100);
  }
  probe.disconnect();
}

async function killRedis(): Promise<void> {
  const child = server;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A logger whose JSON lines are kept for the test to read. */
function captured() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: pino({ level: 'debug' }, stream), lines };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zoetrope-ops-redis-'));
  port = await freePort();
  await startRedis('allkeys-lru');
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await killRedis();
  await rm(dir, { recursive: true, force: true });
});

describe('eviction policy check', () => {
  it('GIVEN a Redis that evicts THEN the engine check warns naming the policy; noeviction THEN it is quiet', async () => {
    const redis = new Redis({ port });
    try {
      const first = captured();
      expect(await checkEvictionPolicy(redis, first.log)).toMatchObject({ policy: 'allkeys-lru', ok: false });
      expect(first.lines).toHaveLength(1);
      expect(first.lines[0]).toMatchObject({ level: 40, policy: 'allkeys-lru' });
      expect(String(first.lines[0]!.msg)).toMatch(/maxmemory-policy is allkeys-lru: set it to noeviction/);

      await redis.config('SET', 'maxmemory-policy', 'noeviction');
      const second = captured();
      expect(await checkEvictionPolicy(redis, second.log)).toMatchObject({ policy: 'noeviction', ok: true });
      expect(second.lines).toHaveLength(0);
    } finally {
      await redis.config('SET', 'maxmemory-policy', 'allkeys-lru');
      redis.disconnect();
    }
  });

  it('GIVEN a managed Redis that refuses CONFIG (and then INFO) THEN the check reads INFO, or says it could not check, and never throws', async () => {
    const admin = new Redis({ port });
    await admin.acl('SETUSER', 'noconfig', 'on', '>secret-1', '~*', '&*', '+@all', '-config');
    await admin.acl('SETUSER', 'blind', 'on', '>secret-2', '~*', '&*', '+@all', '-config', '-info');
    const noConfig = new Redis({ port, username: 'noconfig', password: 'secret-1' });
    const blind = new Redis({ port, username: 'blind', password: 'secret-2' });
    try {
      const viaInfo = captured();
      expect(await checkEvictionPolicy(noConfig, viaInfo.log)).toMatchObject({
        policy: 'allkeys-lru',
        ok: false,
        via: 'INFO',
      });
      expect(viaInfo.lines).toHaveLength(1);

      const unknown = captured();
      const result = await checkEvictionPolicy(blind, unknown.log);
      expect(result.policy).toBeUndefined();
      expect(unknown.lines).toHaveLength(1);
      expect(unknown.lines[0]).toMatchObject({ level: 40 });
      expect(String(unknown.lines[0]!.msg)).toMatch(/could not read Redis maxmemory-policy/);
      expect(String(unknown.lines[0]!.reason)).toMatch(/NOPERM/);
    } finally {
      noConfig.disconnect();
      blind.disconnect();
      await admin.acl('DELUSER', 'noconfig', 'blind');
      admin.disconnect();
    }
  });
});

interface Running {
  child: ChildProcess;
  lines: string[];
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
}

/** Starts `npm run start:engine` as its own process (node + tsx, as the npm script does). */
function startEngineProcess(env: Record<string, string>): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts', '--engine'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const lines: string[] = [];
  const waiters: Array<() => void> = [];
  let pending = { stdout: '', stderr: '' };
  for (const name of ['stdout', 'stderr'] as const) {
    child[name]!.on('data', (chunk: Buffer) => {
      const text = pending[name] + chunk.toString('utf8');
      const parts = text.split('\n');
      pending = { ...pending, [name]: parts.pop() ?? '' };
      lines.push(...parts.filter((l) => l.trim() !== ''));
      for (const wake of waiters.splice(0)) wake();
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const find = (pattern: RegExp) =>
    lines.map((l) => safeJson(l)).find((j) => j !== undefined && pattern.test(String(j.msg)));
  return {
    child,
    lines,
    exited,
    async waitFor(pattern, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = find(pattern);
        if (found) return found;
        if (Date.now() > deadline || child.exitCode !== null)
          throw new Error(`no log line matching ${pattern}; got:\n${lines.join('\n')}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
    },
  };
}

function safeJson(line: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(line);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

async function readyz(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${url}/readyz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('an engine process through a Redis outage', () => {
  it('GIVEN Redis killed and restarted from its AOF THEN the engine logs only JSON, one lost and one regained line, and /readyz follows', async () => {
    const engine = startEngineProcess({
      REDIS_URL: `redis://127.0.0.1:${port}`,
      ZOETROPE_PREFIX: uniquePrefix('ops-outage'),
      DATA_DIR: dir,
      ENGINE_BACKEND: 'test-pattern',
      MODERATION_FRAMES: 'false',
      METRICS_PORT: '0',
      LOG_LEVEL: 'info',
    });
    const listening = await engine.waitFor(/metrics and health endpoints listening/);
    const url = String(listening.url);
    await engine.waitFor(/engine ready/);
    expect(await readyz(url)).toMatchObject({ status: 200, body: { ready: true } });
    // The private Redis evicts: the engine said so once, as JSON (BullMQ's own console warning too).
    const evictionWarnings = engine.lines.filter((l) => /maxmemory-policy is allkeys-lru/.test(l));
    expect(evictionWarnings).toHaveLength(1);

    await killRedis();
    await engine.waitFor(/redis connection lost/, 15_000);
    const down = await readyz(url);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({
      ready: false,
      checks: { redis: false, model: true },
      notReady: ['redis'],
    });
    // Several seconds of retries on every connection: still one line.
    await sleep(4000);

    await startRedis('allkeys-lru');
    await engine.waitFor(/redis connection regained/, 30_000);
    // Every connection (BullMQ's own included) comes back; nothing more is said about it.
    await sleep(3000);
    expect(await readyz(url)).toMatchObject({ status: 200, body: { ready: true } });

    engine.child.kill('SIGTERM');
    expect(await engine.exited).toBe(0);

    const notJson = engine.lines.filter((l) => safeJson(l) === undefined);
    expect(notJson).toEqual([]);
    expect(engine.lines.join('\n')).not.toMatch(/Unhandled error event/);
    const messages = engine.lines.map((l) => String(safeJson(l)?.msg));
    expect(messages.filter((m) => /redis connection lost/.test(m))).toHaveLength(1);
    expect(messages.filter((m) => /redis connection regained/.test(m))).toHaveLength(1);
  }, 120_000);
});

describe('npm start with an open dashboard', () => {
  it('GIVEN ADMIN_PORT without credentials THEN the process refuses to start with one line naming the fix', async () => {
    const run = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'src/cli/start.ts'],
        {
          env: {
            ...process.env,
            REDIS_URL: TEST_REDIS_URL,
            ADMIN_PORT: '9465',
            ADMIN_USER: '',
            ADMIN_PASSWORD: '',
          },
          timeout: 60_000,
        },
        (error, _stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }),
      );
    });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(
      /^zoetrope: ADMIN_PORT="9465" is invalid: the admin dashboard never runs open/,
    );
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
