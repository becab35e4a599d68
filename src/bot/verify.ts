import {
  type Attachment,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
} from 'discord.js';
import { type VerifyDeps, type VerifyReport, verifyClip } from '../provenance/index.js';
import { unreadableVideo, VerifyBusy } from '../verify-web/index.js';
import { fromCdn } from './attachments.js';
import type { BotContext } from './context.js';
import { UserError } from './errors.js';
import { NO_PINGS, text, verifyEmbed } from './messages.js';

/** How long downloading a clip from Discord's CDN may take before the member is told it failed. */
const DOWNLOAD_TIMEOUT_MS = 20_000;

// File names Discord may leave without a content type that are still worth handing to ffmpeg.
const VIDEO_NAME = /\.(mp4|m4v|mov|webm|mkv)$/i;

/**
 * Runs verifications at most `concurrency` at a time, with a bounded line behind them: each one decodes
 * video with ffmpeg, and on a small host a burst of /verify (or uploads to the page, which shares this)
 * must not starve the bot's event loop or the engines beside it.
 */
export class ClipVerifier {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly deps: VerifyDeps,
    private readonly concurrency = 2,
    private readonly maxWaiting = 16,
  ) {}

  /** The report for `bytes`; throws {@link VerifyBusy} when the line is full. */
  async verify(bytes: Uint8Array, signal?: AbortSignal): Promise<VerifyReport> {
    await this.acquire();
    try {
      return await verifyClip(bytes, { ...this.deps, ...(signal ? { signal } : {}) });
    } finally {
      this.release();
    }
  }

  private async acquire(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running += 1;
      return;
    }
    if (this.waiting.length >= this.maxWaiting) throw new VerifyBusy();
    // The slot is handed over by release(), so `running` stays counted.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }
}

const bad = (message: string) => new UserError('BAD_ATTACHMENT', message);

/** Whether Discord's description of an attachment says it is a video. */
export function isVideo(attachment: Pick<Attachment, 'contentType' | 'name'>): boolean {
  const type = (attachment.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type.startsWith('video/')) return true;
  return (type === '' || type === 'application/octet-stream') && VIDEO_NAME.test(attachment.name);
}

/** Checks what Discord says about an attachment (origin, type, size) before anything is downloaded. */
function checkAttachment(ctx: BotContext, attachment: Attachment): void {
  if (!fromCdn(attachment.url, ctx.cdnOrigins)) throw bad(text.verifyNotFromDiscord);
  if (!isVideo(attachment)) throw bad(text.verifyNotVideo(attachment.name, attachment.contentType));
  if (attachment.size > ctx.config.VERIFY_MAX_BYTES) {
    throw bad(text.verifyTooLarge(attachment.size, ctx.config.VERIFY_MAX_BYTES));
  }
}

/** Downloads an attachment with a byte cap and a timeout; every failure is the member's to hear about. */
async function download(ctx: BotContext, attachment: Attachment): Promise<Buffer> {
  const max = ctx.config.VERIFY_MAX_BYTES;
  const signal = AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS);
  try {
    const response = await fetch(attachment.url, { redirect: 'error', signal });
    if (!response.ok || !response.body) throw bad(text.verifyDownloadFailed);
    if (Number(response.headers.get('content-length') ?? 0) > max) {
      await response.body.cancel();
      throw bad(text.verifyTooLarge(Number(response.headers.get('content-length')), max));
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      total += chunk.length;
      // Discord's size was checked; this catches a file that is not what it said.
      if (total > max) throw bad(text.verifyTooLarge(total, max));
      chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
  } catch (error) {
    if (error instanceof UserError) throw error;
    ctx.log.info({ err: (error as Error).message, attachment: attachment.id }, 'clip download failed');
    throw bad(
      signal.aborted ? text.verifyDownloadSlow(DOWNLOAD_TIMEOUT_MS / 1000) : text.verifyDownloadFailed,
    );
  }
}

/**
 * Verifies one attachment and answers with its report, privately. Discord's facts about the file are
 * checked before the deferral (a wrong file gets its answer at once); downloading and decoding take
 * seconds, so they come after it. `note` is added to the report (e.g. that a message had other videos).
 */
async function answerWithReport(
  ctx: BotContext,
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  attachment: Attachment,
  note?: string,
): Promise<void> {
  checkAttachment(ctx, attachment);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const bytes = await download(ctx, attachment);
  let report: VerifyReport;
  try {
    report = await ctx.verifier.verify(bytes);
  } catch (error) {
    if (error instanceof VerifyBusy) throw new UserError('VERIFY_BUSY', text.verifyBusy);
    throw error;
  }
  const unreadable = unreadableVideo(report);
  if (unreadable) {
    ctx.log.info({ attachment: attachment.id, reason: unreadable }, 'verify: not a readable video');
    throw bad(text.verifyUnreadable(attachment.name));
  }
  await interaction.editReply({
    embeds: [
      verifyEmbed(report, {
        filename: attachment.name,
        // Prompt and author are shown only inside the server the clip was made in.
        sameServer: report.registry?.guildId != null && report.registry.guildId === interaction.guildId,
        ...(note ? { note } : {}),
      }),
    ],
    allowedMentions: NO_PINGS,
  });
}

/** `/verify clip:<attachment>`. */
export async function verifyCommand(
  ctx: BotContext,
  interaction: ChatInputCommandInteraction,
): Promise<void> {
  const attachment = interaction.options.getAttachment('clip');
  if (!attachment) throw bad(text.verifyNoAttachment);
  await answerWithReport(ctx, interaction, attachment);
}

/**
 * "Verify clip" on a message: the message's first video. A message with several is answered for the first
 * (one report fits one private answer, and a clip's message has one video); the report says so and how to
 * check the others.
 */
export async function verifyMessage(
  ctx: BotContext,
  interaction: MessageContextMenuCommandInteraction,
): Promise<void> {
  const attachments = [...interaction.targetMessage.attachments.values()];
  if (attachments.length === 0) throw bad(text.verifyMessageEmpty);
  const videos = attachments.filter(isVideo);
  if (videos.length === 0) throw bad(text.verifyMessageNoVideo(attachments.length));
  const first = videos[0]!;
  await answerWithReport(
    ctx,
    interaction,
    first,
    videos.length > 1 ? text.verifyFirstOnly(videos.length, first.name) : undefined,
  );
}
