import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectRedis,
  createKeys,
  type GenerateJob,
  type GenerateJobInput,
  GenerationQueue,
  InvalidPayload,
  QUEUE_NAMES,
  RedisArtifactStore,
} from '../../src/queue/index.js';
import { cleanPrefix, TEST_REDIS_URL, uniquePrefix } from '../helpers/redis.js';

const prefix = uniquePrefix('queue');
const keys = createKeys(prefix);
let redis: Redis;
let queue: GenerationQueue;

const job = (userId: string, seed: number): GenerateJobInput => ({
  version: 1,
  kind: 'generate',
  prompt: `clip ${seed}`,
  caption: { text: `clip ${seed}`, expander: 'verbatim' },
  durationSeconds: 2,
  seed,
  requester: { source: 'cli', userId },
  createdAt: Date.now(),
});

beforeAll(() => {
  redis = connectRedis(TEST_REDIS_URL);
  queue = new GenerationQueue({ connection: redis, keys });
});

afterAll(async () => {
  await queue.close();
  redis.disconnect();
  await cleanPrefix(prefix);
});

describe('generation queue', () => {
  it('GIVEN a payload that breaks the contract THEN enqueue refuses it naming the field', async () => {
    await expect(queue.enqueue({ ...job('a', 1), durationSeconds: -1 })).rejects.toThrow(InvalidPayload);
    await expect(queue.enqueue({ ...job('a', 1), prompt: '' })).rejects.toThrow(/prompt/);
    expect(await queue.inFlightCount('a')).toBe(0);
  });

  it('GIVEN one user with five jobs and two users with one each THEN the others run before her second', async () => {
    for (let i = 0; i < 5; i++) await queue.enqueue(job('alice', i));
    await queue.enqueue(job('bob', 10));
    await queue.enqueue(job('carol', 20));
    const order: string[] = [];
    const workerConnection = connectRedis(TEST_REDIS_URL);
    const worker = new Worker<GenerateJob>(
      QUEUE_NAMES.generate,
      async (j) => {
        order.push(`${j.data.requester.userId}:${j.data.seed}`);
      },
      { connection: workerConnection, prefix: keys.bullPrefix },
    );
    await new Promise<void>((resolve) => {
      worker.on('completed', () => {
        if (order.length === 7) resolve();
      });
    });
    await worker.close();
    workerConnection.disconnect();
    expect(order.slice(0, 3)).toEqual(['alice:0', 'bob:10', 'carol:20']);
    expect(order.slice(3)).toEqual(['alice:1', 'alice:2', 'alice:3', 'alice:4']);
  });

  it('GIVEN queued jobs THEN positions follow run order and a user sees only their own', async () => {
    const a = await queue.enqueue(job('dave', 1));
    const b = await queue.enqueue(job('dave', 2));
    const c = await queue.enqueue(job('erin', 3));
    expect(a.position).toBe(0);
    expect(await queue.position(c.jobId)).toBe(1);
    expect(await queue.position(b.jobId)).toBe(2);
    const mine = await queue.jobsOf('dave');
    expect(mine.map((s) => s.jobId)).toEqual([a.jobId, b.jobId]);
    expect(await queue.cancel(b.jobId)).toBe('removed');
    expect(await queue.inFlightCount('dave')).toBe(1);
  });

  it('GIVEN an artifact with a TTL THEN it reads back byte for byte and expires', async () => {
    const store = new RedisArtifactStore(redis, keys.artifact, 60);
    const data = Buffer.from([0, 1, 2, 255, 254]);
    await store.put('clip:x', data, { contentType: 'video/mp4', jobId: 'x' }, 1);
    const back = await store.get('clip:x');
    expect(back?.data.equals(data)).toBe(true);
    expect(back?.meta.jobId).toBe('x');
    expect(await redis.ttl(keys.artifact('clip:x'))).toBeGreaterThan(0);
    expect(await store.get('clip:missing')).toBeNull();
  });
});
