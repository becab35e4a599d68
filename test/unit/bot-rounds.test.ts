import { describe, expect, it } from 'vitest';
import { decodeComponentId, encodeComponentId } from '../../src/bot/components/ids.js';
import { roundText } from '../../src/bot/messages.js';
import { entryKey, type Round } from '../../src/bot/rounds/index.js';
import {
  closeEntries,
  pickPage,
  pollEntries,
  rankByVotes,
  roundJobId,
  splitGallery,
  startRunning,
  tally,
  withEntry,
  withoutLatestEntry,
  withPicks,
  withWinner,
} from '../../src/bot/rounds/store.js';
import { awaitedStep } from '../../src/bot/rounds/sweep.js';
import { createKeys } from '../../src/queue/index.js';

const round = (over: Partial<Round> = {}): Round => ({
  id: 'r1',
  guildId: 'g',
  channelId: 'c',
  hostId: 'h',
  theme: 'things that float',
  perMember: 2,
  startedAt: 0,
  deadline: 60_000,
  phase: 'collecting',
  entries: [],
  nextEntryId: 1,
  pick: 'all',
  clips: 4,
  voteMinutes: 10,
  ageRestricted: false,
  announced: false,
  picked: [],
  winners: [],
  gallery: [],
  ...over,
});

/** A round with `n` entries from `n` members, submitted one millisecond apart. */
function withEntries(n: number, over: Partial<Round> = {}): Round {
  let r = round({ perMember: 1, ...over, phase: 'collecting' });
  for (let i = 1; i <= n; i++) r = withEntry(r, `u${i}`, `prompt number ${i}`, i);
  return { ...r, phase: over.phase ?? 'collecting' };
}

describe('prompt round entries', () => {
  it('GIVEN prompts differing only in case, punctuation, spacing or look-alike letters THEN they have one key', () => {
    expect(entryKey('A red  balloon — over the seа!')).toBe(entryKey('a red balloon over the sea'));
    expect(entryKey('a red balloon')).not.toBe(entryKey('a blue balloon'));
  });

  it('GIVEN entries THEN they keep submission order, ids grow, the cap and duplicates are refused', () => {
    let r = withEntry(round(), 'a', 'a paper boat', 1);
    r = withEntry(r, 'b', 'a kite', 2);
    r = withEntry(r, 'a', 'a cloud', 3);
    expect(r.entries.map((e) => [e.id, e.userId, e.prompt])).toEqual([
      [1, 'a', 'a paper boat'],
      [2, 'b', 'a kite'],
      [3, 'a', 'a cloud'],
    ]);
    expect(() => withEntry(r, 'a', 'a leaf', 4)).toThrow(/already have 2 entries/);
    expect(() => withEntry(r, 'c', 'A Paper Boat.', 4)).toThrow(/already in this round/);
  });

  it('GIVEN a withdrawal THEN only the member’s latest entry goes, and ids are not reused', () => {
    let r = withEntry(withEntry(round(), 'a', 'one', 1), 'a', 'two', 2);
    r = withoutLatestEntry(r, 'a');
    expect(r.entries.map((e) => e.prompt)).toEqual(['one']);
    expect(withEntry(r, 'a', 'three', 3).entries.at(-1)?.id).toBe(3);
    expect(() => withoutLatestEntry(r, 'b')).toThrow(/no entry/);
  });

  it('GIVEN a round no longer collecting THEN entries and withdrawals are refused', () => {
    for (const phase of ['picking', 'voting', 'running', 'posting', 'done'] as const)
      expect(() => withEntry(round({ phase }), 'a', 'late', 1)).toThrow(/no longer takes entries/);
    expect(() => withoutLatestEntry(round({ phase: 'cancelled' }), 'a')).toThrow(/no longer takes entries/);
  });
});

describe('closing a round', () => {
  it('GIVEN no entries THEN the round ends', () => {
    const closed = closeEntries(round({ pick: 'vote' }), 5);
    expect(closed.phase).toBe('done');
    expect(closed.closedAt).toBe(5);
    expect(closed.winners).toEqual([]);
  });

  it('GIVEN pick all THEN the first `clips` entries run, in submission order, each with a fixed job id', () => {
    const closed = closeEntries(withEntries(6, { clips: 4 }), 10);
    expect(closed.phase).toBe('running');
    expect(closed.winners.map((w) => w.entryId)).toEqual([1, 2, 3, 4]);
    expect(closed.winners.every((w) => w.state === 'pending')).toBe(true);
    expect(closed.winners[0]!.jobId).toBe(roundJobId('r1', 1));
    expect(() => closeEntries(closed, 11)).toThrow(/no longer takes entries/);
  });

  it('GIVEN pick host or vote THEN the round waits for the picks or the poll', () => {
    expect(closeEntries(withEntries(3, { pick: 'host' }), 1).phase).toBe('picking');
    expect(closeEntries(withEntries(3, { pick: 'vote' }), 1).phase).toBe('voting');
  });

  it('GIVEN a round and an entry THEN the job id is a UUID, the same every time, and differs per entry and round', () => {
    const id = roundJobId('r1', 1);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(roundJobId('r1', 1)).toBe(id);
    expect(roundJobId('r1', 2)).not.toBe(id);
    expect(roundJobId('r2', 1)).not.toBe(id);
  });
});

describe('voting', () => {
  it('GIVEN more than 10 entries THEN the poll offers the first 10 by submission time', () => {
    const r = withEntries(13);
    // Submission time, not id, decides (an entry's time can be earlier than a lower id's after a retry).
    const shuffled = { ...r, entries: [...r.entries].reverse() };
    expect(pollEntries(shuffled).map((e) => e.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('GIVEN counts THEN winners rank by votes, ties go to the earlier submission, missing counts are 0', () => {
    const r = withEntries(5, { clips: 3, pick: 'vote' });
    // Answer ids that do not start at 1, and not in entry order.
    const answers = [
      { answerId: 7, entryId: 1 },
      { answerId: 9, entryId: 2 },
      { answerId: 8, entryId: 3 },
      { answerId: 11, entryId: 4 },
      { answerId: 10, entryId: 5 },
    ];
    const counts = new Map([
      [9, 2],
      [8, 2],
      [10, 5],
      [7, 1],
    ]);
    expect(rankByVotes(r, answers, counts)).toEqual([5, 2, 3]);
    // Nobody voted: the first entries by submission time.
    expect(rankByVotes(r, answers, new Map())).toEqual([1, 2, 3]);
    // Entries not in the poll never win.
    expect(rankByVotes(r, answers.slice(0, 2), counts)).toEqual([2, 1]);
  });

  it('GIVEN winners from a vote THEN they run in submission order', () => {
    const r = withEntries(5, { clips: 3, pick: 'vote', phase: 'voting' });
    expect(startRunning(r, [5, 2, 3]).winners.map((w) => w.entryId)).toEqual([2, 3, 5]);
  });

  it('GIVEN poll texts THEN the question and the answers fit Discord’s limits', () => {
    expect(roundText.pollAnswer(12, 'x'.repeat(200))).toHaveLength(55);
    expect(roundText.pollAnswer(3, 'a red balloon')).toBe('3. a red balloon');
    expect(roundText.pollQuestion('t'.repeat(400)).length).toBeLessThanOrEqual(300);
  });
});

describe('the host’s picker', () => {
  it('GIVEN 60 entries THEN pages hold 25, and a page number past the end shows the last page', () => {
    const r = withEntries(60, { pick: 'host', phase: 'picking', clips: 5 });
    expect(pickPage(r, 0)).toMatchObject({ page: 0, pages: 3 });
    expect(pickPage(r, 0).entries.map((e) => e.id)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(pickPage(r, 2).entries.map((e) => e.id)).toEqual(Array.from({ length: 10 }, (_, i) => i + 51));
    expect(pickPage(r, 9).page).toBe(2);
    expect(pickPage(round(), 0)).toMatchObject({ page: 0, pages: 1, entries: [] });
  });

  it('GIVEN selections on several pages THEN each replaces only its page’s picks, kept in submission order', () => {
    let r = withEntries(60, { pick: 'host', phase: 'picking', clips: 5 });
    r = withPicks(r, 1, [30, 27]);
    r = withPicks(r, 0, [3]);
    expect(r.picked).toEqual([3, 27, 30]);
    r = withPicks(r, 1, [40]);
    expect(r.picked).toEqual([3, 40]);
    // An id not on the page is ignored (a forged or stale value).
    expect(withPicks(r, 0, [55]).picked).toEqual([40]);
    // Over `clips` in all: refused, nothing changes.
    expect(() => withPicks(r, 2, [51, 52, 53, 54])).toThrow(/at most 5/);
    expect(() => withPicks({ ...r, phase: 'running' }, 0, [1])).toThrow(/Picking is over/);
  });
});

describe('running and the gallery', () => {
  it('GIVEN winners ending THEN the tally counts them', () => {
    let r = closeEntries(withEntries(4), 0);
    r = withWinner(withWinner(r, 1, { state: 'done' }), 2, { state: 'blocked' });
    r = withWinner(r, 3, { state: 'failed', reason: 'timed out' });
    expect(tally(r)).toEqual({ run: 4, done: 1, blocked: 1, failed: 1 });
    expect(roundText.call({ ...r, phase: 'running' })).toContain(
      '1 of 4 done · 1 blocked by the content check · 1 failed',
    );
  });

  it('GIVEN clips THEN the gallery splits at 10 per message and at the request size, never empty', () => {
    const small = Array.from({ length: 12 }, (_, i) => ({ entryId: i + 1, bytes: 100 }));
    expect(splitGallery(small).map((p) => p.length)).toEqual([10, 2]);
    const big = [1, 2, 3, 4].map((entryId) => ({ entryId, bytes: 9 }));
    expect(splitGallery(big, 10, 20)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(splitGallery([])).toEqual([[]]);
    // A clip over the budget on its own still gets a message (it was checked against the server's limit).
    expect(splitGallery([{ entryId: 1, bytes: 50 }], 10, 20)).toEqual([[1]]);
  });

  it('GIVEN a finished round THEN the summary names blocked and failed winners and the time taken', () => {
    let r = closeEntries(withEntries(3), 0);
    r = withWinner(withWinner(r, 1, { state: 'done' }), 2, { state: 'blocked', reason: 'x' });
    r = withWinner(r, 3, { state: 'failed', reason: 'The engine stopped.' });
    const summary = roundText.gallerySummary(r, 150_000);
    expect(summary).toContain('3 entries · 3 run · 1 made · 1 blocked · 1 failed');
    expect(summary).toContain('#2 by <@u2>: blocked by the content check');
    expect(summary).toContain('#3 prompt number 3 by <@u3>: The engine stopped.');
    expect(summary).toContain('From close to results: 3 minutes');
    expect(summary.split('\n')).toHaveLength(4);
  });
});

describe('round picker ids', () => {
  const roundId = '0b6a1c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e';
  it('GIVEN each picker action THEN its id round-trips', () => {
    for (const action of ['round-pick', 'round-select', 'round-page', 'round-run'] as const) {
      const id = { action, roundId, page: 2, ownerId: '123456789012345678' };
      const encoded = encodeComponentId(id);
      expect(encoded.length).toBeLessThanOrEqual(100);
      expect(decodeComponentId(encoded)).toEqual(id);
    }
  });
  it('GIVEN a forged picker id THEN it decodes to nothing', () => {
    for (const bad of [
      `zt:round-pick:${roundId}:1`.replace(`${roundId}`, roundId),
      `zt:round-page:${roundId}.-1:1`,
      `zt:round-page:${roundId}.01:1`,
      `zt:round-page:${roundId}.1000:1`,
      `zt:round-run:not-a-round.0:1`,
      `zt:round-run:${roundId.toUpperCase()}.0:1`,
      `zt:round-select:${roundId}.0:someone`,
      `zt:round-select:${roundId}.0:1:extra`,
      `zt:round-nuke:${roundId}.0:1`,
    ]) {
      expect(decodeComponentId(bad)).toBeUndefined();
    }
  });
});

describe('the job a round waits on (checked at start)', () => {
  const poll = { messageId: 'p', answers: [], endsAt: 90_000 };
  it('GIVEN each phase THEN the job due, and none once the round ended or while the host picks', () => {
    expect(awaitedStep(round())).toEqual({ step: 'close', dueAt: 60_000 });
    expect(awaitedStep(round({ phase: 'running' }))).toEqual({ step: 'close' });
    expect(awaitedStep(round({ phase: 'voting', poll }))).toEqual({ step: 'close' });
    expect(awaitedStep(round({ phase: 'picking' }))).toEqual({ step: 'close' });
    expect(awaitedStep(round({ phase: 'voting', announced: true, poll }))).toEqual({
      step: 'vote',
      dueAt: 90_000,
    });
    expect(awaitedStep(round({ phase: 'running', announced: true }))).toEqual({ step: 'advance' });
    expect(awaitedStep(round({ phase: 'posting', announced: true }))).toEqual({ step: 'advance' });
    expect(awaitedStep(round({ phase: 'picking', announced: true }))).toBeUndefined();
    expect(awaitedStep(round({ phase: 'done' }))).toBeUndefined();
    expect(awaitedStep(round({ phase: 'cancelled', announced: true }))).toBeUndefined();
  });

  it('GIVEN a prefix with glob characters THEN the rounds pattern matches its hash tag literally', () => {
    expect(createKeys('zoetrope').roundPattern).toBe('{zoetrope}:bot:round:*');
    expect(createKeys('zt[1]*?\\x').roundPattern).toBe('{zt\\[1\\]\\*\\?\\\\x}:bot:round:*');
  });
});
