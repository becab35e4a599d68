import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { type Keys, QUEUE_NAMES } from './keys.js';
import { type Delivery, deliverySchema } from './schemas.js';
import { parsePayload } from './validate.js';

/** The delivery job id for a generation job: one delivery per job, however often the job completes. */
export const deliveryJobId = (jobId: string) => `delivery-${jobId}`;

/**
 * The deliveries queue: finished Discord jobs on their way back. Adding is idempotent (the job id is
 * derived from the generation job's), and retries back off exponentially through Discord outages.
 */
export class DeliveryQueue {
  readonly queue: Queue<Delivery>;

  constructor(connection: Redis, keys: Keys) {
    this.queue = new Queue<Delivery>(QUEUE_NAMES.deliveries, {
      connection,
      prefix: keys.bullPrefix,
      defaultJobOptions: {
        attempts: 10,
        backoff: { type: 'exponential', delay: 2000 },
        removeOnComplete: { age: 24 * 3600 },
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    });
  }

  /** Validates and enqueues a delivery; a second add for the same job is a no-op. */
  async add(delivery: Delivery): Promise<void> {
    const valid = parsePayload(deliverySchema, delivery);
    await this.queue.add('deliver', valid, { jobId: deliveryJobId(valid.jobId) });
  }

  /**
   * Whether the delivery of `jobId` failed for good (attempts used up, or a failure no retry fixes); a
   * delivery waiting for its next attempt is not failed yet.
   */
  async failedForGood(jobId: string): Promise<boolean> {
    const job = await this.queue.getJob(deliveryJobId(jobId));
    return job !== undefined && (await job.isFailed()) && job.finishedOn !== undefined;
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}
