import { describe, expect, it } from 'vitest';
import { collapseRuns, foldCharacters, normalise } from '../../src/moderation/normalise.js';

/** Every reading of a text: each token's forms and every joined reading. */
function readings(text: string): string[] {
  const n = normalise(text);
  return [...n.tokens.flatMap((t) => t.forms), ...n.joins.map((j) => j.form)];
}

describe('character folding', () => {
  it.each([
    ['fullwidth', 'ｎｕｄｅ', 'nude'],
    ['mathematical script', '𝓷𝓾𝓭𝓮', 'nude'],
    ['mathematical bold', '𝐍𝐔𝐃𝐄', 'nude'],
    ['circled letters', 'ⓝⓤⓓⓔ', 'nude'],
    ['negative squared letters', '🅽🆄🅳🅴', 'nude'],
    ['Cyrillic look-alikes', 'ѕех', 'sex'],
    ['Greek capitals', 'ΝΑΚΕΔ', 'naked'],
    ['mixed Cyrillic and Latin', 'рorn', 'porn'],
    ['small capitals', 'ɴᴜᴅᴇ', 'nude'],
    ['diacritics', 'nüdé', 'nude'],
    ['letters with strokes', 'ŧørŧurė', 'torture'],
    ['zero-width characters', 'n\u200bu\u200cd\u200de\u2060', 'nude'],
    ['soft hyphen and bidi controls', 'n\u00adu\u202ede', 'nude'],
    ['mixed case', 'NuDe', 'nude'],
  ])('GIVEN %s THEN they fold to plain lower-case Latin', (_, input, expected) => {
    expect(foldCharacters(input)).toBe(expected);
  });

  it('GIVEN emoji and other scripts THEN they are kept', () => {
    expect(foldCharacters('a 🍆 and 東京')).toBe('a 🍆 and 東京');
  });

  it('GIVEN emoji THEN each is a word of its own, run together or apart, and a skin tone is dropped', () => {
    expect(normalise('🍆💦 in her mouth').tokens.map((t) => t.forms[0])).toEqual([
      '🍆',
      '💦',
      'in',
      'her',
      'mouth',
    ]);
    expect(normalise('a 🍑 cobbler').tokens.map((t) => t.forms[0])).toEqual(['a', '🍑', 'cobbler']);
    expect(normalise('👍🏽 ok').tokens.map((t) => t.forms[0])).toEqual(['👍', 'ok']);
  });
});

describe('tokens and tricks', () => {
  it.each([
    ['spaces', 'n u d e woman', 'nude'],
    ['dots', 'n.u.d.e', 'nude'],
    ['hyphens', 'n-u-d-e', 'nude'],
    ['underscores and stars', 'n_u*d_e', 'nude'],
    ['a leading article', 'a n u d e woman', 'nude'],
    ['double spaces between words', 'm u s l i m s  a r e', 'muslims'],
    ['punctuation inside a word', 'nu.de', 'nude'],
    ['leet digits', 's3x', 'sex'],
    ['leet 0 and 4', 'p0rn 4ss', 'porn'],
    ['leet 1 as i', 'k1ll', 'kill'],
    ['leet 1 as l', 'ki11', 'kill'],
    ['leet @ and $', '$ex', 'sex'],
    ['leet @ at the start', '@ss', 'ass'],
    ['leet ! inside a word', 'n!pple', 'nipple'],
    ['leet | inside a word', 'ki|l', 'kill'],
  ])('GIVEN %s THEN a reading joins the word back', (_, input, word) => {
    expect(readings(input)).toContain(word);
  });

  it('GIVEN a trailing exclamation mark THEN it stays punctuation and ends the clause', () => {
    const n = normalise('wow! nice');
    expect(n.tokens.map((t) => t.forms[0])).toEqual(['wow', 'nice']);
    expect(n.tokens[0]!.clauseEnd).toBe(true);
  });

  it('GIVEN numbers with units THEN they are not read as leetspeak', () => {
    expect(normalise('a 1990s car in 4k at 60fps, 35mm').tokens.map((t) => t.forms[0])).toEqual([
      'a',
      '1990s',
      'car',
      'in',
      '4k',
      'at',
      '60fps',
      '35mm',
    ]);
  });

  it('GIVEN an age written as "12yo" THEN it is the number 12 followed by yo', () => {
    const n = normalise('a 12yo girl');
    expect(n.tokens.map((t) => t.forms[0])).toEqual(['a', '12', 'yo', 'girl']);
    expect(n.tokens[1]!.num).toBe(12);
  });

  it('GIVEN an apostrophe THEN word boundaries stay and the joined reading is offered too', () => {
    const n = normalise("a knight's sword duel");
    expect(n.tokens.map((t) => t.forms[0])).toEqual(['a', 'knight', 's', 'sword', 'duel']);
    expect(n.joins.map((j) => j.form)).toContain('knights');
  });

  it('GIVEN a Discord mention THEN the token is marked as a mention', () => {
    const n = normalise('make <@123456> and @dylan dance');
    expect(n.tokens.filter((t) => t.mention).map((t) => t.forms[0])).toEqual(['123456', 'dylan']);
  });

  it('GIVEN letters spaced out across a whole word THEN no random inner word is read', () => {
    expect(readings('a s u n f l o w e r field')).not.toContain('nfl');
  });

  it('GIVEN stretched letters THEN collapsing runs recovers the word', () => {
    expect(collapseRuns('nuuuuude')).toBe('nude');
  });
});
