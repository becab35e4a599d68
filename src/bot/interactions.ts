import {
  type ButtonInteraction,
  type Channel,
  type ChatInputCommandInteraction,
  MessageFlags,
  type ModalSubmitInteraction,
  PermissionFlagsBits,
  type RepliableInteraction,
} from 'discord.js';
import type { Logger } from 'pino';
import type { TextInput } from '../moderation/index.js';
import { StaleCommand } from './commands/registration.js';
import type { BotContext } from './context.js';
import { logEditFailure } from './discord-errors.js';
import { ContentRefused, errorCode, UserError } from './errors.js';
import { type ClipRequest, submitClip } from './jobs.js';
import { cancelRow, describeError, NO_PINGS, queuedEmbed, text } from './messages.js';
import {
  assertNoModerationCooldown,
  isAgeRestricted,
  policyFor,
  type Screening,
  screen,
} from './moderation.js';
import { settleStatus } from './progress.js';
import type { EffectiveSettings } from './state.js';

/**
 * Logs an error that was answered: a bug or an outage as an error; a request refused for a reason the
 * member can act on (a limit, a bad option, a missing permission) as info with its code, never as a bug.
 */
export function logAnswered(
  log: Logger,
  error: unknown,
  unexpected: boolean,
  fields: Record<string, unknown>,
) {
  if (unexpected) log.error({ err: error, ...fields }, 'request failed');
  else if (error instanceof StaleCommand) {
    // Not the member's mistake: the operator has to re-register the commands, so it is a warning.
    log.warn({ code: error.code, detail: error.detail, ...fields }, 'command registration out of date');
  } else log.info({ code: errorCode(error), ...fields }, 'request refused');
}

/** Answers an interaction with the member-facing text for an error; never throws. */
export async function answerError(
  ctx: BotContext,
  interaction: RepliableInteraction,
  error: unknown,
): Promise<void> {
  const { message, unexpected } = describeError(error);
  logAnswered(ctx.log, error, unexpected, { interaction: interaction.id });
  try {
    if (interaction.deferred && interaction.ephemeral) {
      // Already private (e.g. /verify): the answer takes the "thinking…" message's place.
      await interaction.editReply({
        content: message,
        embeds: [],
        components: [],
        allowedMentions: NO_PINGS,
      });
    } else if ((interaction.deferred || interaction.replied) && !unexpected) {
      // The member's own mistake stays private: the public "thinking…" message gives way to an ephemeral one.
      await interaction
        .deleteReply()
        .catch((failure: unknown) =>
          logEditFailure(ctx.log, failure, { interaction: interaction.id }, 'removing the deferred reply'),
        );
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
    // Expired or unknown interactions cannot be answered; anything else is worth a warning.
    logEditFailure(ctx.log, answerFailure, { interaction: interaction.id }, 'answering an interaction');
  }
}

/**
 * The server a manager-only command or button acts on. Discord hides such commands from members without
 * Manage Server by default, but a server can change who sees them: the permission is checked again here.
 */
export function managedGuild(interaction: RepliableInteraction, what: string): string {
  if (!interaction.guildId) throw new UserError('NOT_IN_GUILD', 'This applies to a server; use it in one.');
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    throw new UserError('NOT_A_MANAGER', text.notAManager(what));
  }
  return interaction.guildId;
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
  let check = await ctx.state.reserve(userId, settings);
  if (!check.ok && check.reason === 'queued') {
    // A lost release would hold the slot for days: drop ids whose job already ended, then ask once more.
    const released = await ctx.queue.pruneInFlight(userId, ctx.keys.userReserved(userId));
    if (released.length > 0) {
      ctx.log.warn({ userId, released }, 'freed in-flight slots whose jobs had already ended');
      check = await ctx.state.reserve(userId, settings);
    }
  }
  if (check.ok) return check.jobId;
  if (check.reason === 'cooldown') {
    throw new UserError('COOLDOWN', text.cooldown(Math.ceil(check.resetAt / 1000)));
  }
  throw new UserError('TOO_MANY_QUEUED', text.tooMany(check.count, settings.maxQueued));
}

type ClipInteraction = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/** A clip request as a handler describes it: the member's own texts, and how to build the rest. */
export interface ClipStart {
  /** What the member wrote for this request (prompt, change, edited caption), checked before anything else. */
  texts: TextInput[];
  /** The slow part (fetching a still, reading a change); may throw a UserError. */
  prepare: (
    settings: EffectiveSettings,
  ) => Promise<Omit<ClipRequest, 'jobId' | 'userId' | 'guildId' | 'channelId' | 'screening'>>;
}

/** The content check of a request from `channel`: the server's policy for it, and who asked where. */
export function screeningOf(
  settings: EffectiveSettings,
  channel: Channel | null,
  asker: Screening['asker'],
): Screening {
  return {
    policy: policyFor(settings.moderation, isAgeRestricted(channel)),
    settings: settings.moderation,
    asker,
  };
}

/**
 * The shape every clip-making interaction follows: the deferral first (Discord's 3 s deadline, and the
 * benchmark's 150 ms p99 under bursts), then the checks (channel, the moderation cooldown, the member's
 * texts against the content policy, limits: a refusal replaces the "thinking" message with an ephemeral
 * answer and takes no slot), then slow work (validation, expansion and its check, enqueue), then the
 * status embed with a Cancel button.
 */
export async function startClip(
  ctx: BotContext,
  interaction: ClipInteraction,
  start: ClipStart,
): Promise<void> {
  const response = await interaction.deferReply({ withResponse: true });
  const settings = await ctx.state.settings(interaction.guildId);
  assertChannelAllowed(settings, settingsChannel(interaction));
  const screening = screeningOf(settings, interaction.channel, {
    guildId: interaction.guildId,
    channelId: interaction.channelId ?? '',
    userId: interaction.user.id,
  });
  await assertNoModerationCooldown(ctx, screening.asker);
  await screen(ctx, screening, start.texts);
  const reserved = await reserveSlot(ctx, interaction.user.id, settings);
  const releaseStatus = ctx.statusGates.hold(reserved);
  try {
    const statusMessageId = response.resource?.message?.id ?? (await interaction.fetchReply()).id;
    const partial = await start.prepare(settings);
    const channel = interaction.channel;
    const threadId = channel?.isThread() ? channel.id : undefined;
    const { jobId, position, eta, job, cost } = await submitClip(ctx, {
      ...partial,
      screening,
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
      embeds: [queuedEmbed(job, jobId, position, eta, cost?.estimateUsd)],
      components: [cancelRow(jobId, interaction.user.id)],
      allowedMentions: NO_PINGS,
    });
    releaseStatus();
    await settleStatus(ctx, jobId, job);
  } catch (error) {
    if (error instanceof ContentRefused) await ctx.state.refundCooldown(interaction.user.id);
    throw error;
  } finally {
    releaseStatus();
    await ctx.state.unreserve(interaction.user.id, reserved);
  }
}
