import { Job, Queue, type QueueEvents } from 'bullmq';
import type { Cluster, Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { type Engine, startEngine } from '../../src/engine/index.js';
import {
  artifactKeys,
  connectRedis,
  createKeys,
  decodeFailure,
  deliveryJobId,
  type GenerateJobInput,
  GenerationQueue,
  type JobResult,
  QUEUE_NAMES,
  RedisArtifactStore,
} from '../../src/queue/index.js';
import { uniquePrefix } from '../helpers/redis.js';
import { clusterUnsupported, type LocalCluster, startCluster } from '../helpers/redis-cluster.js';

// A missing or too old redis-server is the only reason to skip; anything else is a failure.
const unsupported = await clusterUnsupported();
if (unsupported) console.warn(`redis-cluster.test: skipped, ${unsupported}`);

const prefix = uniquePrefix('cluster');
const keys = createKeys(prefix);
const log = pino({ level: 'silent' });

let cluster: LocalCluster;
let redis: Redis;
let eventsConnection: Redis;
let queue: GenerationQueue;
let events: QueueEvents;
let deliveries: Queue;
const engines: Engine[] = [];
/** Job ids each engine completed, by engine index. */
const completedBy: string[][] = [[], []];

function discordJob(userId: string): GenerateJobInput {
  return {
    version: 1,
    kind: 'generate',
    prompt: 'a test pattern on a cluster',
    caption: { text: 'a test pattern on a cluster', expander: 'verbatim' },
    durationSeconds: 1,
    seed: 3,
    requester: { source: 'discord', userId, channelId: '200000000000000001' },
    createdAt: Date.now(),
  };
}

async function finished(jobId: string): Promise<{ result?: JobResult; failedReason?: string }> {
  const job = await Job.fromId<GenerateJobInput, JobResult>(queue.queue, jobId);
  if (!job) throw new Error(`job ${jobId} missing`);
  try {
    return { result: await job.waitUntilFinished(events, 60_000) };
  } catch (error) {
    return { failedReason: (error as Error).message };
  }
}

describe.skipIf(unsupported)('the queue and every key on a 3-master Redis Cluster', () => {
  beforeAll(async () => {
    cluster = await startCluster(3);
    redis = connectRedis(cluster.url);
    eventsConnection = connectRedis(cluster.url);
    queue = new GenerationQueue({ connection: redis, keys });
    events = queue.events(eventsConnection);
    deliveries = new Queue(QUEUE_NAMES.deliveries, { connection: redis, prefix: keys.bullPrefix });
    await events.waitUntilReady();
    for (const index of [0, 1]) {
      const engine = await startEngine({
        config: loadConfig({
          REDIS_URL: cluster.url,
          ZOETROPE_PREFIX: prefix,
          ENGINE_BACKEND: 'test-pattern',
          // Slow enough that one engine cannot drain the queue before the other picks jobs up.
          TEST_PATTERN: 'steps=10,step-ms=100,size=64x64',
          ENGINE_LOCK_MS: '3000',
          DISPLAY_SIZE: '64',
          MODERATION_FRAMES: 'false',
          LOG_LEVEL: 'silent',
        }),
        redisUrl: cluster.url,
        log,
      });
      engine.worker.on('completed', (job) => completedBy[index]!.push(job.id ?? ''));
      engines.push(engine);
    }
  }, 60_000);

  afterAll(async () => {
    await Promise.allSettled(engines.map((e) => e.close(0)));
    await events?.close();
    await deliveries?.close();
    await queue?.close();
    redis?.disconnect();
    eventsConnection?.disconnect();
    await cluster?.stop();
  });

  it('GIVEN two engines on the cluster THEN both take jobs, every job completes with a stored clip and one delivery', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await queue.enqueue(discordJob(`10000000000000000${i}`))).jobId);
    const outcomes = await Promise.all(ids.map(finished));
    expect(outcomes.map((o) => o.failedReason)).toEqual(ids.map(() => undefined));
    // A worker emits `completed` just after the queue records it: wait for the last event to land.
    await expect.poll(() => [...completedBy[0]!, ...completedBy[1]!].sort()).toEqual([...ids].sort());
    expect(completedBy[0]!.length).toBeGreaterThan(0);
    expect(completedBy[1]!.length).toBeGreaterThan(0);

    const store = new RedisArtifactStore(redis, keys.artifact, 60);
    for (const jobId of ids) {
      expect((await store.get(artifactKeys.clip(jobId)))?.data.length).toBeGreaterThan(0);
      expect((await deliveries.getJob(deliveryJobId(jobId)))?.data.result.jobId).toBe(jobId);
      // The in-flight slot is freed through the cluster connection too.
    }
    await expect.poll(() => queue.inFlightCount('100000000000000000')).toBe(0);
  }, 90_000);

  it('GIVEN a running job on the cluster WHEN it is cancelled THEN the cancel reaches its engine over pub/sub', async () => {
    const { jobId } = await queue.enqueue(discordJob('100000000000000009'));
    await expect.poll(async () => (await queue.status(jobId)).state, { timeout: 10_000 }).toBe('running');
    expect(await queue.cancel(jobId)).toBe('signalled');
    const { failedReason } = await finished(jobId);
    expect(decodeFailure(failedReason).code).toBe('CANCELLED');
  }, 30_000);

  it('GIVEN everything the jobs wrote THEN every key carries the hash tag and sits in one slot on one master', async () => {
    const masters = (redis as unknown as Cluster).nodes('master');
    expect(masters).toHaveLength(3);
    const keysByNode: string[][] = [];
    for (const node of masters) {
      const found: string[] = [];
      let cursor = '0';
      do {
        const [next, batch] = await node.scan(cursor, 'COUNT', 1000);
        cursor = next;
        found.push(...batch);
      } while (cursor !== '0');
      keysByNode.push(found);
    }
    const all = keysByNode.flat();
    // Queue, job hashes, events stream, deliveries, artifacts, provenance registry, in-flight sets.
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((k) => !k.startsWith(`{${prefix}}:`))).toEqual([]);
    expect(keysByNode.filter((k) => k.length > 0)).toHaveLength(1);
    const slots = new Set(await Promise.all(all.slice(0, 50).map((k) => redis.cluster('KEYSLOT', k))));
    expect(slots.size).toBe(1);
    expect(all.some((k) => k.includes(':artifact:'))).toBe(true);
    expect(all.some((k) => k.includes(`:${QUEUE_NAMES.deliveries}:`))).toBe(true);
  }, 30_000);
});
