import {
  ActionRowBuilder,
  type ButtonInteraction,
  MessageFlags,
  ModalBuilder,
  type ModalSubmitInteraction,
  type StringSelectMenuInteraction,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import { isVisiblyEmpty } from '../../queue/index.js';
import { markCancelled } from '../commands/handlers.js';
import type { BotContext } from '../context.js';
import { UserError } from '../errors.js';
import { managedGuild, startClip } from '../interactions.js';
import { followUp } from '../jobs.js';
import { cancelledEmbed, NO_PINGS, text } from '../messages.js';
import { modlogPage } from '../modlog.js';
import { handleRoundComponent } from '../rounds/index.js';
import { CAPTION_FIELD, decodeComponentId, encodeComponentId, isPageId, isRoundId } from './ids.js';

const notYours = () => new UserError('NOT_YOUR_CLIP', text.notYourClip);

async function parentOf(ctx: BotContext, id: { jobId: string }) {
  const parent = await ctx.state.job(id.jobId);
  if (!parent)
    throw new UserError('JOB_NOT_FOUND', 'That clip is too old to build on; start a new one with /generate.');
  return parent;
}

/**
 * Cancel, Retry, Extend, Loop and Edit caption; someone else's clip gets an ephemeral refusal. `/modlog`'s
 * Previous and Next page the log for the manager who opened it, and nobody else. A round's picker buttons
 * go to `handleRoundComponent`.
 */
export async function handleButton(ctx: BotContext, interaction: ButtonInteraction): Promise<void> {
  const id = decodeComponentId(interaction.customId);
  if (!id) throw new UserError('JOB_NOT_FOUND', 'That button is no longer in use.');
  if (isRoundId(id)) {
    await handleRoundComponent(ctx, interaction, id);
    return;
  }
  if (isPageId(id)) {
    if (interaction.user.id !== id.ownerId) throw new UserError('NOT_YOUR_PAGE', text.notYourPage);
    const guildId = managedGuild(interaction, 'read the moderation log');
    const cursor = id.action === 'log-older' ? { older: id.cursor } : { newer: id.cursor };
    await interaction.update({
      ...(await modlogPage(ctx, guildId, id.ownerId, cursor)),
      allowedMentions: NO_PINGS,
    });
    return;
  }
  const mine = interaction.user.id === id.ownerId;
  if (id.action === 'cancel') {
    if (!mine) throw notYours();
    const outcome = await ctx.queue.cancel(id.jobId);
    if (outcome === 'removed') {
      const record = await ctx.state.job(id.jobId);
      if (record) {
        await interaction.update({
          embeds: [cancelledEmbed(record.job, id.jobId)],
          components: [],
          allowedMentions: NO_PINGS,
        });
      } else {
        await markCancelled(ctx, id.jobId);
        await interaction.reply({
          content: text.cancelled,
          flags: MessageFlags.Ephemeral,
          allowedMentions: NO_PINGS,
        });
      }
      return;
    }
    const answer = outcome === 'signalled' ? text.cancelSignalled : text.alreadyFinished;
    await interaction.reply({ content: answer, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
    return;
  }
  if (!mine) {
    // Retry/Extend/Loop may be opened to everyone by the server; editing a caption never is.
    const settings = await ctx.state.settings(interaction.guildId);
    if (id.action === 'edit' || !settings.openButtons) throw notYours();
  }
  const parent = await parentOf(ctx, id);
  if (id.action === 'edit') {
    const input = new TextInputBuilder()
      .setCustomId(CAPTION_FIELD)
      .setLabel('Caption the model will receive')
      .setStyle(TextInputStyle.Paragraph)
      .setMaxLength(2000)
      .setRequired(true)
      .setValue(parent.job.caption.text.slice(0, 2000));
    const modal = new ModalBuilder()
      .setCustomId(encodeComponentId({ action: 'edit', jobId: id.jobId, ownerId: id.ownerId }))
      .setTitle('Edit caption')
      .addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(input));
    await interaction.showModal(modal);
    return;
  }
  const action = id.action;
  // The parent's prompt and caption were checked when it was made; a retry, extension or loop adds no text.
  await startClip(ctx, interaction, {
    texts: [],
    prepare: async (settings) =>
      followUp(parent, action, { durationSeconds: settings.defaultDurationSeconds }),
  });
}

/** Select menus: a round's picker is the only one. */
export async function handleSelect(ctx: BotContext, interaction: StringSelectMenuInteraction): Promise<void> {
  const id = decodeComponentId(interaction.customId);
  if (!id || !isRoundId(id) || id.action !== 'round-select')
    throw new UserError('JOB_NOT_FOUND', 'That menu is no longer in use.');
  await handleRoundComponent(ctx, interaction, id);
}

/**
 * The modal's caption text. A form built by another version of the bot (or forged) may lack the field or
 * carry another kind of input: discord.js throws for both, which would read as a bug to the member.
 */
function captionField(interaction: ModalSubmitInteraction): string {
  const field = interaction.fields.fields.get(CAPTION_FIELD);
  if (!field || !('value' in field) || typeof field.value !== 'string') {
    throw new UserError('JOB_NOT_FOUND', 'That form is out of date: press Edit caption on the clip again.');
  }
  return field.value;
}

/** The Edit caption modal: a new clip from the edited caption, same seed, lineage kept. */
export async function handleModal(ctx: BotContext, interaction: ModalSubmitInteraction): Promise<void> {
  const id = decodeComponentId(interaction.customId);
  if (id?.action !== 'edit') throw new UserError('JOB_NOT_FOUND', 'That form is no longer in use.');
  if (interaction.user.id !== id.ownerId) throw notYours();
  const edited = captionField(interaction).trim();
  if (isVisiblyEmpty(edited)) throw new UserError('BAD_OPTION', 'The caption is empty.');
  const parent = await parentOf(ctx, id);
  await startClip(ctx, interaction, {
    texts: [{ text: edited, kind: 'edit' }],
    prepare: async (settings) =>
      followUp(parent, 'edit', {
        durationSeconds: settings.defaultDurationSeconds,
        caption: { text: edited, expander: 'edited by requester' },
      }),
  });
}
