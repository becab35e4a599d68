import { createHash } from 'node:crypto';
import { DelayedError, type Job, Queue, Worker } from 'bullmq';
import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Message,
  MessageFlags,
  PermissionFlagsBits,
  type RawFile,
  RESTJSONErrorCodes,
  Routes,
  type StringSelectMenuInteraction,
} from 'discord.js';
import type { Redis } from 'ioredis';
import {
  artifactKeys,
  decodeFailure,
  deliveryJobId,
  isVisiblyEmpty,
  QUEUE_NAMES,
} from '../../queue/index.js';
import { encodeComponentId, type RoundAction } from '../components/ids.js';
import { type BotContext, editMessage } from '../context.js';
import { hasCode, isGone, logEditFailure } from '../discord-errors.js';
import { ContentRefused, UserError } from '../errors.js';
import { assertChannelAllowed, logAnswered, screeningOf } from '../interactions.js';
import { submitClip } from '../jobs.js';
import {
  cancelRow,
  describeError,
  failureText,
  NO_PINGS,
  pingOnly,
  queuedEmbed,
  roundText,
  text,
} from '../messages.js';
import { type Asker, assertNoModerationCooldown, isAgeRestricted, policyFor, screen } from '../moderation.js';
import { settleStatus } from '../progress.js';
import {
  closeEntries,
  hasEnded,
  MAX_ROUND_CLIPS,
  type PickMode,
  pickPage,
  pollEntries,
  type Round,
  RoundStore,
  type RoundWinner,
  rankByVotes,
  splitGallery,
  startRunning,
  withEntry,
  withoutLatestEntry,
  withPicks,
  withWinner,
} from './store.js';

export { entryKey, type Round, RoundStore } from './store.js';

/** The bot's delayed work for one round: `close-`, `vote-` and `advance-<round id>`. */
interface RoundJob {
  channelId: string;
  roundId: string;
}

/** The call message is edited at most this often while entries arrive. */
const CALL_EDIT_INTERVAL_MS = 2_000;
/** How often a running round looks at its winners' jobs (and a vote at a poll not yet finalized). */
const ADVANCE_INTERVAL_MS = 2_000;
/** How long an ended poll's results are waited for before the counts present are used. */
const FINALIZE_WAIT_MS = 2 * 60_000;
/** IS_COMPONENTS_V2: the gallery is made of components, with no content or embeds. */
const COMPONENTS_V2 = 1 << 15;

/** Jobs touch Redis and Discord; an outage is ridden out rather than leaving the round stuck. */
const JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: true,
  // A job that failed for good is dropped, so the step can be queued again (by a later close or Run).
  removeOnFail: true,
} as const;

/** A nonce (at most 25 characters) for a message the round posts once, whatever retries happen. */
const nonceOf = (what: string) =>
  createHash('sha256').update(`zoetrope-round:${what}`).digest('hex').slice(0, 25);

/** Options of the rounds service; `minuteMs` shortens a "minute" in tests. */
export interface RoundServiceOptions {
  /** A dedicated connection for the rounds worker (it blocks). */
  connection: Redis;
  minuteMs?: number;
}

/** What `/round start` asks for. */
export interface RoundStartOptions {
  theme: string;
  minutes: number;
  perMember: number;
  pick: PickMode;
  clips: number;
  voteMinutes: number;
}

/**
 * Prompt rounds: the record in Redis, the call message and its thread, entries (moderated, capped,
 * deduplicated), then picking (the host's picker or a poll), running the winners as normal jobs credited to
 * their authors, and the results gallery. Every step after a command is a job on the `rounds` queue
 * (`close-`, `vote-`, `advance-<round id>`), and every step is idempotent (ids derived from the round,
 * messages posted with nonces and recorded right after), so a bot that restarts in any phase carries on.
 */
export class RoundService {
  readonly store: RoundStore;
  readonly minuteMs: number;
  private readonly queue: Queue<RoundJob>;
  private readonly deliveries: Queue;
  private readonly worker: Worker<RoundJob>;
  private readonly pendingEdits = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly ctx: BotContext,
    options: RoundServiceOptions,
  ) {
    this.store = new RoundStore(ctx.redis, ctx.keys);
    this.minuteMs = options.minuteMs ?? 60_000;
    this.queue = new Queue<RoundJob>(QUEUE_NAMES.rounds, {
      connection: ctx.redis,
      prefix: ctx.keys.bullPrefix,
    });
    this.deliveries = new Queue(QUEUE_NAMES.deliveries, {
      connection: ctx.redis,
      prefix: ctx.keys.bullPrefix,
    });
    this.worker = new Worker<RoundJob>(QUEUE_NAMES.rounds, (job, token) => this.process(job, token), {
      connection: options.connection,
      prefix: ctx.keys.bullPrefix,
      autorun: false,
      // Rounds in different channels go on side by side (a gallery upload takes a while).
      concurrency: 4,
    });
    this.worker.on('error', (error) => ctx.log.error({ err: error }, 'rounds worker error'));
    this.worker.on('failed', (job, error) =>
      ctx.log.warn({ err: error, job: job?.id, attempts: job?.attemptsMade }, 'round step failed'),
    );
  }

  async start(): Promise<void> {
    void this.worker.run();
    await this.worker.waitUntilReady();
  }

  async close(): Promise<void> {
    for (const timer of this.pendingEdits.values()) clearTimeout(timer);
    this.pendingEdits.clear();
    await this.worker.close();
    await this.queue.close();
    await this.deliveries.close();
  }

  /** Opens a round in the interaction's channel: the record, the close job, the call message, its thread. */
  async startRound(interaction: ChatInputCommandInteraction, options: RoundStartOptions): Promise<Round> {
    const guildId = interaction.guildId;
    if (!guildId) throw new UserError('NOT_IN_GUILD', 'This applies to a server; use it in one.');
    const now = this.ctx.clock();
    const round: Round = {
      id: crypto.randomUUID(),
      guildId,
      channelId: interaction.channelId,
      hostId: interaction.user.id,
      theme: options.theme,
      perMember: options.perMember,
      startedAt: now,
      deadline: now + options.minutes * this.minuteMs,
      phase: 'collecting',
      entries: [],
      nextEntryId: 1,
      pick: options.pick,
      clips: Math.min(MAX_ROUND_CLIPS, Math.max(1, options.clips)),
      voteMinutes: options.voteMinutes,
      ageRestricted: isAgeRestricted(interaction.channel),
      announced: false,
      picked: [],
      winners: [],
      gallery: [],
    };
    await this.store.open(round, now);
    await this.queue.add('close', this.jobData(round), {
      ...JOB_OPTIONS,
      jobId: `close-${round.id}`,
      delay: round.deadline - now,
    });
    let message: { id: string };
    try {
      message = (await this.ctx.rest.post(Routes.channelMessages(round.channelId), {
        body: { content: roundText.call(round), allowed_mentions: NO_PINGS },
      })) as { id: string };
    } catch (error) {
      // Without its call nobody can see the round: it is undone, so the channel stays free.
      await this.queue.remove(`close-${round.id}`);
      await this.store.remove(round);
      throw error;
    }
    const posted = await this.store.update(round.channelId, (r) =>
      r.id === round.id ? { ...r, messageId: message.id } : r,
    );
    let thread: { id: string };
    try {
      thread = (await this.ctx.rest.post(Routes.threads(round.channelId, message.id), {
        body: { name: roundText.threadName(round.theme), auto_archive_duration: 1440 },
      })) as { id: string };
    } catch (error) {
      // The round works without its thread (entries by /round submit); the host is not failed for it.
      this.ctx.log.warn({ err: error, channelId: round.channelId }, 'could not open a round thread');
      return posted;
    }
    await this.store.linkThread(thread.id, round.channelId);
    return this.store.update(round.channelId, (r) => (r.id === round.id ? { ...r, threadId: thread.id } : r));
  }

  /**
   * Adds an entry: the member's cooldown and the content policy first (a refusal throws, is audited and
   * counts nothing), then the cap and the duplicate check in one transaction. Returns the updated round.
   */
  async submit(channelId: string, asker: Asker, prompt: string): Promise<Round> {
    if (isVisiblyEmpty(prompt)) throw new UserError('BAD_OPTION', roundText.emptyEntry);
    const round = await this.store.current(channelId);
    if (!round) throw new UserError('NO_ROUND', roundText.noRound);
    const settings = await this.ctx.state.settings(round.guildId);
    assertChannelAllowed(settings, round.channelId);
    const screening = screeningOf(settings, null, asker);
    await assertNoModerationCooldown(this.ctx, asker);
    await screen(this.ctx, screening, [{ text: prompt, kind: 'entry' }]);
    const updated = await this.store.update(channelId, (r) =>
      withEntry(r, asker.userId, prompt, this.ctx.clock()),
    );
    this.scheduleCallEdit(channelId);
    return updated;
  }

  /** Takes back the member's latest entry. */
  async withdraw(channelId: string, userId: string): Promise<Round> {
    const updated = await this.store.update(channelId, (r) => withoutLatestEntry(r, userId));
    this.scheduleCallEdit(channelId);
    return updated;
  }

  /**
   * Ends the collecting phase of round `roundId` now (/round close): the record moves on at once, and the
   * round's close job is run now to announce it (so a crash in between is finished by the job's retry).
   * Returns undefined when the round was already closed or replaced.
   */
  async closeRound(channelId: string, roundId: string): Promise<Round | undefined> {
    const closed = await this.change(channelId, roundId, (r) => {
      if (r.phase !== 'collecting') throw new Stale();
      return closeEntries(r, this.ctx.clock());
    });
    if (!closed) return undefined;
    this.clearCallEdit(channelId);
    await this.runNow('close', closed);
    return closed;
  }

  /**
   * Cancels the channel's round while it collects, picks, votes or runs: the poll is ended, nothing more is
   * queued (clips already queued are made and delivered as usual, without a gallery), the channel is free.
   */
  async cancelRound(channelId: string): Promise<Round> {
    const cancelled = await this.store.update(channelId, (r) => {
      if (r.phase === 'posting') throw new UserError('ROUND_CLOSED', roundText.tooLateToCancel);
      if (r.phase === 'done' || r.phase === 'cancelled') throw new UserError('NO_ROUND', roundText.noRound);
      return { ...r, phase: 'cancelled' };
    });
    // Left in place, these jobs find the round gone and do nothing; removing them only saves the wake-ups.
    for (const step of ['close', 'vote', 'advance'])
      await this.queue
        .remove(`${step}-${cancelled.id}`)
        .catch((error: unknown) => this.ctx.log.warn({ err: error }, 'could not remove a round job'));
    if (cancelled.poll) await this.expirePoll(cancelled);
    await this.disablePickButton(cancelled);
    await this.finish(cancelled, roundText.cancelled(cancelled));
    return cancelled;
  }

  /** The host's picks become the winners (idempotent: pressing Run again after a crash resumes). */
  async runPicked(channelId: string, roundId: string): Promise<Round> {
    const running = await this.change(channelId, roundId, (r) => {
      if (r.phase === 'running') return r;
      if (r.phase !== 'picking') throw new UserError('ROUND_CLOSED', roundText.pickingOver);
      if (r.picked.length === 0) throw new UserError('BAD_OPTION', roundText.pickNone);
      return startRunning(r, r.picked);
    });
    if (!running) throw new UserError('ROUND_CLOSED', roundText.pickStale);
    await this.runNow('advance', running);
    await this.disablePickButton(running);
    await this.editCall(running);
    return running;
  }

  // ---- the rounds worker ---------------------------------------------------------------------------------

  private async process(job: Job<RoundJob>, token: string | undefined): Promise<void> {
    switch (job.name) {
      case 'close':
        return this.onClose(job);
      case 'vote':
        return this.onVoteEnd(job, token);
      case 'advance':
        return this.onAdvance(job, token);
      default:
        this.ctx.log.warn({ name: job.name }, 'unknown round job');
    }
  }

  /**
   * The deadline (or /round close, which runs this job early): closes the entries if still open, then
   * announces what comes next, once (the round records that it did).
   */
  private async onClose(job: Job<RoundJob>): Promise<void> {
    const { channelId, roundId } = job.data;
    const round = await this.change(channelId, roundId, (r) =>
      r.phase === 'collecting' ? closeEntries(r, this.ctx.clock()) : r,
    );
    if (!round || round.announced) return;
    this.clearCallEdit(channelId);
    switch (round.phase) {
      case 'done':
        // No entries: the round ends here.
        if (round.winners.length === 0) await this.finish(round, roundText.closedSummary(round));
        return;
      case 'running':
        await this.runNow('advance', round);
        await this.say(round, round.channelId, roundText.closedSummary(round), 'closed');
        break;
      case 'picking':
        await this.callHost(round);
        break;
      case 'voting':
        await this.openPoll(round);
        break;
      default:
        break;
    }
    const announced = await this.change(channelId, roundId, (r) => ({ ...r, announced: true }));
    if (announced) await this.editCall(announced);
  }

  /** Asks the host to pick, with the button that opens the picker (pings only the host). */
  private async callHost(round: Round): Promise<void> {
    if (round.pickMessageId) return;
    const posted = (await this.ctx.rest.post(Routes.channelMessages(round.channelId), {
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
    await this.change(round.channelId, round.id, (r) => ({ ...r, pickMessageId: posted.id }));
  }

  /** The vote: the full prompts in the thread, the poll in the channel, and the job that reads it at its end. */
  private async openPoll(round: Round): Promise<void> {
    let poll = round.poll;
    if (!poll) {
      const offered = pollEntries(round);
      await this.say(
        round,
        round.threadId ?? round.channelId,
        roundText.voteList(round, offered),
        'vote-list',
      );
      const answers = offered.map((e) => roundText.pollAnswer(e.id, e.prompt));
      const message = (await this.ctx.rest.post(Routes.channelMessages(round.channelId), {
        body: {
          poll: {
            question: { text: roundText.pollQuestion(round.theme) },
            answers: answers.map((t) => ({ poll_media: { text: t } })),
            duration: Math.min(768, Math.max(1, Math.ceil(round.voteMinutes / 60))),
            allow_multiselect: false,
            layout_type: 1,
          },
          allowed_mentions: NO_PINGS,
          nonce: nonceOf(`poll:${round.id}`),
          enforce_nonce: true,
        },
      })) as { id: string; poll?: { answers?: { answer_id: number; poll_media?: { text?: string } }[] } };
      // Answer ids as Discord gave them: matched by text (each starts with its entry's number), else by order.
      const returned = message.poll?.answers ?? [];
      const mapped = offered.map((e, i) => {
        const byText = returned.find((a) => a.poll_media?.text === answers[i]);
        return { answerId: (byText ?? returned[i])?.answer_id ?? i + 1, entryId: e.id };
      });
      const endsAt = this.ctx.clock() + round.voteMinutes * this.minuteMs;
      poll = { messageId: message.id, answers: mapped, endsAt };
      const recorded = poll;
      await this.change(round.channelId, round.id, (r) => (r.poll ? r : { ...r, poll: recorded }));
    }
    await this.queue.add('vote', this.jobData(round), {
      ...JOB_OPTIONS,
      jobId: `vote-${round.id}`,
      delay: Math.max(0, poll.endsAt - this.ctx.clock()),
    });
  }

  /**
   * The vote's end: the poll is expired (already expired is fine) and read; until Discord says the results
   * are final it is read again every 2 s, for up to 2 minutes, then the counts present are used. The top
   * `clips` entries (ties to the earlier submission) run.
   */
  private async onVoteEnd(job: Job<RoundJob>, token: string | undefined): Promise<void> {
    const { channelId, roundId } = job.data;
    let round = await this.store.get(channelId);
    if (!round || round.id !== roundId || !round.poll) return;
    if (round.phase === 'voting') {
      const poll = round.poll;
      await this.expirePoll(round);
      let results: PollResults | undefined;
      try {
        const message = (await this.ctx.rest.get(Routes.channelMessage(channelId, poll.messageId))) as {
          poll?: { results?: PollResults };
        };
        results = message.poll?.results;
      } catch (error) {
        // The poll's message was deleted: nobody's votes can be read, so nobody has any.
        if (!isGone(error)) throw error;
        this.ctx.log.info({ channelId, roundId }, "a round's poll is gone; counting no votes");
        results = { is_finalized: true, answer_counts: [] };
      }
      if (results?.is_finalized !== true && this.ctx.clock() - poll.endsAt < FINALIZE_WAIT_MS) {
        await this.later(job, token);
      }
      const counts = new Map((results?.answer_counts ?? []).map((c) => [c.id, c.count] as const));
      const winners = rankByVotes(round, poll.answers, counts);
      const running = await this.change(channelId, roundId, (r) =>
        r.phase === 'voting' ? startRunning(r, winners) : r,
      );
      if (!running) return;
      round = running;
    }
    // Also after a crash between the change above and what follows: both steps are idempotent.
    if (round.phase !== 'running') return;
    await this.runNow('advance', round);
    await this.say(round, round.channelId, roundText.voteClosed(round), 'vote-closed');
    await this.editCall(round);
  }

  /**
   * Every 2 s while the round runs or posts: queues winners not yet queued, reads how each queued one
   * stands, shows the count on the call message when it changed; once every winner has ended, posts the
   * gallery and ends the round.
   */
  private async onAdvance(job: Job<RoundJob>, token: string | undefined): Promise<void> {
    const { channelId, roundId } = job.data;
    let round = await this.store.get(channelId);
    if (!round || round.id !== roundId) return;
    if (round.phase === 'running') round = (await this.advanceWinners(round)) ?? round;
    if (round.id !== roundId) return;
    if (round.phase === 'posting') {
      await this.postGallery(round);
      return;
    }
    if (round.phase === 'running') await this.later(job, token);
  }

  /** Runs `job` again in 2 s (this attempt ends with BullMQ's DelayedError). */
  private async later(job: Job<RoundJob>, token: string | undefined): Promise<never> {
    await job.moveToDelayed(Date.now() + ADVANCE_INTERVAL_MS, token);
    throw new DelayedError();
  }

  private async advanceWinners(round: Round): Promise<Round | undefined> {
    for (const w of round.winners) if (w.state === 'pending') await this.queueWinner(round, w.entryId);
    const current = await this.store.get(round.channelId);
    if (!current || current.id !== round.id || current.phase !== 'running') return current;
    const changes = new Map<number, Partial<RoundWinner>>();
    for (const w of current.winners) {
      if (w.state !== 'queued') continue;
      const change = await this.outcomeOf(w);
      if (change) changes.set(w.entryId, change);
    }
    const updated = await this.change(round.channelId, round.id, (r) => {
      if (r.phase !== 'running') return r;
      let next = r;
      for (const [entryId, change] of changes) {
        if (next.winners.find((w) => w.entryId === entryId)?.state === 'queued')
          next = withWinner(next, entryId, change);
      }
      return next.winners.every(hasEnded) ? { ...next, phase: 'posting' } : next;
    });
    if (updated && (changes.size > 0 || updated.phase !== 'running')) await this.editCall(updated);
    return updated;
  }

  /**
   * Queues one winner, credited to its author, once: its job id is fixed by the round and the entry; its
   * status message is posted with a nonce and recorded; a job already in BullMQ (a restart after queueing)
   * is not queued again. A caption the content check refuses blocks the winner; a limit (a spent budget)
   * fails it with its reason.
   */
  private async queueWinner(round: Round, entryId: number): Promise<void> {
    const w = round.winners.find((x) => x.entryId === entryId);
    const entry = round.entries.find((e) => e.id === entryId);
    if (!w || !entry || w.state !== 'pending') return;
    const markQueued = () =>
      this.change(round.channelId, round.id, (r) =>
        r.winners.find((x) => x.entryId === entryId)?.state === 'pending'
          ? withWinner(r, entryId, { state: 'queued' })
          : r,
      );
    if (await this.ctx.queue.queue.getJob(w.jobId)) {
      await markQueued();
      return;
    }
    let statusMessageId = w.statusMessageId;
    if (!statusMessageId) {
      const posted = (await this.ctx.rest.post(Routes.channelMessages(round.channelId), {
        body: {
          content: roundText.winnerStatus(entryId, entry.userId),
          allowed_mentions: NO_PINGS,
          nonce: nonceOf(`status:${w.jobId}`),
          enforce_nonce: true,
        },
      })) as { id: string };
      statusMessageId = posted.id;
      await this.change(round.channelId, round.id, (r) =>
        withWinner(r, entryId, { statusMessageId: posted.id }),
      );
    }
    const status = { kind: 'channel' as const, channelId: round.channelId, messageId: statusMessageId };
    const settings = await this.ctx.state.settings(round.guildId);
    const release = this.ctx.statusGates.hold(w.jobId);
    try {
      const { position, eta, job, cost } = await submitClip(this.ctx, {
        jobId: w.jobId,
        kind: 'generate',
        prompt: entry.prompt,
        durationSeconds: settings.defaultDurationSeconds,
        aspect: '1:1',
        userId: entry.userId,
        guildId: round.guildId,
        channelId: round.channelId,
        statusMessageId,
        screening: {
          policy: policyFor(settings.moderation, round.ageRestricted),
          settings: settings.moderation,
          asker: { guildId: round.guildId, channelId: round.channelId, userId: entry.userId },
        },
      });
      await markQueued();
      await editMessage(this.ctx.rest, status, {
        content: roundText.winnerStatus(entryId, entry.userId),
        embeds: [queuedEmbed(job, w.jobId, position, eta, cost?.estimateUsd)],
        components: [cancelRow(w.jobId, entry.userId)],
        allowed_mentions: NO_PINGS,
      }).catch((error: unknown) =>
        logEditFailure(this.ctx.log, error, { jobId: w.jobId }, "showing a round winner's status"),
      );
      release();
      await settleStatus(this.ctx, w.jobId, job);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      const blocked = error instanceof ContentRefused;
      const reason = blocked ? 'blocked by the content check' : error.message;
      this.ctx.log.info({ jobId: w.jobId, code: error.code }, 'a round winner was not queued');
      await this.change(round.channelId, round.id, (r) =>
        withWinner(r, entryId, { state: blocked ? 'blocked' : 'failed', reason }),
      );
      await editMessage(this.ctx.rest, status, {
        content: `${roundText.winnerStatus(entryId, entry.userId).replace(/queued$/, '')}${reason}`,
        allowed_mentions: NO_PINGS,
      }).catch((failure: unknown) =>
        logEditFailure(this.ctx.log, failure, { jobId: w.jobId }, "showing a round winner's status"),
      );
    } finally {
      release();
    }
  }

  /** How a queued winner stands: done once made and delivered; blocked or failed with the reason. */
  private async outcomeOf(w: RoundWinner): Promise<Partial<RoundWinner> | undefined> {
    const status = await this.ctx.queue.status(w.jobId);
    switch (status.state) {
      case 'completed': {
        const marker = await this.ctx.redis.get(this.ctx.keys.delivered(w.jobId));
        if (marker?.startsWith('posted:')) return { state: 'done' };
        // A delivery that failed for good (Discord refused it) still leaves the clip for the gallery.
        const delivery = await this.deliveries.getJob(deliveryJobId(w.jobId));
        if (delivery && (await delivery.isFailed()) && delivery.finishedOn !== undefined)
          return { state: 'done' };
        return undefined;
      }
      case 'failed': {
        const failure = status.failure ?? decodeFailure(undefined);
        if (failure.code === 'POLICY_REFUSED')
          return { state: 'blocked', reason: 'blocked by the content check' };
        return { state: 'failed', reason: failureText(failure) };
      }
      case 'missing': {
        // Gone from BullMQ: delivered long ago (finished jobs are kept a day), or cancelled before it ran.
        const marker = await this.ctx.redis.get(this.ctx.keys.delivered(w.jobId));
        if (marker?.startsWith('posted:')) return { state: 'done' };
        return { state: 'failed', reason: 'cancelled before it ran' };
      }
      default:
        return undefined;
    }
  }

  /**
   * The results: Components V2 messages of at most 10 clips and 25 MiB of files each, every one posted with
   * a nonce and recorded right after, so a restart posts none twice; then the round ends.
   */
  private async postGallery(round: Round): Promise<void> {
    let r = round;
    const limit = Math.min(this.ctx.config.MAX_UPLOAD_BYTES, 25 * 1024 * 1024);
    if (!r.galleryPlan) {
      const clips: { entryId: number; bytes: number }[] = [];
      for (const w of r.winners) {
        if (w.state !== 'done') continue;
        const size = (await this.ctx.artifacts.get(artifactKeys.clip(w.jobId)))?.data.length ?? 0;
        clips.push({ entryId: w.entryId, bytes: size > limit ? 0 : size });
      }
      const plan = splitGallery(clips);
      const planned = await this.change(r.channelId, r.id, (x) =>
        x.galleryPlan ? x : { ...x, galleryPlan: plan },
      );
      if (!planned) return;
      r = planned;
    }
    const plan = r.galleryPlan ?? [[]];
    for (let part = r.gallery.length; part < plan.length; part++) {
      const ids = plan[part] ?? [];
      const files: RawFile[] = [];
      const items: { media: { url: string }; description: string }[] = [];
      const missing: number[] = [];
      for (const entryId of ids) {
        const w = r.winners.find((x) => x.entryId === entryId);
        const entry = r.entries.find((e) => e.id === entryId);
        const clip = w ? await this.ctx.artifacts.get(artifactKeys.clip(w.jobId)) : undefined;
        if (!clip || !entry || clip.data.length > limit) {
          missing.push(entryId);
          continue;
        }
        const name = `round-${entryId}.mp4`;
        files.push({ name, data: clip.data, contentType: 'video/mp4' });
        items.push({
          media: { url: `attachment://${name}` },
          description: roundText.galleryDescription(entry.prompt),
        });
      }
      const last = part === plan.length - 1;
      const components: Record<string, unknown>[] = [
        { type: 10, content: roundText.galleryHeading(r.theme, part + 1, plan.length) },
        ...(items.length > 0 ? [{ type: 12, items }] : []),
        { type: 10, content: roundText.galleryLines(r, ids, missing) },
        ...(last
          ? [
              { type: 14, divider: true, spacing: 1 },
              { type: 10, content: roundText.gallerySummary(r, this.ctx.clock()) },
            ]
          : []),
      ];
      const posted = (await this.ctx.rest.post(Routes.channelMessages(r.channelId), {
        body: {
          flags: COMPONENTS_V2,
          components,
          attachments: files.map((f, i) => ({
            id: String(i),
            filename: f.name,
            description: 'AI-generated video',
          })),
          allowed_mentions: NO_PINGS,
          nonce: nonceOf(`gallery:${r.id}:${part}`),
          enforce_nonce: true,
        },
        files,
      })) as { id: string };
      const recorded = await this.change(r.channelId, r.id, (x) =>
        x.gallery.length === part ? { ...x, gallery: [...x.gallery, posted.id] } : x,
      );
      if (!recorded) return;
      r = recorded;
    }
    const done = await this.change(r.channelId, r.id, (x) => ({
      ...x,
      phase: 'done',
      finishedAt: x.finishedAt ?? this.ctx.clock(),
    }));
    if (!done) return;
    await this.editCall(done);
    await this.store.remove(done);
  }

  // ---- helpers ---------------------------------------------------------------------------------------------

  private jobData(round: Round): RoundJob {
    return { channelId: round.channelId, roundId: round.id };
  }

  /**
   * Makes the round's `step` job run now: a delayed one is promoted, a missing one added (an id already
   * waiting or running is left as it is).
   */
  private async runNow(step: 'close' | 'advance', round: Round): Promise<void> {
    const jobId = `${step}-${round.id}`;
    const existing = await this.queue.getJob(jobId);
    if (existing && (await existing.isDelayed()) && step === 'close') {
      await existing.promote().catch((error: unknown) => {
        this.ctx.log.debug({ err: error, jobId }, 'round job already promoted');
      });
      return;
    }
    if (existing && !(await existing.isCompleted()) && !(await existing.isFailed())) return;
    if (existing) await existing.remove().catch(() => undefined);
    await this.queue.add(step, this.jobData(round), { ...JOB_OPTIONS, jobId });
  }

  /**
   * Applies `change` to round `roundId` in its channel; undefined when the round is gone or replaced, or
   * `change` threw `Stale`.
   */
  private async change(
    channelId: string,
    roundId: string,
    change: (round: Round) => Round,
  ): Promise<Round | undefined> {
    try {
      return await this.store.update(channelId, (r) => {
        if (r.id !== roundId) throw new Stale();
        return change(r);
      });
    } catch (error) {
      if (error instanceof Stale || (error instanceof UserError && error.code === 'NO_ROUND'))
        return undefined;
      throw error;
    }
  }

  /** Posts a round message once (`what` names it; its nonce makes a repeat return the first). */
  private async say(round: Round, channelId: string, content: string, what: string): Promise<void> {
    await this.ctx.rest.post(Routes.channelMessages(channelId), {
      body: {
        content,
        allowed_mentions: NO_PINGS,
        nonce: nonceOf(`${what}:${round.id}`),
        enforce_nonce: true,
      },
    });
  }

  /** Ends the round's poll early (an already ended or deleted one is fine). */
  private async expirePoll(round: Round): Promise<void> {
    if (!round.poll) return;
    try {
      await this.ctx.rest.post(Routes.expirePoll(round.channelId, round.poll.messageId));
    } catch (error) {
      if (hasCode(error, RESTJSONErrorCodes.PollExpired) || isGone(error)) return;
      throw error;
    }
  }

  /** The "Pick winners" button is taken off once picking is over (best effort). */
  private async disablePickButton(round: Round): Promise<void> {
    if (!round.pickMessageId) return;
    await this.ctx.rest
      .patch(Routes.channelMessage(round.channelId, round.pickMessageId), {
        body: { components: [], allowed_mentions: NO_PINGS },
      })
      .catch((error: unknown) =>
        logEditFailure(this.ctx.log, error, { channelId: round.channelId }, 'removing the pick button'),
      );
  }

  /** Shows the final state on the call message, says so in the channel, and frees the channel. */
  private async finish(round: Round, summary: string): Promise<void> {
    this.clearCallEdit(round.channelId);
    await this.editCall(round);
    await this.say(round, round.channelId, summary, `end-${round.phase}`).catch((error: unknown) =>
      logEditFailure(this.ctx.log, error, { channelId: round.channelId }, 'posting a round summary'),
    );
    await this.store.remove(round);
  }

  private scheduleCallEdit(channelId: string): void {
    if (this.pendingEdits.has(channelId)) return;
    const timer = setTimeout(() => {
      this.pendingEdits.delete(channelId);
      void this.store
        .get(channelId)
        .then((round) => (round ? this.editCall(round) : undefined))
        .catch((error: unknown) => this.ctx.log.warn({ err: error, channelId }, 'could not update a round'));
    }, CALL_EDIT_INTERVAL_MS);
    timer.unref();
    this.pendingEdits.set(channelId, timer);
  }

  private clearCallEdit(channelId: string): void {
    clearTimeout(this.pendingEdits.get(channelId));
    this.pendingEdits.delete(channelId);
  }

  private async editCall(round: Round): Promise<void> {
    if (!round.messageId) return;
    await this.ctx.rest
      .patch(Routes.channelMessage(round.channelId, round.messageId), {
        body: { content: roundText.call(round), allowed_mentions: NO_PINGS },
      })
      .catch((error: unknown) =>
        logEditFailure(this.ctx.log, error, { channelId: round.channelId }, 'editing a round call'),
      );
  }
}

/** A poll's results as Discord returns them on its message. */
interface PollResults {
  is_finalized?: boolean;
  answer_counts?: { id: number; count: number }[];
}

/**
 * A reply in a round's thread is an entry. It cannot be answered privately: a refusal names the categories
 * and never echoes the text. Without the Message Content intent a reply arrives empty unless it mentions the
 * bot; that is explained once per thread for a while.
 */
export async function handleRoundReply(
  ctx: BotContext,
  message: Message<true>,
  channelId: string,
): Promise<void> {
  const rounds = ctx.rounds;
  if (!rounds) return;
  const botId = message.client.user.id;
  const said = message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), '').trim();
  const answer = (content: string) =>
    message.reply({ content, allowedMentions: NO_PINGS }).catch((error: unknown) => {
      ctx.log.warn({ err: error, thread: message.channelId }, 'could not answer in a round thread');
    });
  const round = await rounds.store.get(channelId);
  if (round && round.phase !== 'collecting') {
    // Past collecting the thread is for talk (and the vote's list): only a reply to the bot is answered.
    if (message.mentions.users.has(botId)) await answer(roundText.closedForEntries);
    return;
  }
  if (isVisiblyEmpty(said)) {
    const key = ctx.keys.botThreadHinted(message.channelId);
    if (await ctx.redis.set(key, '1', 'EX', HINT_TTL_SECONDS, 'NX'))
      await answer(roundText.howToEnter(botId));
    return;
  }
  try {
    const round = await rounds.submit(
      channelId,
      { guildId: message.guildId, channelId: message.channelId, userId: message.author.id },
      said,
    );
    await answer(roundText.threadEntered(round, message.author.id));
  } catch (error) {
    const { message: reason, unexpected } = describeError(error);
    logAnswered(ctx.log, error, unexpected, { thread: message.channelId });
    await answer(
      error instanceof ContentRefused
        ? text.threadRefused(error.categories, error.cooldownResetUnix)
        : reason,
    );
  }
}

/** How long a round thread stays quiet after the bot explained how to enter. */
const HINT_TTL_SECONDS = 60 * 60;

/** A close that lost to another (the round already closed or replaced). */
class Stale extends Error {}

/** Whether the member may start a round: Manage Server, or the server's round host role. */
function mayStart(interaction: ChatInputCommandInteraction, hostRole: string | undefined): boolean {
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  if (!hostRole) return false;
  const roles = interaction.member?.roles;
  // A cached member carries a role manager; an uncached one Discord's raw list of role ids.
  return Array.isArray(roles) ? roles.includes(hostRole) : (roles?.cache.has(hostRole) ?? false);
}

/** Whether the member may close or cancel `round`: its host, or a manager. */
function assertHostOrManager(interaction: ChatInputCommandInteraction, round: Round): void {
  if (round.hostId === interaction.user.id) return;
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return;
  throw new UserError('NOT_ROUND_HOST', roundText.notHost);
}

const ephemeral = (content: string) => ({
  content,
  flags: MessageFlags.Ephemeral as const,
  allowedMentions: NO_PINGS,
});

/** `/round …`: start, submit, withdraw, status, close, cancel. */
export async function roundCommand(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const rounds = ctx.rounds;
  if (!rounds) throw new Error('prompt rounds are not running in this process');
  if (!interaction.guildId) throw new UserError('NOT_IN_GUILD', 'This applies to a server; use it in one.');
  const sub = interaction.options.getSubcommand();
  // Used inside the round's thread, /round acts on the channel's round (a round is not started in a thread).
  const inThread = sub === 'start' ? undefined : await rounds.store.channelOfThread(interaction.channelId);
  const channelId = inThread ?? interaction.channelId;
  switch (sub) {
    case 'start': {
      const settings = await ctx.state.settings(interaction.guildId);
      if (!mayStart(interaction, settings.roundHostRole)) {
        throw new UserError('NOT_A_MANAGER', roundText.notAllowedToStart(settings.roundHostRole));
      }
      if (interaction.channel?.isThread()) throw new UserError('BAD_OPTION', roundText.notInThread);
      const theme = interaction.options.getString('theme', true).trim();
      if (isVisiblyEmpty(theme)) throw new UserError('BAD_OPTION', roundText.emptyTheme);
      assertChannelAllowed(settings, channelId);
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const pick = interaction.options.getString('pick') ?? 'all';
      if (pick !== 'host' && pick !== 'vote' && pick !== 'all')
        throw new UserError('BAD_OPTION', 'Unknown way to pick.');
      const round = await rounds.startRound(interaction, {
        theme,
        minutes: interaction.options.getInteger('minutes') ?? 60,
        perMember: interaction.options.getInteger('per_member') ?? 1,
        pick,
        clips: interaction.options.getInteger('clips') ?? 4,
        voteMinutes: interaction.options.getInteger('vote_minutes') ?? 10,
      });
      await interaction.editReply({ content: roundText.started(round), allowedMentions: NO_PINGS });
      return;
    }
    case 'submit': {
      const prompt = interaction.options.getString('prompt', true).trim();
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const round = await rounds.submit(
        channelId,
        { guildId: interaction.guildId, channelId, userId: interaction.user.id },
        prompt,
      );
      await interaction.editReply({
        content: roundText.entered(round, interaction.user.id),
        allowedMentions: NO_PINGS,
      });
      return;
    }
    case 'withdraw': {
      const round = await rounds.withdraw(channelId, interaction.user.id);
      await interaction.reply(ephemeral(roundText.withdrawn(round, interaction.user.id)));
      return;
    }
    case 'status': {
      const round = await rounds.store.active(channelId);
      if (!round) throw new UserError('NO_ROUND', roundText.noRound);
      await interaction.reply(ephemeral(roundText.status(round, interaction.user.id)));
      return;
    }
    case 'close': {
      const round = await rounds.store.current(channelId);
      if (!round) throw new UserError('NO_ROUND', roundText.noRound);
      assertHostOrManager(interaction, round);
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const closed = await rounds.closeRound(channelId, round.id);
      await interaction.editReply({
        content: closed ? roundText.closedByYou : roundText.noRound,
        allowedMentions: NO_PINGS,
      });
      return;
    }
    case 'cancel': {
      const round = await rounds.store.active(channelId);
      if (!round) throw new UserError('NO_ROUND', roundText.noRound);
      assertHostOrManager(interaction, round);
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await rounds.cancelRound(channelId);
      await interaction.editReply({ content: roundText.cancelledByYou, allowedMentions: NO_PINGS });
      return;
    }
    default:
      throw new UserError('BAD_OPTION', `Unknown subcommand ${sub}.`);
  }
}

/** Whether the member may pick a round's winners: its host, or a manager. */
function mayPick(interaction: ButtonInteraction | StringSelectMenuInteraction, round: Round): boolean {
  return (
    round.hostId === interaction.user.id ||
    interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true
  );
}

/** The host's picker on page `page`: a select menu of that page's entries, paging, and Run. */
export function pickerView(round: Round, page: number, ownerId: string) {
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
  if (!mayPick(interaction, round)) throw new UserError('NOT_ROUND_HOST', roundText.notPicker);
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
    case 'round-page': {
      const view = pickerView(round, id.page, interaction.user.id);
      await interaction.update({
        content: view.content,
        components: view.components as never,
        allowedMentions: NO_PINGS,
      });
      return;
    }
    case 'round-select': {
      if (!interaction.isStringSelectMenu()) throw new UserError('BAD_OPTION', roundText.pickStale);
      const values = interaction.values.map(Number).filter((n) => Number.isInteger(n));
      const updated = await rounds.store.update(channelId, (r) => {
        if (r.id !== round.id) throw new UserError('ROUND_CLOSED', roundText.pickStale);
        return withPicks(r, id.page, values);
      });
      const view = pickerView(updated, id.page, interaction.user.id);
      await interaction.update({
        content: view.content,
        components: view.components as never,
        allowedMentions: NO_PINGS,
      });
      return;
    }
  }
}
