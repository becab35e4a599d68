import { type Job, MetricsTime, UnrecoverableError, Worker } from 'bullmq';
import { DiscordAPIError, type RawFile, RESTJSONErrorCodes, Routes } from 'discord.js';
import type { Redis } from 'ioredis';
import type { RedisLink } from '../ops/index.js';
import {
  artifactKeys,
  type Delivery,
  deliverySchema,
  type GenerateJob,
  type JobResult,
  parsePayload,
  QUEUE_NAMES,
} from '../queue/index.js';
import { type BotContext, editMessage, messageNonce, statusTarget } from './context.js';
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
import { currentStatus, showStatus } from './status.js';

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
  /** Watches the worker's errors, so a Redis outage is logged once (src/ops); default: each error logged. */
  link?: RedisLink;
}

const MARKER_TTL = 30 * 24 * 3600;
const POSTING = 'posting';

/** Posting into a thread that is archived, locked or deleted: the clip goes to its parent channel. */
const THREAD_CLOSED = [
  RESTJSONErrorCodes.InvalidActionOnArchivedThread,
  RESTJSONErrorCodes.ThreadLocked,
  RESTJSONErrorCodes.UnknownChannel,
];

/** Channel types that are threads (announcement, public, private); a forum post is a public thread. */
const THREAD_TYPES = new Set([10, 11, 12]);

/** Where a posted clip landed; `threadId` when it opened a forum post of its own. */
interface Posted {
  channelId: string;
  messageId: string;
  threadId?: string;
}

/** A thread's name from a prompt: Discord allows 100 characters. */
const threadName = (job: GenerateJob) => job.prompt.replace(/\s+/g, ' ').trim().slice(0, 90) || 'clip';

/**
 * Posts finished clips, where they were asked for: a clip asked for in a thread (a forum post is one) stays
 * there; one posted in a text channel starts a thread named after the prompt; one that ends up in a forum
 * (the fallback from a closed post) opens a new post there. Exactly-once is built from three pieces (a
 * forum post takes no nonce: a retry looks for its post among the server's active threads instead):
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
      // BullMQ's per-minute completed/failed counts, kept two weeks (the same on every worker).
      metrics: { maxDataPoints: MetricsTime.TWO_WEEKS },
    });
    this.worker.on('failed', (job, error) => {
      ctx.log.warn(
        { err: error, jobId: job?.data.jobId, attempts: job?.attemptsMade },
        'delivery attempt failed',
      );
      // BullMQ sets finishedOn only when the job fails for good; otherwise it is retried after a backoff.
      if (job?.finishedOn === undefined) ctx.metrics?.deliveryRetries.inc();
      else ctx.metrics?.deliveriesFailed.inc();
    });
    this.worker.on('completed', (_job, outcome) => {
      if (outcome.posted === 'edited') ctx.metrics?.clipDelivered('edit');
      else if (outcome.posted === 'message') ctx.metrics?.clipDelivered('message');
    });
    if (options.link) options.link.watchBullmq(this.worker, 'delivery worker');
    else this.worker.on('error', (error) => ctx.log.error({ err: error }, 'delivery worker error'));
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
    // The handler that queued the job may still be showing "Queued" on the status message this edits.
    await this.ctx.statusGates.passed(jobId);
    const record = await this.ctx.state.job(jobId);
    const askedInThread = record?.threadId !== undefined && record.threadId === requester.channelId;

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
    let threadId: string | undefined;
    if (!outcome) {
      const posted = await this.postOnce(jobId, job, channelId, requester.userId, body, files);
      channelId = posted.channelId;
      threadId = posted.threadId;
      outcome = { posted: 'message', messageId: posted.messageId };
      // The newest status message now points at the clip instead of showing a stale progress bar; one over
      // an hour old is left as it is (Discord caps those edits).
      const status = await currentStatus(this.ctx, jobId, job);
      if (
        status?.target.kind === 'channel' &&
        status.editable &&
        status.target.messageId !== posted.messageId
      ) {
        await editMessage(this.ctx.rest, status.target, {
          content: 'Done — the clip is below.',
          embeds: [],
          components: [],
          allowed_mentions: NO_PINGS,
        }).catch((error: unknown) =>
          logEditFailure(this.ctx.log, error, { jobId }, 'pointing the status at the clip'),
        );
      }
    }
    await this.ctx.redis.set(markerKey, `posted:${outcome.messageId}`, 'EX', MARKER_TTL);

    threadId ??=
      askedInThread && channelId === requester.channelId
        ? requester.channelId
        : await this.startThread(job, channelId, outcome.messageId);
    await this.ctx.state.saveJob({
      jobId,
      job,
      result,
      messageId: outcome.messageId,
      ...(threadId ? { threadId } : {}),
      ...(record?.statusMessageId ? { statusMessageId: record.statusMessageId } : {}),
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
    job: GenerateJob,
    channelId: string,
    userId: string,
    body: Record<string, unknown>,
    files: RawFile[],
  ): Promise<Posted> {
    const markerKey = this.ctx.keys.delivered(jobId);
    const first = await this.ctx.redis.set(markerKey, POSTING, 'EX', MARKER_TTL, 'NX');
    const retry = first === null;
    if (retry) {
      const found = await this.findPosted(jobId, channelId);
      if (found) return { channelId, messageId: found };
    }
    const message = {
      ...body,
      content: lateDeliveryContent(userId),
      allowed_mentions: pingOnly(userId),
      nonce: messageNonce(jobId),
      enforce_nonce: true,
    };
    try {
      return await this.postIn(channelId, jobId, job, message, files, retry);
    } catch (error) {
      // An archived/locked thread or a deleted one: the clip goes to the parent channel instead.
      if (!hasCode(error, ...THREAD_CLOSED)) throw error;
      const parentId = await this.parentOf(channelId);
      if (!parentId)
        throw new UnrecoverableError(`nowhere to deliver ${jobId}: channel ${channelId} is gone`);
      return this.postIn(parentId, jobId, job, message, files, retry);
    }
  }

  /**
   * Posts the clip in a channel. A forum takes no messages (50008): the clip opens a post of its own there,
   * named after the prompt, and a retry first looks for the post an earlier attempt may have opened (forum
   * posts take no nonce).
   */
  private async postIn(
    channelId: string,
    jobId: string,
    job: GenerateJob,
    message: Record<string, unknown>,
    files: RawFile[],
    retry: boolean,
  ): Promise<Posted> {
    try {
      const posted = (await this.ctx.rest.post(Routes.channelMessages(channelId), {
        body: message,
        files,
      })) as { id: string };
      return { channelId, messageId: posted.id };
    } catch (error) {
      if (!hasCode(error, RESTJSONErrorCodes.CannotSendMessagesInNonTextChannel)) throw error;
    }
    if (retry) {
      const found = await this.findForumPost(jobId, job, channelId);
      if (found) return { channelId: found, messageId: found, threadId: found };
    }
    const { nonce: _nonce, enforce_nonce: _enforce, ...first } = message;
    const post = (await this.ctx.rest.post(Routes.threads(channelId), {
      body: { name: threadName(job), auto_archive_duration: 4320, message: first },
      files,
    })) as { id: string; message?: { id: string } };
    // A forum post's first message has the post's id.
    return { channelId: post.id, messageId: post.message?.id ?? post.id, threadId: post.id };
  }

  /** A post this bot opened in `forumId` for the job, among the server's active threads. */
  private async findForumPost(jobId: string, job: GenerateJob, forumId: string): Promise<string | undefined> {
    const guildId = job.requester.source === 'discord' ? job.requester.guildId : undefined;
    if (!guildId) return undefined;
    try {
      const { threads } = (await this.ctx.rest.get(Routes.guildActiveThreads(guildId))) as {
        threads: { id: string; parent_id?: string | null; owner_id?: string; name?: string }[];
      };
      const me = this.ctx.applicationId();
      const candidates = threads.filter(
        (t) => t.parent_id === forumId && t.owner_id === me && t.name === threadName(job),
      );
      for (const t of candidates.slice(-5)) {
        const first = (await this.ctx.rest.get(Routes.channelMessage(t.id, t.id))) as { embeds?: unknown[] };
        if (JSON.stringify(first.embeds ?? []).includes(jobId)) return t.id;
      }
    } catch (error) {
      this.ctx.log.warn({ err: error, jobId }, 'could not look for an earlier forum post');
    }
    return undefined;
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

  /** Whether a channel is a thread (best effort: a failed lookup says no). */
  private async isThread(channelId: string): Promise<boolean> {
    try {
      const channel = (await this.ctx.rest.get(Routes.channel(channelId))) as { type?: number };
      return THREAD_TYPES.has(channel.type ?? -1);
    } catch (error) {
      this.ctx.log.warn({ err: error, channelId }, 'could not look the channel up');
      return false;
    }
  }

  /**
   * Starts the clip's thread, named after the prompt; returns its id (thread id = message id). A clip posted
   * in a thread (a forum post is one) cannot start another: it stays in that one.
   */
  private async startThread(
    job: GenerateJob,
    channelId: string,
    messageId: string,
  ): Promise<string | undefined> {
    try {
      await this.ctx.rest.post(Routes.threads(channelId, messageId), {
        body: { name: threadName(job), auto_archive_duration: 1440 },
      });
      return messageId;
    } catch (error) {
      if (hasCode(error, RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage)) return messageId;
      if (
        hasCode(error, RESTJSONErrorCodes.CannotExecuteActionOnThisChannelType) &&
        (await this.isThread(channelId))
      )
        return channelId;
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
    try {
      // A status too old to edit gives way to a fresh message: the member must learn why no clip is coming.
      await showStatus(this.ctx, jobId, job, { ...body, allowed_mentions: NO_PINGS }, {});
    } catch (error) {
      if (!isGone(error)) throw error;
      this.ctx.log.debug({ err: error, jobId }, 'status message gone; nothing to tell');
    }
  }
}

export type { JobResult };
