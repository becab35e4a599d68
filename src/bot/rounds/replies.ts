import type { Message } from 'discord.js';
import { isVisiblyEmpty } from '../../queue/index.js';
import type { BotContext } from '../context.js';
import { ContentRefused } from '../errors.js';
import { logAnswered } from '../interactions.js';
import { describeError, NO_PINGS, roundText, text } from '../messages.js';

/**
 * A reply in a round's thread is an entry. It cannot be answered privately: a refusal names the categories
 * and never echoes the text. Without the Message Content intent a reply arrives empty unless it mentions the
 * bot; that is explained once per thread for a while.
 */
export async function handleRoundReply(
  ctx: BotContext,
  message: Message<true>,
  channelId: string,
): Promise<void> {
  const rounds = ctx.rounds;
  if (!rounds) return;
  const botId = message.client.user.id;
  const said = message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), '').trim();
  const answer = (content: string) =>
    message.reply({ content, allowedMentions: NO_PINGS }).catch((error: unknown) => {
      ctx.log.warn({ err: error, thread: message.channelId }, 'could not answer in a round thread');
    });
  const round = await rounds.store.get(channelId);
  if (round && round.phase !== 'collecting') {
    // Past collecting the thread is for talk (and the vote's list): only a reply to the bot is answered.
    if (message.mentions.users.has(botId)) await answer(roundText.closedForEntries);
    return;
  }
  if (isVisiblyEmpty(said)) {
    const key = ctx.keys.botThreadHinted(message.channelId);
    if (await ctx.redis.set(key, '1', 'EX', HINT_TTL_SECONDS, 'NX'))
      await answer(roundText.howToEnter(botId));
    return;
  }
  try {
    const round = await rounds.submit(
      channelId,
      { guildId: message.guildId, channelId: message.channelId, userId: message.author.id },
      said,
    );
    await answer(roundText.threadEntered(round, message.author.id));
  } catch (error) {
    const { message: reason, unexpected } = describeError(error);
    logAnswered(ctx.log, error, unexpected, { thread: message.channelId });
    await answer(
      error instanceof ContentRefused
        ? text.threadRefused(error.categories, error.cooldownResetUnix)
        : reason,
    );
  }
}

/** How long a round thread stays quiet after the bot explained how to enter. */
const HINT_TTL_SECONDS = 60 * 60;
