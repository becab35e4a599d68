import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { Keys } from '../../../queue/index.js';

/** A fal request a job is waiting on: enough to poll it, fetch its result or cancel it from any engine. */
export const recordedRequestSchema = z.object({
  endpoint: z.string().min(1),
  requestId: z.string().min(1),
  submittedAt: z.number().int(),
});
export type RecordedRequest = z.infer<typeof recordedRequestSchema>;

// Long enough for a BullMQ retry or an engine restart to find it (and fal keeps results for a while); a
// finished job's record is kept too, so a retry after a later stage failed reuses the paid-for clip.
const RECORD_TTL_SECONDS = 24 * 3600;

/**
 * The fal request id of each job, in Redis under the job's id. It is written right after fal accepts the
 * request and before any waiting, so a retry of the job (BullMQ, an engine restart, another engine) polls
 * the same request instead of submitting, and paying for, a second one.
 */
export class RequestRecords {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  async get(jobId: string): Promise<RecordedRequest | undefined> {
    const raw = await this.redis.get(this.keys.remoteRequest(jobId));
    if (raw === null) return undefined;
    try {
      const parsed = recordedRequestSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : undefined;
    } catch {
      // Not JSON: treated as no record (a fresh request is submitted), as a corrupt value cannot be polled.
      return undefined;
    }
  }

  async set(jobId: string, record: RecordedRequest): Promise<void> {
    await this.redis.set(this.keys.remoteRequest(jobId), JSON.stringify(record), 'EX', RECORD_TTL_SECONDS);
  }

  /** Forgets a job's request: it was cancelled, or fal said it failed, so a retry must submit afresh. */
  async clear(jobId: string): Promise<void> {
    await this.redis.del(this.keys.remoteRequest(jobId));
  }
}
