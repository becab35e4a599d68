import { PermissionFlagsBits, Routes } from 'discord.js';
import { type BotContext, messageNonce } from '../context.js';
import { logEditFailure } from '../discord-errors.js';
import { UserError } from '../errors.js';
import { NO_PINGS, roundText } from '../messages.js';
import type { Round, RoundStore } from './store.js';

/** A change that lost to another (the round already moved on, or was replaced). */
export class Stale extends Error {}

/**
 * Applies `change` to round `roundId` in its channel; undefined when the round is gone or replaced, or
 * `change` threw `Stale`.
 */
export async function changeRound(
  store: RoundStore,
  channelId: string,
  roundId: string,
  change: (round: Round) => Round,
): Promise<Round | undefined> {
  try {
    return await store.update(channelId, (r) => {
      if (r.id !== roundId) throw new Stale();
      return change(r);
    });
  } catch (error) {
    if (error instanceof Stale || (error instanceof UserError && error.code === 'NO_ROUND')) return undefined;
    throw error;
  }
}

/** A nonce (at most 25 characters) for a message the round posts once, whatever retries happen. */
export const nonceOf = (what: string) => messageNonce(`zoetrope-round:${what}`);

/** Posts a round message once (`what` names it; its nonce makes a repeat return the first). */
export async function say(
  ctx: BotContext,
  round: Round,
  channelId: string,
  content: string,
  what: string,
): Promise<void> {
  await ctx.rest.post(Routes.channelMessages(channelId), {
    body: {
      content,
      allowed_mentions: NO_PINGS,
      nonce: nonceOf(`${what}:${round.id}`),
      enforce_nonce: true,
    },
  });
}

/** Shows the round as it stands on its call message (best effort). */
export async function editCall(ctx: BotContext, round: Round): Promise<void> {
  if (!round.messageId) return;
  await ctx.rest
    .patch(Routes.channelMessage(round.channelId, round.messageId), {
      body: { content: roundText.call(round), allowed_mentions: NO_PINGS },
    })
    .catch((error: unknown) =>
      logEditFailure(ctx.log, error, { channelId: round.channelId }, 'editing a round call'),
    );
}

/** Whether the member may close, cancel or pick for `round`: its host, or a member with Manage Server. */
export function isHostOrManager(
  member: { user: { id: string }; memberPermissions: { has(flag: bigint): boolean } | null },
  round: Round,
): boolean {
  return (
    round.hostId === member.user.id || member.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true
  );
}
