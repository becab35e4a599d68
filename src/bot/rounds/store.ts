import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { foldCharacters } from '../../moderation/index.js';
import type { Keys } from '../../queue/index.js';
import { UserError } from '../errors.js';

/**
 * Where a round is: `collecting` entries, then `picking` (the host chooses) or `voting` (a poll), then
 * `running` the winners, `posting` the gallery, and `done`; or `cancelled` at any point before posting.
 */
export const roundPhaseSchema = z.enum([
  'collecting',
  'picking',
  'voting',
  'running',
  'posting',
  'done',
  'cancelled',
]);
export type RoundPhase = z.infer<typeof roundPhaseSchema>;

/** How the winners are chosen: by the host, by a poll, or every entry (up to `clips`) in submission order. */
export const pickModeSchema = z.enum(['host', 'vote', 'all']);
export type PickMode = z.infer<typeof pickModeSchema>;

/** How many winners a round runs at most (a host's select menu and a gallery hold 25 and 10 per message). */
export const MAX_ROUND_CLIPS = 25;
/** Options per select menu, and so entries per page of the host's picker. */
export const PICK_PAGE_SIZE = 25;
/** Answers a Discord poll holds. */
export const POLL_MAX_ANSWERS = 10;

const entrySchema = z.object({
  id: z.number().int(),
  userId: z.string(),
  prompt: z.string(),
  /** The prompt after normalisation: two entries with the same key are the same prompt. */
  key: z.string(),
  at: z.number(),
});
export type RoundEntry = z.infer<typeof entrySchema>;

/** A winner on its way: `pending` until its job is queued, then how it ended. */
const winnerSchema = z.object({
  entryId: z.number().int(),
  /** Derived from the round and the entry (see {@link roundJobId}), recorded before anything is posted. */
  jobId: z.string(),
  statusMessageId: z.string().optional(),
  state: z.enum(['pending', 'queued', 'done', 'blocked', 'failed']),
  /** Why it was blocked or failed, as a member reads it. */
  reason: z.string().optional(),
});
export type RoundWinner = z.infer<typeof winnerSchema>;

const pollSchema = z.object({
  messageId: z.string(),
  /** Which entry each answer stands for (answer ids as Discord returned them). */
  answers: z.array(z.object({ answerId: z.number().int(), entryId: z.number().int() })),
  endsAt: z.number(),
});

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
  pick: pickModeSchema.default('all'),
  /** How many winners are run. */
  clips: z.number().int().min(1).max(MAX_ROUND_CLIPS).default(4),
  voteMinutes: z.number().int().min(1).default(10),
  /** Whether the round's channel is age-restricted (the content policy the winners run under). */
  ageRestricted: z.boolean().default(false),
  closedAt: z.number().optional(),
  /** Set once what closing posts (the pick button, the poll, the summary) is out and its follow-up queued. */
  announced: z.boolean().default(false),
  /** The host's picks so far (entry ids). */
  picked: z.array(z.number().int()).default([]),
  /** The message carrying the host's "Pick winners" button. */
  pickMessageId: z.string().optional(),
  poll: pollSchema.optional(),
  winners: z.array(winnerSchema).default([]),
  /** Which winners (entry ids) each gallery message shows, fixed when posting starts. */
  galleryPlan: z.array(z.array(z.number().int())).optional(),
  /** Gallery messages posted so far, in order. */
  gallery: z.array(z.string()).default([]),
  finishedAt: z.number().optional(),
});
export type Round = z.infer<typeof roundSchema>;
/** A round as it is created (the fields with defaults may be left out). */
export type NewRound = z.input<typeof roundSchema>;

/** The form of a prompt two entries are compared in: folded look-alikes, no punctuation, single spaces. */
export function entryKey(prompt: string): string {
  return foldCharacters(prompt)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Rounds are dropped by Redis this long after their deadline and vote even if nobody finished them. */
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

  /** The channel's round while it takes entries (one picking, voting, running or posting does not). */
  async current(channelId: string): Promise<Round | undefined> {
    const round = await this.get(channelId);
    return round?.phase === 'collecting' ? round : undefined;
  }

  /** The channel's round in any phase before its end (for /round status and /round cancel). */
  async active(channelId: string): Promise<Round | undefined> {
    const round = await this.get(channelId);
    return round && isActive(round) ? round : undefined;
  }

  /**
   * Records a new round; throws when the channel already has one that has not ended (collecting, picking,
   * voting, running or posting). A finished round whose wrap-up was interrupted (a crash between its last
   * phase and its removal) does not block the channel. The record expires a week after its deadline and
   * vote, whatever happens to the bot.
   */
  async open(round: Round, now: number): Promise<void> {
    const key = this.keys.round(round.channelId);
    const ttl =
      Math.ceil(Math.max(0, round.deadline - now) / 1000) + round.voteMinutes * 60 + ROUND_TTL_SECONDS;
    for (;;) {
      const raw = await this.redis.get(key);
      if (raw && isActive(roundSchema.parse(JSON.parse(raw)))) {
        throw new UserError('ROUND_OPEN', 'This channel already has an open round.');
      }
      if (await this.compareAndSet(key, raw, JSON.stringify(round), ttl)) return;
    }
  }

  private async compareAndSet(
    key: string,
    expected: string | null,
    next: string,
    ttl = ROUND_TTL_SECONDS,
  ): Promise<boolean> {
    const set = await this.redis.eval(COMPARE_AND_SET, 1, key, expected ?? '', next, ttl);
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

/** Whether a round has not ended yet (it holds its channel). */
export function isActive(round: Round): boolean {
  return round.phase !== 'done' && round.phase !== 'cancelled';
}

/**
 * The generation job id of a round's winner: the same for the same round and entry in every bot process,
 * so a restart finds the job it already queued. Shaped as a UUID (as `reserveSlot` hands out), version 8.
 */
export function roundJobId(roundId: string, entryId: number): string {
  const h = createHash('sha256').update(`zoetrope-round:${roundId}:${entryId}`).digest('hex');
  const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Ends the collecting phase at `now`: no entries ends the round; `all` runs the first `clips` entries;
 * `host` waits for the host's picks; `vote` for the poll.
 */
export function closeEntries(round: Round, now: number): Round {
  if (round.phase !== 'collecting')
    throw new UserError('ROUND_CLOSED', 'This round no longer takes entries.');
  const closed: Round = { ...round, closedAt: now, announced: false };
  if (round.entries.length === 0) return { ...closed, phase: 'done' };
  switch (round.pick) {
    case 'all':
      return startRunning(
        closed,
        round.entries.slice(0, round.clips).map((e) => e.id),
      );
    case 'host':
      return { ...closed, phase: 'picking', picked: [] };
    case 'vote':
      return { ...closed, phase: 'voting' };
  }
}

/** The winners `entryIds` (at most `clips`), in submission order, each with its job id; phase `running`. */
export function startRunning(round: Round, entryIds: readonly number[]): Round {
  const chosen = new Set(entryIds);
  const winners: RoundWinner[] = round.entries
    .filter((e) => chosen.has(e.id))
    .slice(0, round.clips)
    .map((e) => ({ entryId: e.id, jobId: roundJobId(round.id, e.id), state: 'pending' }));
  return { ...round, phase: 'running', winners };
}

/** Entries in submission order (by time, then id). */
export function bySubmission(entries: readonly RoundEntry[]): RoundEntry[] {
  return [...entries].sort((a, b) => a.at - b.at || a.id - b.id);
}

/** The entries a poll offers: the first ten by submission time. */
export function pollEntries(round: Round): RoundEntry[] {
  return bySubmission(round.entries).slice(0, POLL_MAX_ANSWERS);
}

/**
 * The poll's winners: by votes (an entry without a count has none), ties to the earlier submission; the
 * top `clips` entry ids. `counts` maps answer ids to votes, `answers` answer ids to entries.
 */
export function rankByVotes(
  round: Round,
  answers: readonly { answerId: number; entryId: number }[],
  counts: ReadonlyMap<number, number>,
): number[] {
  const votes = new Map(answers.map((a) => [a.entryId, counts.get(a.answerId) ?? 0]));
  const offered = round.entries.filter((e) => votes.has(e.id));
  return offered
    .sort((a, b) => (votes.get(b.id) ?? 0) - (votes.get(a.id) ?? 0) || a.at - b.at || a.id - b.id)
    .slice(0, round.clips)
    .map((e) => e.id);
}

/** One page of the host's picker: up to 25 entries, `page` clamped to the pages there are. */
export function pickPage(round: Round, page: number): { page: number; pages: number; entries: RoundEntry[] } {
  const all = bySubmission(round.entries);
  const pages = Math.max(1, Math.ceil(all.length / PICK_PAGE_SIZE));
  const p = Math.min(Math.max(0, Math.trunc(page)), pages - 1);
  return { page: p, pages, entries: all.slice(p * PICK_PAGE_SIZE, (p + 1) * PICK_PAGE_SIZE) };
}

/**
 * The host's selection on page `page`: the picks among that page's entries become `selected`, the others
 * stay. More than `clips` in all is refused and nothing changes.
 */
export function withPicks(round: Round, page: number, selected: readonly number[]): Round {
  if (round.phase !== 'picking') throw new UserError('ROUND_CLOSED', 'Picking is over for this round.');
  const onPage = new Set(pickPage(round, page).entries.map((e) => e.id));
  const chosen = new Set(selected.filter((id) => onPage.has(id)));
  const picked = new Set([...round.picked.filter((id) => !onPage.has(id)), ...chosen]);
  if (picked.size > round.clips) {
    throw new UserError(
      'ROUND_TOO_MANY',
      `That makes ${picked.size} picks; this round runs at most ${round.clips}. Unpick some first (on any page).`,
    );
  }
  const order = bySubmission(round.entries).map((e) => e.id);
  return { ...round, picked: order.filter((id) => picked.has(id)) };
}

/** Changes one winner (by entry id). */
export function withWinner(round: Round, entryId: number, change: Partial<RoundWinner>): Round {
  return {
    ...round,
    winners: round.winners.map((w) => (w.entryId === entryId ? { ...w, ...change } : w)),
  };
}

/** Whether a winner's clip has ended one way or another. */
export const hasEnded = (w: RoundWinner) =>
  w.state === 'done' || w.state === 'blocked' || w.state === 'failed';

/** How the winners stand: counts by state. */
export function tally(round: Round): { run: number; done: number; blocked: number; failed: number } {
  const count = (s: RoundWinner['state']) => round.winners.filter((w) => w.state === s).length;
  return {
    run: round.winners.length,
    done: count('done'),
    blocked: count('blocked'),
    failed: count('failed'),
  };
}

/** Discord's cap on the files of one message (all attachments together). */
export const REQUEST_BYTES = 25 * 1024 * 1024;
/** Room left in a request for the JSON part and multipart framing. */
const REQUEST_MARGIN = 256 * 1024;

/**
 * Splits the gallery into messages: clips in order, at most `maxItems` (a media gallery holds 10) and
 * `maxBytes` of files per message. Always at least one message (a round whose clips all failed still gets
 * its summary).
 */
export function splitGallery(
  clips: readonly { entryId: number; bytes: number }[],
  maxItems = 10,
  maxBytes = REQUEST_BYTES - REQUEST_MARGIN,
): number[][] {
  const parts: number[][] = [];
  let current: number[] = [];
  let size = 0;
  for (const c of clips) {
    if (current.length > 0 && (current.length >= maxItems || size + c.bytes > maxBytes)) {
      parts.push(current);
      current = [];
      size = 0;
    }
    current.push(c.entryId);
    size += c.bytes;
  }
  if (current.length > 0 || parts.length === 0) parts.push(current);
  return parts;
}
