import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ClipTokenizer, ModelLoadError, WordTokenizer } from '../../src/engine/generators/index.js';

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

describe('CLIP tokenizer_config.json: only a missing one falls back', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  /** A copy of the fixture's tokenizer folder with `tokenizer_config.json` replaced (or removed). */
  function folder(config: string | undefined | ((path: string) => void)): string {
    const dir = mkdtempSync(join(tmpdir(), 'zoetrope-clip-'));
    dirs.push(dir);
    cpSync(join(FIXTURES, 'text-to-video-sd-tiny', 'tokenizer'), dir, { recursive: true });
    const path = join(dir, 'tokenizer_config.json');
    rmSync(path);
    if (typeof config === 'string') writeFileSync(path, config);
    else config?.(path);
    return dir;
  }
  const CONFIG = 'tokenizer_config.json';

  it('GIVEN no tokenizer_config.json THEN CLIP’s defaults: 77 ids, padded with eos', async () => {
    const tok = await ClipTokenizer.load(folder(undefined));
    expect(tok.maxLength).toBe(77);
    expect(tok.encode('the cat').slice(0, 5)).toEqual([BOS, 513, 515, EOS, EOS]);
  });

  it('GIVEN transformers’ “no limit” model_max_length (1e30) and an OpenCLIP pad token THEN 77 ids padded with it', async () => {
    const tok = await ClipTokenizer.load(
      folder(JSON.stringify({ model_max_length: 1e30, pad_token: { content: '!', lstrip: false } })),
    );
    expect(tok.maxLength).toBe(77);
    expect(tok.encode('the cat').slice(0, 5)).toEqual([BOS, 513, 515, EOS, 0]);
  });

  it.each([
    ['is not JSON', '{"model_max_length": 77,', /not valid JSON/],
    ['is JSON but not an object', '[77]', /not a JSON object/],
    ['has a model_max_length that is not a whole number', '{"model_max_length": "77"}', /model_max_length/],
    ['has a pad_token of the wrong kind', '{"pad_token": 0}', /pad_token/],
    ['names a pad_token that is not in vocab.json', '{"pad_token": "<pad>"}', /not in vocab\.json/],
  ])('GIVEN a config that %s THEN ModelLoadError naming the file', async (_, text, message) => {
    const dir = folder(text);
    const error = await ClipTokenizer.load(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelLoadError);
    expect(error).toMatchObject({ path: join(dir, CONFIG) });
    expect((error as Error).message).toContain(join(dir, CONFIG));
    expect((error as Error).message).toMatch(message);
  });

  it('GIVEN a config that is there but cannot be read (a folder) THEN ModelLoadError naming it, not the defaults', async () => {
    const dir = folder((path) => mkdirSync(path));
    await expect(ClipTokenizer.load(dir)).rejects.toMatchObject({
      name: 'ModelLoadError',
      path: join(dir, CONFIG),
      message: expect.stringContaining('cannot read'),
    });
  });

  it('GIVEN a malformed vocab.json THEN ModelLoadError naming it', async () => {
    const dir = folder(undefined);
    writeFileSync(join(dir, 'vocab.json'), '{"a": 1');
    await expect(ClipTokenizer.load(dir)).rejects.toMatchObject({
      name: 'ModelLoadError',
      path: join(dir, 'vocab.json'),
    });
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

  it.each([
    ['is not JSON', '{"type": "word",', /not valid JSON/],
    ['is null', 'null', /not a word tokenizer/],
    ['lacks fields', '{"type": "word", "vocab": []}', /not a word tokenizer/],
    [
      'has an unk_id outside its vocab',
      '{"type": "word", "vocab": ["<pad>"], "max_length": 4, "pad_id": 0, "unk_id": 1}',
      /unk_id 1/,
    ],
    [
      'has a non-word in its vocab',
      '{"type": "word", "vocab": ["<pad>", 7], "max_length": 4, "pad_id": 0, "unk_id": 1}',
      /vocab/,
    ],
    [
      'has lowercase that is not a boolean',
      '{"type": "word", "vocab": ["<pad>", "<unk>"], "max_length": 4, "pad_id": 0, "unk_id": 1, "lowercase": "yes"}',
      /lowercase/,
    ],
  ])('GIVEN a tokenizer.json that %s THEN ModelLoadError naming the file', async (_, text, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'zoetrope-word-'));
    try {
      const path = join(dir, 'tokenizer.json');
      writeFileSync(path, text);
      const error = await WordTokenizer.load(path).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ModelLoadError);
      expect(error).toMatchObject({ path });
      expect((error as Error).message).toContain(path);
      expect((error as Error).message).toMatch(message);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
