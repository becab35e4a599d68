import { createHash } from 'node:crypto';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import { DiscordAPIError, type RawFile, RESTJSONErrorCodes, Routes } from 'discord.js';
import type { Redis } from 'ioredis';
import {
  artifactKeys,
  type Delivery,
  deliverySchema,
  type GenerateJob,
  type JobResult,
  parsePayload,
  QUEUE_NAMES,
} from '../queue/index.js';
import { type BotContext, editMessage, statusTarget } from './context.js';
import { hasCode, isGone, logEditFailure } from './discord-errors.js';
import {
  clipRow,
  deliveredEmbed,
  lateDeliveryContent,
  NO_PINGS,
  pingOnly,
  text,
  tooLargeEmbed,
} from './messages.js';
import type { ProgressEditor } from './progress.js';

/** How a delivery ended, returned as the BullMQ job's value (and asserted in tests). */
export type DeliveryOutcome =
  | { posted: 'edited'; messageId: string }
  | { posted: 'message'; messageId: string }
  | { posted: 'already'; messageId: string }
  | { posted: 'too-large'; bytes: number; limit: number }
  | { posted: 'skipped'; reason: string };

export interface DeliveryWorkerOptions {
  /** A dedicated connection (BullMQ workers block on it). */
  connection: Redis;
  concurrency?: number;
  /** Lock duration; a delivery whose bot died is picked up again after this. */
  lockDurationMs?: number;
  /** How often this worker looks for deliveries whose worker died (BullMQ's stalled check). */
  stalledIntervalMs?: number;
}

const MARKER_TTL = 30 * 24 * 3600;
const POSTING = 'posting';

/** Posting into a thread that is archived, locked or deleted: the clip goes to its parent channel. */
const THREAD_CLOSED = [
  RESTJSONErrorCodes.InvalidActionOnArchivedThread,
  RESTJSONErrorCodes.ThreadLocked,
  RESTJSONErrorCodes.UnknownChannel,
];

/**
 * Posts finished clips. Exactly-once is built from three pieces:
 * - while the interaction token lives, the clip is delivered by *editing* the job's status message, which
 *   is idempotent (a repeat edit replaces the same message's attachment), and the thread is started on that
 *   message (a repeat gets "thread already exists", which is success);
 * - otherwise a new message is posted, and the `delivered` marker is set to `posting` *before* the post.
 *   A retry that finds `posting` first looks for the job id in the channel's recent messages and adopts
 *   the message it finds; the post also carries a nonce derived from the job id with `enforce_nonce`, so
 *   Discord itself returns the earlier message if a request was retried after it had been created;
 * - the marker becomes `posted:<message id>` afterwards, and a delivery that finds it does nothing.
 */
export class DeliveryWorker {
  readonly worker: Worker<Delivery, DeliveryOutcome>;

  constructor(
    private readonly ctx: BotContext,
    private readonly progress: ProgressEditor | undefined,
    options: DeliveryWorkerOptions,
  ) {
    this.worker = new Worker<Delivery, DeliveryOutcome>(QUEUE_NAMES.deliveries, (job) => this.process(job), {
      connection: options.connection,
      prefix: ctx.keys.bullPrefix,
      concurrency: options.concurrency ?? 4,
      lockDuration: options.lockDurationMs ?? 30_000,
      stalledInterval: options.stalledIntervalMs ?? options.lockDurationMs ?? 30_000,
      autorun: false,
    });
    this.worker.on('failed', (job, error) =>
      ctx.log.warn(
        { err: error, jobId: job?.data.jobId, attempts: job?.attemptsMade },
        'delivery attempt failed',
      ),
    );
    this.worker.on('error', (error) => ctx.log.error({ err: error }, 'delivery worker error'));
  }

  start(): void {
    void this.worker.run();
  }

  async close(force = false): Promise<void> {
    await this.worker.close(force);
  }

  private async process(bullJob: Job<Delivery, DeliveryOutcome>): Promise<DeliveryOutcome> {
    const delivery = parsePayload(deliverySchema, bullJob.data);
    const { jobId, job, result } = delivery;
    const requester = job.requester;
    if (requester.source !== 'discord') return { posted: 'skipped', reason: 'not a Discord job' };
    const markerKey = this.ctx.keys.delivered(jobId);
    const marker = await this.ctx.redis.get(markerKey);
    if (marker?.startsWith('posted:')) return { posted: 'already', messageId: marker.slice(7) };
    this.progress?.finish(jobId);

    const artifact = await this.ctx.artifacts.get(artifactKeys.clip(jobId));
    if (!artifact) {
      await this.notify(job, jobId, { content: text.clipGone, embeds: [], components: [] });
      throw new UnrecoverableError(`clip for ${jobId} is gone from the artifact store`);
    }
    const limit = Math.min(
      requester.attachmentSizeLimit ?? this.ctx.config.MAX_UPLOAD_BYTES,
      25 * 1024 * 1024,
    );
    if (artifact.data.length > limit) {
      // The engine already re-encodes to MAX_UPLOAD_BYTES; a server with a smaller limit gets the reason.
      await this.notify(job, jobId, {
        embeds: [tooLargeEmbed(job, jobId, artifact.data.length, limit)],
        components: [],
      });
      await this.ctx.redis.set(markerKey, 'posted:too-large', 'EX', MARKER_TTL);
      return { posted: 'too-large', bytes: artifact.data.length, limit };
    }
    const filename = `zoetrope-${jobId.slice(0, 8)}.mp4`;
    const files: RawFile[] = [{ name: filename, data: artifact.data, contentType: 'video/mp4' }];
    const body = {
      embeds: [deliveredEmbed(job, result, jobId)],
      components: [clipRow(jobId, requester.userId)],
      attachments: [{ id: '0', filename, description: `AI-generated video (job ${jobId})` }],
      allowed_mentions: NO_PINGS,
    };
    const record = await this.ctx.state.job(jobId);
    const inThread = record?.threadId !== undefined && record.threadId === requester.channelId;

    let outcome: { posted: 'edited' | 'message'; messageId: string } | undefined;
    const target = statusTarget(job, this.ctx.clock());
    if (target?.kind === 'webhook') {
      try {
        outcome = {
          posted: 'edited',
          messageId: await this.editUnarchiving(target, requester.channelId, body, files),
        };
      } catch (error) {
        if (!isGone(error)) throw error;
        this.ctx.log.info({ jobId, code: error.code }, 'status message gone; posting instead');
      }
    }
    let channelId = requester.channelId;
    if (!outcome) {
      const posted = await this.postOnce(jobId, channelId, requester.userId, body, files);
      channelId = posted.channelId;
      outcome = { posted: 'message', messageId: posted.messageId };
      if (requester.statusMessageId && posted.messageId !== requester.statusMessageId) {
        // The old status message now points at the clip instead of showing a stale progress bar.
        await editMessage(
          this.ctx.rest,
          { kind: 'channel', channelId: requester.channelId, messageId: requester.statusMessageId },
          { content: 'Done — the clip is below.', embeds: [], components: [], allowed_mentions: NO_PINGS },
        ).catch((error: unknown) =>
          logEditFailure(this.ctx.log, error, { jobId }, 'pointing the status at the clip'),
        );
      }
    }
    await this.ctx.redis.set(markerKey, `posted:${outcome.messageId}`, 'EX', MARKER_TTL);

    const threadId = inThread
      ? requester.channelId
      : await this.startThread(job, channelId, outcome.messageId);
    await this.ctx.state.saveJob({
      jobId,
      job,
      result,
      messageId: outcome.messageId,
      ...(threadId ? { threadId } : {}),
    });
    if (threadId) await this.ctx.state.setThreadJob(threadId, jobId);
    return outcome;
  }

  /** Edits the status message; an archived thread is reopened once and the edit repeated. */
  private async editUnarchiving(
    target: Parameters<typeof editMessage>[1],
    channelId: string,
    body: Record<string, unknown>,
    files: RawFile[],
  ): Promise<string> {
    try {
      return await editMessage(this.ctx.rest, target, body, files);
    } catch (error) {
      if (!hasCode(error, RESTJSONErrorCodes.InvalidActionOnArchivedThread)) throw error;
      await this.ctx.rest.patch(Routes.channel(channelId), { body: { archived: false } });
      return editMessage(this.ctx.rest, target, body, files);
    }
  }

  /** Posts a new message at most once per job (see the class comment); returns where it landed. */
  private async postOnce(
    jobId: string,
    channelId: string,
    userId: string,
    body: Record<string, unknown>,
    files: RawFile[],
  ): Promise<{ channelId: string; messageId: string }> {
    const markerKey = this.ctx.keys.delivered(jobId);
    const first = await this.ctx.redis.set(markerKey, POSTING, 'EX', MARKER_TTL, 'NX');
    if (first === null) {
      const found = await this.findPosted(jobId, channelId);
      if (found) return { channelId, messageId: found };
    }
    const message = {
      ...body,
      content: lateDeliveryContent(userId),
      allowed_mentions: pingOnly(userId),
      nonce: createHash('sha256').update(jobId).digest('hex').slice(0, 25),
      enforce_nonce: true,
    };
    try {
      const posted = (await this.ctx.rest.post(Routes.channelMessages(channelId), {
        body: message,
        files,
      })) as {
        id: string;
      };
      return { channelId, messageId: posted.id };
    } catch (error) {
      // An archived/locked thread or a deleted one: the clip goes to the parent channel instead.
      if (!hasCode(error, ...THREAD_CLOSED)) throw error;
      const parentId = await this.parentOf(channelId);
      if (!parentId)
        throw new UnrecoverableError(`nowhere to deliver ${jobId}: channel ${channelId} is gone`);
      const posted = (await this.ctx.rest.post(Routes.channelMessages(parentId), {
        body: message,
        files,
      })) as {
        id: string;
      };
      return { channelId: parentId, messageId: posted.id };
    }
  }

  private async findPosted(jobId: string, channelId: string): Promise<string | undefined> {
    try {
      const recent = (await this.ctx.rest.get(Routes.channelMessages(channelId), {
        query: new URLSearchParams({ limit: '50' }),
      })) as { id: string; author?: { id: string }; embeds?: unknown[] }[];
      const me = this.ctx.applicationId();
      return recent.find((m) => m.author?.id === me && JSON.stringify(m.embeds ?? []).includes(jobId))?.id;
    } catch (error) {
      this.ctx.log.warn({ err: error, jobId }, 'could not read recent messages; relying on the nonce');
      return undefined;
    }
  }

  /**
   * The channel a thread belongs to; undefined when Discord says the thread is gone. Anything else (a rate
   * limit or outage that outlasted the REST client's retries) is thrown, so BullMQ retries the delivery
   * rather than giving the clip up.
   */
  private async parentOf(channelId: string): Promise<string | undefined> {
    try {
      const channel = (await this.ctx.rest.get(Routes.channel(channelId))) as { parent_id?: string | null };
      return channel.parent_id ?? undefined;
    } catch (error) {
      if (hasCode(error, RESTJSONErrorCodes.UnknownChannel)) return undefined;
      throw error;
    }
  }

  /** Starts the clip's thread, named after the prompt; returns its id (thread id = message id). */
  private async startThread(
    job: GenerateJob,
    channelId: string,
    messageId: string,
  ): Promise<string | undefined> {
    const name = job.prompt.replace(/\s+/g, ' ').trim().slice(0, 90) || 'clip';
    try {
      await this.ctx.rest.post(Routes.threads(channelId, messageId), {
        body: { name, auto_archive_duration: 1440 },
      });
      return messageId;
    } catch (error) {
      if (hasCode(error, RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage)) return messageId;
      // Threads are a convenience: a forum channel, a thread parent or a missing permission leaves none.
      // An outage leaves none too (the clip is posted and marked by now, so a retry would not come back
      // here), which is worth a warning rather than a note.
      if (error instanceof DiscordAPIError)
        this.ctx.log.info({ err: error, channelId }, 'no thread for this clip');
      else this.ctx.log.warn({ err: error, channelId, messageId }, 'no thread for this clip: Discord failed');
      return undefined;
    }
  }

  /**
   * Tells the requester why no clip is coming. A status message that is gone is given up; any other error
   * is thrown, so the delivery is retried and the member is not left looking at a progress bar.
   */
  private async notify(job: GenerateJob, jobId: string, body: Record<string, unknown>): Promise<void> {
    const target = statusTarget(job, this.ctx.clock());
    if (!target) return;
    try {
      await editMessage(this.ctx.rest, target, { ...body, allowed_mentions: NO_PINGS });
    } catch (error) {
      if (!isGone(error)) throw error;
      this.ctx.log.debug({ err: error, jobId }, 'status message gone; nothing to tell');
    }
  }
}

export type { JobResult };
