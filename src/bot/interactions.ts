import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  DiscordAPIError,
  MessageFlags,
  type ModalSubmitInteraction,
  type RepliableInteraction,
} from 'discord.js';
import type { BotContext } from './context.js';
import { UserError } from './errors.js';
import { type ClipRequest, submitClip } from './jobs.js';
import { cancelRow, describeError, NO_PINGS, queuedEmbed, text } from './messages.js';
import type { EffectiveSettings } from './state.js';

/** Discord error codes that mean "this interaction or message is gone": nothing to answer, nothing to retry. */
export const GONE_CODES = new Set([10062, 10008, 10015, 40060, 50027, 10003]);

export const isGone = (error: unknown) =>
  error instanceof DiscordAPIError && typeof error.code === 'number' && GONE_CODES.has(error.code);

/** Answers an interaction with the member-facing text for an error; never throws. */
export async function answerError(
  ctx: BotContext,
  interaction: RepliableInteraction,
  error: unknown,
): Promise<void> {
  const { message, unexpected } = describeError(error);
  if (unexpected) ctx.log.error({ err: error, interaction: interaction.id }, 'interaction failed');
  try {
    if ((interaction.deferred || interaction.replied) && !unexpected) {
      // The member's own mistake stays private: the public "thinking…" message gives way to an ephemeral one.
      await interaction.deleteReply().catch(() => undefined);
      await interaction.followUp({
        content: message,
        flags: MessageFlags.Ephemeral,
        allowedMentions: NO_PINGS,
      });
    } else if (interaction.deferred || interaction.replied) {
      await interaction.editReply({
        content: message,
        embeds: [],
        components: [],
        allowedMentions: NO_PINGS,
      });
    } else {
      await interaction.reply({ content: message, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
    }
  } catch (answerFailure) {
    // Expired or unknown interactions cannot be answered; anything else is worth a log line.
    if (!isGone(answerFailure)) ctx.log.warn({ err: answerFailure }, 'could not answer an interaction');
  }
}

/** The channel whose settings apply: a thread follows its parent. */
export function settingsChannel(interaction: RepliableInteraction): string | null {
  const channel = interaction.channel;
  if (channel?.isThread()) return channel.parentId;
  return interaction.channelId;
}

/** Throws the right UserError when the channel is not one the server allows. */
export function assertChannelAllowed(settings: EffectiveSettings, channelId: string | null): void {
  if (settings.channels.length > 0 && (!channelId || !settings.channels.includes(channelId))) {
    throw new UserError('CHANNEL_NOT_ALLOWED', text.channelNotAllowed(settings.channels));
  }
}

/** Reserves a queue slot (returns the job id to enqueue under) or throws the limit hit, with its reset time. */
export async function reserveSlot(
  ctx: BotContext,
  userId: string,
  settings: EffectiveSettings,
): Promise<string> {
  const check = await ctx.state.reserve(userId, settings);
  if (check.ok) return check.jobId;
  if (check.reason === 'cooldown') {
    throw new UserError('COOLDOWN', text.cooldown(Math.ceil(check.resetAt / 1000)));
  }
  throw new UserError('TOO_MANY_QUEUED', text.tooMany(check.count, settings.maxQueued));
}

type ClipInteraction = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/**
 * The shape every clip-making interaction follows: the deferral first (Discord's 3 s deadline, and the
 * benchmark's 150 ms p99 under bursts), then the checks (channel, limits: a refusal replaces the "thinking"
 * message with an ephemeral answer), then slow work (validation, expansion, enqueue), then the status embed
 * with a Cancel button. `prepare` may throw a UserError.
 */
export async function startClip(
  ctx: BotContext,
  interaction: ClipInteraction,
  prepare: (
    settings: EffectiveSettings,
  ) => Promise<Omit<ClipRequest, 'jobId' | 'userId' | 'guildId' | 'channelId'>>,
): Promise<void> {
  const response = await interaction.deferReply({ withResponse: true });
  const settings = await ctx.state.settings(interaction.guildId);
  assertChannelAllowed(settings, settingsChannel(interaction));
  const reserved = await reserveSlot(ctx, interaction.user.id, settings);
  try {
    const statusMessageId = response.resource?.message?.id ?? (await interaction.fetchReply()).id;
    const partial = await prepare(settings);
    const channel = interaction.channel;
    const threadId = channel?.isThread() ? channel.id : undefined;
    const { jobId, position, eta, job } = await submitClip(ctx, {
      ...partial,
      jobId: reserved,
      userId: interaction.user.id,
      guildId: interaction.guildId,
      channelId: interaction.channelId ?? '',
      statusMessageId,
      ...(threadId ? { threadId } : {}),
      interaction: {
        applicationId: interaction.applicationId,
        token: interaction.token,
        createdAt: interaction.createdTimestamp,
      },
      ...(interaction.attachmentSizeLimit ? { attachmentSizeLimit: interaction.attachmentSizeLimit } : {}),
    });
    await interaction.editReply({
      embeds: [queuedEmbed(job, jobId, position, eta)],
      components: [cancelRow(jobId, interaction.user.id)],
      allowedMentions: NO_PINGS,
    });
  } finally {
    await ctx.state.unreserve(interaction.user.id, reserved);
  }
}
