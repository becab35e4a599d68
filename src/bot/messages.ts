import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
  DiscordAPIError,
} from 'discord.js';
import type { GenerateJob, JobResult, JobStatus, Progress } from '../queue/index.js';
import { InvalidPayload } from '../queue/index.js';
import { encodeComponentId } from './components/ids.js';
import { UserError } from './errors.js';

/**
 * Every word the bot says lives here: embeds, button rows and the one translation from an error to what a
 * member reads. Prompts are echoed inside embeds and with `allowed_mentions` that parse nothing, so an
 * `@everyone` typed into a prompt is shown, never pinged.
 */

/** `allowed_mentions` for anything that must not ping (every echo of user text). */
export const NO_PINGS = { parse: [] as never[], replied_user: false };
/** `allowed_mentions` that pings only the requester. */
export const pingOnly = (userId: string) => ({ parse: [] as never[], users: [userId], replied_user: false });

const BLUE = 0x5865f2;
const GREEN = 0x57f287;
const RED = 0xed4245;

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** Escapes markdown and neutralises mentions (`@everyone`, `<@id>`) in text that members wrote. */
export function quote(text: string, max = 1000): string {
  return clip(
    text
      .replace(/@(everyone|here)/g, '@\u200b$1')
      .replace(/<(@[!&]?|#)(\d+)>/g, '<$1\u200b$2>')
      .replace(/([\\*_~`|>])/g, '\\$1'),
    max,
  );
}

export function progressBar(fraction: number, width = 16): string {
  const filled = Math.max(0, Math.min(width, Math.round(fraction * width)));
  return `${'▰'.repeat(filled)}${'▱'.repeat(width - filled)} ${Math.round(fraction * 100)}%`;
}

export function formatEta(seconds: number | undefined): string {
  if (seconds === undefined) return 'unknown (first clip since start)';
  if (seconds < 60) return `~${Math.max(1, Math.round(seconds))} s`;
  return `~${Math.round(seconds / 60)} min`;
}

const KIND_TITLE: Record<GenerateJob['kind'], string> = {
  generate: 'Generating a clip',
  animate: 'Animating your image',
  extend: 'Extending the clip',
  loop: 'Making the clip loop',
};

function baseEmbed(job: GenerateJob, jobId: string): APIEmbed {
  const fields = [{ name: 'Prompt', value: quote(job.prompt, 1000) }];
  if (job.caption.text !== job.prompt) {
    fields.push({
      name: `Caption (${quote(job.caption.expander, 40)})`,
      value: quote(job.caption.text, 1000),
    });
  }
  return {
    title: KIND_TITLE[job.kind],
    color: BLUE,
    fields,
    footer: { text: `job ${jobId} · seed ${job.seed} · ${job.durationSeconds}s · ${job.aspect}` },
  };
}

/** The status message right after enqueueing: prompt, caption, position and ETA. */
export function queuedEmbed(
  job: GenerateJob,
  jobId: string,
  position: number,
  eta: number | undefined,
): APIEmbed {
  const embed = baseEmbed(job, jobId);
  embed.description =
    position <= 0
      ? `Queued — next up. Estimated start: ${formatEta(eta)}.`
      : `Queued — ${position} job${position === 1 ? '' : 's'} ahead. Estimated start: ${formatEta(eta)}.`;
  return embed;
}

const STAGE_LABEL: Record<Progress['stage'], string> = {
  queued: 'Waiting in the queue',
  loading: 'Loading the model',
  generating: 'Generating frames',
  checking: 'Checking frames',
  watermarking: 'Watermarking',
  encoding: 'Encoding',
  signing: 'Signing provenance',
  storing: 'Storing',
  delivering: 'Delivering',
};

export function progressEmbed(job: GenerateJob, jobId: string, progress: Progress): APIEmbed {
  const embed = baseEmbed(job, jobId);
  const step =
    progress.step !== undefined && progress.totalSteps !== undefined
      ? ` — step ${progress.step}/${progress.totalSteps}`
      : '';
  embed.description = `**${STAGE_LABEL[progress.stage]}**${step}\n${progressBar(progress.fraction)}`;
  return embed;
}

export function failedEmbed(job: GenerateJob, jobId: string, reason: string): APIEmbed {
  return {
    ...baseEmbed(job, jobId),
    color: RED,
    description: `This clip could not be made: ${quote(reason, 500)}`,
  };
}

export function cancelledEmbed(job: GenerateJob, jobId: string): APIEmbed {
  return { ...baseEmbed(job, jobId), color: RED, description: 'Cancelled.' };
}

/** The delivered clip: provenance notice with model, seed, job id and the engine's checks. */
export function deliveredEmbed(job: GenerateJob, result: JobResult, jobId: string): APIEmbed {
  const embed = baseEmbed(job, jobId);
  embed.title = 'Your clip is ready';
  embed.color = GREEN;
  const checks =
    result.checks.length === 0
      ? 'none reported by the engine'
      : result.checks
          .map(
            (c) =>
              `${c.passed ? '✅' : '⚠️'} ${quote(c.name, 64)}${c.detail ? ` — ${quote(c.detail, 120)}` : ''}`,
          )
          .join('\n');
  embed.fields = [
    ...(embed.fields ?? []),
    {
      name: 'Provenance',
      value: clip(
        `🤖 **AI-generated video.** Model: ${quote(result.model.name, 60)} ${quote(result.model.version, 30)}` +
          ` (${quote(result.model.generator, 60)}) · seed ${result.seed} · job \`${jobId}\`` +
          `\n${(result.bytes / 1024 / 1024).toFixed(2)} MiB · ${result.width}×${result.height} · ` +
          `${result.durationSeconds.toFixed(1)} s`,
        1024,
      ),
    },
    { name: 'Checks', value: clip(checks, 1024) },
  ];
  embed.footer = { text: `job ${jobId} · seed ${result.seed} · lineage depth ${job.lineage.depth}` };
  return embed;
}

export function tooLargeEmbed(job: GenerateJob, jobId: string, bytes: number, limit: number): APIEmbed {
  return {
    ...baseEmbed(job, jobId),
    color: RED,
    description:
      `The clip is ${(bytes / 1024 / 1024).toFixed(1)} MiB but this server accepts attachments up to ` +
      `${(limit / 1024 / 1024).toFixed(1)} MiB, so it cannot be posted here. Try a shorter duration.`,
  };
}

type Row = APIActionRowComponent<APIButtonComponent>;

export function cancelRow(jobId: string, ownerId: string): Row {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: 'Cancel',
        custom_id: encodeComponentId({ action: 'cancel', jobId, ownerId }),
      },
    ],
  };
}

export function clipRow(jobId: string, ownerId: string): Row {
  const button = (action: 'retry' | 'extend' | 'loop' | 'edit', label: string, style: ButtonStyle) =>
    ({
      type: ComponentType.Button,
      style,
      label,
      custom_id: encodeComponentId({ action, jobId, ownerId }),
    }) as APIButtonComponent;
  return {
    type: ComponentType.ActionRow,
    components: [
      button('retry', 'Retry (new seed)', ButtonStyle.Primary),
      button('extend', 'Extend', ButtonStyle.Secondary),
      button('loop', 'Loop', ButtonStyle.Secondary),
      button('edit', 'Edit caption', ButtonStyle.Secondary),
    ],
  };
}

/** Text for a clip delivered after the interaction expired: a mention of the requester only. */
export const lateDeliveryContent = (userId: string) => `<@${userId}> your clip is ready.`;

export const text = {
  help: [
    '**zoetrope** turns prompts into short video clips.',
    '• `/generate prompt:<text>` — a new clip (options: duration, aspect, seed, style).',
    '• `/animate image:<file> prompt:<text>` — bring a still to life (if the model supports it).',
    "• In a clip's thread: reply “make it blue” to refine, “extend it by 2 seconds” to continue, " +
      '“make it loop” to loop. Without the Message Content intent, mention the bot or use `/refine`, `/extend`.',
    '• `/queue` your jobs · `/cancel` your queued or running job · `/settings` for server managers.',
    'Clips are AI-generated and carry a provenance notice.',
  ].join('\n'),
  notYourClip: 'This is not your clip — only the person who asked for it can use this button.',
  cancelled: 'Cancelled.',
  cancelSignalled: 'Stopping your clip — it will end after the current step.',
  alreadyFinished: 'That clip has already finished.',
  noJobs: 'You have no clips queued or running.',
  threadOnly: "Use this inside a clip's thread.",
  question:
    'I can refine (“make it blue”), extend (“extend it by 2 seconds”) or loop (“make it loop”) this clip.',
  clipGone: 'The clip expired before it could be delivered. Please ask again.',
  settingsSaved: 'Settings saved.',
  cooldown: (resetUnix: number) => `You're on cooldown — you can ask again <t:${resetUnix}:R>.`,
  tooMany: (n: number, max: number) =>
    `You already have ${n} clip${n === 1 ? '' : 's'} in the queue (limit ${max}). ` +
    'You can ask again as soon as one of them finishes; `/queue` shows where they are.',
  channelNotAllowed: (channels: string[]) =>
    `I only make clips in ${channels.map((c) => `<#${c}>`).join(', ')} on this server.`,
  noFirstFrame: (model: string) =>
    `The current model (${model}) cannot start a clip from an image (it does not support first-frame conditioning).`,
  refusedPrompt: (reason: string) => `I can't make that clip: ${reason}`,
  queueLine: (s: JobStatus, eta: number | undefined) =>
    `• \`${s.jobId}\` — ${quote(s.job?.prompt ?? '', 80)} — ${
      s.state === 'running'
        ? `running${s.progress ? ` (${Math.round(s.progress.fraction * 100)}%)` : ''}`
        : `position ${(s.position ?? 0) + 1}, starts in ${formatEta(eta)}`
    }`,
};

/** The one place an error becomes a sentence for a member. Returns the text and whether it is a bug. */
export function describeError(error: unknown): { message: string; unexpected: boolean } {
  if (error instanceof UserError) return { message: error.message, unexpected: false };
  if (error instanceof InvalidPayload) {
    return { message: `That request isn't valid (${error.reason}).`, unexpected: false };
  }
  if (error instanceof DiscordAPIError) {
    if (error.code === 50013)
      return { message: 'I am missing a permission in this channel.', unexpected: false };
    if (error.status === 429 || error.status >= 500) {
      return { message: 'Discord is having trouble right now; please try again shortly.', unexpected: true };
    }
  }
  return { message: 'Something went wrong on my side. Please try again in a moment.', unexpected: true };
}
