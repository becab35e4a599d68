import { DelayedError, type Job, type JobJsonRaw, MetricsTime, UnrecoverableError, Worker } from 'bullmq';
import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import {
  createFrameModerator,
  type FrameModerator,
  remoteLayerFromConfig,
  withRemoteImages,
} from '../moderation/index.js';
import { checkEvictionPolicy, Metrics, type ReadyCheck, RedisLink, redisReachable } from '../ops/index.js';
import { openProvenance } from '../provenance/index.js';
import {
  connectRedis,
  createKeys,
  DeliveryQueue,
  encodeFailure,
  type GenerateJob,
  GenerationQueue,
  generateJobSchema,
  InvalidPayload,
  type JobFailure,
  type JobResult,
  jobKindSchema,
  type Progress,
  parsePayload,
  QUEUE_NAMES,
  RedisArtifactStore,
} from '../queue/index.js';
import { openGenerator } from './backends/index.js';
import { findFfmpeg } from './encoder/index.js';
import { Cancelled, failureOf, ShuttingDown, TimedOut } from './errors.js';
import type { VideoGenerator } from './generator.js';
import {
  type ClipWork,
  type EngineServices,
  handOffFinished,
  JOB_STAGES,
  type JobContext,
  runStages,
} from './stages/index.js';

/** What an engine needs; everything it opens it closes in {@link Engine.close}. */
export interface EngineOptions {
  config: Config;
  redisUrl: string;
  log: Logger;
  /**
   * Opens the frame moderator, called once at start when MODERATION_FRAMES is on. Default: nsfwjs
   * (MODERATION_FRAME_MODEL) in its own thread. Tests pass one built on a fake classifier.
   */
  openFrames?: OpenFrameModerator;
  /** Where jobs, stage timings and frame blocks are counted (src/ops); default: a registry nobody reads. */
  metrics?: Metrics;
  /** Watches the engine's Redis connections and queues, so outages are logged once (src/ops). */
  link?: RedisLink;
}

/** Opens (loads) the moderator the check stage runs sampled frames through. */
export type OpenFrameModerator = (config: Config, log: Logger) => Promise<FrameModerator>;

const openNsfwjs: OpenFrameModerator = (config, log) =>
  createFrameModerator({ model: config.MODERATION_FRAME_MODEL, log });

/** The local frame moderator, with the remote service's image check beside it when one is configured. */
async function openFrameCheck(open: OpenFrameModerator, config: Config, log: Logger) {
  return withRemoteImages(await open(config, log), remoteLayerFromConfig(config, log));
}

/** A running engine: one generator (chosen by configuration), one BullMQ worker on the generate queue. */
export interface Engine {
  readonly generator: VideoGenerator;
  readonly worker: Worker<GenerateJob, JobResult>;
  /** What `/readyz` asks of an engine: Redis answers, and the model (or remote backend) is open. */
  readonly checks: { redis: ReadyCheck; model: ReadyCheck };
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
  const metrics = options.metrics ?? new Metrics({ defaultMetrics: false });
  const link = options.link ?? new RedisLink(log);
  const keys = createKeys(config.ZOETROPE_PREFIX);
  const ffmpeg = await findFfmpeg(config.FFMPEG_PATH ? { ffmpegPath: config.FFMPEG_PATH } : {});
  log.info({ ffmpeg: ffmpeg.path, version: ffmpeg.version, source: ffmpeg.source }, 'ffmpeg found');

  // The model and the frame classifier each load in their own thread, so they load side by side.
  const [generator, frames] = await openBoth(
    openGenerator(config, log, { redisUrl: options.redisUrl }),
    config.MODERATION_FRAMES ? openFrameCheck(options.openFrames ?? openNsfwjs, config, log) : undefined,
    log,
  );
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

  const redis = link.watch(connectRedis(options.redisUrl), 'engine commands');
  // Keys (the operator's, or made once under DATA_DIR) and the C2PA library: a failure here stops the start.
  const provenance = await openProvenance(config, { redis, registryKey: keys.provenance, log }).catch(
    async (error: unknown) => {
      redis.disconnect();
      await Promise.allSettled([generator.close(), frames?.close()]);
      throw error;
    },
  );
  await checkEvictionPolicy(redis, log);
  const subscriber = link.watch(connectRedis(options.redisUrl), 'engine cancel subscriber');
  const deliveries = new DeliveryQueue(redis, keys);
  const generation = new GenerationQueue({ connection: redis, keys });
  link.watchBullmq(deliveries.queue, 'deliveries queue');
  link.watchBullmq(generation.queue, 'generate queue');
  metrics.observeQueue(generation.queue);
  const services: EngineServices = {
    config,
    keys,
    store: new RedisArtifactStore(redis, keys.artifact, config.ARTIFACT_TTL_SECONDS),
    deliveries,
    generator,
    ffmpeg,
    redis,
    log,
    provenance,
    ...(frames && { frames }),
  };

  // Cancels reach the engine running the job through pub/sub; the flag covers a cancel sent just before
  // this engine picked the job up.
  const running = new Map<string, AbortController>();
  await subscriber.subscribe(keys.cancelChannel);
  subscriber.on('message', (_channel: string, jobId: string) => running.get(jobId)?.abort(new Cancelled()));

  const workerConnection = link.watch(connectRedis(options.redisUrl), 'engine worker');
  const worker: GenerateWorker = new GenerateWorker(
    QUEUE_NAMES.generate,
    async (bullJob, token, signal) => {
      const jobId = bullJob.id ?? '';
      const controller = new AbortController();
      running.set(jobId, controller);
      const onBullAbort = () => controller.abort(signal?.reason);
      signal?.addEventListener('abort', onBullAbort, { once: true });
      const timeoutSeconds = config.ENGINE_JOB_TIMEOUT_SECONDS;
      const timer = setTimeout(() => controller.abort(new TimedOut(timeoutSeconds)), timeoutSeconds * 1000);
      // The job's name is its kind (GenerationQueue adds it so); anything else is one label, not many.
      const kind = jobKindSchema.safeParse(bullJob.name).data ?? 'unknown';
      const work: ClipWork = { startedAt: performance.now(), timings: {}, modelMs: 0, checks: [] };
      let outcome = 'completed';
      metrics.jobStarted(kind, ((bullJob.processedOn ?? Date.now()) - bullJob.timestamp) / 1000);
      try {
        const stored = worker.unreadable.get(bullJob);
        if (stored !== undefined) {
          // Kept as a JSON string, so the job reads back (for the bot, a dashboard) with its text intact.
          await bullJob
            .updateData(stored as unknown as GenerateJob)
            .catch((error: unknown) =>
              log.warn({ err: error, jobId }, 'could not rewrite unreadable job data'),
            );
          throw new InvalidPayload('the stored job data is not JSON');
        }
        if (await redis.exists(keys.cancelFlag(jobId))) controller.abort(new Cancelled());
        // Validated again at pickup: the queue may hold payloads from an older or foreign producer.
        const job = parsePayload(generateJobSchema, bullJob.data);
        return await processJob(
          { jobId, job, engine: services, work },
          controller.signal,
          throttledProgress(bullJob),
        );
      } catch (error) {
        if (controller.signal.reason instanceof ShuttingDown) {
          outcome = 'handed_back';
          // Hand the job back to the queue untouched, for the next engine (or this one, restarted).
          await bullJob.moveToDelayed(Date.now(), token);
          throw new DelayedError();
        }
        // The one place a job's error becomes its failure: the code and a safe message cross BullMQ; the
        // internal message stays in this log. Failures are final: retrying the same job would fail the same.
        const { failure, expected } = failureOf(error, controller.signal);
        outcome = failure.code;
        countBlock(metrics, failure);
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
        metrics.jobEnded(kind, outcome, (performance.now() - work.startedAt) / 1000, work.timings);
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
      // A killed engine's job is taken up again once its lock lapses and a live engine's stalled check runs:
      // checking every lock period would make that up to twice the lock; every few seconds bounds it by the
      // lock plus STALLED_CHECK_MS (the check is one small script per queue, whichever engine runs it).
      lockDuration: config.ENGINE_LOCK_MS,
      stalledInterval: stalledCheckMs(config.ENGINE_LOCK_MS),
      maxStalledCount: 2,
      // BullMQ's per-minute completed/failed counts, kept two weeks: the queue's history for dashboards.
      metrics: { maxDataPoints: MetricsTime.TWO_WEEKS },
    },
  );
  const release = (job: Job<GenerateJob, JobResult> | undefined) => void releaseSlot(generation, job, log);
  worker.on('failed', release);
  worker.on('completed', release);
  link.watchBullmq(worker, 'generate worker');
  await worker.waitUntilReady();

  let open = true;
  return {
    generator,
    worker,
    checks: { redis: redisReachable(redis), model: () => open },
    async close(graceMs = SHUTDOWN_GRACE_MS) {
      open = false;
      // Let a clip that is nearly done finish; past the grace period, hand it back to the queue.
      const closed = worker.close();
      const timer = setTimeout(() => {
        for (const controller of running.values()) controller.abort(new ShuttingDown());
      }, graceMs);
      await closed;
      clearTimeout(timer);
      await Promise.all([generator.close(), frames?.close()]);
      await Promise.allSettled([deliveries.close(), generation.close()]);
      subscriber.disconnect();
      redis.disconnect();
      workerConnection.disconnect();
    },
  };
}

// How often engines look for jobs whose engine died (their lock lapsed); see `stalledCheckMs`. A lock can
// lapse up to a whole lock period after the kill (it was renewed just before), so the check runs well
// inside the 5 s the target allows on top, leaving room for the next engine to pick the job up: `npm run
// chaos` measured 16.8 s against 10 + 5 s with a 5 s check on a loaded machine. The check is one small
// script on Redis, shared by all engines (BullMQ runs it at most once per interval across them).
const STALLED_CHECK_MS = 2500;

/** The stalled-check interval for a lock duration: a killed engine's job restarts within lock + this. */
export function stalledCheckMs(lockMs: number): number {
  return Math.min(lockMs, STALLED_CHECK_MS);
}

/**
 * The generate queue's worker. BullMQ parses a job's stored fields while fetching it, after the job is
 * already active: data that is not JSON (a broken producer writing Redis directly) throws there, the job is
 * left active with nobody renewing its lock, and it cycles active → stalled → active with a stack trace
 * each time. Here such a job is built with empty fields instead and remembered, so the processor fails it
 * once with a reason.
 */
class GenerateWorker extends Worker<GenerateJob, JobResult> {
  /** Jobs whose stored data was not JSON, with the text that was stored. */
  readonly unreadable = new WeakMap<Job<GenerateJob, JobResult>, string>();

  protected override createJob(raw: JobJsonRaw, jobId: string): Job<GenerateJob, JobResult> {
    try {
      return super.createJob(raw, jobId);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      const job = super.createJob(readableFields(raw), jobId);
      this.unreadable.set(job, raw.data);
      return job;
    }
  }
}

// The fields Job.fromJSON parses as JSON, and what stands in for one that does not parse.
const JSON_FIELDS = { data: '{}', opts: '{}', progress: '0', parent: undefined } as const;

function readableFields(raw: JobJsonRaw): JobJsonRaw {
  const fixed: Record<string, unknown> = { ...raw };
  for (const [field, fallback] of Object.entries(JSON_FIELDS)) {
    const value = fixed[field];
    if (typeof value !== 'string' || value === '') continue;
    try {
      JSON.parse(value);
    } catch {
      fixed[field] = fallback;
    }
  }
  return fixed as unknown as JobJsonRaw;
}

/** Waits for the generator and the frame moderator; if either fails to open, closes the other and throws. */
async function openBoth(
  generator: Promise<VideoGenerator>,
  frames: Promise<FrameModerator> | undefined,
  log: Logger,
): Promise<[VideoGenerator, FrameModerator | undefined]> {
  const [g, f] = await Promise.allSettled([generator, frames]);
  if (g.status === 'fulfilled' && f.status === 'fulfilled') return [g.value, f.value];
  // The engine cannot start: the load error is what matters, a failed close is only logged.
  const closing = [g.status === 'fulfilled' && g.value, f.status === 'fulfilled' && f.value];
  for (const opened of closing) {
    if (opened) await opened.close().catch((error: unknown) => log.warn({ err: error }, 'close failed'));
  }
  throw g.status === 'rejected' ? g.reason : (f as PromiseRejectedResult).reason;
}

/** Counts a refusal by the content policy: at the engine, a still to animate or the clip's frames. */
function countBlock(metrics: Metrics, failure: JobFailure): void {
  if (failure.code === 'POLICY_REFUSED') metrics.moderationBlocked('frames', failure.categories);
}

/** One job: its stages, in order (src/engine/stages). */
async function processJob(
  ctx: JobContext,
  signal: AbortSignal,
  progress: ReturnType<typeof throttledProgress>,
): Promise<JobResult> {
  const finished = await handOffFinished(ctx);
  if (finished) {
    ctx.engine.log.info(
      { jobId: ctx.jobId },
      'job was finished by an earlier run: its stored clip is handed off',
    );
    return finished;
  }
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
