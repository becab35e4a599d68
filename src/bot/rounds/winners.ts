import { Routes } from 'discord.js';
import { type DeliveryQueue, decodeFailure } from '../../queue/index.js';
import { type BotContext, editMessage } from '../context.js';
import { logEditFailure } from '../discord-errors.js';
import { ContentRefused, UserError } from '../errors.js';
import { submitClip } from '../jobs.js';
import { cancelRow, failureText, NO_PINGS, queuedEmbed, roundText } from '../messages.js';
import { policyFor } from '../moderation.js';
import { settleStatus } from '../progress.js';
import { changeRound, nonceOf } from './record.js';
import { type Round, type RoundStore, type RoundWinner, withWinner } from './store.js';

/**
 * Queues one winner, credited to its author, once: its job id is fixed by the round and the entry; its
 * status message is posted with a nonce and recorded; a job already in BullMQ (a restart after queueing)
 * is not queued again. A caption the content check refuses blocks the winner; a limit (a spent budget)
 * fails it with its reason.
 */
export async function queueWinner(
  ctx: BotContext,
  store: RoundStore,
  round: Round,
  entryId: number,
): Promise<void> {
  const w = round.winners.find((x) => x.entryId === entryId);
  const entry = round.entries.find((e) => e.id === entryId);
  if (!w || !entry || w.state !== 'pending') return;
  const change = (apply: (r: Round) => Round) => changeRound(store, round.channelId, round.id, apply);
  const markQueued = () =>
    change((r) =>
      r.winners.find((x) => x.entryId === entryId)?.state === 'pending'
        ? withWinner(r, entryId, { state: 'queued' })
        : r,
    );
  if (await ctx.queue.queue.getJob(w.jobId)) {
    await markQueued();
    return;
  }
  let statusMessageId = w.statusMessageId;
  if (!statusMessageId) {
    const posted = (await ctx.rest.post(Routes.channelMessages(round.channelId), {
      body: {
        content: roundText.winnerStatus(entryId, entry.userId),
        allowed_mentions: NO_PINGS,
        nonce: nonceOf(`status:${w.jobId}`),
        enforce_nonce: true,
      },
    })) as { id: string };
    statusMessageId = posted.id;
    await change((r) => withWinner(r, entryId, { statusMessageId: posted.id }));
  }
  const status = { kind: 'channel' as const, channelId: round.channelId, messageId: statusMessageId };
  const settings = await ctx.state.settings(round.guildId);
  const release = ctx.statusGates.hold(w.jobId);
  try {
    const { position, eta, job, cost } = await submitClip(ctx, {
      jobId: w.jobId,
      kind: 'generate',
      prompt: entry.prompt,
      durationSeconds: settings.defaultDurationSeconds,
      aspect: '1:1',
      userId: entry.userId,
      guildId: round.guildId,
      channelId: round.channelId,
      statusMessageId,
      screening: {
        policy: policyFor(settings.moderation, round.ageRestricted),
        settings: settings.moderation,
        asker: { guildId: round.guildId, channelId: round.channelId, userId: entry.userId },
      },
    });
    await markQueued();
    await editMessage(ctx.rest, status, {
      content: roundText.winnerStatus(entryId, entry.userId),
      embeds: [queuedEmbed(job, w.jobId, position, eta, cost?.estimateUsd)],
      components: [cancelRow(w.jobId, entry.userId)],
      allowed_mentions: NO_PINGS,
    }).catch((error: unknown) =>
      logEditFailure(ctx.log, error, { jobId: w.jobId }, "showing a round winner's status"),
    );
    release();
    await settleStatus(ctx, w.jobId, job);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const blocked = error instanceof ContentRefused;
    const reason = blocked ? 'blocked by the content check' : error.message;
    ctx.log.info({ jobId: w.jobId, code: error.code }, 'a round winner was not queued');
    await change((r) => withWinner(r, entryId, { state: blocked ? 'blocked' : 'failed', reason }));
    await editMessage(ctx.rest, status, {
      content: roundText.winnerNotQueued(entryId, entry.userId, reason),
      allowed_mentions: NO_PINGS,
    }).catch((failure: unknown) =>
      logEditFailure(ctx.log, failure, { jobId: w.jobId }, "showing a round winner's status"),
    );
  } finally {
    release();
  }
}

/**
 * How a queued winner stands: done once made and delivered; blocked or failed with the reason; undefined
 * while it is still on its way.
 */
export async function outcomeOf(
  ctx: BotContext,
  deliveries: DeliveryQueue,
  w: RoundWinner,
): Promise<Partial<RoundWinner> | undefined> {
  const status = await ctx.queue.status(w.jobId);
  switch (status.state) {
    case 'completed': {
      if (await wasPosted(ctx, w)) return { state: 'done' };
      // A delivery that failed for good (Discord refused it) still leaves the clip for the gallery.
      return (await deliveries.failedForGood(w.jobId)) ? { state: 'done' } : undefined;
    }
    case 'failed': {
      const failure = status.failure ?? decodeFailure(undefined);
      if (failure.code === 'POLICY_REFUSED')
        return { state: 'blocked', reason: 'blocked by the content check' };
      return { state: 'failed', reason: failureText(failure) };
    }
    case 'missing':
      // Gone from BullMQ: delivered long ago (finished jobs are kept a day), or cancelled before it ran.
      if (await wasPosted(ctx, w)) return { state: 'done' };
      return { state: 'failed', reason: 'cancelled before it ran' };
    default:
      return undefined;
  }
}

/** Whether the winner's clip was posted (the delivery's idempotency marker). */
async function wasPosted(ctx: BotContext, w: RoundWinner): Promise<boolean> {
  const marker = await ctx.redis.get(ctx.keys.delivered(w.jobId));
  return marker?.startsWith('posted:') === true;
}
