import type { Redis } from 'ioredis';
import { z } from 'zod';
import { foldCharacters } from '../../moderation/index.js';
import type { Keys } from '../../queue/index.js';
import { UserError } from '../errors.js';

/**
 * Where a round is. This slice implements `collecting` and its two ends; picking, running and posting
 * (issue 18) slot in between `collecting` and `done` without changing the record's shape.
 */
export const roundPhaseSchema = z.enum(['collecting', 'done', 'cancelled']);
export type RoundPhase = z.infer<typeof roundPhaseSchema>;

const entrySchema = z.object({
  id: z.number().int(),
  userId: z.string(),
  prompt: z.string(),
  /** The prompt after normalisation: two entries with the same key are the same prompt. */
  key: z.string(),
  at: z.number(),
});
export type RoundEntry = z.infer<typeof entrySchema>;

export const roundSchema = z.object({
  id: z.string(),
  guildId: z.string(),
  channelId: z.string(),
  hostId: z.string(),
  theme: z.string(),
  perMember: z.number().int().min(1),
  startedAt: z.number(),
  deadline: z.number(),
  phase: roundPhaseSchema,
  /** The call message (posted after the round is recorded, so absent for a moment). */
  messageId: z.string().optional(),
  threadId: z.string().optional(),
  entries: z.array(entrySchema),
  nextEntryId: z.number().int(),
});
export type Round = z.infer<typeof roundSchema>;

/** The form of a prompt two entries are compared in: folded look-alikes, no punctuation, single spaces. */
export function entryKey(prompt: string): string {
  return foldCharacters(prompt)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Rounds older than this are dropped by Redis even if nobody closed them (a week past the deadline). */
const ROUND_TTL_SECONDS = 7 * 24 * 60 * 60;

/**
 * Replaces the record at KEYS[1] with ARGV[2] only if it still reads ARGV[1] (`''` for absent). A
 * compare-and-set script rather than WATCH/MULTI: WATCH belongs to a connection, and the bot's commands
 * connection is shared by every handler, whose transactions would clear each other's watches.
 */
const COMPARE_AND_SET = `
local current = redis.call('GET', KEYS[1])
if (current or '') ~= ARGV[1] then return 0 end
if current then redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
else redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3]) end
return 1`;

/**
 * The rounds of every channel, in Redis, one JSON record per channel. Changes are optimistic (read, change,
 * compare-and-set, retry) so concurrent submissions never lose an entry or pass the per-member cap.
 */
export class RoundStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  async get(channelId: string): Promise<Round | undefined> {
    const raw = await this.redis.get(this.keys.round(channelId));
    return raw ? roundSchema.parse(JSON.parse(raw)) : undefined;
  }

  /** The channel whose round owns `threadId`, if any. */
  async channelOfThread(threadId: string): Promise<string | undefined> {
    return (await this.redis.get(this.keys.roundThread(threadId))) ?? undefined;
  }

  /** The channel's round while it takes entries (a finished one still being wrapped up is not open). */
  async current(channelId: string): Promise<Round | undefined> {
    const round = await this.get(channelId);
    return round?.phase === 'collecting' ? round : undefined;
  }

  /**
   * Records a new round; throws when the channel already has one open. A finished round whose wrap-up was
   * interrupted (a crash between its last phase and its removal) does not block the channel.
   */
  async open(round: Round): Promise<void> {
    const key = this.keys.round(round.channelId);
    for (;;) {
      const raw = await this.redis.get(key);
      if (raw && roundSchema.parse(JSON.parse(raw)).phase === 'collecting') {
        throw new UserError('ROUND_OPEN', 'This channel already has an open round.');
      }
      if (await this.compareAndSet(key, raw, JSON.stringify(round))) return;
    }
  }

  private async compareAndSet(key: string, expected: string | null, next: string): Promise<boolean> {
    const set = await this.redis.eval(COMPARE_AND_SET, 1, key, expected ?? '', next, ROUND_TTL_SECONDS);
    return set === 1;
  }

  /**
   * Applies `change` to the channel's round atomically and returns the new record. `change` may throw a
   * UserError (nothing is written) and is re-run when another writer got there first, so it must be pure.
   */
  async update(channelId: string, change: (round: Round) => Round): Promise<Round> {
    const key = this.keys.round(channelId);
    for (;;) {
      const raw = await this.redis.get(key);
      if (!raw) throw new UserError('NO_ROUND', 'There is no open round in this channel.');
      const next = change(roundSchema.parse(JSON.parse(raw)));
      if (await this.compareAndSet(key, raw, JSON.stringify(next))) return next;
    }
  }

  /** Links a round's thread to its channel, so replies there count as entries. */
  async linkThread(threadId: string, channelId: string): Promise<void> {
    await this.redis.set(this.keys.roundThread(threadId), channelId, 'EX', ROUND_TTL_SECONDS);
  }

  /** Forgets a finished round (the channel may open another), if it is still the round `roundId`. */
  async remove(round: Round): Promise<void> {
    const current = await this.get(round.channelId);
    if (current?.id !== round.id) return;
    await this.redis.del(
      this.keys.round(round.channelId),
      ...(round.threadId ? [this.keys.roundThread(round.threadId)] : []),
    );
  }
}

/** Adds `prompt` as `userId`'s entry: refused past the member's cap or when the prompt is already in. */
export function withEntry(round: Round, userId: string, prompt: string, at: number): Round {
  if (round.phase !== 'collecting')
    throw new UserError('ROUND_CLOSED', 'This round no longer takes entries.');
  const key = entryKey(prompt);
  if (round.entries.some((e) => e.key === key)) {
    throw new UserError('ROUND_DUPLICATE', 'That prompt is already in this round.');
  }
  const mine = round.entries.filter((e) => e.userId === userId).length;
  if (mine >= round.perMember) {
    throw new UserError(
      'ROUND_CAP',
      `You already have ${mine} ${mine === 1 ? 'entry' : 'entries'} in this round (the most allowed); ` +
        'use /round withdraw to swap one.',
    );
  }
  const entry: RoundEntry = { id: round.nextEntryId, userId, prompt, key, at };
  return { ...round, entries: [...round.entries, entry], nextEntryId: round.nextEntryId + 1 };
}

/** Takes back `userId`'s latest entry. */
export function withoutLatestEntry(round: Round, userId: string): Round {
  if (round.phase !== 'collecting')
    throw new UserError('ROUND_CLOSED', 'This round no longer takes entries.');
  const mine = round.entries.filter((e) => e.userId === userId);
  const latest = mine[mine.length - 1];
  if (!latest) throw new UserError('ROUND_NO_ENTRY', 'You have no entry in this round.');
  return { ...round, entries: round.entries.filter((e) => e.id !== latest.id) };
}
