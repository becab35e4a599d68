import { type Job, Queue, Worker } from 'bullmq';
import {
  type ChatInputCommandInteraction,
  type Message,
  MessageFlags,
  PermissionFlagsBits,
  Routes,
} from 'discord.js';
import type { Redis } from 'ioredis';
import { isVisiblyEmpty, QUEUE_NAMES } from '../../queue/index.js';
import type { BotContext } from '../context.js';
import { logEditFailure } from '../discord-errors.js';
import { ContentRefused, UserError } from '../errors.js';
import { assertChannelAllowed, logAnswered, screeningOf } from '../interactions.js';
import { describeError, NO_PINGS, roundText, text } from '../messages.js';
import { type Asker, assertNoModerationCooldown, screen } from '../moderation.js';
import { type Round, RoundStore, withEntry, withoutLatestEntry } from './store.js';

export { entryKey, type Round, RoundStore } from './store.js';

/** The delayed job that closes a round at its deadline. */
interface CloseJob {
  channelId: string;
  roundId: string;
}

/** The call message is edited at most this often while entries arrive. */
const CALL_EDIT_INTERVAL_MS = 2_000;

/** Options of the rounds service; `minuteMs` shortens a "minute" in tests. */
export interface RoundServiceOptions {
  /** A dedicated connection for the close worker (it blocks). */
  connection: Redis;
  minuteMs?: number;
}

/**
 * Prompt rounds: the record in Redis, the call message and its thread, entries (moderated, capped,
 * deduplicated) and closing at the deadline through a BullMQ delayed job, which survives a bot restart.
 */
export class RoundService {
  readonly store: RoundStore;
  readonly minuteMs: number;
  private readonly queue: Queue<CloseJob>;
  private readonly worker: Worker<CloseJob>;
  private readonly pendingEdits = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly ctx: BotContext,
    options: RoundServiceOptions,
  ) {
    this.store = new RoundStore(ctx.redis, ctx.keys);
    this.minuteMs = options.minuteMs ?? 60_000;
    this.queue = new Queue<CloseJob>(QUEUE_NAMES.rounds, {
      connection: ctx.redis,
      prefix: ctx.keys.bullPrefix,
    });
    this.worker = new Worker<CloseJob>(QUEUE_NAMES.rounds, (job) => this.onDeadline(job), {
      connection: options.connection,
      prefix: ctx.keys.bullPrefix,
      autorun: false,
    });
    this.worker.on('error', (error) => ctx.log.error({ err: error }, 'rounds worker error'));
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
  }

  /** Opens a round in the interaction's channel: the record, the close job, the call message, its thread. */
  async startRound(
    interaction: ChatInputCommandInteraction,
    options: { theme: string; minutes: number; perMember: number },
  ): Promise<Round> {
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
    };
    await this.store.open(round);
    await this.queue.add(
      'close',
      { channelId: round.channelId, roundId: round.id },
      {
        jobId: `close-${round.id}`,
        delay: round.deadline - now,
        // Closing touches Redis and Discord; an outage is ridden out rather than leaving the round open.
        attempts: 8,
        backoff: { type: 'exponential', delay: 2_000 },
        removeOnComplete: true,
        removeOnFail: 100,
      },
    );
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
   * Ends the collecting phase of round `roundId` (by the deadline job or /round close) and posts the result.
   * Idempotent: a round already closed, or replaced by a newer one, is left alone (returns undefined).
   * With `resume` (the deadline job, which BullMQ retries after a crash), a round already `done` but still
   * recorded was interrupted while wrapping up, and is wrapped up again.
   */
  async closeRound(channelId: string, roundId: string, resume = false): Promise<Round | undefined> {
    let closed: Round | undefined;
    try {
      closed = await this.store.update(channelId, (r) => {
        const closable = r.phase === 'collecting' || (resume && r.phase === 'done');
        if (r.id !== roundId || !closable) throw new Stale();
        return { ...r, phase: 'done' };
      });
    } catch (error) {
      if (error instanceof Stale || (error instanceof UserError && error.code === 'NO_ROUND'))
        return undefined;
      throw error;
    }
    await this.finish(closed, roundText.closedSummary(closed));
    return closed;
  }

  /** Cancels the channel's round: nothing is run and the channel is free for another. */
  async cancelRound(channelId: string): Promise<Round> {
    const cancelled = await this.store.update(channelId, (r) => {
      if (r.phase !== 'collecting') throw new UserError('NO_ROUND', roundText.noRound);
      return { ...r, phase: 'cancelled' };
    });
    // Left in place, the close job finds the round gone and does nothing; removing it only saves the wake-up.
    await this.queue
      .remove(`close-${cancelled.id}`)
      .catch((error: unknown) => this.ctx.log.warn({ err: error }, 'could not remove a round close job'));
    await this.finish(cancelled, roundText.cancelled(cancelled));
    return cancelled;
  }

  /** Shows the final state on the call message, says so in the channel, and frees the channel. */
  private async finish(round: Round, summary: string): Promise<void> {
    this.clearCallEdit(round.channelId);
    await this.editCall(round);
    await this.ctx.rest
      .post(Routes.channelMessages(round.channelId), {
        body: { content: summary, allowed_mentions: NO_PINGS },
      })
      .catch((error: unknown) =>
        logEditFailure(this.ctx.log, error, { channelId: round.channelId }, 'posting a round summary'),
      );
    await this.store.remove(round);
  }

  private async onDeadline(job: Job<CloseJob>): Promise<void> {
    await this.closeRound(job.data.channelId, job.data.roundId, true);
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
      const round = await rounds.startRound(interaction, {
        theme,
        minutes: interaction.options.getInteger('minutes') ?? 60,
        perMember: interaction.options.getInteger('per_member') ?? 1,
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
      const round = await rounds.store.current(channelId);
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
      const round = await rounds.store.current(channelId);
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
