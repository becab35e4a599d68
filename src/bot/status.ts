import { Routes } from 'discord.js';
import type { GenerateJob } from '../queue/index.js';
import { type BotContext, editableAt, editMessage, type MessageTarget, statusTarget } from './context.js';
import { NO_PINGS } from './messages.js';

/** Where a job's status message is now, and whether Discord still lets the bot edit it. */
export interface CurrentStatus {
  target: MessageTarget;
  /** False for a channel message over an hour old: Discord caps edits of those (30046). */
  editable: boolean;
}

/**
 * The job's status message: the interaction response while its token lives, then the newest status message
 * the bot posted for it (the job's record remembers it), else the first one.
 */
export async function currentStatus(
  ctx: BotContext,
  jobId: string,
  job: GenerateJob,
): Promise<CurrentStatus | undefined> {
  const now = ctx.clock();
  const live = statusTarget(job, now);
  if (live?.kind === 'webhook') return { target: live, editable: true };
  const record = await ctx.state.job(jobId);
  const target = statusTarget(job, now, record?.statusMessageId);
  if (!target) return undefined;
  return { target, editable: target.kind === 'webhook' || editableAt(target.messageId, now) };
}

/**
 * Shows `body` as the job's status. A status message Discord no longer lets the bot edit (a job that waited
 * over an hour) is left alone: with `fresh`, a new status message (`body` plus `fresh`) is posted in the
 * job's channel instead and remembered in the job's record, so later edits go to it; without, nothing is
 * shown. Edit and post errors are thrown for the caller to judge.
 */
export async function showStatus(
  ctx: BotContext,
  jobId: string,
  job: GenerateJob,
  body: Record<string, unknown>,
  fresh?: Record<string, unknown>,
): Promise<'edited' | 'posted' | 'none'> {
  const status = await currentStatus(ctx, jobId, job);
  if (!status) return 'none';
  if (status.editable) {
    await editMessage(ctx.rest, status.target, body);
    return 'edited';
  }
  if (!fresh || status.target.kind !== 'channel') return 'none';
  const posted = (await ctx.rest.post(Routes.channelMessages(status.target.channelId), {
    body: { ...body, ...fresh, allowed_mentions: NO_PINGS },
  })) as { id: string };
  await ctx.state.setStatusMessage(jobId, posted.id);
  ctx.log.info({ jobId, messageId: posted.id }, 'status message over an hour old: posted a fresh one');
  return 'posted';
}

/**
 * Orders the two writers of a job's status message. A handler enqueues the job and then shows "Queued";
 * a fast engine can finish first, and the delivery's edit (the clip) would then be overwritten by the
 * handler's "Queued". The handler holds the job's gate from before it enqueues until its status edit has
 * landed (or failed); the delivery waits for the gate before it touches the status message. Gates live in
 * the bot process that took the command, which is also the one whose delivery worker usually posts the
 * clip; a delivery in another process finds no gate and goes ahead, as before.
 */
export class StatusGates {
  private readonly gates = new Map<string, { done: Promise<void>; release: () => void }>();

  /** Holds the gate for `jobId`; call the returned function once the status edit has landed or failed. */
  hold(jobId: string): () => void {
    let release = () => {};
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    const gate = {
      done,
      release: () => {
        release();
        if (this.gates.get(jobId) === gate) this.gates.delete(jobId);
      },
    };
    this.gates.set(jobId, gate);
    return gate.release;
  }

  /** Resolves when no gate is held for `jobId`, or after `timeoutMs` (a stuck edit must not hold a clip). */
  async passed(jobId: string, timeoutMs = 15_000): Promise<void> {
    const gate = this.gates.get(jobId);
    if (!gate) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      gate.done,
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      }),
    ]);
    clearTimeout(timer);
  }
}
