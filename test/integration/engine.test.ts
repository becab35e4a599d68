import { type ChildProcess, spawn } from 'node:child_process';
import { Job, Queue, type QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { type Engine, type EngineOptions, getNativeFrames, startEngine } from '../../src/engine/index.js';
import { type FrameClassifier, type FrameScores, frameModerator } from '../../src/moderation/frames/index.js';
import { readAudit } from '../../src/moderation/index.js';
import type { RgbImage } from '../../src/moderation/types.js';
import {
  artifactKeys,
  connectRedis,
  createKeys,
  decodeFailure,
  deliveryJobId,
  type GenerateJobInput,
  GenerationQueue,
  type JobResult,
  progressSchema,
  QUEUE_NAMES,
  RedisArtifactStore,
} from '../../src/queue/index.js';
import { startFakeModerationApi } from '../helpers/fake-moderation-api.js';
import { ffprobe, mp4BoxTypes } from '../helpers/ffprobe.js';
import { cleanPrefix, TEST_REDIS_URL, uniquePrefix } from '../helpers/redis.js';

const prefix = uniquePrefix('engine');
const keys = createKeys(prefix);
const baseEnv = {
  ENGINE_BACKEND: 'test-pattern',
  REDIS_URL: TEST_REDIS_URL,
  ZOETROPE_PREFIX: prefix,
  LOG_LEVEL: 'silent',
  ENGINE_LOCK_MS: '2000',
  DISPLAY_SIZE: '128',
  // Loading the real frame classifier costs seconds per engine; the tests of the check stage turn it on.
  MODERATION_FRAMES: 'false',
};
const log = pino({ level: 'silent' });

let redis: Redis;
let queue: GenerationQueue;
let events: QueueEvents;
let eventsConnection: Redis;
let deliveries: Queue;

function discordJob(overrides: Partial<GenerateJobInput> = {}): GenerateJobInput {
  return {
    version: 1,
    kind: 'generate',
    prompt: 'a test pattern',
    caption: { text: 'a test pattern', expander: 'verbatim' },
    durationSeconds: 2,
    seed: 7,
    requester: { source: 'discord', userId: '100000000000000001', channelId: '200000000000000001' },
    createdAt: Date.now(),
    ...overrides,
  };
}

/** Runs `run` with an engine on the test pattern shaped by `testPattern` (TEST_PATTERN's syntax). */
async function withEngine<T>(
  testPattern: string,
  run: (engine: Engine) => Promise<T>,
  env = {},
  options: Pick<EngineOptions, 'openFrames'> = {},
) {
  const engine = await startEngine({
    config: loadConfig({ ...baseEnv, TEST_PATTERN: testPattern, ...env }),
    redisUrl: TEST_REDIS_URL,
    log,
    ...options,
  });
  try {
    return await run(engine);
  } finally {
    await engine.close();
  }
}

async function finished(jobId: string): Promise<{ result?: JobResult; failedReason?: string }> {
  const job = await Job.fromId<GenerateJobInput, JobResult>(queue.queue, jobId);
  if (!job) throw new Error(`job ${jobId} missing`);
  try {
    return { result: await job.waitUntilFinished(events, 30_000) };
  } catch (error) {
    return { failedReason: (error as Error).message };
  }
}

beforeAll(async () => {
  redis = connectRedis(TEST_REDIS_URL);
  queue = new GenerationQueue({ connection: redis, keys });
  eventsConnection = connectRedis(TEST_REDIS_URL);
  events = queue.events(eventsConnection);
  deliveries = new Queue(QUEUE_NAMES.deliveries, { connection: redis, prefix: keys.bullPrefix });
  await events.waitUntilReady();
});

afterAll(async () => {
  await events.close();
  await deliveries.close();
  await queue.close();
  redis.disconnect();
  eventsConnection.disconnect();
  await cleanPrefix(prefix);
});

describe('engine on the real queue', () => {
  it('GIVEN a Discord job THEN the engine stores a playable clip, returns its result and enqueues one delivery', async () => {
    await withEngine('', async () => {
      const { jobId } = await queue.enqueue(discordJob());
      const { result, failedReason } = await finished(jobId);
      expect(failedReason).toBeUndefined();
      expect(result?.frames).toBe(16);
      expect(result?.model.generator).toBe('test-pattern');

      const stored = await new RedisArtifactStore(redis, keys.artifact, 60).get(artifactKeys.clip(jobId));
      expect(stored).not.toBeNull();
      const probe = await ffprobe(stored!.data);
      expect(probe.codec).toBe('h264');
      expect(probe.pixFmt).toBe('yuv420p');
      expect(probe.width).toBe(128);
      expect(Math.abs(probe.duration - 2)).toBeLessThanOrEqual(1 / 8);
      const boxes = mp4BoxTypes(stored!.data);
      expect(boxes.indexOf('moov')).toBeLessThan(boxes.indexOf('mdat'));

      const delivery = await deliveries.getJob(deliveryJobId(jobId));
      expect(delivery?.data.result.jobId).toBe(jobId);
      // The user's in-flight slot is released once the job is done.
      expect(await queue.inFlightCount('100000000000000001')).toBe(0);
    });
  });

  it('GIVEN a payload that breaks the contract THEN it fails once with the field named, and the next job still runs', async () => {
    await withEngine('', async () => {
      const bad = await queue.queue.add(
        'generate',
        { version: 1, kind: 'generate', prompt: '' },
        { jobId: 'bad-1' },
      );
      const good = await queue.enqueue(discordJob({ seed: 8 }));
      const outcome = await finished(bad.id!);
      expect(decodeFailure(outcome.failedReason)).toMatchObject({ code: 'INVALID_REQUEST', field: 'prompt' });
      const failed = await Job.fromId(queue.queue, bad.id!);
      expect(failed?.attemptsMade).toBe(1);
      expect((await finished(good.jobId)).result?.seed).toBe(8);
    });
  });

  it('GIVEN jobs over MAX_DURATION_SECONDS or MAX_STEPS THEN each fails at once as over the limit, before any step runs', async () => {
    await withEngine(
      'steps=40,step-ms=100',
      async () => {
        const steps: string[] = [];
        events.on('progress', ({ jobId, data }) => {
          if (progressSchema.safeParse(data).data?.step !== undefined) steps.push(jobId);
        });
        const started = Date.now();
        const long = await queue.enqueue(discordJob({ seed: 50, durationSeconds: 60 }));
        const many = await queue.enqueue(discordJob({ seed: 51, steps: 200 }));
        expect(decodeFailure((await finished(long.jobId)).failedReason)).toMatchObject({
          code: 'OVER_LIMIT',
          field: 'durationSeconds',
          asked: 60,
          limit: 4,
        });
        expect(decodeFailure((await finished(many.jobId)).failedReason)).toMatchObject({
          code: 'OVER_LIMIT',
          field: 'steps',
          asked: 200,
          limit: 30,
        });
        // 40 steps of 100 ms would take 4 s for each of them.
        expect(Date.now() - started).toBeLessThan(2000);
        expect(steps).not.toContain(long.jobId);
        expect(steps).not.toContain(many.jobId);
        expect((await Job.fromId(queue.queue, long.jobId))?.attemptsMade).toBe(1);
        expect(await deliveries.getJob(deliveryJobId(long.jobId))).toBeUndefined();
      },
      { MAX_DURATION_SECONDS: '4', DEFAULT_DURATION_SECONDS: '2', MAX_STEPS: '30' },
    );
  });

  it('GIVEN a job whose stored data is not JSON THEN it fails once as an invalid request, and the next job still runs', async () => {
    // What a broken producer writing Redis directly leaves behind: a job hash whose data is not JSON.
    await queue.queue.add('generate', { version: 1 } as never, { jobId: 'unreadable-1' });
    await redis.hset(queue.queue.toKey('unreadable-1'), 'data', '{"version":1,"prompt":');
    const failed = new Promise<string>((resolve) => {
      events.on('failed', ({ jobId, failedReason }) => {
        if (jobId === 'unreadable-1') resolve(failedReason);
      });
    });
    const errors: unknown[] = [];
    await withEngine('', async (engine) => {
      engine.worker.on('error', (error) => errors.push(error));
      const good = await queue.enqueue(discordJob({ seed: 52 }));
      const reason = await Promise.race([
        failed,
        new Promise<string>((r) => setTimeout(() => r('none'), 8000)),
      ]);
      expect(decodeFailure(reason)).toMatchObject({ code: 'INVALID_REQUEST', field: 'payload' });
      expect((await finished(good.jobId)).result?.seed).toBe(52);
      // Failed once, and readable again for whoever lists the queue: the stored text is kept as a string.
      const job = await Job.fromId(queue.queue, 'unreadable-1');
      expect(job?.attemptsMade).toBe(1);
      expect(job?.data).toBe('{"version":1,"prompt":');
      expect(await job?.getState()).toBe('failed');
    });
    expect(errors).toEqual([]);
  });

  it('GIVEN a running job WHEN its requester cancels THEN it stops between steps and fails as cancelled', async () => {
    await withEngine('steps=40,step-ms=50', async () => {
      const { jobId } = await queue.enqueue(discordJob({ seed: 9 }));
      let lastStep = 0;
      await new Promise<void>((resolve) => {
        events.on('progress', ({ jobId: id, data }) => {
          const p = progressSchema.safeParse(data);
          if (id !== jobId || !p.success || p.data.step === undefined) return;
          lastStep = p.data.step;
          if (lastStep >= 3) resolve();
        });
      });
      expect(await queue.cancel(jobId)).toBe('signalled');
      const outcome = await finished(jobId);
      expect(decodeFailure(outcome.failedReason).code).toBe('CANCELLED');
      expect(lastStep).toBeLessThan(40);
      expect(await deliveries.getJob(deliveryJobId(jobId))).toBeUndefined();
    });
  });

  it('GIVEN a finished clip WHEN it is extended forward THEN the new clip starts with its exact frames and runs longer', async () => {
    await withEngine('', async () => {
      const parent = await queue.enqueue(discordJob({ seed: 21 }));
      expect((await finished(parent.jobId)).result?.frames).toBe(16);
      const child = await queue.enqueue(
        discordJob({
          kind: 'extend',
          seed: 22,
          durationSeconds: 1,
          conditioning: {
            mode: 'extend',
            direction: 'forward',
            parent: { key: artifactKeys.clip(parent.jobId), contentType: 'video/mp4' },
          },
          lineage: { parentJobId: parent.jobId, rootJobId: parent.jobId, depth: 1 },
        }),
      );
      const { result, failedReason } = await finished(child.jobId);
      expect(failedReason).toBeUndefined();
      expect(result?.frames).toBe(16 + 8);
      const store = new RedisArtifactStore(redis, keys.artifact, 60);
      const before = await getNativeFrames(store, artifactKeys.frames(parent.jobId));
      const after = await getNativeFrames(store, artifactKeys.frames(child.jobId));
      for (let i = 0; i < 16; i++)
        expect(Buffer.from(after!.frames[i]!).equals(Buffer.from(before!.frames[i]!))).toBe(true);
    });
  });

  it('GIVEN an extend job whose parent clip has expired THEN it fails at once saying so', async () => {
    await withEngine('', async () => {
      const { jobId } = await queue.enqueue(
        discordJob({
          kind: 'extend',
          conditioning: {
            mode: 'extend',
            direction: 'forward',
            parent: { key: 'clip:gone', contentType: 'video/mp4' },
          },
        }),
      );
      expect(decodeFailure((await finished(jobId)).failedReason)).toMatchObject({
        code: 'EXPIRED',
        what: 'clip',
      });
      expect((await Job.fromId(queue.queue, jobId))?.attemptsMade).toBe(1);
    });
  });

  it('GIVEN a queued job WHEN cancelled before any engine takes it THEN it is removed', async () => {
    const { jobId } = await queue.enqueue(discordJob({ seed: 10 }));
    expect(await queue.cancel(jobId)).toBe('removed');
    expect((await queue.status(jobId)).state).toBe('missing');
  });

  it('GIVEN a high-entropy clip and a small upload limit THEN the clip still fits the limit', async () => {
    const limit = 200 * 1024;
    await withEngine(
      'pattern=noise,size=64x64',
      async () => {
        const { jobId } = await queue.enqueue(discordJob({ seed: 11, durationSeconds: 3 }));
        const { result, failedReason } = await finished(jobId);
        expect(failedReason).toBeUndefined();
        expect(result!.bytes).toBeLessThanOrEqual(limit);
        const stored = await new RedisArtifactStore(redis, keys.artifact, 60).get(artifactKeys.clip(jobId));
        expect(stored!.data.length).toBe(result!.bytes);
      },
      { MAX_UPLOAD_BYTES: String(limit), DISPLAY_SIZE: '512' },
    );
  });

  it('GIVEN a job run again after an earlier run finished its clip (a lock lost in a Redis outage) THEN the stored clip is handed off, not generated anew', async () => {
    await withEngine('', async () => {
      const { jobId } = await queue.enqueue(discordJob({ seed: 29 }));
      const first = await finished(jobId);
      expect(first.failedReason).toBeUndefined();
      // BullMQ runs the same job id again, as it does when a run's lock lapsed before it could complete.
      await (await Job.fromId(queue.queue, jobId))!.remove();
      const stages: string[] = [];
      const onProgress = ({ jobId: id, data }: { jobId: string; data: unknown }) => {
        const p = progressSchema.safeParse(data);
        if (id === jobId && p.success) stages.push(p.data.stage);
      };
      events.on('progress', onProgress);
      try {
        await queue.enqueue(discordJob({ seed: 29 }), jobId);
        const again = await finished(jobId);
        expect(again.failedReason).toBeUndefined();
        // The very same result (a regenerated clip would have finished later and timed its stages anew).
        expect(again.result).toEqual(first.result);
        expect(stages).not.toContain('generating');
        expect((await deliveries.getJob(deliveryJobId(jobId)))?.data.result).toEqual(first.result);
        expect(await queue.inFlightCount('100000000000000001')).toBe(0);
      } finally {
        events.off('progress', onProgress);
      }
    });
  });

  it('GIVEN an engine stopping mid-job THEN the job goes back to the queue and the next engine finishes it', async () => {
    const stopping = await startEngine({
      config: loadConfig({ ...baseEnv, TEST_PATTERN: 'steps=40,step-ms=100' }),
      redisUrl: TEST_REDIS_URL,
      log,
    });
    const { jobId } = await queue.enqueue(discordJob({ seed: 30 }));
    await new Promise<void>((resolve) => {
      events.on('progress', ({ jobId: id, data }) => {
        const p = progressSchema.safeParse(data);
        if (id === jobId && p.success && (p.data.step ?? 0) >= 2) resolve();
      });
    });
    await stopping.close(50);
    const state = await (await Job.fromId(queue.queue, jobId))?.getState();
    expect(['delayed', 'waiting', 'prioritized']).toContain(state);
    await withEngine('', async () => {
      const { result } = await finished(jobId);
      expect(result?.jobId).toBe(jobId);
    });
  });

  it('GIVEN an engine killed with SIGKILL mid-job THEN another engine finishes it and there is exactly one result', async () => {
    const child = spawnEngine('step-ms=500');
    try {
      const { jobId } = await queue.enqueue(discordJob({ seed: 12 }));
      let completions = 0;
      events.on('completed', ({ jobId: id }) => {
        if (id === jobId) completions++;
      });
      await new Promise<void>((resolve) => {
        events.on('progress', ({ jobId: id, data }) => {
          const p = progressSchema.safeParse(data);
          if (id === jobId && p.success && (p.data.step ?? 0) >= 1) resolve();
        });
      });
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      // Killed mid-job: the job is still active, held by a lock nobody will renew.
      expect(await (await Job.fromId(queue.queue, jobId))?.getState()).toBe('active');
      await withEngine('', async () => {
        const { result } = await finished(jobId);
        expect(result?.jobId).toBe(jobId);
      });
      const job = await Job.fromId(queue.queue, jobId);
      expect(await job?.getState()).toBe('completed');
      expect(completions).toBe(1);
      const all = await deliveries.getJobs(['waiting', 'active', 'completed', 'delayed', 'prioritized']);
      expect(all.filter((d) => d.data.jobId === jobId)).toHaveLength(1);
    } finally {
      child.kill('SIGKILL');
    }
  });
  it('GIVEN a job still running past ENGINE_JOB_TIMEOUT_SECONDS THEN it stops and fails as timed out, with no delivery', async () => {
    await withEngine(
      'steps=40,step-ms=100',
      async () => {
        const { jobId } = await queue.enqueue(discordJob({ seed: 40 }));
        const started = Date.now();
        const outcome = await finished(jobId);
        expect(decodeFailure(outcome.failedReason)).toMatchObject({ code: 'TIMED_OUT', seconds: 1 });
        // 40 steps of 100 ms would take 4 s; the timeout stops it after about one.
        expect(Date.now() - started).toBeLessThan(3500);
        expect(await deliveries.getJob(deliveryJobId(jobId))).toBeUndefined();
        expect(await queue.inFlightCount('100000000000000001')).toBe(0);
      },
      { ENGINE_JOB_TIMEOUT_SECONDS: '1' },
    );
  });

  it('GIVEN an internal error (a stored parent clip that is not a video) THEN the job fails as an engine error and the reason carries no internal text', async () => {
    await withEngine('', async () => {
      const store = new RedisArtifactStore(redis, keys.artifact, 60);
      await store.put('clip:corrupt', Buffer.from('not an mp4 at all'), { contentType: 'video/mp4' });
      const { jobId } = await queue.enqueue(
        discordJob({
          kind: 'extend',
          seed: 41,
          conditioning: {
            mode: 'extend',
            direction: 'forward',
            parent: { key: 'clip:corrupt', contentType: 'video/mp4' },
          },
        }),
      );
      const { failedReason } = await finished(jobId);
      expect(decodeFailure(failedReason).code).toBe('ENGINE_ERROR');
      expect(failedReason).not.toMatch(/ffmpeg|Invalid data|stderr|exit code/i);
      expect((await Job.fromId(queue.queue, jobId))?.attemptsMade).toBe(1);
    });
  });

  it('GIVEN a finished job THEN its result times every stage and reports exactly the checks that ran', async () => {
    await withEngine('', async () => {
      const { jobId } = await queue.enqueue(discordJob({ seed: 42 }));
      const { result } = await finished(jobId);
      for (const stage of ['plan', 'generate', 'check', 'watermark', 'encode', 'checked', 'sign', 'store'])
        expect(result?.timings[stage], stage).toBeGreaterThanOrEqual(0);
      expect(result?.timings.totalMs).toBeGreaterThan(0);
      // The frame check is off here: only the watermark and the signature ran.
      expect(result?.checks.map((c) => c.name)).toEqual(['watermark', 'C2PA signed']);
    });
  });
});

describe('frame check on the real queue', () => {
  /** A classifier port that rates every frame `answer`, remembering what it saw and whether it was closed. */
  function fakeClassifier(answer: Partial<FrameScores>) {
    const seen: RgbImage[][] = [];
    const state = { closed: false };
    const classifier: FrameClassifier = {
      name: 'fake classifier',
      async classify(images) {
        seen.push([...images]);
        return images.map(() => ({ Drawing: 0, Hentai: 0, Neutral: 0, Porn: 0, Sexy: 0, ...answer }));
      },
      async close() {
        state.closed = true;
      },
    };
    return { seen, state, openFrames: async () => frameModerator(classifier) };
  }
  const framesOn = { MODERATION_FRAMES: 'true' };

  it('GIVEN frames the classifier flags THEN the job ends as a policy refusal: nothing stored, nothing delivered, the refusal audited', async () => {
    const fake = fakeClassifier({ Porn: 0.97, Neutral: 0.03 });
    await withEngine(
      '',
      async () => {
        const requester = {
          source: 'discord' as const,
          userId: '100000000000000001',
          guildId: '300000000000000001',
          channelId: '200000000000000001',
        };
        const { jobId } = await queue.enqueue(discordJob({ seed: 60, requester, auditText: 'text' }));
        const { result, failedReason } = await finished(jobId);
        expect(result).toBeUndefined();
        expect(decodeFailure(failedReason)).toMatchObject({ code: 'POLICY_REFUSED', categories: ['sexual'] });
        // The first, middle and last of the 16 native frames, before anything was encoded.
        expect(fake.seen.map((images) => images.map((i) => [i.width, i.height]))).toEqual([
          [
            [32, 32],
            [32, 32],
            [32, 32],
          ],
        ]);
        const store = new RedisArtifactStore(redis, keys.artifact, 60);
        expect(await store.get(artifactKeys.clip(jobId))).toBeNull();
        expect(await store.get(artifactKeys.frames(jobId))).toBeNull();
        expect(await deliveries.getJob(deliveryJobId(jobId))).toBeUndefined();
        expect((await Job.fromId(queue.queue, jobId))?.attemptsMade).toBe(1);
        expect(await queue.inFlightCount('100000000000000001')).toBe(0);
        // The refusal is in the server's audit stream, with the prompt kept as the server chose.
        const audit = await readAudit(redis, keys.moderationAudit(requester.guildId), { count: 10 });
        expect(audit.entries).toEqual([
          expect.objectContaining({
            jobId,
            guildId: requester.guildId,
            channelId: requester.channelId,
            userId: requester.userId,
            kind: 'frames',
            layer: 'frames',
            categories: ['sexual'],
            text: 'a test pattern',
          }),
        ]);
      },
      framesOn,
      fake,
    );
    // The engine closes what it opened.
    expect(fake.state.closed).toBe(true);
  });

  it("GIVEN the same frames in an adult channel THEN the job's policy lets them through and the notice says they were checked", async () => {
    const fake = fakeClassifier({ Porn: 0.97, Neutral: 0.03 });
    await withEngine(
      '',
      async () => {
        const { jobId } = await queue.enqueue(discordJob({ seed: 61, policy: { adult: true } }));
        const { result, failedReason } = await finished(jobId);
        expect(failedReason).toBeUndefined();
        expect(result?.checks).toEqual([
          expect.objectContaining({ name: 'watermark', passed: true }),
          { name: 'frames checked', passed: true, detail: '3 frames, fake classifier' },
          expect.objectContaining({ name: 'C2PA signed', passed: true }),
        ]);
        expect((await deliveries.getJob(deliveryJobId(jobId)))?.data.result.checks).toEqual(result?.checks);
      },
      framesOn,
      fake,
    );
  });

  it('GIVEN MODERATION_REMOTE=openai THEN the endpoint sees every sampled frame beside the local classifier, and its image flag refuses the clip', async () => {
    const api = await startFakeModerationApi();
    try {
      const remoteOn = { ...framesOn, MODERATION_REMOTE: 'openai', MODERATION_API_URL: api.baseURL };
      // Clean frames: both layers look, the notice names both.
      const clean = fakeClassifier({ Neutral: 1 });
      await withEngine(
        '',
        async () => {
          const { jobId } = await queue.enqueue(discordJob({ seed: 63 }));
          const { result, failedReason } = await finished(jobId);
          expect(failedReason).toBeUndefined();
          expect(result?.checks).toContainEqual({
            name: 'frames checked',
            passed: true,
            detail: '3 frames, fake classifier + openai moderation',
          });
          expect(api.requests).toHaveLength(3);
          expect(JSON.stringify(api.requests[0]!.body.input)).toContain('data:image/png;base64,');
        },
        remoteOn,
        clean,
      );
      // The endpoint flags graphic violence in the frames the local classifier passes: refused.
      api.reply = { kind: 'flag', categories: [['violence/graphic']] };
      const passes = fakeClassifier({ Neutral: 1 });
      const guildId = '300000000000000002';
      await withEngine(
        '',
        async () => {
          const requester = {
            source: 'discord' as const,
            userId: '100000000000000001',
            guildId,
            channelId: '200000000000000001',
          };
          const { jobId } = await queue.enqueue(discordJob({ seed: 64, requester }));
          const { failedReason } = await finished(jobId);
          expect(decodeFailure(failedReason)).toMatchObject({
            code: 'POLICY_REFUSED',
            categories: ['violence'],
          });
          const audit = await readAudit(redis, keys.moderationAudit(guildId), { count: 10 });
          expect(audit.entries).toEqual([
            expect.objectContaining({ jobId, kind: 'frames', layer: 'openai' }),
          ]);
        },
        remoteOn,
        passes,
      );
    } finally {
      await api.close();
    }
  });

  it('GIVEN MODERATION_FRAMES on and no classifier given THEN the real nsfwjs checks the test pattern and passes it', async () => {
    await withEngine(
      '',
      async () => {
        const { jobId } = await queue.enqueue(discordJob({ seed: 62 }));
        const { result, failedReason } = await finished(jobId);
        expect(failedReason).toBeUndefined();
        expect(result?.checks).toEqual([
          expect.objectContaining({ name: 'watermark', passed: true }),
          { name: 'frames checked', passed: true, detail: '3 frames, nsfwjs MobileNetV2' },
          expect.objectContaining({ name: 'C2PA signed', passed: true }),
        ]);
        // Both halves of the check are timed; either may round to 0 ms (the verdict is usually ready by the
        // time encoding ends), so only their presence is asserted.
        expect(result?.timings.check).toBeGreaterThanOrEqual(0);
        expect(result?.timings.checked).toBeGreaterThanOrEqual(0);
      },
      framesOn,
    );
  });
});

function spawnEngine(testPattern: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts', '--engine'], {
    env: { ...process.env, ...baseEnv, TEST_PATTERN: testPattern, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
