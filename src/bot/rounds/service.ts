import { DelayedError, type Job, Queue, Worker } from 'bullmq';
import { type ChatInputCommandInteraction, Routes } from 'discord.js';
import type { Redis } from 'ioredis';
import { DeliveryQueue, isVisiblyEmpty, QUEUE_NAMES } from '../../queue/index.js';
import type { BotContext } from '../context.js';
import { logEditFailure } from '../discord-errors.js';
import { UserError } from '../errors.js';
import { assertChannelAllowed, screeningOf } from '../interactions.js';
import { NO_PINGS, roundText } from '../messages.js';
import { type Asker, assertNoModerationCooldown, isAgeRestricted, screen } from '../moderation.js';
import { postGallery } from './gallery.js';
import { callHost, disablePickButton } from './picker.js';
import { expirePoll, openPoll, readPoll } from './poll.js';
import { changeRound, editCall, Stale, say } from './record.js';
import {
  closeEntries,
  hasEnded,
  MAX_ROUND_CLIPS,
  type PickMode,
  type Round,
  RoundStore,
  type RoundWinner,
  rankByVotes,
  startRunning,
  withEntry,
  withoutLatestEntry,
  withWinner,
} from './store.js';
import { awaitedStep, type RoundStep, recordedRoundChannels } from './sweep.js';
import { outcomeOf, queueWinner } from './winners.js';

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

/** Jobs touch Redis and Discord; an outage is ridden out rather than leaving the round stuck. */
const JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: true,
  // A job that failed for good is dropped, so the step can be queued again (by a later close or Run).
  removeOnFail: true,
} as const;

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
 * messages posted with nonces and recorded right after), so a bot that restarts in any phase carries on;
 * at start, a round whose next job is missing (the bot stopped before queueing it) gets it again.
 */
export class RoundService {
  readonly store: RoundStore;
  readonly minuteMs: number;
  private readonly queue: Queue<RoundJob>;
  private readonly deliveries: DeliveryQueue;
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
    this.deliveries = new DeliveryQueue(ctx.redis, ctx.keys);
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

  /** Runs the rounds worker, then gives every recorded round the job its phase waits on. */
  async start(): Promise<void> {
    void this.worker.run();
    await this.worker.waitUntilReady();
    await this.sweep();
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
    if (cancelled.poll) await expirePoll(this.ctx, cancelled);
    await disablePickButton(this.ctx, cancelled);
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
    await disablePickButton(this.ctx, running);
    await editCall(this.ctx, running);
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
        await say(this.ctx, round, round.channelId, roundText.closedSummary(round), 'closed');
        break;
      case 'picking':
        await callHost(this.ctx, this.store, round);
        break;
      case 'voting': {
        // The vote: the poll is posted (once), and the job that reads it at its end is queued.
        const poll = await openPoll(this.ctx, this.store, round, this.minuteMs);
        await this.queue.add('vote', this.jobData(round), {
          ...JOB_OPTIONS,
          jobId: `vote-${round.id}`,
          delay: Math.max(0, poll.endsAt - this.ctx.clock()),
        });
        break;
      }
      default:
        break;
    }
    const announced = await this.change(channelId, roundId, (r) => ({ ...r, announced: true }));
    if (announced) await editCall(this.ctx, announced);
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
      await expirePoll(this.ctx, round);
      const results = await readPoll(this.ctx, round, poll);
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
    await say(this.ctx, round, round.channelId, roundText.voteClosed(round), 'vote-closed');
    await editCall(this.ctx, round);
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
      await this.endWithGallery(round);
      return;
    }
    if (round.phase === 'running') await this.later(job, token);
  }

  /** Runs `job` again in 2 s (this attempt ends with BullMQ's DelayedError). */
  private async later(job: Job<RoundJob>, token: string | undefined): Promise<never> {
    await job.moveToDelayed(Date.now() + ADVANCE_INTERVAL_MS, token);
    throw new DelayedError();
  }

  /** Queues the winners not yet queued, records how the queued ones ended, and moves on to posting. */
  private async advanceWinners(round: Round): Promise<Round | undefined> {
    for (const w of round.winners)
      if (w.state === 'pending') await queueWinner(this.ctx, this.store, round, w.entryId);
    const current = await this.store.get(round.channelId);
    if (!current || current.id !== round.id || current.phase !== 'running') return current;
    const changes = new Map<number, Partial<RoundWinner>>();
    for (const w of current.winners) {
      if (w.state !== 'queued') continue;
      const change = await outcomeOf(this.ctx, this.deliveries, w);
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
    if (updated && (changes.size > 0 || updated.phase !== 'running')) await editCall(this.ctx, updated);
    return updated;
  }

  /** Posts the results gallery, then ends the round and frees the channel. */
  private async endWithGallery(round: Round): Promise<void> {
    const posted = await postGallery(this.ctx, this.store, round);
    if (!posted) return;
    const done = await this.change(posted.channelId, posted.id, (x) => ({
      ...x,
      phase: 'done',
      finishedAt: x.finishedAt ?? this.ctx.clock(),
    }));
    if (!done) return;
    await editCall(this.ctx, done);
    await this.store.remove(done);
  }

  // ---- the jobs of a round ---------------------------------------------------------------------------------

  private jobData(round: Round): RoundJob {
    return { channelId: round.channelId, roundId: round.id };
  }

  /**
   * Makes the round's `step` job run now: a delayed close is promoted, a missing job added (an id already
   * waiting, delayed or running is left as it is).
   */
  private async runNow(step: 'close' | 'advance', round: Round): Promise<void> {
    const jobId = `${step}-${round.id}`;
    const existing = step === 'close' ? await this.queue.getJob(jobId) : undefined;
    if (existing && (await existing.isDelayed())) {
      await existing.promote().catch((error: unknown) => {
        this.ctx.log.debug({ err: error, jobId }, 'round job already promoted');
      });
      return;
    }
    await this.ensure(step, round);
  }

  /**
   * Makes sure the round's `step` job is there, due at `dueAt` (now when absent or past): one waiting,
   * delayed or running is left as it is; a finished one still kept is replaced.
   */
  private async ensure(step: RoundStep, round: Round, dueAt?: number): Promise<void> {
    const jobId = `${step}-${round.id}`;
    const existing = await this.queue.getJob(jobId);
    if (existing && !(await existing.isCompleted()) && !(await existing.isFailed())) return;
    if (existing) await existing.remove().catch(() => undefined);
    const delay = dueAt === undefined ? 0 : Math.max(0, dueAt - this.ctx.clock());
    await this.queue.add(step, this.jobData(round), { ...JOB_OPTIONS, jobId, delay });
  }

  /**
   * Gives every round recorded in Redis that has not ended the job its phase waits on ({@link awaitedStep}).
   * Each step queues the next before it ends, but a bot that stopped in between (or a job lost from Redis)
   * would leave the round stuck; `ensure` leaves a job that is there alone, so this is safe on every start.
   */
  private async sweep(): Promise<void> {
    for (const channelId of await recordedRoundChannels(this.ctx.redis, this.ctx.keys)) {
      try {
        const round = await this.store.get(channelId);
        const awaited = round && awaitedStep(round);
        if (!round || !awaited) continue;
        await this.ensure(awaited.step, round, awaited.dueAt);
      } catch (error) {
        // One unreadable record does not keep the others (or the bot) from starting.
        this.ctx.log.warn({ err: error, channelId }, 'could not check a round at start');
      }
    }
  }

  // ---- the round's record and call message -----------------------------------------------------------------

  /** {@link changeRound} on this service's store. */
  private change(channelId: string, roundId: string, change: (round: Round) => Round) {
    return changeRound(this.store, channelId, roundId, change);
  }

  /** Shows the final state on the call message, says so in the channel, and frees the channel. */
  private async finish(round: Round, summary: string): Promise<void> {
    this.clearCallEdit(round.channelId);
    await editCall(this.ctx, round);
    await say(this.ctx, round, round.channelId, summary, `end-${round.phase}`).catch((error: unknown) =>
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
        .then((round) => (round ? editCall(this.ctx, round) : undefined))
        .catch((error: unknown) => this.ctx.log.warn({ err: error, channelId }, 'could not update a round'));
    }, CALL_EDIT_INTERVAL_MS);
    timer.unref();
    this.pendingEdits.set(channelId, timer);
  }

  private clearCallEdit(channelId: string): void {
    clearTimeout(this.pendingEdits.get(channelId));
    this.pendingEdits.delete(channelId);
  }
}
