import type { QueueEvents } from 'bullmq';
import {
  decodeFailure,
  type GenerateJob,
  type JobFailure,
  type Progress,
  progressSchema,
} from '../queue/index.js';
import { type BotContext, editMessage, statusTarget } from './context.js';
import { isGone, logEditFailure } from './discord-errors.js';
import { failureEmbed, NO_PINGS, progressEmbed } from './messages.js';

interface Pending {
  lastAt: number;
  timer?: NodeJS.Timeout;
  latest?: Progress;
}

/**
 * Turns the engine's progress events into edits of each job's status message, at most one edit per
 * `intervalMs` per message (the latest event wins), and failures into a failure notice. Stops editing a job
 * once its delivery starts, so a late progress edit never overwrites the clip.
 */
export class ProgressEditor {
  private readonly pending = new Map<string, Pending>();
  private readonly done = new Set<string>();
  private readonly jobs = new Map<string, GenerateJob | null>();
  private closed = false;

  constructor(
    private readonly ctx: BotContext,
    events: QueueEvents,
    private readonly intervalMs = 3000,
  ) {
    events.on('progress', ({ jobId, data }) => this.onProgress(jobId, data));
    events.on('failed', ({ jobId, failedReason }) => void this.onFailed(jobId, failedReason));
  }

  /** Called when delivery begins: no more progress edits for this job. */
  finish(jobId: string): void {
    const p = this.pending.get(jobId);
    if (p?.timer) clearTimeout(p.timer);
    this.pending.delete(jobId);
    this.done.add(jobId);
    if (this.done.size > 5000) this.done.delete(this.done.values().next().value as string);
  }

  close(): void {
    this.closed = true;
    for (const p of this.pending.values()) if (p.timer) clearTimeout(p.timer);
    this.pending.clear();
  }

  private onProgress(jobId: string, data: unknown): void {
    if (this.closed || this.done.has(jobId)) return;
    const parsed = progressSchema.safeParse(data);
    if (!parsed.success) return;
    const now = this.ctx.clock();
    let p = this.pending.get(jobId);
    if (!p) {
      p = { lastAt: 0 };
      this.pending.set(jobId, p);
    }
    p.latest = parsed.data;
    if (p.timer) return;
    const wait = p.lastAt + this.intervalMs - now;
    if (wait <= 0) void this.flush(jobId);
    else p.timer = setTimeout(() => void this.flush(jobId), wait);
  }

  private async job(jobId: string): Promise<GenerateJob | null> {
    if (this.jobs.has(jobId)) return this.jobs.get(jobId) ?? null;
    const record = await this.ctx.state.job(jobId);
    const job = record?.job ?? null;
    this.jobs.set(jobId, job);
    if (this.jobs.size > 2000) this.jobs.delete(this.jobs.keys().next().value as string);
    return job;
  }

  private async flush(jobId: string): Promise<void> {
    const p = this.pending.get(jobId);
    if (!p || this.closed || this.done.has(jobId)) return;
    delete p.timer;
    p.lastAt = this.ctx.clock();
    const progress = p.latest;
    const job = await this.job(jobId);
    if (!job || !progress) return;
    if (await this.ctx.redis.exists(this.ctx.keys.delivered(jobId))) return this.finish(jobId);
    const target = statusTarget(job, this.ctx.clock());
    if (!target) return;
    try {
      await editMessage(this.ctx.rest, target, {
        embeds: [progressEmbed(job, jobId, progress)],
        allowed_mentions: NO_PINGS,
      });
    } catch (error) {
      // A deleted message or dead token: stop editing this one; anything else is retried by the next event.
      if (isGone(error)) this.finish(jobId);
      else this.ctx.log.warn({ err: error, jobId }, 'progress edit failed');
    }
  }

  private async onFailed(jobId: string, failedReason: string): Promise<void> {
    if (this.closed) return;
    const job = await this.job(jobId);
    this.finish(jobId);
    if (!job) return;
    const failure = decodeFailure(failedReason);
    this.ctx.log.info({ jobId, code: failure.code }, 'job ended without a clip');
    await showFailure(this.ctx, jobId, job, failure);
  }
}

/** Replaces a job's status message with what its failure means for the member (best effort). */
export async function showFailure(
  ctx: BotContext,
  jobId: string,
  job: GenerateJob,
  failure: JobFailure,
): Promise<void> {
  const target = statusTarget(job, ctx.clock());
  if (!target) return;
  await editMessage(ctx.rest, target, {
    embeds: [failureEmbed(job, jobId, failure)],
    components: [],
    allowed_mentions: NO_PINGS,
  }).catch((error: unknown) => logEditFailure(ctx.log, error, { jobId }, 'showing a failure'));
}

/**
 * Called right after a handler shows "Queued": an engine can fail a job (a capability the model lacks)
 * before that edit lands, and the failure notice, already shown, would be overwritten. The state is read
 * after the edit, so either this sees the failure or the failure event comes later and shows it.
 */
export async function settleStatus(ctx: BotContext, jobId: string, job: GenerateJob): Promise<void> {
  const status = await ctx.queue.status(jobId);
  if (status.state === 'failed' && status.failure) await showFailure(ctx, jobId, job, status.failure);
}
