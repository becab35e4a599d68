// ENGINE_BACKEND=fal through the real engine: a job under a 429 storm costs one fal request, comes back as
// one clip at fal's native size (DISPLAY_SIZE never shrinks it), and its bill lands in the server's ledger.

import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Job, type QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { type Engine, startEngine } from '../../src/engine/index.js';
import {
  artifactKeys,
  connectRedis,
  createKeys,
  type GenerateJobInput,
  GenerationQueue,
  type JobResult,
  RedisArtifactStore,
  SpendLedger,
} from '../../src/queue/index.js';
import { FakeFal } from '../helpers/fake-fal.js';
import { ffprobe } from '../helpers/ffprobe.js';
import { cleanPrefix, TEST_REDIS_URL, uniquePrefix } from '../helpers/redis.js';

const prefix = uniquePrefix('fal-engine');
const keys = createKeys(prefix);
const GUILD = '300000000000000001';
let fake: FakeFal;
let engine: Engine;
let redis: Redis;
let eventsConnection: Redis;
let queue: GenerationQueue;
let events: QueueEvents;

beforeAll(async () => {
  fake = await new FakeFal().start();
  const config = loadConfig({
    ENGINE_BACKEND: 'fal',
    FAL_KEY: fake.key,
    FAL_QUEUE_URL: fake.url,
    FAL_RESOLUTION: '480p',
    FAL_POLL_MS: '100',
    REDIS_URL: TEST_REDIS_URL,
    ZOETROPE_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    MODERATION_FRAMES: 'false',
    DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'zoetrope-fal-engine-')),
    MAX_UPLOAD_BYTES: String(50 * 1024 * 1024),
  });
  engine = await startEngine({ config, redisUrl: TEST_REDIS_URL, log: pino({ level: 'silent' }) });
  redis = connectRedis(TEST_REDIS_URL);
  queue = new GenerationQueue({ connection: redis, keys });
  eventsConnection = connectRedis(TEST_REDIS_URL);
  events = queue.events(eventsConnection);
  await events.waitUntilReady();
}, 60_000);

afterAll(async () => {
  await engine?.close().catch(() => undefined);
  await events?.close();
  await queue?.close();
  redis?.disconnect();
  eventsConnection?.disconnect();
  await fake?.close();
  await cleanPrefix(prefix);
});

describe('the fal backend in the engine', () => {
  it('GIVEN a Discord job and a burst of 429s THEN one fal request, one clip at 832×480, and its bill on the server ledger', async () => {
    fake.fail('submit', 429, 429);
    fake.fail('status', 429);
    const input: GenerateJobInput = {
      version: 1,
      kind: 'generate',
      prompt: 'a corgi surfing at sunset',
      caption: { text: 'A corgi rides a surfboard at sunset, warm light.', expander: 'verbatim' },
      durationSeconds: 2,
      aspect: '16:9',
      seed: 5,
      requester: {
        source: 'discord',
        userId: '100000000000000001',
        guildId: GUILD,
        channelId: '200000000000000001',
      },
      createdAt: Date.now(),
    };
    const { jobId } = await queue.enqueue(input);
    const job = await Job.fromId<GenerateJobInput, JobResult>(queue.queue, jobId);
    const result = await job!.waitUntilFinished(events, 90_000);

    expect(fake.requests.size).toBe(1);
    expect(fake.calls.submit).toBe(3);
    expect([result.width, result.height, result.fps, result.frames]).toEqual([832, 480, 16, 32]);
    const mp4 = (await new RedisArtifactStore(redis, keys.artifact, 60).get(artifactKeys.clip(jobId)))!.data;
    const probe = await ffprobe(mp4);
    expect([probe.width, probe.height]).toEqual([832, 480]);
    expect(await new SpendLedger(redis, keys).spent(GUILD, Date.now())).toBeCloseTo(0.17);
  }, 120_000);
});
