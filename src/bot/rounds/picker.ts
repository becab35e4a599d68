import { type ButtonInteraction, MessageFlags, Routes, type StringSelectMenuInteraction } from 'discord.js';
import { encodeComponentId, type RoundAction } from '../components/ids.js';
import type { BotContext } from '../context.js';
import { logEditFailure } from '../discord-errors.js';
import { UserError } from '../errors.js';
import { NO_PINGS, pingOnly, roundText } from '../messages.js';
import { changeRound, isHostOrManager, nonceOf } from './record.js';
import { pickPage, type Round, type RoundStore, withPicks } from './store.js';

/** Asks the host to pick, with the button that opens the picker (pings only the host); posted once. */
export async function callHost(ctx: BotContext, store: RoundStore, round: Round): Promise<void> {
  if (round.pickMessageId) return;
  const posted = (await ctx.rest.post(Routes.channelMessages(round.channelId), {
    body: {
      content: roundText.pickCall(round),
      allowed_mentions: pingOnly(round.hostId),
      components: [
        {
          type: 1,
          components: [
            {
              type: 2,
              style: 1,
              label: roundText.pickButton,
              custom_id: encodeComponentId({
                action: 'round-pick',
                roundId: round.id,
                page: 0,
                ownerId: round.hostId,
              }),
            },
          ],
        },
      ],
      nonce: nonceOf(`pick:${round.id}`),
      enforce_nonce: true,
    },
  })) as { id: string };
  await changeRound(store, round.channelId, round.id, (r) => ({ ...r, pickMessageId: posted.id }));
}

/** The "Pick winners" button is taken off once picking is over (best effort). */
export async function disablePickButton(ctx: BotContext, round: Round): Promise<void> {
  if (!round.pickMessageId) return;
  await ctx.rest
    .patch(Routes.channelMessage(round.channelId, round.pickMessageId), {
      body: { components: [], allowed_mentions: NO_PINGS },
    })
    .catch((error: unknown) =>
      logEditFailure(ctx.log, error, { channelId: round.channelId }, 'removing the pick button'),
    );
}

/** The host's picker on page `page`: a select menu of that page's entries, paging, and Run. */
function pickerView(round: Round, page: number, ownerId: string) {
  const view = pickPage(round, page);
  const picked = new Set(round.picked);
  const id = (action: RoundAction, p: number) =>
    encodeComponentId({ action, roundId: round.id, page: p, ownerId });
  const paging =
    view.pages > 1
      ? [
          {
            type: 2,
            style: 2,
            label: roundText.previous,
            custom_id: id('round-page', Math.max(0, view.page - 1)),
            disabled: view.page === 0,
          },
          {
            type: 2,
            style: 2,
            label: roundText.next,
            custom_id: id('round-page', Math.min(view.pages - 1, view.page + 1)),
            disabled: view.page >= view.pages - 1,
          },
        ]
      : [];
  return {
    content: roundText.picker(round, view.page, view.pages),
    components: [
      {
        type: 1,
        components: [
          {
            type: 3,
            custom_id: id('round-select', view.page),
            placeholder: roundText.pickPlaceholder,
            min_values: 0,
            max_values: Math.max(1, Math.min(round.clips, view.entries.length)),
            options: view.entries.map((e) => ({
              label: roundText.pickOption(e.id, e.prompt),
              value: String(e.id),
              default: picked.has(e.id),
            })),
          },
        ],
      },
      {
        type: 1,
        components: [
          ...paging,
          {
            type: 2,
            style: 3,
            label: roundText.runPicked(round.picked.length),
            custom_id: id('round-run', view.page),
            disabled: round.picked.length === 0,
          },
        ],
      },
    ],
    allowed_mentions: NO_PINGS,
  };
}

/**
 * The host's picker: "Pick winners" opens it (ephemeral), the select menu records the page's picks,
 * Previous/Next page it, Run starts the winners. Its state is the round in Redis and the custom ids, so it
 * works across a bot restart. Anyone but the host or a manager is refused privately.
 */
export async function handleRoundComponent(
  ctx: BotContext,
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  id: { action: RoundAction; roundId: string; page: number; ownerId: string },
): Promise<void> {
  const rounds = ctx.rounds;
  if (!rounds) throw new Error('prompt rounds are not running in this process');
  const channelId = interaction.channelId;
  const round = await rounds.store.get(channelId);
  if (!round || round.id !== id.roundId || !['picking', 'running'].includes(round.phase))
    throw new UserError(
      'ROUND_CLOSED',
      round?.id === id.roundId ? roundText.pickingOver : roundText.pickStale,
    );
  if (!isHostOrManager(interaction, round)) throw new UserError('NOT_ROUND_HOST', roundText.notPicker);
  if (id.action === 'round-run') {
    const running = await rounds.runPicked(channelId, round.id);
    await interaction.update({
      content: roundText.pickedRunning(running.winners.length),
      components: [],
      allowedMentions: NO_PINGS,
    });
    return;
  }
  if (round.phase !== 'picking') throw new UserError('ROUND_CLOSED', roundText.pickingOver);
  /** Shows `page` of the picker for `current` in place of the one the host pressed. */
  const showPicker = async (current: Round, page: number) => {
    const view = pickerView(current, page, interaction.user.id);
    await interaction.update({
      content: view.content,
      components: view.components as never,
      allowedMentions: NO_PINGS,
    });
  };
  switch (id.action) {
    case 'round-pick': {
      const view = pickerView(round, 0, interaction.user.id);
      await interaction.reply({
        content: view.content,
        components: view.components as never,
        flags: MessageFlags.Ephemeral,
        allowedMentions: NO_PINGS,
      });
      return;
    }
    case 'round-page':
      await showPicker(round, id.page);
      return;
    case 'round-select': {
      if (!interaction.isStringSelectMenu()) throw new UserError('BAD_OPTION', roundText.pickStale);
      const values = interaction.values.map(Number).filter((n) => Number.isInteger(n));
      const updated = await rounds.store.update(channelId, (r) => {
        if (r.id !== round.id) throw new UserError('ROUND_CLOSED', roundText.pickStale);
        return withPicks(r, id.page, values);
      });
      await showPicker(updated, id.page);
      return;
    }
  }
}
