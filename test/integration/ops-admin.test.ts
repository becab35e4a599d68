import { UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminServer, RedisLink, startAdmin } from '../../src/ops/index.js';
import {
  connectRedis,
  createKeys,
  type GenerateJobInput,
  GenerationQueue,
  QUEUE_NAMES,
} from '../../src/queue/index.js';
import { cleanPrefix, TEST_REDIS_URL, uniquePrefix } from '../helpers/redis.js';

const prefix = uniquePrefix('ops-admin');
const keys = createKeys(prefix);
const log = pino({ level: 'silent' });
const credentials = { user: 'operator', password: 'correct horse battery' };
const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

let redis: Redis;
let queue: GenerationQueue;
let admin: AdminServer;
let failedId: string;

async function request(path: string, init: RequestInit & { auth?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.auth) headers.set('authorization', init.auth);
  return fetch(`${admin.url}${path}`, { ...init, headers });
}

beforeAll(async () => {
  redis = connectRedis(TEST_REDIS_URL);
  queue = new GenerationQueue({ connection: redis, keys });
  const job: GenerateJobInput = {
    version: 1,
    kind: 'generate',
    prompt: 'a failed clip',
    caption: { text: 'a failed clip', expander: 'verbatim' },
    durationSeconds: 1,
    seed: 1,
    requester: { source: 'cli', userId: 'admin-test' },
    createdAt: Date.now(),
  };
  // A failed job, moved there the way an engine would, for the dashboard to show and refuse to retry.
  failedId = (await queue.enqueue(job)).jobId;
  const workerConnection = connectRedis(TEST_REDIS_URL);
  const worker = new Worker(
    QUEUE_NAMES.generate,
    async () => {
      throw new UnrecoverableError('ENGINE_ERROR');
    },
    { connection: workerConnection, prefix: keys.bullPrefix },
  );
  await new Promise((resolve) => worker.once('failed', resolve));
  await worker.close();
  workerConnection.disconnect();
  admin = await startAdmin({
    connection: redis,
    keys,
    credentials,
    link: new RedisLink(log),
    host: '127.0.0.1',
    port: 0,
    log,
  });
});

afterAll(async () => {
  await admin.close();
  await queue.queue.obliterate({ force: true });
  await queue.close();
  redis.disconnect();
  await cleanPrefix(prefix);
});

describe('admin dashboard (Bull Board)', () => {
  it('GIVEN no or wrong credentials THEN every page and API answers 401 with a Basic challenge', async () => {
    for (const path of ['/', '/api/queues', '/static/images/logo.svg']) {
      const response = await request(path);
      expect(response.status, path).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    }
    expect((await request('/', { auth: basic('operator', 'wrong password!!') })).status).toBe(401);
    expect((await request('/', { auth: basic('someone', credentials.password) })).status).toBe(401);
    expect((await request('/', { auth: 'Bearer abc' })).status).toBe(401);
  });

  it('GIVEN the credentials THEN the board and its queues are shown, read-only', async () => {
    const auth = basic(credentials.user, credentials.password);
    const page = await request('/', { auth });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('zoetrope');
    const api = await request('/api/queues?activeQueue=generate&status=failed', { auth });
    expect(api.status).toBe(200);
    const body = (await api.json()) as {
      queues: { name: string; readOnlyMode: boolean; jobs: { id: string }[] }[];
    };
    expect(body.queues.map((q) => q.name).sort()).toEqual(['deliveries', 'generate']);
    expect(body.queues.every((q) => q.readOnlyMode)).toBe(true);
    expect(body.queues.find((q) => q.name === 'generate')?.jobs.map((j) => j.id)).toContain(failedId);
  });

  it('GIVEN a POST to retry or clean THEN it is refused and the failed job stays failed', async () => {
    const auth = basic(credentials.user, credentials.password);
    for (const path of [
      '/api/queues/generate/retry/failed',
      `/api/queues/generate/${failedId}/retry`,
      '/api/queues/generate/clean/failed',
    ]) {
      expect((await request(path, { method: 'PUT', auth })).status, path).toBe(405);
      expect((await request(path, { method: 'POST', auth })).status, path).toBe(405);
      // Without credentials a write is not even considered.
      expect((await request(path, { method: 'PUT' })).status, path).toBe(401);
    }
    expect(await (await queue.queue.getJob(failedId))!.getState()).toBe('failed');
  });
});
