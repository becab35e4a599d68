import { DelayedError, type Job, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import {
  type ArtifactStore,
  artifactKeys,
  connectRedis,
  createKeys,
  DeliveryQueue,
  type GenerateJob,
  GenerationQueue,
  generateJobSchema,
  InvalidPayload,
  type JobResult,
  type Keys,
  type Progress,
  parsePayload,
  QUEUE_NAMES,
  RedisArtifactStore,
  resultSchema,
} from '../queue/index.js';
import { decodeClip, encodeClip, type FfmpegBinary, findFfmpeg } from './encoder/index.js';
import { JobRejected } from './errors.js';
import { putNativeFrames } from './frames.js';
import type { VideoGenerator } from './generator.js';
import { ThreadedGenerator } from './model-host/index.js';
import { joinWithParent, planGeneration } from './stages/plan.js';

/** What an engine needs; everything it opens it closes in {@link Engine.close}. */
export interface EngineOptions {
  config: Config;
  redisUrl: string;
  log: Logger;
  /** A generator to use instead of loading `config.MODEL_DIR` in a model thread (tests). */
  generator?: VideoGenerator;
}

/** A running engine: one model, one BullMQ worker on the generate queue. */
export interface Engine {
  readonly generator: VideoGenerator;
  readonly worker: Worker<GenerateJob, JobResult>;
  /** Stops taking jobs; a running job gets `graceMs` to finish, then goes back to the queue. */
  close(graceMs?: number): Promise<void>;
}

// Share of a job's progress bar given to denoising; encoding and storing share the rest.
const GENERATING_SHARE = 0.85;
// How long a stopping engine lets its running job finish before handing it back to the queue.
const SHUTDOWN_GRACE_MS = 10_000;
// A progress write per denoising step is cheap, but a fast model makes dozens a second; this bounds them.
const PROGRESS_MIN_INTERVAL_MS = 150;

/** Loads the model once and starts consuming the generate queue. */
export async function startEngine(options: EngineOptions): Promise<Engine> {
  const { config, log } = options;
  const keys = createKeys(config.ZOETROPE_PREFIX);
  const ffmpeg = await findFfmpeg(config.FFMPEG_PATH ? { ffmpegPath: config.FFMPEG_PATH } : {});
  log.info({ ffmpeg: ffmpeg.path, version: ffmpeg.version, source: ffmpeg.source }, 'ffmpeg found');

  const generator =
    options.generator ??
    (await ThreadedGenerator.start(
      {
        modelDir: config.MODEL_DIR,
        device: config.ENGINE_DEVICE,
        threads: config.ENGINE_THREADS,
        ...(config.ENGINE_DEVICE_MEMORY_MB && {
          deviceMemoryBytes: config.ENGINE_DEVICE_MEMORY_MB * 2 ** 20,
        }),
      },
      log,
    ));
  log.info(
    {
      model: generator.info.card.name,
      version: generator.info.card.version,
      generator: generator.info.generator,
      device: generator.info.device,
    },
    'model loaded',
  );

  const commands = connectRedis(options.redisUrl);
  const subscriber = connectRedis(options.redisUrl);
  const store = new RedisArtifactStore(commands, keys.artifact, config.ARTIFACT_TTL_SECONDS);
  const deliveries = new DeliveryQueue(commands, keys);
  const generation = new GenerationQueue({ connection: commands, keys });

  // Cancels reach the engine running the job through pub/sub; the flag covers a cancel sent just before
  // this engine picked the job up.
  const running = new Map<string, AbortController>();
  await subscriber.subscribe(keys.cancelChannel);
  subscriber.on('message', (_channel: string, jobId: string) => running.get(jobId)?.abort(new Cancelled()));

  const workerConnection = connectRedis(options.redisUrl);
  const deps: JobDeps = { config, keys, store, deliveries, generator, ffmpeg, commands, log };
  const worker = new Worker<GenerateJob, JobResult>(
    QUEUE_NAMES.generate,
    async (job, token, signal) => {
      const controller = new AbortController();
      const jobId = job.id ?? '';
      running.set(jobId, controller);
      const onBullAbort = () => controller.abort(signal?.reason);
      signal?.addEventListener('abort', onBullAbort, { once: true });
      try {
        if (await commands.exists(keys.cancelFlag(jobId))) controller.abort(new Cancelled());
        return await processJob(job, controller.signal, deps);
      } catch (error) {
        if (controller.signal.reason instanceof ShuttingDown) {
          // Hand the job back to the queue untouched, for the next engine (or this one, restarted).
          await job.moveToDelayed(Date.now(), token);
          throw new DelayedError();
        }
        throw translate(error, controller.signal);
      } finally {
        running.delete(jobId);
        signal?.removeEventListener('abort', onBullAbort);
      }
    },
    {
      connection: workerConnection,
      prefix: keys.bullPrefix,
      // One job at a time per engine: the model already uses every core (or the GPU) for one clip.
      concurrency: 1,
      // A killed engine's job is taken up again once its lock lapses and a live engine's stalled check runs.
      lockDuration: config.ENGINE_LOCK_MS,
      stalledInterval: config.ENGINE_LOCK_MS,
      maxStalledCount: 2,
    },
  );
  worker.on('failed', (job, error) => {
    log.warn({ jobId: job?.id, reason: error.message }, 'job failed');
    if (job?.data) void generation.release(job.data, job.id ?? '').catch(() => undefined);
  });
  worker.on('completed', (job) => {
    void generation.release(job.data, job.id ?? '').catch(() => undefined);
  });
  worker.on('error', (error) => log.error({ err: error }, 'worker error'));
  await worker.waitUntilReady();

  return {
    generator,
    worker,
    async close(graceMs = SHUTDOWN_GRACE_MS) {
      // Let a clip that is nearly done finish; past the grace period, hand it back to the queue.
      const closed = worker.close();
      const timer = setTimeout(() => {
        for (const controller of running.values()) controller.abort(new ShuttingDown());
      }, graceMs);
      await closed;
      clearTimeout(timer);
      await generator.close();
      await Promise.allSettled([deliveries.close(), generation.close()]);
      subscriber.disconnect();
      commands.disconnect();
      workerConnection.disconnect();
    },
  };
}

interface JobDeps {
  config: Config;
  keys: Keys;
  store: ArtifactStore;
  deliveries: DeliveryQueue;
  generator: VideoGenerator;
  ffmpeg: FfmpegBinary;
  commands: Redis;
  log: Logger;
}

/** Runs one job through its stages: plan → generate → encode → store → hand to delivery. */
async function processJob(
  job: Job<GenerateJob, JobResult>,
  signal: AbortSignal,
  deps: JobDeps,
): Promise<JobResult> {
  const jobId = job.id ?? '';
  // Validated again at pickup: the queue may hold payloads from an older or foreign producer.
  const data = parsePayload(generateJobSchema, job.data);
  const { generator, config, store, ffmpeg } = deps;
  const timings: Record<string, number> = {};
  const started = performance.now();
  let mark = started;
  const lap = (stage: string) => {
    const now = performance.now();
    timings[stage] = Math.round(now - mark);
    mark = now;
  };
  const progress = throttledProgress(job);
  const decode = async (bytes: Buffer, width: number, height: number, s?: AbortSignal) =>
    (await decodeClip(bytes, { ffmpeg: ffmpeg.path, width, height }, s)).frames;

  progress({ stage: 'loading', fraction: 0 }, true);
  const plan = await planGeneration(data, generator.info, { store, decode, signal });
  lap('plan');

  const clip = await generator.generate(plan.request, {
    signal,
    onStep: ({ step, totalSteps }) =>
      progress(
        { stage: 'generating', step, totalSteps, fraction: (step / totalSteps) * GENERATING_SHARE },
        step === totalSteps,
      ),
  });
  lap('generate');
  signal.throwIfAborted();

  const frames = joinWithParent(plan, clip.frames);
  progress({ stage: 'encoding', fraction: GENERATING_SHARE }, true);
  const requester = data.requester;
  const maxBytes = Math.min(
    config.MAX_UPLOAD_BYTES,
    requester.source === 'discord'
      ? (requester.attachmentSizeLimit ?? Number.POSITIVE_INFINITY)
      : Number.POSITIVE_INFINITY,
  );
  const [displayWidth, displayHeight] = displaySize(clip.width, clip.height, config.DISPLAY_SIZE);
  const encoded = await encodeClip(
    frames,
    {
      ffmpeg: ffmpeg.path,
      width: clip.width,
      height: clip.height,
      fps: clip.fps,
      displayWidth,
      displayHeight,
      maxBytes,
      durationSeconds: frames.length / clip.fps,
    },
    signal,
  );
  lap('encode');

  progress({ stage: 'storing', fraction: 0.95 }, true);
  const clipKey = artifactKeys.clip(jobId);
  await Promise.all([
    store.put(clipKey, encoded.data, { contentType: 'video/mp4', jobId }),
    putNativeFrames(store, artifactKeys.frames(jobId), {
      width: clip.width,
      height: clip.height,
      fps: clip.fps,
      frames,
    }),
  ]);
  lap('store');

  const card = generator.info.card;
  const result: JobResult = resultSchema.parse({
    jobId,
    artifact: { key: clipKey, contentType: 'video/mp4' },
    bytes: encoded.bytes,
    width: encoded.width,
    height: encoded.height,
    fps: clip.fps,
    frames: frames.length,
    durationSeconds: frames.length / clip.fps,
    seed: data.seed,
    caption: data.caption,
    model: { name: card.name, version: card.version, generator: generator.info.generator },
    timings: {
      ...timings,
      modelMs: Math.round(clip.modelMs),
      totalMs: Math.round(performance.now() - started),
    },
    checks: [],
    finishedAt: Date.now(),
  });
  if (requester.source === 'discord') {
    progress({ stage: 'delivering', fraction: 1 }, true);
    await deps.deliveries.add({ version: 1, jobId, job: data, result });
  }
  await recordClipSeconds(deps.commands, deps.keys, (performance.now() - started) / 1000);
  return result;
}

/** Display size: the model's aspect, short side `displaySize`, both even (yuv420p needs even sizes). */
export function displaySize(width: number, height: number, displaySize: number): [number, number] {
  const scale = displaySize / Math.min(width, height);
  const even = (n: number) => Math.max(2, Math.round((n * scale) / 2) * 2);
  return [even(width), even(height)];
}

/** Thrown into a running job's signal when its engine stops: the job goes back to the queue. */
class ShuttingDown extends Error {
  override readonly name = 'ShuttingDown';
  constructor() {
    super('the engine is shutting down');
  }
}

/** Thrown into a job's signal when its requester cancels it. */
export class Cancelled extends Error {
  override readonly name = 'Cancelled';
  readonly code = 'CANCELLED';
  constructor() {
    super('cancelled by the requester');
  }
}

/** Maps what a job threw to what BullMQ should do: unrecoverable (no retry) unless the engine itself broke. */
function translate(error: unknown, signal: AbortSignal): Error {
  if (signal.aborted && signal.reason instanceof Cancelled)
    return new UnrecoverableError(signal.reason.message);
  if (error instanceof InvalidPayload || error instanceof JobRejected)
    return new UnrecoverableError(error.message);
  return error instanceof Error ? error : new Error(String(error));
}

function throttledProgress(job: Job<GenerateJob, JobResult>) {
  let last = 0;
  return (progress: Progress, force = false) => {
    const now = Date.now();
    if (!force && now - last < PROGRESS_MIN_INTERVAL_MS) return;
    last = now;
    // Progress is advisory: a failed write must not fail the job.
    job.updateProgress(progress).catch(() => undefined);
  };
}

async function recordClipSeconds(redis: Redis, keys: Keys, seconds: number): Promise<void> {
  // Exponential moving average, good enough for an ETA and one round trip per job.
  const previous = Number((await redis.get(keys.clipSeconds)) ?? seconds);
  await redis.set(keys.clipSeconds, (previous * 0.8 + seconds * 0.2).toFixed(3));
}
