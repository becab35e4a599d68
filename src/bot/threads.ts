import type { Message } from 'discord.js';
import { isVisiblyEmpty } from '../queue/index.js';
import type { BotContext } from './context.js';
import { editMessage } from './context.js';
import { ContentRefused } from './errors.js';
import { assertChannelAllowed, logAnswered, reserveSlot, screeningOf } from './interactions.js';
import { followUp, submitClip } from './jobs.js';
import { cancelRow, describeError, NO_PINGS, queuedEmbed, text } from './messages.js';
import { assertNoModerationCooldown, captionTexts, screen } from './moderation.js';
import { settleStatus } from './progress.js';
import { handleRoundReply } from './rounds/index.js';

/** How long a thread stays quiet after the bot explained how to refine (one hint per thread for a while). */
const HINT_TTL_SECONDS = 60 * 60;

/**
 * A member's reply in a clip's thread continues that clip: refine, extend, loop (read by the caption
 * service's intent parser). Without the Message Content intent Discord sends a reply's text only when it
 * mentions the bot; a reply that arrives without text (that, or only an attachment) is answered once per
 * thread, for a while, with the ways that work: a mention or /refine.
 */
export async function handleThreadMessage(ctx: BotContext, message: Message): Promise<void> {
  if (message.author.bot || message.system || !message.inGuild() || !message.channel.isThread()) return;
  const botId = message.client.user.id;
  const mentioned = message.mentions.users.has(botId);
  const thread = message.channel;
  const roundChannel = await ctx.rounds?.store.channelOfThread(thread.id);
  if (roundChannel) {
    await handleRoundReply(ctx, message, roundChannel);
    return;
  }
  const jobId = await ctx.state.threadJob(thread.id);
  if (!jobId) return;
  const parent = await ctx.state.job(jobId);
  if (!parent) return;
  const said = message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), '').trim();
  const answer = (content: string) =>
    message.reply({ content, allowedMentions: NO_PINGS }).catch((error: unknown) => {
      ctx.log.warn({ err: error, thread: thread.id }, 'could not answer in a thread');
    });
  if (!mentioned && message.content === '') {
    const key = ctx.keys.botThreadHinted(thread.id);
    if (await ctx.redis.set(key, '1', 'EX', HINT_TTL_SECONDS, 'NX')) await answer(text.howToRefine(botId));
    return;
  }
  if (isVisiblyEmpty(said)) {
    await answer(text.question);
    return;
  }
  let reserved: string | undefined;
  let releaseStatus = () => {};
  try {
    const settings = await ctx.state.settings(message.guildId);
    assertChannelAllowed(settings, thread.parentId);
    const screening = screeningOf(settings, thread, {
      guildId: message.guildId,
      channelId: thread.id,
      userId: message.author.id,
    });
    await assertNoModerationCooldown(ctx, screening.asker);
    // The reply is checked before the intent parser (which may hand it to an LLM) reads it, and the caption
    // it makes before anything is posted or reserved.
    await screen(ctx, screening, [{ text: said, kind: 'reply' }]);
    const intent = await ctx.captions.intent(said, {
      prompt: parent.job.prompt,
      caption: parent.job.caption,
      seed: parent.job.seed,
    });
    if (intent.kind === 'question') {
      await answer(intent.message ?? text.question);
      return;
    }
    if (intent.kind === 'refine') await screen(ctx, screening, captionTexts(intent.caption));
    reserved = await reserveSlot(ctx, message.author.id, settings);
    releaseStatus = ctx.statusGates.hold(reserved);
    const durationSeconds = settings.defaultDurationSeconds;
    const request =
      intent.kind === 'refine'
        ? followUp(parent, 'refine', { durationSeconds, caption: intent.caption, prompt: intent.prompt })
        : intent.kind === 'extend'
          ? followUp(parent, 'extend', {
              durationSeconds: intent.seconds ?? durationSeconds,
              direction: intent.direction,
            })
          : intent.kind === 'loop'
            ? followUp(parent, 'loop', { durationSeconds })
            : { ...followUp(parent, 'retry', { durationSeconds }) };
    const status = await message.reply({ content: 'Working on it…', allowedMentions: NO_PINGS });
    const {
      jobId: newJobId,
      position,
      eta,
      job,
      cost,
    } = await submitClip(ctx, {
      ...request,
      screening,
      jobId: reserved,
      userId: message.author.id,
      guildId: message.guildId,
      channelId: thread.id,
      threadId: thread.id,
      statusMessageId: status.id,
    });
    await editMessage(
      ctx.rest,
      { kind: 'channel', channelId: thread.id, messageId: status.id },
      {
        content: '',
        embeds: [queuedEmbed(job, newJobId, position, eta, cost?.estimateUsd)],
        components: [cancelRow(newJobId, message.author.id)],
        allowed_mentions: NO_PINGS,
      },
    );
    releaseStatus();
    await settleStatus(ctx, newJobId, job);
  } catch (error) {
    const { message: reason, unexpected } = describeError(error);
    logAnswered(ctx.log, error, unexpected, { thread: thread.id });
    // A thread reply cannot be answered privately: a refusal says what, and never echoes the reply.
    if (error instanceof ContentRefused) {
      if (reserved) await ctx.state.refundCooldown(message.author.id);
      await answer(text.threadRefused(error.categories, error.cooldownResetUnix));
    } else {
      await answer(reason);
    }
  } finally {
    releaseStatus();
    if (reserved) await ctx.state.unreserve(message.author.id, reserved);
  }
}
