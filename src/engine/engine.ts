import { DelayedError, type Job, UnrecoverableError, Worker } from 'bullmq';
import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import {
  connectRedis,
  createKeys,
  DeliveryQueue,
  encodeFailure,
  type GenerateJob,
  GenerationQueue,
  generateJobSchema,
  type JobResult,
  type Progress,
  parsePayload,
  QUEUE_NAMES,
  RedisArtifactStore,
} from '../queue/index.js';
import { openGenerator } from './backends/index.js';
import { findFfmpeg } from './encoder/index.js';
import { Cancelled, failureOf, ShuttingDown, TimedOut } from './errors.js';
import type { VideoGenerator } from './generator.js';
import { type EngineServices, JOB_STAGES, type JobContext, runStages } from './stages/index.js';

/** What an engine needs; everything it opens it closes in {@link Engine.close}. */
export interface EngineOptions {
  config: Config;
  redisUrl: string;
  log: Logger;
}

/** A running engine: one generator (chosen by configuration), one BullMQ worker on the generate queue. */
export interface Engine {
  readonly generator: VideoGenerator;
  readonly worker: Worker<GenerateJob, JobResult>;
  /** Stops taking jobs; a running job gets `graceMs` to finish, then goes back to the queue. */
  close(graceMs?: number): Promise<void>;
}

// How long a stopping engine lets its running job finish before handing it back to the queue.
const SHUTDOWN_GRACE_MS = 10_000;
// A progress write per denoising step is cheap, but a fast model makes dozens a second; this bounds them.
const PROGRESS_MIN_INTERVAL_MS = 150;
// Waits between attempts to free a requester's in-flight slot (a Redis blip must not cost them a slot).
const RELEASE_RETRY_MS = [200, 1000, 5000];

/** Opens the configured generator once and starts consuming the generate queue. */
export async function startEngine(options: EngineOptions): Promise<Engine> {
  const { config, log } = options;
  const keys = createKeys(config.ZOETROPE_PREFIX);
  const ffmpeg = await findFfmpeg(config.FFMPEG_PATH ? { ffmpegPath: config.FFMPEG_PATH } : {});
  log.info({ ffmpeg: ffmpeg.path, version: ffmpeg.version, source: ffmpeg.source }, 'ffmpeg found');

  const generator = await openGenerator(config, log);
  log.info(
    {
      backend: config.ENGINE_BACKEND,
      model: generator.info.card.name,
      version: generator.info.card.version,
      generator: generator.info.generator,
      device: generator.info.device,
    },
    'model loaded',
  );

  const redis = connectRedis(options.redisUrl);
  const subscriber = connectRedis(options.redisUrl);
  const deliveries = new DeliveryQueue(redis, keys);
  const generation = new GenerationQueue({ connection: redis, keys });
  const services: EngineServices = {
    config,
    keys,
    store: new RedisArtifactStore(redis, keys.artifact, config.ARTIFACT_TTL_SECONDS),
    deliveries,
    generator,
    ffmpeg,
    redis,
    log,
  };

  // Cancels reach the engine running the job through pub/sub; the flag covers a cancel sent just before
  // this engine picked the job up.
  const running = new Map<string, AbortController>();
  await subscriber.subscribe(keys.cancelChannel);
  subscriber.on('message', (_channel: string, jobId: string) => running.get(jobId)?.abort(new Cancelled()));

  const workerConnection = connectRedis(options.redisUrl);
  const worker = new Worker<GenerateJob, JobResult>(
    QUEUE_NAMES.generate,
    async (bullJob, token, signal) => {
      const jobId = bullJob.id ?? '';
      const controller = new AbortController();
      running.set(jobId, controller);
      const onBullAbort = () => controller.abort(signal?.reason);
      signal?.addEventListener('abort', onBullAbort, { once: true });
      const timeoutSeconds = config.ENGINE_JOB_TIMEOUT_SECONDS;
      const timer = setTimeout(() => controller.abort(new TimedOut(timeoutSeconds)), timeoutSeconds * 1000);
      try {
        if (await redis.exists(keys.cancelFlag(jobId))) controller.abort(new Cancelled());
        // Validated again at pickup: the queue may hold payloads from an older or foreign producer.
        const job = parsePayload(generateJobSchema, bullJob.data);
        return await processJob(
          {
            jobId,
            job,
            engine: services,
            work: { startedAt: performance.now(), timings: {}, modelMs: 0, checks: [] },
          },
          controller.signal,
          throttledProgress(bullJob),
        );
      } catch (error) {
        if (controller.signal.reason instanceof ShuttingDown) {
          // Hand the job back to the queue untouched, for the next engine (or this one, restarted).
          await bullJob.moveToDelayed(Date.now(), token);
          throw new DelayedError();
        }
        // The one place a job's error becomes its failure: the code and a safe message cross BullMQ; the
        // internal message stays in this log. Failures are final: retrying the same job would fail the same.
        const { failure, expected } = failureOf(error, controller.signal);
        if (expected) {
          log.info(
            { jobId, code: failure.code, detail: (error as Error)?.message },
            'job ended without a clip',
          );
        } else {
          log.error({ err: error, jobId }, 'job failed: engine error');
        }
        throw new UnrecoverableError(encodeFailure(failure));
      } finally {
        clearTimeout(timer);
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
  const release = (job: Job<GenerateJob, JobResult> | undefined) => void releaseSlot(generation, job, log);
  worker.on('failed', release);
  worker.on('completed', release);
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
      redis.disconnect();
      workerConnection.disconnect();
    },
  };
}

/** One job: its stages, in order (src/engine/stages). */
function processJob(ctx: JobContext, signal: AbortSignal, progress: ReturnType<typeof throttledProgress>) {
  return runStages(JOB_STAGES, ctx, { signal, progress });
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

/**
 * Frees the requester's in-flight slot once a job is done, retrying through a Redis blip: a lost release
 * would leave the member "at the limit" until the bot prunes the stale slot at their next request.
 */
async function releaseSlot(
  generation: GenerationQueue,
  job: Job<GenerateJob, JobResult> | undefined,
  log: Logger,
): Promise<void> {
  // A payload that broke the contract may have no requester: there is no slot to free.
  if (!job?.id || typeof job.data?.requester?.userId !== 'string') return;
  let lastError: unknown;
  for (const wait of [0, ...RELEASE_RETRY_MS]) {
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    try {
      await generation.release(job.data, job.id);
      return;
    } catch (error) {
      lastError = error;
    }
  }
  log.warn({ err: lastError, jobId: job.id }, "could not free the requester's in-flight slot");
}
