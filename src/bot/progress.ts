import type { QueueEvents } from 'bullmq';
import {
  decodeFailure,
  type GenerateJob,
  type JobFailure,
  type Progress,
  progressSchema,
} from '../queue/index.js';
import type { BotContext } from './context.js';
import { isGone, logEditFailure } from './discord-errors.js';
import { cancelRow, failureEmbed, NO_PINGS, progressEmbed } from './messages.js';
import { showStatus } from './status.js';

interface Pending {
  lastAt: number;
  timer?: NodeJS.Timeout;
  latest?: Progress;
  /** An edit (or a fresh status post) is in flight: the next one waits for it, so a post is never doubled. */
  flushing?: boolean;
  /** Progress came while an edit was in flight: another edit follows, an interval after that one. */
  again?: boolean;
}

/**
 * Turns the engine's progress events into edits of each job's status message, at most one edit per
 * `intervalMs` per message (the latest event wins), and failures into a failure notice. Stops editing a job
 * once its delivery starts, so a late progress edit never overwrites the clip. A job that waited in the
 * queue for over an hour gets a fresh status message (Discord caps edits of older ones), with its Cancel
 * button, and later edits go to that one.
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
    this.schedule(jobId, p, now);
  }

  private schedule(jobId: string, p: Pending, now: number): void {
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
    if (p.flushing) {
      p.again = true;
      return;
    }
    const progress = p.latest;
    p.flushing = true;
    try {
      const job = await this.job(jobId);
      if (!job || !progress || job.requester.source !== 'discord') return;
      if (await this.ctx.redis.exists(this.ctx.keys.delivered(jobId))) return this.finish(jobId);
      if (this.done.has(jobId)) return;
      await showStatus(
        this.ctx,
        jobId,
        job,
        { embeds: [progressEmbed(job, jobId, progress)], allowed_mentions: NO_PINGS },
        { components: [cancelRow(jobId, job.requester.userId)] },
      );
    } catch (error) {
      // A deleted message or dead token: stop editing this one; anything else is retried by the next event.
      if (isGone(error)) this.finish(jobId);
      else this.ctx.log.warn({ err: error, jobId }, 'progress edit failed');
    } finally {
      p.flushing = false;
      // The interval runs from when Discord answered, so edits reach it at most once per interval.
      p.lastAt = this.ctx.clock();
      if (p.again && !this.closed && !this.done.has(jobId)) this.schedule(jobId, p, p.lastAt);
      p.again = false;
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
  // A status too old to edit gives way to a fresh notice: the member should learn why no clip is coming.
  await showStatus(
    ctx,
    jobId,
    job,
    { embeds: [failureEmbed(job, jobId, failure)], components: [], allowed_mentions: NO_PINGS },
    {},
  ).catch((error: unknown) => logEditFailure(ctx.log, error, { jobId }, 'showing a failure'));
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
