import type { Queue } from 'bullmq';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Buckets in seconds for waits and stages. prom-client's default stops at 10 s, but a clip waits behind
 * others for minutes and a CPU model spends minutes generating: the upper buckets are where they land.
 */
export const DURATION_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600] as const;

/** Queue waits can outlast one clip by far (a burst of requests on one engine): buckets go to an hour. */
export const WAIT_BUCKETS = [...DURATION_BUCKETS, 1800, 3600] as const;

/** Where a moderation block happened: a text at the bot, an image (a still or the frames) at the engine. */
export type ModerationSource = 'text' | 'frames';

/** How a clip reached Discord: by editing the status message, or as a new message. */
export type DeliveredVia = 'edit' | 'message';

// The timings a job result carries that are not stages (src/engine/stages/hand-off.ts).
const NOT_STAGES = new Set(['modelMs', 'totalMs']);

/**
 * zoetrope's Prometheus metrics, on a registry of their own (no global state: a test or a second process in
 * the same Node runtime gets its own). Both processes build the same set, so dashboards read one name per
 * thing; each records what it sees (engines: jobs and stages; the bot: deliveries, Discord, text blocks).
 * Labels are low-cardinality by design: kinds, outcomes, stages, categories, never a member or server id.
 */
export class Metrics {
  readonly registry = new Registry();

  /** Jobs the engine finished, by kind and outcome (`completed` or the failure code in lower case). */
  readonly jobs = new Counter({
    name: 'zoetrope_jobs_total',
    help: 'Generation jobs finished by this engine, by kind and outcome (completed or the failure code).',
    labelNames: ['kind', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly queueWait = new Histogram({
    name: 'zoetrope_job_queue_wait_seconds',
    help: 'Time a generation job waited in the queue before an engine took it up.',
    labelNames: ['kind'] as const,
    buckets: [...WAIT_BUCKETS],
    registers: [this.registry],
  });

  readonly jobDuration = new Histogram({
    name: 'zoetrope_job_duration_seconds',
    help: 'Time an engine spent on a generation job, from pickup to its end, by kind and outcome.',
    labelNames: ['kind', 'outcome'] as const,
    buckets: [...DURATION_BUCKETS],
    registers: [this.registry],
  });

  readonly stageDuration = new Histogram({
    name: 'zoetrope_job_stage_duration_seconds',
    help: 'Wall time of each engine stage of a job (plan, generate, check, watermark, encode, sign, store, …).',
    labelNames: ['stage'] as const,
    buckets: [...DURATION_BUCKETS],
    registers: [this.registry],
  });

  readonly jobsInProgress = new Gauge({
    name: 'zoetrope_jobs_in_progress',
    help: 'Generation jobs this engine is running now.',
    registers: [this.registry],
  });

  readonly clipsDelivered = new Counter({
    name: 'zoetrope_clips_delivered_total',
    help: 'Clips posted to Discord, by how (edit of the status message, or a new message).',
    labelNames: ['via'] as const,
    registers: [this.registry],
  });

  readonly deliveryRetries = new Counter({
    name: 'zoetrope_delivery_retries_total',
    help: 'Delivery attempts that failed and will be tried again (Discord outages, rate limits).',
    registers: [this.registry],
  });

  readonly deliveriesFailed = new Counter({
    name: 'zoetrope_deliveries_failed_total',
    help: 'Deliveries given up for good (attempts used up, or a failure no retry fixes).',
    registers: [this.registry],
  });

  readonly discord429 = new Counter({
    name: 'zoetrope_discord_429_total',
    help: 'HTTP 429 answers from Discord, by rate-limit scope (user, global, shared).',
    labelNames: ['scope'] as const,
    registers: [this.registry],
  });

  readonly discordRateLimitWaits = new Counter({
    name: 'zoetrope_discord_rate_limit_waits_total',
    help: 'Requests the Discord REST client held back to respect a rate limit, by whether it was global.',
    labelNames: ['global'] as const,
    registers: [this.registry],
  });

  readonly moderationBlocks = new Counter({
    name: 'zoetrope_moderation_blocks_total',
    help: 'Requests refused by the content policy, by where (text at the bot, frames at the engine) and category.',
    labelNames: ['source', 'category'] as const,
    registers: [this.registry],
  });

  readonly lastSuccess = new Gauge({
    name: 'zoetrope_last_success_timestamp_seconds',
    help: 'Unix time of the last success: a clip made (engine) or delivered (bot).',
    registers: [this.registry],
  });

  private readonly queues = new Map<string, Queue>();

  constructor(options: { defaultMetrics?: boolean } = {}) {
    // The process and Node metrics (CPU, memory, event-loop lag, GC) every Node dashboard expects.
    if (options.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry });
    const queues = this.queues;
    new Gauge({
      name: 'zoetrope_queue_jobs',
      help: 'Jobs in each BullMQ queue by state, read from Redis at scrape time.',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const [name, queue] of queues) {
          // A scrape during a Redis outage reports no counts rather than hanging the scrape.
          const counts = await withTimeout(
            queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed'),
            1000,
          ).catch(() => undefined);
          for (const [state, count] of Object.entries(counts ?? {})) this.set({ queue: name, state }, count);
        }
      },
    });
  }

  /** Reports a queue's job counts at every scrape (once per queue name, however many callers add it). */
  observeQueue(queue: Queue): void {
    this.queues.set(queue.name, queue);
  }

  /** An engine took a job up after `waitSeconds` in the queue. */
  jobStarted(kind: string, waitSeconds: number): void {
    this.jobsInProgress.inc();
    if (Number.isFinite(waitSeconds) && waitSeconds >= 0) this.queueWait.observe({ kind }, waitSeconds);
  }

  /**
   * An engine finished a job: its outcome (`completed`, or the failure code), its duration and each stage's
   * wall time (`timings` in milliseconds, as the result carries them).
   */
  jobEnded(kind: string, outcome: string, seconds: number, timings: Record<string, number>): void {
    this.jobsInProgress.dec();
    const label = outcome.toLowerCase();
    this.jobs.inc({ kind, outcome: label });
    this.jobDuration.observe({ kind, outcome: label }, seconds);
    for (const [stage, ms] of Object.entries(timings)) {
      if (!NOT_STAGES.has(stage)) this.stageDuration.observe({ stage }, ms / 1000);
    }
    if (label === 'completed') this.markSuccess();
  }

  /** A block by the content policy; no category (a fail-closed remote that could not answer) is `unavailable`. */
  moderationBlocked(source: ModerationSource, categories: readonly string[]): void {
    for (const category of categories.length > 0 ? categories : ['unavailable'])
      this.moderationBlocks.inc({ source, category });
  }

  clipDelivered(via: DeliveredVia): void {
    this.clipsDelivered.inc({ via });
    this.markSuccess();
  }

  private markSuccess(): void {
    this.lastSuccess.set(Date.now() / 1000);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
