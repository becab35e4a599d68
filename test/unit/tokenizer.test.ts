import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClipTokenizer, WordTokenizer } from '../../src/engine/generators/index.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'models');
const BOS = 49406;
const EOS = 49407;

describe('CLIP BPE tokenizer (fixture vocab: CLIP byte layout, 12 merges)', () => {
  const load = () => ClipTokenizer.load(join(FIXTURES, 'text-to-video-sd-tiny', 'tokenizer'));

  it('GIVEN words the merges cover THEN ids follow merge priority (t h → th, th e</w> → the</w>)', async () => {
    const tok = await load();
    // "the" = t h e</w> → th e</w> → the</w> (513); "cat" = c a t</w> → ca t</w> → cat</w> (515).
    expect(tok.tokenize('the cat')).toEqual([513, 515]);
    // "at" = a t</w> → at</w> (517); "jumping" keeps single letters until i n → in, in g</w> → ing</w> (523).
    expect(tok.tokenize('at')).toEqual([517]);
    expect(tok.tokenize('jumping')).toEqual([73, 84, 76, 79, 523]);
    // "cats": c a → ca (514), then no merge for "ca t" (only "ca t</w>"), so t (83) and s</w> (338).
    expect(tok.tokenize('cats')).toEqual([514, 83, 338]);
  });

  it('GIVEN single characters THEN they carry CLIP’s real byte ids (a</w> = 320, ! = 0, !</w> = 256)', async () => {
    const tok = await load();
    expect(tok.tokenize('a')).toEqual([320]);
    expect(tok.tokenize('!!')).toEqual([0, 256]);
    // Digits are split one by one by CLIP's pattern.
    expect(tok.tokenize('12')).toEqual([272, 273]);
    // Non-ASCII goes through UTF-8 bytes: é = C3 A9 → "Ã" (127), "©</w>" (358).
    expect(tok.tokenize('é')).toEqual([127, 358]);
  });

  it('GIVEN messy case and whitespace THEN it lowercases and collapses spaces before splitting', async () => {
    const tok = await load();
    expect(tok.tokenize('  The   CAT!! ')).toEqual([513, 515, 0, 256]);
  });

  it('GIVEN a caption THEN encode wraps it in bos/eos and pads with the configured pad token to 77', async () => {
    const tok = await load();
    const ids = tok.encode('the cat');
    expect(ids).toHaveLength(77);
    expect(ids.slice(0, 4)).toEqual([BOS, 513, 515, EOS]);
    expect(ids.slice(4).every((id) => id === EOS)).toBe(true);
    expect(tok.encode('')).toEqual([BOS, EOS, ...new Array(75).fill(EOS)]);
  });

  it('GIVEN a caption longer than 75 tokens THEN it is truncated and still ends with eos', async () => {
    const tok = await load();
    const ids = tok.encode(new Array(100).fill('a').join(' '));
    expect(ids).toHaveLength(77);
    expect(ids[0]).toBe(BOS);
    expect(ids[76]).toBe(EOS);
    expect(ids.slice(1, 76).every((id) => id === 320)).toBe(true);
  });

  it('GIVEN an OpenCLIP-style config THEN padding uses its pad token', () => {
    const tok = new ClipTokenizer({ vocab: { '!': 0, 'a</w>': 320 }, merges: [], padToken: '!' });
    expect(tok.encode('a').slice(0, 4)).toEqual([BOS, 320, EOS, 0]);
  });
});

describe('word tokenizer (the built-in model’s)', () => {
  const tok = new WordTokenizer({
    type: 'word',
    vocab: ['<pad>', '<unk>', 'a', 'red', 'circle', 'moving', 'left'],
    max_length: 6,
    pad_id: 0,
    unk_id: 1,
    lowercase: true,
  });

  it('GIVEN a caption THEN words map to ids, unknown words to unk, padding to pad with mask 0', () => {
    expect(tok.encode('A red circle, moving LEFT!')).toEqual({
      ids: [2, 3, 4, 5, 6, 0],
      mask: [1, 1, 1, 1, 1, 0],
    });
    expect(tok.encode('a purple circle')).toEqual({ ids: [2, 1, 4, 0, 0, 0], mask: [1, 1, 1, 0, 0, 0] });
  });

  it('GIVEN the empty caption THEN it is all padding (the unconditional half of guidance)', () => {
    expect(tok.encode('')).toEqual({ ids: [0, 0, 0, 0, 0, 0], mask: [0, 0, 0, 0, 0, 0] });
  });

  it('GIVEN too many words THEN it truncates to max_length, and decode round-trips known words', () => {
    const { ids } = tok.encode('a red circle moving left a red');
    expect(ids).toEqual([2, 3, 4, 5, 6, 2]);
    expect(tok.decode(ids)).toBe('a red circle moving left a');
  });

  it('GIVEN the fixture folder THEN tokenizer.json loads', async () => {
    const loaded = await WordTokenizer.load(
      join(FIXTURES, 'zoetrope-dit-tiny', 'tokenizer', 'tokenizer.json'),
    );
    expect(loaded.maxLength).toBe(8);
    expect(loaded.encode('a red circle').ids.slice(0, 3)).toEqual([2, 5, 8]);
  });
});
