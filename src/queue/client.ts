import { type Job, Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { decodeFailure, type JobFailure } from './failures.js';
import type { Keys } from './keys.js';
import { QUEUE_NAMES } from './keys.js';
import {
  type GenerateJob,
  type GenerateJobInput,
  generateJobSchema,
  type JobResult,
  type Progress,
  progressSchema,
} from './schemas.js';
import { parsePayload } from './validate.js';

/** Where a job stands, as a requester sees it. */
export interface JobStatus {
  jobId: string;
  state: 'queued' | 'running' | 'completed' | 'failed' | 'missing';
  /** Jobs that will start before this one (0 = next); only for queued jobs. */
  position?: number;
  progress?: Progress;
  job?: GenerateJob;
  /** Why a failed job failed, decoded from BullMQ's `failedReason`. */
  failure?: JobFailure;
}

/** The outcome of a cancel request. */
export type CancelOutcome = 'removed' | 'signalled' | 'finished' | 'missing';

/** Options for {@link GenerationQueue}. */
export interface GenerationQueueOptions {
  /** A connection the queue may use for commands (not blocking ones). */
  connection: Redis;
  keys: Keys;
  /** How long finished jobs stay inspectable. */
  keepFinishedSeconds?: number;
}

/**
 * The producer side of the job contract: enqueue (validated), look up, cancel. Jobs are ordered fairly:
 * a user's n-th job in flight gets priority n, so everyone's first job runs before anyone's second.
 */
export class GenerationQueue {
  readonly queue: Queue;
  private readonly redis: Redis;
  private readonly keys: Keys;

  constructor(options: GenerationQueueOptions) {
    this.redis = options.connection;
    this.keys = options.keys;
    const keep = options.keepFinishedSeconds ?? 24 * 3600;
    this.queue = new Queue(QUEUE_NAMES.generate, {
      connection: options.connection,
      prefix: options.keys.bullPrefix,
      defaultJobOptions: {
        // An engine crash is recovered by BullMQ's stalled-job check, not by retries: a job that threw
        // failed for a reason a retry would not fix.
        attempts: 1,
        removeOnComplete: { age: keep },
        removeOnFail: { age: keep },
      },
    });
  }

  /** Validates and enqueues a job; returns its id and how many jobs are ahead of it. */
  async enqueue(
    input: GenerateJobInput,
    jobId: string = crypto.randomUUID(),
  ): Promise<{ jobId: string; position: number }> {
    const job = parsePayload(generateJobSchema, input);
    const inFlightKey = this.keys.userQueued(ownerOf(job));
    const replies = await this.redis
      .multi()
      .sadd(inFlightKey, jobId)
      .scard(inFlightKey)
      .expire(inFlightKey, 7 * 24 * 3600)
      .exec();
    const priority = Math.max(1, Number(replies?.[1]?.[1] ?? 1));
    try {
      await this.queue.add(job.kind, job, { jobId, priority });
    } catch (error) {
      await this.redis.srem(inFlightKey, jobId);
      throw error;
    }
    return { jobId, position: await this.position(jobId) };
  }

  /** How many jobs the user has queued or running. */
  async inFlightCount(userId: string): Promise<number> {
    return this.redis.scard(this.keys.userQueued(userId));
  }

  /** Marks a job as no longer in flight for its owner (called when it completes, fails or is removed). */
  async release(job: Pick<GenerateJob, 'requester'>, jobId: string): Promise<void> {
    await this.redis.srem(this.keys.userQueued(ownerOf(job)), jobId);
  }

  /**
   * Drops ids from a user's in-flight set whose job has completed, failed or is gone, and returns them.
   * The engine releases a slot when a job ends; if that release is lost, the slot would stay taken until
   * the set expires. `enqueuing` names a set of ids its producer is still enqueuing: between `enqueue`'s
   * SADD and its add, a job is in the in-flight set but not yet in the queue, and must be kept.
   */
  async pruneInFlight(userId: string, enqueuing: string): Promise<string[]> {
    const { completed, failed } = this.queue.keys;
    return (await this.redis.eval(
      PRUNE_IN_FLIGHT,
      4,
      this.keys.userQueued(userId),
      enqueuing,
      completed!,
      failed!,
      this.queue.toKey(''),
    )) as string[];
  }

  /** Jobs ahead of this one, in run order; -1 when the job is not waiting. */
  async position(jobId: string): Promise<number> {
    // O(log n) in Redis: plain waiting jobs (none from our producer, which always sets a priority) run
    // before prioritized ones, and the prioritized ZSET is in run order (priority, then insertion).
    const { wait, prioritized } = this.queue.keys;
    const [rank, waiting, waitIndex] = await Promise.all([
      this.redis.zrank(prioritized!, jobId),
      this.redis.llen(wait!),
      this.redis.lpos(wait!, jobId),
    ]);
    if (rank !== null) return waiting + rank;
    // The wait list is pushed on the left and popped on the right: the rightmost job runs next.
    return waitIndex === null ? -1 : waiting - 1 - waitIndex;
  }

  /** A job's state, position and latest progress. */
  async status(jobId: string): Promise<JobStatus> {
    const job = (await this.queue.getJob(jobId)) as Job<GenerateJob, JobResult> | undefined;
    if (!job) return { jobId, state: 'missing' };
    const state = await job.getState();
    const progress = progressSchema.safeParse(job.progress);
    const base: JobStatus = { jobId, state: 'queued', job: job.data };
    if (progress.success) base.progress = progress.data;
    switch (state) {
      case 'active':
        return { ...base, state: 'running' };
      case 'completed':
        return { ...base, state: 'completed' };
      case 'failed':
        return { ...base, state: 'failed', failure: decodeFailure(job.failedReason) };
      default:
        return { ...base, position: await this.position(jobId) };
    }
  }

  /** The user's queued and running jobs, in run order. */
  async jobsOf(userId: string): Promise<JobStatus[]> {
    const ids = await this.redis.smembers(this.keys.userQueued(userId));
    const statuses = await Promise.all(ids.map((id) => this.status(id)));
    const rank = (s: JobStatus) => (s.state === 'running' ? -1 : (s.position ?? Number.MAX_SAFE_INTEGER));
    return statuses
      .filter((s) => s.state === 'queued' || s.state === 'running')
      .sort((a, b) => rank(a) - rank(b));
  }

  /**
   * Cancels a job: a waiting job is removed outright; a running one is flagged and announced so the engine
   * running it stops between denoising steps.
   */
  async cancel(jobId: string): Promise<CancelOutcome> {
    const job = (await this.queue.getJob(jobId)) as Job<GenerateJob> | undefined;
    if (!job) return 'missing';
    const state = await job.getState();
    if (state === 'completed' || state === 'failed') return 'finished';
    if (state !== 'active') {
      try {
        await job.remove();
        await this.release(job.data, jobId);
        return 'removed';
      } catch {
        // It was picked up between getState and remove: fall through and signal the engine.
      }
    }
    await this.redis
      .multi()
      .set(this.keys.cancelFlag(jobId), '1', 'EX', 3600)
      .publish(this.keys.cancelChannel, jobId)
      .exec();
    return 'signalled';
  }

  /** Seconds a clip takes on average (engine-reported), for ETAs; undefined until one has run. */
  async averageClipSeconds(): Promise<number | undefined> {
    const value = await this.redis.get(this.keys.clipSeconds);
    return value === null ? undefined : Number(value);
  }

  /** Estimated seconds until a job at `position` starts, given the engines consuming the queue. */
  async etaSeconds(position: number): Promise<number | undefined> {
    const [avg, workers] = await Promise.all([this.averageClipSeconds(), this.queue.getWorkersCount()]);
    if (avg === undefined || position < 0) return undefined;
    return ((position + 1) * avg) / Math.max(1, workers);
  }

  /** Opens a QueueEvents listener on the generation queue (progress, completed, failed); caller closes it. */
  events(connection: Redis): QueueEvents {
    return new QueueEvents(QUEUE_NAMES.generate, { connection, prefix: this.keys.bullPrefix });
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}

// One script, so a job cannot move between "checked" and "dropped": an id is dropped when it is not being
// enqueued and its job hash is gone (removed, or past retention) or it sits in the completed or failed set.
// ARGV[1] is the queue's job-key prefix (`<prefix>:generate:`); all keys share the deployment's hash tag.
const PRUNE_IN_FLIGHT = `
local dropped = {}
for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  if redis.call('SISMEMBER', KEYS[2], id) == 0 and (
    redis.call('EXISTS', ARGV[1] .. id) == 0 or
    redis.call('ZSCORE', KEYS[3], id) or redis.call('ZSCORE', KEYS[4], id)) then
    redis.call('SREM', KEYS[1], id)
    dropped[#dropped + 1] = id
  end
end
return dropped
`;

function ownerOf(job: Pick<GenerateJob, 'requester'>): string {
  // Discord snowflakes and CLI user names never look alike, so the user id alone names the owner.
  return job.requester.userId;
}
