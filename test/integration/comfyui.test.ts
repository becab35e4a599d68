// The ComfyUI backend through the real engine, the real Redis and real ffmpeg, against local fake ComfyUI
// servers speaking its wire format (test/fakes/comfyui.ts).
import { Job, type QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { encodePng, findFfmpeg } from '../../src/engine/encoder/index.js';
import { type Engine, getNativeFrames, startEngine } from '../../src/engine/index.js';
import {
  artifactKeys,
  connectRedis,
  createKeys,
  decodeFailure,
  type GenerateJobInput,
  GenerationQueue,
  type JobResult,
  progressSchema,
  RedisArtifactStore,
} from '../../src/queue/index.js';
import { FakeComfyUI } from '../fakes/comfyui.js';
import { TEST_WORKFLOWS } from '../fakes/comfyui-generator.js';
import { ffprobe } from '../helpers/ffprobe.js';
import { cleanPrefix, TEST_REDIS_URL, uniquePrefix } from '../helpers/redis.js';

const prefix = uniquePrefix('comfyui');
const keys = createKeys(prefix);
const log = pino({ level: 'silent' });
let redis: Redis;
let queue: GenerationQueue;
let events: QueueEvents;
let eventsConnection: Redis;
let ffmpeg: string;

function cliJob(overrides: Partial<GenerateJobInput> = {}): GenerateJobInput {
  return {
    version: 1,
    kind: 'generate',
    prompt: 'a corgi surfing at sunset',
    caption: { text: 'a corgi surfing at sunset', expander: 'verbatim' },
    durationSeconds: 2,
    seed: 7,
    requester: { source: 'cli', userId: 'comfyui-test' },
    createdAt: Date.now(),
    ...overrides,
  };
}

async function finished(jobId: string, ms = 60_000): Promise<{ result?: JobResult; failedReason?: string }> {
  const job = await Job.fromId<GenerateJobInput, JobResult>(queue.queue, jobId);
  if (!job) throw new Error(`job ${jobId} missing`);
  try {
    return { result: await job.waitUntilFinished(events, ms) };
  } catch (error) {
    return { failedReason: (error as Error).message };
  }
}

/** An engine on the fake servers with the test workflow (Wan 2.2's graphs at 64×48, 8 fps). */
async function withEngine<T>(
  servers: FakeComfyUI[],
  run: (engine: Engine) => Promise<T>,
  env: Record<string, string> = {},
) {
  const engine = await startEngine({
    config: loadConfig({
      ENGINE_BACKEND: 'comfyui',
      COMFYUI_URL: servers.map((s) => s.url).join(','),
      COMFYUI_WORKFLOWS: TEST_WORKFLOWS,
      COMFYUI_WORKFLOW: 'tiny',
      COMFYUI_POLL_MS: '200',
      COMFYUI_RETRY_SECONDS: '20',
      REDIS_URL: TEST_REDIS_URL,
      ZOETROPE_PREFIX: prefix,
      LOG_LEVEL: 'silent',
      ENGINE_LOCK_MS: '5000',
      DISPLAY_SIZE: '64',
      MODERATION_FRAMES: 'false',
      ...env,
    }),
    redisUrl: TEST_REDIS_URL,
    log,
  });
  try {
    return await run(engine);
  } finally {
    await engine.close();
  }
}

async function fakes(n: number, options: Partial<ConstructorParameters<typeof FakeComfyUI>[0]> = {}) {
  const started = Array.from({ length: n }, () => new FakeComfyUI({ ffmpeg, stepMs: 20, ...options }));
  await Promise.all(started.map((f) => f.start()));
  return started;
}

beforeAll(async () => {
  ffmpeg = (await findFfmpeg()).path;
  redis = connectRedis(TEST_REDIS_URL);
  queue = new GenerationQueue({ connection: redis, keys });
  eventsConnection = connectRedis(TEST_REDIS_URL);
  events = queue.events(eventsConnection);
  await events.waitUntilReady();
});

afterAll(async () => {
  await events.close();
  await queue.close();
  redis.disconnect();
  eventsConnection.disconnect();
  await cleanPrefix(prefix);
});

describe('ComfyUI backend through the engine', () => {
  it('GIVEN a job THEN the fake server runs the Wan graph with the caption, seed, size, length and fps set by node id, progress follows its sampler, and the clip keeps its frame rate', async () => {
    const [server] = await fakes(1);
    try {
      await withEngine([server!], async () => {
        const steps: number[] = [];
        const onProgress = ({ jobId, data }: { jobId: string; data: unknown }) => {
          const p = progressSchema.safeParse(data).data;
          if (jobId === job.jobId && p?.step !== undefined) steps.push(p.step);
        };
        events.on('progress', onProgress);
        const job = await queue.enqueue(cliJob({ steps: 6 }));
        const { result, failedReason } = await finished(job.jobId);
        events.off('progress', onProgress);
        expect(failedReason).toBeUndefined();
        expect(result?.model.generator).toBe('comfyui:tiny-test');
        expect(result?.frames).toBe(16);
        // The graph as the server received it: values set on the descriptor's inputs, nothing else changed.
        const [graph] = [...server!.prompts.values()];
        expect(graph!['6']!.inputs.text).toBe('a corgi surfing at sunset');
        expect(graph!['7']!.inputs.text).toBe('blurry, static');
        expect(graph!['3']!.inputs).toMatchObject({ seed: 7, steps: 6, sampler_name: 'uni_pc' });
        expect(graph!['55']!.inputs).toMatchObject({ width: 64, height: 48, length: 17 });
        expect(graph!['57']!.inputs.fps).toBe(8);
        expect(steps.length).toBeGreaterThan(0);
        expect(steps.at(-1)).toBe(6);
        const stored = await new RedisArtifactStore(redis, keys.artifact, 60).get(
          artifactKeys.clip(job.jobId),
        );
        const probe = await ffprobe(stored!.data);
        expect(Math.abs(probe.duration - 2)).toBeLessThanOrEqual(1 / 8);
        // Native 64×48 enlarged to DISPLAY_SIZE's short side 64, never shrunk.
        expect([probe.width, probe.height]).toEqual([86, 64]);
      });
    } finally {
      await server!.close();
    }
  });

  it('GIVEN the server running the job is killed mid-run THEN the job completes on the second server', async () => {
    const [first, second] = await fakes(2, { stepMs: 60 });
    try {
      await withEngine([first!, second!], async () => {
        // Whichever server takes the job dies at step 3.
        const job = await queue.enqueue(cliJob({ steps: 8, seed: 11 }));
        const victim = await Promise.race([first, second].map((s) => s!.reachedStep(3).then(() => s!)));
        const survivor = victim === first ? second! : first!;
        await victim.kill();
        const { result, failedReason } = await finished(job.jobId);
        expect(failedReason).toBeUndefined();
        expect(result?.frames).toBe(16);
        expect(victim.prompts.size).toBe(1);
        expect(survivor.prompts.size).toBe(1);
        expect(survivor.requests.some((r) => r.path.startsWith('/view'))).toBe(true);
        // One BullMQ attempt: the generator moved the run to the other server itself.
        expect((await Job.fromId(queue.queue, job.jobId))?.attemptsMade).toBe(1);
      });
    } finally {
      await Promise.all([first!.close(), second!.close()]);
    }
  });

  it('GIVEN a running job WHEN cancelled THEN the server gets an interrupt naming that prompt and nothing else', async () => {
    const [server] = await fakes(1, { stepMs: 80 });
    try {
      await withEngine([server!], async () => {
        const job = await queue.enqueue(cliJob({ steps: 20, seed: 21 }));
        await server!.reachedStep(2);
        expect(await queue.cancel(job.jobId)).toBe('signalled');
        expect(decodeFailure((await finished(job.jobId)).failedReason).code).toBe('CANCELLED');
        const [promptId] = [...server!.prompts.keys()];
        expect(server!.cancels).toEqual([{ route: '/interrupt', body: { prompt_id: promptId } }]);
      });
    } finally {
      await server!.close();
    }
  });

  it('GIVEN a websocket that goes silent THEN completion is found through history', async () => {
    const [server] = await fakes(1, { silentSocket: true });
    try {
      await withEngine([server!], async () => {
        const job = await queue.enqueue(cliJob({ steps: 3, seed: 31 }));
        const { result, failedReason } = await finished(job.jobId);
        expect(failedReason).toBeUndefined();
        expect(result?.frames).toBe(16);
        expect(server!.requests.some((r) => r.path.startsWith('/history/'))).toBe(true);
      });
    } finally {
      await server!.close();
    }
  });

  it('GIVEN a graph the server rejects with 400 THEN the job fails once with a typed failure naming the node, and no other server is tried', async () => {
    // The servers lack the Wan 2.2 diffusion model the workflow loads.
    const [a, b] = await fakes(2, {
      models: ['umt5_xxl_fp8_e4m3fn_scaled.safetensors', 'wan2.2_vae.safetensors'],
    });
    try {
      await withEngine([a!, b!], async () => {
        const job = await queue.enqueue(cliJob({ seed: 41 }));
        const failure = decodeFailure((await finished(job.jobId)).failedReason);
        expect(failure).toMatchObject({ code: 'ENGINE_ERROR', node: '37 (UNETLoader)' });
        expect(failure.message).toContain('37 (UNETLoader)');
        const posts = [...a!.requests, ...b!.requests].filter((r) => r.path === '/prompt');
        expect(posts).toHaveLength(1);
        expect((await Job.fromId(queue.queue, job.jobId))?.attemptsMade).toBe(1);
      });
    } finally {
      await Promise.all([a!.close(), b!.close()]);
    }
  });

  it('GIVEN a still to animate THEN it is uploaded to the server and named in the image graph’s LoadImage', async () => {
    const [server] = await fakes(1);
    try {
      await withEngine([server!], async () => {
        const still = new Uint8Array(64 * 48 * 3).fill(200);
        const store = new RedisArtifactStore(redis, keys.artifact, 60);
        await store.put('upload:still-1', await encodePng(still, 64, 48, ffmpeg), {
          contentType: 'image/png',
        });
        const job = await queue.enqueue(
          cliJob({
            seed: 61,
            conditioning: { mode: 'first_frame', image: { key: 'upload:still-1', contentType: 'image/png' } },
          }),
        );
        const { failedReason } = await finished(job.jobId);
        expect(failedReason).toBeUndefined();
        const [graph] = [...server!.prompts.values()];
        const [uploaded] = [...server!.uploads.keys()];
        expect(graph!['56']).toMatchObject({ class_type: 'LoadImage', inputs: { image: uploaded } });
        expect(graph!['55']!.inputs.start_image).toEqual(['56', 0]);
        const frames = await getNativeFrames(store, artifactKeys.frames(job.jobId));
        // The clip opens on the still (through H.264 and back).
        expect(Math.max(...frames!.frames[0]!.map((v) => Math.abs(v - 200)))).toBeLessThanOrEqual(8);
      });
    } finally {
      await server!.close();
    }
  });

  it('GIVEN the shipped Wan 2.2 workflow THEN a loop is refused as unsupported before anything runs (it has no first-and-last graph)', async () => {
    const [server] = await fakes(1);
    try {
      // The shipped Wan 2.2 workflow: text and image graphs, no first-and-last-frame graph.
      await withEngine(
        [server!],
        async () => {
          const job = await queue.enqueue(cliJob({ conditioning: { mode: 'loop' } as never, seed: 51 }));
          expect(decodeFailure((await finished(job.jobId)).failedReason)).toMatchObject({
            code: 'UNSUPPORTED',
            capability: 'loop',
          });
          expect(server!.requests.filter((r) => r.path === '/prompt')).toHaveLength(0);
        },
        { COMFYUI_WORKFLOWS: 'workflows/comfyui', COMFYUI_WORKFLOW: 'wan2.2-ti2v-5b' },
      );
    } finally {
      await server!.close();
    }
  });
});
