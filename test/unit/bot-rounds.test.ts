import { describe, expect, it } from 'vitest';
import { entryKey, type Round } from '../../src/bot/rounds/index.js';
import { withEntry, withoutLatestEntry } from '../../src/bot/rounds/store.js';

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
  ...over,
});

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
    expect(() => withEntry(round({ phase: 'done' }), 'a', 'late', 1)).toThrow(/no longer takes entries/);
    expect(() => withoutLatestEntry(round({ phase: 'cancelled' }), 'a')).toThrow(/no longer takes entries/);
  });
});
