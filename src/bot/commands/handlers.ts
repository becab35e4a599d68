import {
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
} from 'discord.js';
import {
  type Aspect,
  artifactKeys,
  aspectSchema,
  CONFIGURABLE_CATEGORIES,
  formatUsd,
  generateJobSchema,
  InvalidPayload,
  invalidPayloadFrom,
  isVisiblyEmpty,
  policyLevelSchema,
  SpendLedger,
} from '../../queue/index.js';
import { checkStill, fetchStill } from '../attachments.js';
import type { BotContext } from '../context.js';
import { logEditFailure } from '../discord-errors.js';
import { UserError } from '../errors.js';
import { managedGuild, startClip } from '../interactions.js';
import { followUp } from '../jobs.js';
import { cancelledEmbed, NO_PINGS, text } from '../messages.js';
import { captionTexts } from '../moderation.js';
import { modlogPage } from '../modlog.js';
import { roundCommand } from '../rounds/index.js';
import type { EffectiveSettings, GuildSettings, JobRecord, ModerationSettings } from '../state.js';
import { showStatus } from '../status.js';
import { verifyCommand, verifyMessage } from '../verify.js';
import type { CommandName, MessageMenuName } from './definitions.js';

type Handler = (ctx: BotContext, interaction: ChatInputCommandInteraction) => Promise<void>;

const ephemeral = (content: string) => ({
  content,
  flags: MessageFlags.Ephemeral as const,
  allowedMentions: NO_PINGS,
});

function durationOption(ctx: BotContext, interaction: ChatInputCommandInteraction, fallback: number): number {
  const asked = interaction.options.getNumber('duration') ?? interaction.options.getNumber('seconds');
  const value = asked ?? fallback;
  if (value <= 0 || value > ctx.config.MAX_DURATION_SECONDS) {
    throw new UserError(
      'BAD_OPTION',
      `Duration must be between 1 and ${ctx.config.MAX_DURATION_SECONDS} seconds.`,
    );
  }
  return value;
}

// The job contract's own rule for prompts, so the limit a member is told is the one the queue enforces.
const promptContract = generateJobSchema.pick({ prompt: true });

/**
 * The prompt the job carries: the member's words plus their style. Checked against the contract before
 * the deferral, so a prompt the queue would refuse gets a private answer and takes no slot.
 */
function promptWithStyle(prompt: string, style: string | undefined): string {
  const full = style ? `${prompt}, in a ${style} style` : prompt;
  const checked = promptContract.safeParse({ prompt: full });
  if (checked.success) return checked.data.prompt;
  const invalid = invalidPayloadFrom(checked.error);
  const { kind, limit } = invalid.problem;
  if (kind === 'too_big' && limit !== undefined) {
    throw new UserError('PROMPT_TOO_LONG', text.promptTooLong(full.length, limit, style !== undefined));
  }
  throw invalid;
}

const generate: Handler = async (ctx, interaction) => {
  const prompt = interaction.options.getString('prompt', true).trim();
  const style = interaction.options.getString('style')?.trim() || undefined;
  const aspect = aspectSchema.safeParse(interaction.options.getString('aspect') ?? '1:1');
  if (!aspect.success) throw new UserError('BAD_OPTION', 'Unknown aspect ratio.');
  const seed = interaction.options.getInteger('seed');
  if (isVisiblyEmpty(prompt)) throw new UserError('BAD_OPTION', text.emptyPrompt);
  const fullPrompt = promptWithStyle(prompt, style);
  await startClip(ctx, interaction, {
    texts: [{ text: fullPrompt, kind: 'prompt' }],
    prepare: async (settings) => ({
      kind: 'generate',
      prompt: fullPrompt,
      ...(seed !== null ? { seed } : {}),
      durationSeconds: durationOption(ctx, interaction, settings.defaultDurationSeconds),
      aspect: aspect.data as Aspect,
    }),
  });
};

const animate: Handler = async (ctx, interaction) => {
  const attachment = interaction.options.getAttachment('image');
  if (!attachment) throw new UserError('BAD_ATTACHMENT', text.noStillAttached);
  const prompt = interaction.options.getString('prompt', true).trim();
  if (isVisiblyEmpty(prompt)) throw new UserError('BAD_OPTION', text.emptyPrompt);
  if (ctx.model && !ctx.model.conditioning.includes('first_frame')) {
    throw new UserError('NO_FIRST_FRAME', text.noFirstFrame(`${ctx.model.name} ${ctx.model.version}`));
  }
  const info = {
    url: attachment.url,
    size: attachment.size,
    contentType: attachment.contentType,
    width: attachment.width,
    height: attachment.height,
    name: attachment.name,
  };
  // Checked before the deferral so a wrong file gets a private answer.
  checkStill(info, ctx.cdnOrigins);
  await startClip(ctx, interaction, {
    texts: [{ text: prompt, kind: 'prompt' }],
    prepare: async (settings) => {
      const still = await fetchStill(info, ctx.cdnOrigins, AbortSignal.timeout(10_000));
      const key = artifactKeys.upload(crypto.randomUUID());
      await ctx.artifacts.put(key, still.data, {
        contentType: still.type,
        width: String(still.width),
        height: String(still.height),
        userId: interaction.user.id,
      });
      return {
        kind: 'animate',
        prompt,
        durationSeconds: durationOption(ctx, interaction, settings.defaultDurationSeconds),
        aspect: '1:1',
        conditioning: { mode: 'first_frame', image: { key, contentType: still.type } },
      };
    },
  });
};

async function threadParent(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<JobRecord> {
  const channel = interaction.channel;
  const jobId = channel?.isThread() ? await ctx.state.threadJob(channel.id) : undefined;
  const parent = jobId ? await ctx.state.job(jobId) : undefined;
  if (!parent) throw new UserError('NOT_IN_CLIP_THREAD', text.threadOnly);
  return parent;
}

const refine: Handler = async (ctx, interaction) => {
  const change = interaction.options.getString('change', true);
  if (isVisiblyEmpty(change)) throw new UserError('BAD_OPTION', text.emptyPrompt);
  const parent = await threadParent(ctx, interaction);
  await startClip(ctx, interaction, {
    // The change is checked before the intent parser (which may hand it to an LLM) reads it.
    texts: [{ text: change, kind: 'reply' }],
    prepare: async (settings) => {
      const intent = await ctx.captions.intent(change, {
        prompt: parent.job.prompt,
        caption: parent.job.caption,
        seed: parent.job.seed,
      });
      const durationSeconds = settings.defaultDurationSeconds;
      if (intent.kind === 'refine') {
        return {
          ...followUp(parent, 'refine', { durationSeconds, caption: intent.caption, prompt: intent.prompt }),
          written: captionTexts(intent.caption),
        };
      }
      if (intent.kind === 'extend') {
        return followUp(parent, 'extend', {
          durationSeconds: intent.seconds ?? durationSeconds,
          direction: intent.direction,
        });
      }
      if (intent.kind === 'loop') return followUp(parent, 'loop', { durationSeconds });
      if (intent.kind === 'question') throw new UserError('BAD_OPTION', intent.message ?? text.question);
      return followUp(parent, 'retry', { durationSeconds });
    },
  });
};

const extend: Handler = async (ctx, interaction) => {
  const parent = await threadParent(ctx, interaction);
  const direction = interaction.options.getString('direction') === 'backward' ? 'backward' : 'forward';
  await startClip(ctx, interaction, {
    texts: [],
    prepare: async (settings) =>
      followUp(parent, 'extend', {
        durationSeconds: durationOption(ctx, interaction, settings.defaultDurationSeconds),
        direction,
      }),
  });
};

const queue: Handler = async (ctx, interaction) => {
  const jobs = await ctx.queue.jobsOf(interaction.user.id);
  if (jobs.length === 0) {
    await interaction.reply(ephemeral(text.noJobs));
    return;
  }
  const lines = await Promise.all(
    jobs.map(async (s) =>
      text.queueLine(s, s.position !== undefined ? await ctx.queue.etaSeconds(s.position) : undefined),
    ),
  );
  await interaction.reply(ephemeral(lines.join('\n').slice(0, 1900)));
};

const cancel: Handler = async (ctx, interaction) => {
  const asked = interaction.options.getString('job');
  const mine = await ctx.queue.jobsOf(interaction.user.id);
  const target = asked ? mine.find((s) => s.jobId === asked) : mine.at(-1);
  if (!target)
    throw new UserError(
      'JOB_NOT_FOUND',
      asked ? 'You have no queued or running job with that id.' : text.noJobs,
    );
  const outcome = await ctx.queue.cancel(target.jobId);
  if (outcome === 'removed' && target.job) await markCancelled(ctx, target.jobId);
  const answer =
    outcome === 'removed'
      ? text.cancelled
      : outcome === 'signalled'
        ? text.cancelSignalled
        : text.alreadyFinished;
  await interaction.reply(ephemeral(answer));
};

/**
 * Shows "Cancelled." on a removed job's newest status message (best effort: it may be gone, or too old to
 * edit; the member who cancelled has their answer either way).
 */
export async function markCancelled(ctx: BotContext, jobId: string): Promise<void> {
  const record = await ctx.state.job(jobId);
  if (!record) return;
  await showStatus(ctx, jobId, record.job, {
    embeds: [cancelledEmbed(record.job, jobId)],
    components: [],
    allowed_mentions: NO_PINGS,
  }).catch((error: unknown) => logEditFailure(ctx.log, error, { jobId }, 'marking a job cancelled'));
}

const help: Handler = async (_ctx, interaction) => {
  await interaction.reply(ephemeral(text.help));
};

const settings: Handler = async (ctx, interaction) => {
  const guildId = managedGuild(interaction, 'change settings');
  const group = interaction.options.getSubcommandGroup(false);
  const sub = interaction.options.getSubcommand();
  if (group === 'moderation') {
    await changeSettings(ctx, guildId, (s) => moderationChange(interaction, sub, s));
  } else if (sub !== 'show') {
    await changeSettings(ctx, guildId, (s) => {
      switch (sub) {
        case 'channel': {
          const channel = interaction.options.getChannel('channel', true).id;
          const allowed = interaction.options.getBoolean('allowed', true);
          const rest = s.channels.filter((c) => c !== channel);
          return { ...s, channels: allowed ? [...rest, channel] : rest };
        }
        case 'limits': {
          const maxQueued = interaction.options.getInteger('max_queued');
          const cooldown = interaction.options.getInteger('cooldown');
          return {
            ...s,
            ...(maxQueued !== null ? { maxQueued } : {}),
            ...(cooldown !== null ? { cooldownSeconds: cooldown } : {}),
          };
        }
        case 'duration':
          return { ...s, defaultDurationSeconds: interaction.options.getNumber('seconds', true) };
        case 'buttons':
          return { ...s, openButtons: interaction.options.getBoolean('open', true) };
        case 'rounds': {
          const role = interaction.options.getRole('role');
          const { roundHostRole: _, ...rest } = s;
          return role ? { ...rest, roundHostRole: role.id } : rest;
        }
        case 'budget': {
          const usd = interaction.options.getNumber('usd');
          const { monthlyBudgetUsd: _, ...rest } = s;
          return usd === null ? rest : { ...rest, monthlyBudgetUsd: usd };
        }
        default:
          return s;
      }
    });
  }
  const e = await ctx.state.settings(guildId);
  const lines = [
    sub === 'show' ? '**zoetrope settings**' : `${text.settingsSaved} Now:`,
    `• channels: ${e.channels.length === 0 ? 'everywhere' : e.channels.map((c) => `<#${c}>`).join(', ')}`,
    `• per-member limit: ${e.maxQueued} queued, cooldown ${e.cooldownSeconds} s`,
    `• default duration: ${e.defaultDurationSeconds} s`,
    `• Retry/Extend/Loop on others' clips: ${e.openButtons ? 'anyone' : 'requester only'}`,
    `• prompt rounds started by: Manage Server${e.roundHostRole ? ` or <@&${e.roundHostRole}>` : ''}`,
    ...(await budgetLines(ctx, guildId, e)),
    ...moderationLines(e.moderation),
  ];
  await interaction.reply(ephemeral(lines.join('\n')));
};

/** The hosted-model budget and this month's spend, shown only where the engines run a paid model. */
async function budgetLines(ctx: BotContext, guildId: string, e: EffectiveSettings): Promise<string[]> {
  if (ctx.config.ENGINE_BACKEND !== 'fal') return [];
  const spent = await new SpendLedger(ctx.redis, ctx.keys).spent(guildId, ctx.clock());
  const budget = e.monthlyBudgetUsd === undefined ? 'no limit' : `${formatUsd(e.monthlyBudgetUsd)} a month`;
  return [`• hosted-model budget: ${budget}; ${formatUsd(spent)} spent this month`];
}

/** `/settings moderation …`: a category's level, adult content, what the audit keeps, the log channel. */
function moderationChange(
  interaction: ChatInputCommandInteraction,
  sub: string,
  s: GuildSettings,
): GuildSettings {
  if ((CONFIGURABLE_CATEGORIES as readonly string[]).includes(sub)) {
    const level = policyLevelSchema.parse(interaction.options.getString('level', true));
    return { ...s, policy: { ...s.policy, [sub]: level } };
  }
  switch (sub) {
    case 'adult':
      return { ...s, adultContent: interaction.options.getBoolean('enabled', true) };
    case 'audit':
      return { ...s, auditText: interaction.options.getString('store', true) === 'hash' ? 'hash' : 'text' };
    case 'log': {
      const channel = interaction.options.getChannel('channel');
      const { modLogChannel: _, ...rest } = s;
      return channel ? { ...rest, modLogChannel: channel.id } : rest;
    }
    default:
      return s;
  }
}

/** The moderation part of the settings, in words. */
function moderationLines(m: ModerationSettings): string[] {
  return [
    `• content policy: sexual content ${m.levels.sexual} · violence ${m.levels.violence} · ` +
      `real people's likeness ${m.levels.likeness} · others' characters and brands ${m.levels.ip}`,
    '• always refused: content involving minors, hate, harassment, self-harm, instructions aimed at the caption writer',
    `• adult content: ${m.adultContent ? 'allowed in age-restricted channels' : 'off'}`,
    `• moderation log: ${m.auditText === 'text' ? 'keeps refused text' : 'keeps a SHA-256 hash of refused text'}` +
      `; log channel: ${m.logChannelId ? `<#${m.logChannelId}>` : 'none'}`,
  ];
}

const modlog: Handler = async (ctx, interaction) => {
  const guildId = managedGuild(interaction, 'read the moderation log');
  await interaction.reply({
    ...(await modlogPage(ctx, guildId, interaction.user.id)),
    flags: MessageFlags.Ephemeral,
    allowedMentions: NO_PINGS,
  });
};

/** Saves a settings change; one channel over the schema's limit is the manager's to fix, and said so. */
async function changeSettings(
  ctx: BotContext,
  guildId: string,
  change: (s: GuildSettings) => GuildSettings,
): Promise<void> {
  try {
    await ctx.state.updateSettings(guildId, change);
  } catch (error) {
    if (!(error instanceof InvalidPayload)) throw error;
    const { field, kind, limit } = error.problem;
    if (field === 'channels' && kind === 'too_big' && limit !== undefined) {
      throw new UserError('TOO_MANY_CHANNELS', text.tooManyChannels(limit));
    }
    throw error;
  }
}

/** Slash command handlers by name: exactly one per registered command (the type says so). */
export const commandHandlers: Record<CommandName, Handler> = {
  generate,
  animate,
  refine,
  extend,
  queue,
  cancel,
  help,
  round: roundCommand,
  settings,
  modlog,
  verify: verifyCommand,
};

type MessageMenuHandler = (
  ctx: BotContext,
  interaction: MessageContextMenuCommandInteraction,
) => Promise<void>;

/** Message context-menu handlers by name: exactly one per registered menu command (the type says so). */
export const messageMenuHandlers: Record<MessageMenuName, MessageMenuHandler> = {
  'Verify clip': verifyMessage,
};
