import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
  DiscordAPIError,
  HTTPError,
  RESTJSONErrorCodes,
} from 'discord.js';
import { ZodError } from 'zod';
import { type AuditEntry, type AuditPage, auditedText } from '../moderation/index.js';
import type { C2paReport, C2paState, RegistryRecord, VerifyReport } from '../provenance/index.js';
import type {
  Capability,
  GenerateJob,
  JobFailure,
  JobResult,
  JobStatus,
  ModerationCategory,
  PayloadProblem,
  Progress,
} from '../queue/index.js';
import { formatUsd, InvalidPayload, invalidPayloadFrom } from '../queue/index.js';
import { encodeComponentId } from './components/ids.js';
import { UserError } from './errors.js';
import type { Round } from './rounds/index.js';

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

/** The status message right after enqueueing: prompt, caption, position, ETA and, on a paid model, the cost. */
export function queuedEmbed(
  job: GenerateJob,
  jobId: string,
  position: number,
  eta: number | undefined,
  estimateUsd?: number,
): APIEmbed {
  const embed = baseEmbed(job, jobId);
  embed.description =
    position <= 0
      ? `Queued — next up. Estimated start: ${formatEta(eta)}.`
      : `Queued — ${position} job${position === 1 ? '' : 's'} ahead. Estimated start: ${formatEta(eta)}.`;
  if (estimateUsd !== undefined) embed.description += `\n${text.costEstimate(estimateUsd)}`;
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

/** The status message of a job that ended without a clip: the sentence for its failure code. */
export function failedEmbed(job: GenerateJob, jobId: string, failure: JobFailure): APIEmbed {
  return { ...baseEmbed(job, jobId), color: RED, description: failureText(failure) };
}

/** What the status message shows for a failure: cancelled and too-large have embeds of their own. */
export function failureEmbed(job: GenerateJob, jobId: string, failure: JobFailure): APIEmbed {
  if (failure.code === 'CANCELLED') return cancelledEmbed(job, jobId);
  if (failure.code === 'CLIP_TOO_LARGE') return tooLargeEmbed(job, jobId, failure.bytes, failure.limit);
  return failedEmbed(job, jobId, failure);
}

export function cancelledEmbed(job: GenerateJob, jobId: string): APIEmbed {
  return { ...baseEmbed(job, jobId), color: RED, description: 'Cancelled.' };
}

/** The delivered clip: provenance notice with model, seed, job id and the engine's checks. */
export function deliveredEmbed(job: GenerateJob, result: JobResult, jobId: string): APIEmbed {
  const embed = baseEmbed(job, jobId);
  embed.title = 'Your clip is ready';
  embed.color = GREEN;
  const checks = result.checks
    .map(
      (c) => `${c.passed ? '✅' : '⚠️'} ${quote(c.name, 64)}${c.detail ? ` — ${quote(c.detail, 120)}` : ''}`,
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
    // The engine reports exactly the checks that ran; with none, there is nothing to say.
    ...(checks ? [{ name: 'Checks', value: clip(checks, 1024) }] : []),
  ];
  embed.footer = { text: `job ${jobId} · seed ${result.seed} · lineage depth ${job.lineage.depth}` };
  return embed;
}

export function tooLargeEmbed(job: GenerateJob, jobId: string, bytes: number, limit: number): APIEmbed {
  return { ...baseEmbed(job, jobId), color: RED, description: text.tooLarge(bytes, limit) };
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
    '• Prompt rounds: a manager opens one with `/round start theme:<text>`; members enter with `/round submit` ' +
      "or by replying in the round's thread; `/round withdraw`, `/round status`; the host closes or cancels it. " +
      'The winners (picked by the host, voted in a poll, or all) are made and posted as one gallery.',
    "• Every prompt, caption and reply is checked against the server's content policy before anything is made; " +
      'managers set it with `/settings moderation` and read refusals with `/modlog`.',
    '• `/verify clip:<file>`, or **Verify clip** in a message’s Apps menu — where a clip came from (C2PA, ' +
      'watermark, registry), shown only to you.',
    'Clips are AI-generated and carry a provenance notice.',
  ].join('\n'),
  notYourClip: 'This is not your clip — only the person who asked for it can use this button.',
  cancelled: 'Cancelled.',
  cancelSignalled: 'Stopping your clip — it will end after the current step.',
  alreadyFinished: 'That clip has already finished.',
  noJobs: 'You have no clips queued or running.',
  threadOnly: "Use this inside a clip's thread.",
  emptyPrompt: 'The prompt is empty.',
  noStillAttached: 'Attach the still to animate: `/animate image:<file> prompt:<what happens>`.',
  howToRefine: (botId: string) =>
    `I can't read that reply. To change this clip, mention me with the change (<@${botId}> make it blue) or use \`/refine\` in this thread.`,
  question:
    'I can refine (“make it blue”), extend (“extend it by 2 seconds”) or loop (“make it loop”) this clip.',
  clipGone: 'The clip expired before it could be delivered. Please ask again.',
  settingsSaved: 'Settings saved.',
  costEstimate: (usd: number) => `Estimated cost: about ${formatUsd(usd)} (paid from this server's budget).`,
  budgetSpent: (budget: number, spent: number, estimate: number, resetUnix: number) =>
    `This server's monthly video budget of ${formatUsd(budget)} would be exceeded: ${formatUsd(spent)} is ` +
    `spent and this clip would cost about ${formatUsd(estimate)}. The budget starts afresh <t:${resetUnix}:R>; ` +
    'a server manager can change it with `/settings budget`. A shorter clip may still fit.',
  cooldown: (resetUnix: number) => `You're on cooldown — you can ask again <t:${resetUnix}:R>.`,
  tooMany: (n: number, max: number) =>
    `You already have ${n} clip${n === 1 ? '' : 's'} in the queue (limit ${max}). ` +
    'You can ask again as soon as one of them finishes; `/queue` shows where they are.',
  channelNotAllowed: (channels: string[]) =>
    `I only make clips in ${channels.map((c) => `<#${c}>`).join(', ')} on this server.`,
  noFirstFrame: (model: string) => text.unsupported('image', model),
  unsupported: (capability: Capability, model: string) =>
    `The current model (${quote(model, 120)}) ${CAPABILITY_ADVICE[capability]}`,
  tooLarge: (bytes: number, limit: number) =>
    `The clip is ${mib(bytes)} MiB but this server accepts attachments up to ${mib(limit)} MiB, so it ` +
    'cannot be posted here. Try a shorter duration.',
  promptTooLong: (length: number, limit: number, withStyle: boolean) =>
    `${withStyle ? 'Your prompt and style together are' : 'Your prompt is'} ${count(length)} characters; ` +
    `the limit is ${count(limit)}. Please shorten ${withStyle ? 'the prompt or the style' : 'it'} and try again.`,
  tooManyChannels: (limit: number) =>
    `This server already allows clips in ${count(limit)} channels, the most I can keep. Remove one with ` +
    '`/settings channel allowed:False` first, or remove them all to allow clips everywhere.',
  invalidRequest: (problem: PayloadProblem) => `That request isn't valid: ${problemWords(problem)}`,
  contentRefused: (categories: readonly ModerationCategory[], kind: RefusedKind, cooldownUnix?: number) =>
    `${REFUSAL_OPENING[kind]} this server's content policy${categoriesInWords(categories)}. ${REFUSAL_ADVICE[kind]} ` +
    'If you think this is a mistake, ask a server moderator.' +
    (cooldownUnix === undefined
      ? ''
      : ` Several of your requests were refused in a short time, so you can ask again <t:${cooldownUnix}:R>.`),
  /** The public answer to a refused reply in a clip's thread: it says what, never echoes the reply. */
  threadRefused: (categories: readonly ModerationCategory[], cooldownUnix?: number) =>
    `I can't make that change: it goes against this server's content policy${categoriesInWords(categories)}.` +
    (cooldownUnix === undefined ? '' : ` You can ask again <t:${cooldownUnix}:R>.`),
  moderationCooldown: (resetUnix: number) =>
    "Several of your requests were refused by this server's content policy in a short time, so you can ask " +
    `again <t:${resetUnix}:R> (at <t:${resetUnix}:t>).`,
  notAManager: (what: string) => `Only members with the Manage Server permission can ${what}.`,
  notYourPage: 'This moderation log was opened by someone else; use `/modlog` to open your own.',
  verifyNoAttachment: 'Attach the clip to check: `/verify clip:<file>`.',
  verifyNotFromDiscord: 'I only check files uploaded to Discord.',
  verifyNotVideo: (name: string, type: string | null) =>
    `“${quote(name, 100)}” is not a video (${quote(type ?? 'unknown type', 60)}). Attach an MP4 clip.`,
  verifyTooLarge: (bytes: number, limit: number) =>
    `That file is ${mib(bytes)} MiB; I verify clips up to ${mib(limit)} MiB.`,
  verifyDownloadFailed: "I couldn't download that file from Discord. Please try again in a moment.",
  verifyDownloadSlow: (seconds: number) =>
    `Downloading that file from Discord took longer than ${seconds} s. Please try again in a moment.`,
  verifyBusy: "I'm verifying a lot of clips right now; please try again in a minute.",
  verifyUnreadable: (name: string) => `I couldn't read “${quote(name, 100)}” as a video. Is it an MP4 clip?`,
  verifyMessageEmpty:
    'That message has no attachments. Use **Verify clip** on a message with a video, or `/verify` with the file.',
  verifyMessageNoVideo: (n: number) =>
    `${n === 1 ? "That message's attachment is not a video" : `None of that message's ${n} attachments is a video`}. ` +
    'Use **Verify clip** on a message with a video, or `/verify` with the file.',
  verifyFirstOnly: (n: number, name: string) =>
    `That message has ${n} videos; this report is for the first, “${quote(name, 100)}”. Use \`/verify\` for the others.`,
  queueLine: (s: JobStatus, eta: number | undefined) =>
    `• \`${s.jobId}\` — ${quote(s.job?.prompt ?? '', 80)} — ${
      s.state === 'running'
        ? `running${s.progress ? ` (${Math.round(s.progress.fraction * 100)}%)` : ''}`
        : `position ${(s.position ?? 0) + 1}, starts in ${formatEta(eta)}`
    }`,
};

const CAPABILITY_ADVICE: Record<Capability, string> = {
  image: 'cannot start a clip from an image. Describe the scene with `/generate` instead.',
  extend: 'cannot extend clips. Press Retry for a new take, or ask `/generate` for a longer clip.',
  loop: 'cannot make clips that loop. Press Retry for a new take instead.',
  request: 'cannot make this clip as asked. Try a shorter duration or another aspect ratio.',
};

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const count = (n: number) => n.toLocaleString('en-US');

/** The policy's categories in plain words (what was refused, never the prompt that was). */
const CATEGORY_WORDS: Record<ModerationCategory, string> = {
  sexual: 'sexual content',
  minors: 'content involving minors',
  violence: 'graphic violence',
  hate: 'hate',
  harassment: 'harassment',
  self_harm: 'self-harm',
  likeness: "a real person's likeness",
  ip: "someone else's characters or brands",
  injection: 'instructions aimed at the caption writer',
};

/** The categories in plain words, in parentheses after a space; nothing when there are none. */
function categoriesInWords(categories: readonly ModerationCategory[]): string {
  return categories.length > 0 ? ` (${listWords(categories.map((c) => CATEGORY_WORDS[c]))})` : '';
}

/** What a refused text was: the member's prompt, a caption written from it, a change asked for, an edit. */
export type RefusedKind = 'prompt' | 'caption' | 'reply' | 'edit';

const REFUSAL_OPENING: Record<RefusedKind, string> = {
  prompt: "I can't make this clip: your prompt goes against",
  caption: "I can't make this clip: the caption written from your prompt went against",
  reply: "I can't make that change: it goes against",
  edit: "I can't use that caption: it goes against",
};

const REFUSAL_ADVICE: Record<RefusedKind, string> = {
  prompt: 'Please try a different prompt.',
  caption: 'Please try rewording your prompt.',
  reply: 'Please ask for a different change.',
  edit: 'Please edit it differently.',
};

function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The sentence a member reads for a job that ended without a clip. Built from the code and its data only:
 * the failure's own `message` is the engine's wording and is never shown. There is no default branch, so a
 * code added to the contract without a sentence here fails to compile.
 */
export function failureText(failure: JobFailure): string {
  switch (failure.code) {
    case 'INVALID_REQUEST':
      return failure.field
        ? `This clip could not be made: the engine could not use its ${fieldWords(failure.field).name}. ` +
            'Please start a new one.'
        : 'This clip could not be made: the engine could not read the request. Please start a new one.';
    case 'POLICY_REFUSED':
      return failure.categories.length > 0
        ? `This clip was refused by the content policy (${listWords(failure.categories.map((c) => CATEGORY_WORDS[c]))}). ` +
            'Please try a different prompt.'
        : 'This clip was refused by the content policy. Please try a different prompt.';
    case 'CANCELLED':
      return 'This clip was cancelled.';
    case 'UNSUPPORTED':
      return text.unsupported(failure.capability, failure.model);
    case 'OVER_LIMIT':
      return failure.field === 'durationSeconds'
        ? `This clip would be ${count(failure.asked)} s long, but the engine makes clips of at most ` +
            `${count(failure.limit)} s. Please ask for ${count(failure.limit)} s or less.`
        : `This clip asks for ${count(failure.asked)} denoising steps, but the engine allows at most ` +
            `${count(failure.limit)}. Please ask for fewer.`;
    case 'EXPIRED':
      return failure.what === 'image'
        ? 'The image this clip starts from is no longer stored (uploads are kept for a limited time). ' +
            'Please upload it again with `/animate`.'
        : 'The clip this one builds on is no longer stored, so it cannot be extended or looped any more. ' +
            'Start a new one with `/generate`.';
    case 'CLIP_TOO_LARGE':
      return text.tooLarge(failure.bytes, failure.limit);
    case 'TIMED_OUT':
      return (
        `This clip took longer than ${failure.seconds ? `${count(Math.round(failure.seconds))} s` : 'allowed'} ` +
        'and was stopped. Try a shorter duration, or try again when the queue is quieter.'
      );
    case 'ENGINE_ERROR':
      return 'Something went wrong while making this clip; it was nothing you did. Please try again in a moment.';
  }
}

/** Names and units for the payload fields a member can influence; others are read from their path. */
const FIELD_WORDS: Record<string, { name: string; unit?: string }> = {
  payload: { name: 'request' },
  prompt: { name: 'prompt', unit: 'characters' },
  'caption.text': { name: 'caption', unit: 'characters' },
  durationSeconds: { name: 'duration', unit: 'seconds' },
  channels: { name: 'list of allowed channels', unit: 'channels' },
  maxQueued: { name: 'per-member limit', unit: 'clips' },
  cooldownSeconds: { name: 'cooldown', unit: 'seconds' },
  defaultDurationSeconds: { name: 'default duration', unit: 'seconds' },
};

function fieldWords(field: string): { name: string; unit?: string } {
  const known = FIELD_WORDS[field];
  if (known) return known;
  const words = field
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return { name: quote(words || 'request', 80) };
}

function problemWords(problem: PayloadProblem): string {
  const { name, unit } = fieldWords(problem.field);
  // Units are plural nouns ("characters"); one of them reads "1 character".
  const units = unit && problem.limit === 1 ? unit.slice(0, -1) : unit;
  const limit = problem.limit === undefined ? '' : `${count(problem.limit)}${units ? ` ${units}` : ''}`;
  if (problem.kind === 'too_big')
    return `the ${name} is over its limit${limit ? ` of ${limit}` : ''}. Please shorten it and try again.`;
  if (problem.kind === 'too_small')
    return `the ${name} is under its minimum${limit ? ` of ${limit}` : ''}. Please change it and try again.`;
  return `the ${name} is not something I can use. Please change it and try again.`;
}

const AUDIT_KIND_WORDS: Record<string, string> = {
  prompt: 'prompt',
  caption: 'caption written from a prompt',
  reply: 'change asked in a thread',
  edit: 'edited caption',
  entry: 'entry',
  frames: 'clip frames',
};

/** What an audit entry says of its text: the text (behind a spoiler) when shown, else its SHA-256. */
function auditedWords(entry: AuditEntry, showText: boolean): string {
  if (showText && entry.text !== undefined) return `||${quote(entry.text.replace(/\s+/g, ' '), 200)}||`;
  const sha256 = entry.sha256 ?? (entry.text !== undefined ? hashOf(entry.text) : undefined);
  return sha256 ? `SHA-256 \`${sha256}\`` : '(no text)';
}

const hashOf = (text: string) => (auditedText(text, 'hash') as { sha256: string }).sha256;

function auditSummary(entry: AuditEntry): string {
  const categories = entry.categories.map((c) => CATEGORY_WORDS[c]).join(', ') || 'content policy';
  return `${categories} · ${quote(AUDIT_KIND_WORDS[entry.kind] ?? entry.kind, 40)} · ${quote(entry.layer, 20)}`;
}

/**
 * One page of `/modlog`: newest first, each refusal's time, member (a mention, which an embed never pings),
 * channel, categories, what was refused and by which layer, and the text only when the server keeps text.
 * Previous (newer) and Next (older) page through it; their ids carry the page's edges and the opener.
 */
export function modlogMessage(
  page: AuditPage,
  ownerId: string,
  showText: boolean,
): { embeds: APIEmbed[]; components: Row[] } {
  const lines = page.entries.map((r) => {
    const where = r.channelId ? ` in <#${r.channelId}>` : '';
    const job = r.jobId ? ` · job \`${quote(r.jobId, 40)}\`` : '';
    return (
      `<t:${Math.floor(r.at / 1000)}:f> · <@${r.userId}>${where}\n` +
      `${auditSummary(r)}${job}\n> ${auditedWords(r, showText)}`
    );
  });
  const embed: APIEmbed = {
    title: 'Moderation log',
    color: RED,
    description: lines.length > 0 ? clip(lines.join('\n\n'), 4096) : 'No refusals recorded on this server.',
    footer: {
      text: `Newest first · ${showText ? 'texts are kept' : 'texts are kept as SHA-256 hashes'}`,
    },
  };
  const first = page.entries[0]?.id;
  const last = page.entries.at(-1)?.id;
  if (!first || !last) return { embeds: [embed], components: [] };
  const button = (action: 'log-newer' | 'log-older', cursor: string, label: string, enabled: boolean) =>
    ({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label,
      disabled: !enabled,
      custom_id: encodeComponentId({ action, cursor, ownerId }),
    }) as APIButtonComponent;
  return {
    embeds: [embed],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          button('log-newer', first, 'Previous', page.newer),
          button('log-older', last, 'Next', page.older),
        ],
      },
    ],
  };
}

/** A refusal as the server's log channel receives it when it happens (sent with no pings). */
export function refusalLogEmbed(entry: AuditEntry, showText: boolean): APIEmbed {
  return {
    title: 'Request refused by the content policy',
    color: RED,
    fields: [
      { name: 'Member', value: `<@${entry.userId}>`, inline: true },
      ...(entry.channelId ? [{ name: 'Channel', value: `<#${entry.channelId}>`, inline: true }] : []),
      { name: 'Refused', value: auditSummary(entry) },
      {
        name: showText && entry.text !== undefined ? 'Text' : 'Text (hash)',
        value: auditedWords(entry, showText),
      },
    ],
    timestamp: new Date(entry.at).toISOString(),
  };
}

const GREY = 0x99aab5;

/** A C2PA verdict in words. */
const C2PA_WORDS: Record<C2paState, string> = {
  trusted: '✅ valid, signed by a trusted signer',
  valid: '✅ valid (signer trust not checked)',
  untrusted: '☑️ valid, but the signer is not on a trust list',
  invalid: '❌ invalid',
  absent: 'no manifest',
};

/** How a verify report is shown: which file, whether the asker is in the clip's own server, a note. */
export interface VerifyView {
  filename: string;
  /** True only when asked in the server the clip was made in: then prompt, caption and author are shown. */
  sameServer: boolean;
  note?: string;
}

function c2paLines(c2pa: C2paReport, sameServer: boolean): string[] {
  const lines = [`${C2PA_WORDS[c2pa.state]}${c2pa.reason ? ` — ${quote(c2pa.reason, 300)}` : ''}`];
  const s = c2pa.summary;
  if (!s) return lines;
  const signer = s.signer && [s.signer.commonName, s.signer.issuer].filter(Boolean).join(', ');
  if (signer)
    lines.push(`signed by ${quote(signer, 120)}${s.signer?.time ? ` at ${quote(s.signer.time, 40)}` : ''}`);
  if (s.claimGenerator) lines.push(`made with ${quote(s.claimGenerator, 80)}`);
  if (s.aiGenerated) lines.push(`AI-generated${s.softwareAgent ? ` by ${quote(s.softwareAgent, 80)}` : ''}`);
  if (s.actions.length > 0) lines.push(`actions: ${quote(s.actions.join(', '), 200)}`);
  for (const i of s.ingredients.slice(0, 3))
    lines.push(`made from ${quote(i.title, 80)} (${quote(i.relationship, 40)})`);
  if (sameServer && s.generation?.prompt)
    lines.push(`prompt in the manifest: ${quote(s.generation.prompt, 200)}`);
  return lines;
}

/** "made by zoetrope on this server on <date> with <model>": where depends on who asks. */
function madeBy(record: RegistryRecord, sameServer: boolean): string {
  const where =
    record.source === 'cli'
      ? ' from the command line'
      : sameServer
        ? ' on this server'
        : ' on another server';
  return (
    `Made by zoetrope${where} on <t:${Math.floor(record.createdAt / 1000)}:D> with ` +
    `${quote(record.model, 60)} ${quote(record.version, 30)}.`
  );
}

function registryLines(record: RegistryRecord, sameServer: boolean): string[] {
  const lines = [
    `made <t:${Math.floor(record.createdAt / 1000)}:f> · ${quote(record.kind, 20)} · job \`${record.jobId}\``,
  ];
  if (sameServer) {
    if (record.channelId) lines.push(`in <#${record.channelId}>`);
    if (record.userId) lines.push(`asked by <@${record.userId}>`);
    lines.push(`prompt: ${quote(record.prompt, 300)}`);
    if (record.caption !== record.prompt) lines.push(`caption: ${quote(record.caption, 300)}`);
  }
  if (record.parent) lines.push(`made from the clip of job \`${record.parent.jobId}\``);
  return lines;
}

/**
 * The answer to /verify and "Verify clip": the verdict, then C2PA (state, reason, the manifest's summary),
 * the watermark (found, payload, confidence) and the registry record. Prompt, caption and author appear
 * only in the clip's own server; everywhere else a member reads what the public page shows.
 */
export function verifyEmbed(report: VerifyReport, view: VerifyView): APIEmbed {
  const { c2pa, watermark, registry } = report;
  const verdict = registry
    ? `**${madeBy(registry, view.sameServer)}**`
    : watermark.found
      ? "**zoetrope's watermark is in this clip**, but the registry no longer has a record of it."
      : '**No sign of zoetrope:** no watermark of ours and no registry record. It was not made here, or it ' +
        'was changed beyond recognition.';
  const watermarkLine = watermark.found
    ? `✅ found — payload \`${watermark.payload}\`, confidence ${watermark.confidence}`
    : `not found (confidence ${watermark.confidence})${watermark.reason ? ` — ${quote(watermark.reason, 200)}` : ''}`;
  return {
    title: `Provenance of ${quote(view.filename, 200)}`,
    color: c2pa.state === 'invalid' ? RED : registry || watermark.found ? GREEN : GREY,
    description: clip([verdict, ...(view.note ? [view.note] : [])].join('\n\n'), 4096),
    fields: [
      { name: 'C2PA', value: clip(c2paLines(c2pa, view.sameServer).join('\n'), 1024) },
      { name: 'Watermark', value: clip(watermarkLine, 1024) },
      {
        name: 'Registry',
        value: registry ? clip(registryLines(registry, view.sameServer).join('\n'), 1024) : 'no record',
      },
    ],
  };
}

const DISCORD_TROUBLE = 'Discord is having trouble right now; please try again shortly.';

/** The one place an error becomes a sentence for a member. Returns the text and whether it is a bug. */
export function describeError(error: unknown): { message: string; unexpected: boolean } {
  if (error instanceof UserError) return { message: error.message, unexpected: false };
  const invalid = error instanceof ZodError ? invalidPayloadFrom(error) : error;
  if (invalid instanceof InvalidPayload) {
    return { message: text.invalidRequest(invalid.problem), unexpected: false };
  }
  if (error instanceof DiscordAPIError) {
    if (error.code === RESTJSONErrorCodes.MissingPermissions)
      return { message: 'I am missing a permission in this channel.', unexpected: false };
    if (error.status === 429 || error.status >= 500) return { message: DISCORD_TROUBLE, unexpected: true };
  }
  if (error instanceof HTTPError) return { message: DISCORD_TROUBLE, unexpected: true };
  return { message: 'Something went wrong on my side. Please try again in a moment.', unexpected: true };
}

/** Entries a closing summary lists (each line is at most ~130 characters: the message stays under 2,000). */
const ROUND_LISTED = 12;
const unix = (ms: number) => Math.ceil(ms / 1000);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** A duration a member reads: seconds, minutes or hours. */
const took = (ms: number) => {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 90) return plural(s, 'second', 'seconds');
  const m = Math.round(s / 60);
  if (m < 90) return plural(m, 'minute', 'minutes');
  return `${Math.round((m / 60) * 10) / 10} hours`;
};
/** Plain text cut to `max` characters (for places Discord shows unformatted: poll answers, alt texts). */
const cut = (t: string, max: number) => {
  const one = t.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
};
const entryOf = (r: Round, id: number) => r.entries.find((e) => e.id === id);

/** How a round's winners are chosen, in one sentence. */
const pickRule = (r: Round) =>
  r.pick === 'host'
    ? `The host picks up to ${plural(r.clips, 'entry', 'entries')} to make.`
    : r.pick === 'vote'
      ? `Members vote in a poll (${plural(r.voteMinutes, 'minute', 'minutes')}) for the ${plural(r.clips, 'clip', 'clips')} to make; entries stay anonymous until the results.`
      : r.clips === 1
        ? 'The first entry is made.'
        : `The first ${r.clips} entries are made.`;

/** "3 of 8 done", with blocked and failed counts when there are any. */
const progressOf = (r: Round) => {
  const done = r.winners.filter((w) => w.state === 'done').length;
  const blocked = r.winners.filter((w) => w.state === 'blocked').length;
  const failed = r.winners.filter((w) => w.state === 'failed').length;
  return (
    `${done} of ${r.winners.length} done` +
    (blocked > 0 ? ` · ${blocked} blocked by the content check` : '') +
    (failed > 0 ? ` · ${failed} failed` : '')
  );
};

/** The words of prompt rounds: the call message, its summaries and every answer a member reads. */
export const roundText = {
  call: (r: Round) => {
    const open = r.phase === 'collecting';
    const phaseLine = (): string => {
      switch (r.phase) {
        case 'collecting':
          return `Send a prompt with \`/round submit\` or reply in this message's thread. Up to ${plural(r.perMember, 'entry', 'entries')} per member; the same prompt counts once. Closes <t:${unix(r.deadline)}:R>.\n${pickRule(r)}`;
        case 'cancelled':
          return 'This round was cancelled.';
        case 'picking':
          return `Entries are closed. The host is picking up to ${plural(r.clips, 'entry', 'entries')} to make.`;
        case 'voting':
          return r.poll
            ? `Entries are closed. Vote in the poll below; voting ends <t:${unix(r.poll.endsAt)}:R>.`
            : 'Entries are closed. The poll opens below.';
        case 'running':
          return `Entries are closed. Making the winners: ${progressOf(r)}.`;
        case 'posting':
          return `Entries are closed. ${progressOf(r)}; posting the results.`;
        case 'done':
          return r.entries.length === 0
            ? 'Entries are closed.'
            : r.winners.length > 0
              ? `Entries are closed. ${progressOf(r)}; the results are below.`
              : 'Entries are closed.';
      }
    };
    return [
      `**Prompt round:** ${quote(r.theme)}`,
      phaseLine(),
      `Entries${open ? ' so far' : ''}: ${r.entries.length}`,
    ].join('\n');
  },
  threadName: (theme: string) => `Round: ${theme}`.slice(0, 100),
  started: (r: Round) =>
    `Round open until <t:${unix(r.deadline)}:t> (<t:${unix(r.deadline)}:R>). ${pickRule(r)} Close it early with \`/round close\`.`,
  entered: (r: Round, userId: string) => {
    const mine = r.entries.filter((e) => e.userId === userId).length;
    return `Entry received (${mine} of ${r.perMember}). Take it back with \`/round withdraw\`.`;
  },
  withdrawn: (r: Round, userId: string) => {
    const mine = r.entries.filter((e) => e.userId === userId).length;
    return `Your latest entry was withdrawn; you have ${plural(mine, 'entry', 'entries')} in this round.`;
  },
  status: (r: Round, userId: string) => {
    const mine = r.entries.filter((e) => e.userId === userId);
    const head = (when: string) => `**Round:** ${quote(r.theme)} · ${when}`;
    switch (r.phase) {
      case 'collecting':
        return [
          head(`closes <t:${unix(r.deadline)}:R>`),
          `Entries: ${r.entries.length} · yours: ${mine.length} of ${r.perMember}`,
          ...mine.map((e) => `• ${quote(e.prompt)}`),
          pickRule(r),
        ].join('\n');
      case 'picking':
        return [
          head('entries closed'),
          `Entries: ${r.entries.length} · the host has picked ${r.picked.length} of up to ${r.clips}.`,
        ].join('\n');
      case 'voting':
        return [
          head(r.poll ? `voting ends <t:${unix(r.poll.endsAt)}:R>` : 'voting opens'),
          `Entries: ${r.entries.length} · ${plural(r.poll?.answers.length ?? 0, 'entry', 'entries')} in the poll; ${plural(r.clips, 'clip', 'clips')} will be made.`,
        ].join('\n');
      case 'running':
      case 'posting':
        return [
          head(r.phase === 'running' ? 'making the winners' : 'posting the results'),
          `Entries: ${r.entries.length} · ${progressOf(r)}`,
        ].join('\n');
      case 'done':
      case 'cancelled':
        return head(r.phase === 'done' ? 'finished' : 'cancelled');
    }
  },
  closedSummary: (r: Round) =>
    r.entries.length === 0
      ? `The round ${quote(r.theme)} closed with no entries.`
      : `The round ${quote(r.theme)} closed with ${plural(r.entries.length, 'entry', 'entries')} from ` +
        `${plural(new Set(r.entries.map((e) => e.userId)).size, 'member', 'members')}:\n` +
        r.entries
          .slice(0, ROUND_LISTED)
          .map((e) => `${e.id}. ${quote(e.prompt, 80)} — <@${e.userId}>`)
          .join('\n') +
        (r.entries.length > ROUND_LISTED ? `\n…and ${r.entries.length - ROUND_LISTED} more.` : '') +
        (r.winners.length > 0
          ? `\nMaking ${r.winners.length === r.entries.length ? (r.winners.length === 1 ? 'it' : `all ${r.winners.length}`) : `the first ${r.winners.length}`}; the results follow here.`
          : ''),
  /** The host's call to pick (pings only the host). */
  pickCall: (r: Round) =>
    `Entries are in for ${quote(r.theme)}: ${plural(r.entries.length, 'entry', 'entries')}. <@${r.hostId}> picks up to ${plural(r.clips, 'entry', 'entries')} to make.`,
  pickButton: 'Pick winners',
  /** The host's picker: one page of entries. */
  picker: (r: Round, page: number, pages: number) =>
    [
      `**Pick up to ${r.clips}** of ${plural(r.entries.length, 'entry', 'entries')}${pages > 1 ? ` (page ${page + 1} of ${pages})` : ''}.`,
      r.picked.length === 0
        ? 'Nothing picked yet.'
        : `Picked (${r.picked.length}): ${r.picked.map((id) => `#${id}`).join(', ')}`,
    ].join('\n'),
  pickOption: (id: number, prompt: string) => cut(`#${id} ${prompt}`, 100),
  pickPlaceholder: 'Choose the entries to make',
  previous: 'Previous',
  next: 'Next',
  runPicked: (n: number) => `Run ${n} picked`,
  pickedRunning: (n: number) => `Making ${plural(n, 'clip', 'clips')}; the results follow in the channel.`,
  notPicker: "Only the round's host or a member with Manage Server can pick the winners.",
  pickingOver: 'Picking is over for this round.',
  pickNone: 'Pick at least one entry first.',
  pickStale: 'That picker belongs to a round that has ended.',
  /** The full prompts of a vote, in the thread: the poll's answers are cut to 55 characters. */
  voteList: (r: Round, offered: readonly { id: number; prompt: string }[]) =>
    [
      `**The entries for ${quote(r.theme, 200)}**: vote in the poll in the channel.`,
      ...offered.map((e) => `**${e.id}.** ${quote(e.prompt, 300)}`),
      ...(r.entries.length > offered.length
        ? [
            `A poll holds ${offered.length} answers: the first ${offered.length} entries by submission time are in it; the other ${r.entries.length - offered.length} are not.`,
          ]
        : []),
    ].join('\n'),
  pollQuestion: (theme: string) => cut(`${theme} — vote for the clips to make`, 300),
  pollAnswer: (id: number, prompt: string) => cut(`${id}. ${prompt}`, 55),
  voteClosed: (r: Round) =>
    `The vote on ${quote(r.theme)} is in. Making ${r.winners.map((w) => `#${w.entryId}`).join(', ')}; the results follow here.`,
  /** A winner's status message, before its queued embed. */
  winnerStatus: (entryId: number, userId: string) => `Round entry #${entryId} by <@${userId}>: queued`,
  /** A winner that could not be queued, and why (`reason` is already member-facing). */
  winnerNotQueued: (entryId: number, userId: string, reason: string) =>
    `Round entry #${entryId} by <@${userId}>: ${reason}`,
  galleryHeading: (theme: string, part: number, parts: number) =>
    cut(`## Results: ${theme}${parts > 1 ? ` (${part}/${parts})` : ''}`, 300),
  galleryDescription: (prompt: string) => cut(prompt, 1024),
  /** The captions of one gallery message: number, prompt and author (mentioned, never pinged). */
  galleryLines: (r: Round, entryIds: readonly number[], missing: readonly number[]) =>
    entryIds
      .map((id) => {
        const e = entryOf(r, id);
        const gone = missing.includes(id) ? ' (the clip has expired)' : '';
        return e ? `${id}. ${quote(e.prompt, 180)} — <@${e.userId}>${gone}` : `${id}.`;
      })
      .join('\n') || 'No clip was made.',
  /** The gallery's closing summary: entries, run, blocked (named), failed (named), time from close. */
  gallerySummary: (r: Round, now: number) => {
    const named = (state: 'blocked' | 'failed') =>
      r.winners
        .filter((w) => w.state === state)
        .map((w) => {
          const e = entryOf(r, w.entryId);
          const who = e ? ` by <@${e.userId}>` : '';
          const why = state === 'blocked' ? 'blocked by the content check' : (w.reason ?? 'failed');
          // A prompt the content check refused is not echoed in the results.
          const prompt = e && state === 'failed' ? ` ${quote(e.prompt, 60)}` : '';
          return `• #${w.entryId}${prompt}${who}: ${cut(why, 200)}`;
        });
    const blocked = named('blocked');
    const failed = named('failed');
    const done = r.winners.filter((w) => w.state === 'done').length;
    const lines = [
      `**${plural(r.entries.length, 'entry', 'entries')} · ${r.winners.length} run · ${done} made · ${blocked.length} blocked · ${failed.length} failed**`,
      ...blocked,
      ...failed,
      `From close to results: ${took(now - (r.closedAt ?? now))}.`,
    ];
    // With the heading (≤ 300) and ten captions (≤ 2,200), the message's texts stay under Discord's 4,000.
    return clip(lines.join('\n'), 1400);
  },
  cancelled: (r: Round) =>
    r.phase === 'cancelled' && r.winners.some((w) => w.state !== 'pending')
      ? `The round ${quote(r.theme)} was cancelled; clips already queued are still made and posted as usual, without a gallery.`
      : `The round ${quote(r.theme)} was cancelled.`,
  closedByYou: 'Round closed.',
  cancelledByYou: 'Round cancelled.',
  closedForEntries: 'This round no longer takes entries.',
  tooLateToCancel: 'The results of this round are being posted; it can no longer be cancelled.',
  noRound: 'There is no open round in this channel. A manager can start one with `/round start`.',
  notHost: "Only the round's host or a member with Manage Server can do that.",
  notAllowedToStart: (role: string | undefined) =>
    `Only members with the Manage Server permission${role ? ` or the <@&${role}> role` : ''} can start a round.`,
  emptyEntry: 'Your entry is empty: write the prompt you want to see made.',
  emptyTheme: 'The theme is empty: say what the round is about.',
  notInThread: 'Start a round in a text channel, not in a thread: the round opens its own thread.',
  howToEnter: (botId: string) =>
    `I could not read that reply. Enter with \`/round submit\`, or mention me (<@${botId}>) with your prompt.`,
  threadEntered: (r: Round, userId: string) => {
    const mine = r.entries.filter((e) => e.userId === userId).length;
    return `Entry received (${mine} of ${r.perMember}).`;
  },
};
