import { RESTJSONErrorCodes, Routes } from 'discord.js';
import type { BotContext } from '../context.js';
import { hasCode, isGone } from '../discord-errors.js';
import { NO_PINGS, roundText } from '../messages.js';
import { changeRound, nonceOf, say } from './record.js';
import { pollEntries, type Round, type RoundStore } from './store.js';

/** A round's poll as recorded: its message, which entry each answer stands for, and when it ends. */
export type RoundPoll = NonNullable<Round['poll']>;

/** A poll's results as Discord returns them on its message. */
export interface PollResults {
  is_finalized?: boolean;
  answer_counts?: { id: number; count: number }[];
}

/**
 * The vote: the full prompts in the thread and the poll in the channel, each posted once, the poll recorded
 * with when it ends (`minuteMs` a "minute"). A round that already has its poll gets it back as it is.
 */
export async function openPoll(
  ctx: BotContext,
  store: RoundStore,
  round: Round,
  minuteMs: number,
): Promise<RoundPoll> {
  if (round.poll) return round.poll;
  const offered = pollEntries(round);
  await say(ctx, round, round.threadId ?? round.channelId, roundText.voteList(round, offered), 'vote-list');
  const answers = offered.map((e) => roundText.pollAnswer(e.id, e.prompt));
  const message = (await ctx.rest.post(Routes.channelMessages(round.channelId), {
    body: {
      poll: {
        question: { text: roundText.pollQuestion(round.theme) },
        answers: answers.map((t) => ({ poll_media: { text: t } })),
        duration: Math.min(768, Math.max(1, Math.ceil(round.voteMinutes / 60))),
        allow_multiselect: false,
        layout_type: 1,
      },
      allowed_mentions: NO_PINGS,
      nonce: nonceOf(`poll:${round.id}`),
      enforce_nonce: true,
    },
  })) as { id: string; poll?: { answers?: { answer_id: number; poll_media?: { text?: string } }[] } };
  // Answer ids as Discord gave them: matched by text (each starts with its entry's number), else by order.
  const returned = message.poll?.answers ?? [];
  const mapped = offered.map((e, i) => {
    const byText = returned.find((a) => a.poll_media?.text === answers[i]);
    return { answerId: (byText ?? returned[i])?.answer_id ?? i + 1, entryId: e.id };
  });
  const endsAt = ctx.clock() + round.voteMinutes * minuteMs;
  const poll: RoundPoll = { messageId: message.id, answers: mapped, endsAt };
  await changeRound(store, round.channelId, round.id, (r) => (r.poll ? r : { ...r, poll }));
  return poll;
}

/** Ends the round's poll early (an already ended or deleted one is fine). */
export async function expirePoll(ctx: BotContext, round: Round): Promise<void> {
  if (!round.poll) return;
  try {
    await ctx.rest.post(Routes.expirePoll(round.channelId, round.poll.messageId));
  } catch (error) {
    if (hasCode(error, RESTJSONErrorCodes.PollExpired) || isGone(error)) return;
    throw error;
  }
}

/** The poll's results as they stand; a deleted poll message counts as final with no votes. */
export async function readPoll(
  ctx: BotContext,
  round: Round,
  poll: RoundPoll,
): Promise<PollResults | undefined> {
  try {
    const message = (await ctx.rest.get(Routes.channelMessage(round.channelId, poll.messageId))) as {
      poll?: { results?: PollResults };
    };
    return message.poll?.results;
  } catch (error) {
    // The poll's message was deleted: nobody's votes can be read, so nobody has any.
    if (!isGone(error)) throw error;
    ctx.log.info(
      { channelId: round.channelId, roundId: round.id },
      "a round's poll is gone; counting no votes",
    );
    return { is_finalized: true, answer_counts: [] };
  }
}
