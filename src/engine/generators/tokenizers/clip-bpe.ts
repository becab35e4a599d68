import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ModelLoadError } from '../../../onnx/index.js';
import { readJson, readOptionalJson } from '../model-index.js';

/** CLIP's reversible byte → printable-character table (the GPT-2 byte-level BPE alphabet). */
function bytesToUnicode(): string[] {
  const bs: number[] = [];
  for (let b = 0x21; b <= 0x7e; b++) bs.push(b);
  for (let b = 0xa1; b <= 0xac; b++) bs.push(b);
  for (let b = 0xae; b <= 0xff; b++) bs.push(b);
  const table: string[] = new Array(256);
  for (const b of bs) table[b] = String.fromCharCode(b);
  let n = 0;
  for (let b = 0; b < 256; b++) {
    if (table[b] === undefined) table[b] = String.fromCharCode(256 + n++);
  }
  return table;
}

const BYTE_ENCODER = bytesToUnicode();
// CLIP's pre-tokeniser: special tokens, English contractions, letter runs, single digits, other symbol runs.
const PATTERN = /<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|\p{L}+|\p{N}|[^\s\p{L}\p{N}]+/giu;

/** Ids from CLIP's own vocabulary, used when a tokenizer_config.json does not name them. */
export const CLIP_BOS = 49406;
/** End of text (and CLIP's default padding). */
export const CLIP_EOS = 49407;

/** What the tokenizer folder provides. */
export interface ClipTokenizerFiles {
  vocab: Record<string, number>;
  /** Lines of merges.txt after the `#version` header: "a b" pairs, highest priority first. */
  merges: string[];
  maxLength?: number;
  padToken?: string;
}

function tokenName(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { content?: unknown }).content === 'string'
  ) {
    return (value as { content: string }).content;
  }
  return undefined;
}

/**
 * The fields of `tokenizer_config.json` the tokenizer uses; `{}` when the file does not exist. A length of
 * 100 000 or more is transformers' "no limit" sentinel (1e30) and leaves CLIP's 77.
 */
async function readClipConfig(
  path: string,
  vocab: Record<string, number>,
): Promise<Pick<ClipTokenizerFiles, 'maxLength' | 'padToken'>> {
  const raw = await readOptionalJson(path);
  if (raw === undefined) return {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ModelLoadError(`${path} is not a JSON object`, path);
  }
  const config = raw as Record<string, unknown>;
  const maxLength = config.model_max_length;
  const unlimited = typeof maxLength === 'number' && maxLength >= 100_000;
  if (
    maxLength !== undefined &&
    maxLength !== null &&
    !unlimited &&
    !(typeof maxLength === 'number' && Number.isInteger(maxLength) && maxLength >= 2)
  ) {
    throw new ModelLoadError(
      `${path}: model_max_length should be a whole number of at least 2, got ${JSON.stringify(maxLength)}`,
      path,
    );
  }
  const padToken = tokenName(config.pad_token);
  if (config.pad_token !== undefined && config.pad_token !== null && padToken === undefined) {
    throw new ModelLoadError(
      `${path}: pad_token should be a token string or {"content": …}, got ${JSON.stringify(config.pad_token)}`,
      path,
    );
  }
  if (padToken !== undefined && !Object.hasOwn(vocab, padToken)) {
    throw new ModelLoadError(`${path}: pad_token ${JSON.stringify(padToken)} is not in vocab.json`, path);
  }
  return {
    ...(typeof maxLength === 'number' && !unlimited ? { maxLength } : {}),
    ...(padToken !== undefined ? { padToken } : {}),
  };
}

/**
 * CLIP's byte-level BPE with end-of-word markers (`</w>`), as diffusers text-to-video models use it:
 * lowercase and whitespace clean-up, `<|startoftext|>` … `<|endoftext|>`, padded to 77 (the pad token from
 * tokenizer_config.json: `<|endoftext|>` for OpenAI CLIP, `!` for OpenCLIP-based exports such as ModelScope).
 */
export class ClipTokenizer {
  readonly maxLength: number;
  readonly bos: number;
  readonly eos: number;
  readonly pad: number;
  readonly #vocab: Map<string, number>;
  readonly #ranks: Map<string, number>;
  readonly #cache = new Map<string, string[]>();

  constructor(files: ClipTokenizerFiles) {
    this.#vocab = new Map(Object.entries(files.vocab));
    this.#ranks = new Map(files.merges.map((m, i) => [m, i]));
    this.maxLength = files.maxLength ?? 77;
    this.bos = this.#vocab.get('<|startoftext|>') ?? CLIP_BOS;
    this.eos = this.#vocab.get('<|endoftext|>') ?? CLIP_EOS;
    this.pad = (files.padToken !== undefined ? this.#vocab.get(files.padToken) : undefined) ?? this.eos;
  }

  /**
   * Loads `vocab.json`, `merges.txt` and (optionally) `tokenizer_config.json` from a tokenizer folder. Only a
   * missing config falls back to CLIP's defaults; one that is there but unreadable, not JSON, or with fields
   * of the wrong kind is a {@link ModelLoadError} naming it, because a wrong pad token or length silently
   * changes every caption's encoding.
   */
  static async load(dir: string): Promise<ClipTokenizer> {
    const vocabPath = join(dir, 'vocab.json');
    const vocab = await readJson(vocabPath);
    if (vocab === null || typeof vocab !== 'object' || Array.isArray(vocab)) {
      throw new ModelLoadError(`${vocabPath} is not a token → id object`, vocabPath);
    }
    const mergesPath = join(dir, 'merges.txt');
    let mergesText: string;
    try {
      mergesText = await readFile(mergesPath, 'utf8');
    } catch (cause) {
      throw new ModelLoadError(`cannot read ${mergesPath}: ${(cause as Error).message}`, mergesPath, {
        cause,
      });
    }
    const merges = mergesText
      .split('\n')
      .filter((l, i) => l.length > 0 && !(i === 0 && l.startsWith('#version')));
    const config = await readClipConfig(join(dir, 'tokenizer_config.json'), vocab as Record<string, number>);
    return new ClipTokenizer({ vocab: vocab as Record<string, number>, merges, ...config });
  }

  /** BPE pieces of one pre-tokenised word (already byte-encoded), the last one carrying `</w>`. */
  bpe(token: string): string[] {
    const cached = this.#cache.get(token);
    if (cached !== undefined) return cached;
    const chars = [...token];
    let word = chars.map((c, i) => (i === chars.length - 1 ? `${c}</w>` : c));
    while (word.length > 1) {
      let best = -1;
      let bestRank = Number.POSITIVE_INFINITY;
      for (let i = 0; i < word.length - 1; i++) {
        const rank = this.#ranks.get(`${word[i]} ${word[i + 1]}`);
        if (rank !== undefined && rank < bestRank) {
          bestRank = rank;
          best = i;
        }
      }
      if (best < 0) break;
      const a = word[best]!;
      const b = word[best + 1]!;
      // Merge every occurrence of the pair, left to right, as the reference implementation does.
      const merged: string[] = [];
      for (let i = 0; i < word.length; i++) {
        if (i < word.length - 1 && word[i] === a && word[i + 1] === b) {
          merged.push(a + b);
          i++;
        } else merged.push(word[i]!);
      }
      word = merged;
    }
    if (this.#cache.size < 10_000) this.#cache.set(token, word);
    return word;
  }

  /** Token ids of a text without special tokens or padding. */
  tokenize(text: string): number[] {
    const clean = text.replace(/\s+/g, ' ').trim().toLowerCase();
    const ids: number[] = [];
    const utf8 = new TextEncoder();
    for (const match of clean.matchAll(PATTERN)) {
      const piece = match[0];
      if (piece === '<|startoftext|>' || piece === '<|endoftext|>') {
        ids.push(piece === '<|startoftext|>' ? this.bos : this.eos);
        continue;
      }
      const encoded = Array.from(utf8.encode(piece), (b) => BYTE_ENCODER[b]!).join('');
      for (const bpeToken of this.bpe(encoded)) {
        const id = this.#vocab.get(bpeToken);
        // Every single byte (with and without </w>) is in CLIP's vocabulary, so this only trips on a
        // truncated vocab; falling back per character keeps the text rather than dropping it.
        if (id !== undefined) ids.push(id);
        else for (const ch of bpeToken.replace('</w>', '')) ids.push(this.#vocab.get(ch) ?? this.eos);
      }
    }
    return ids;
  }

  /** `[bos, …tokens, eos, pad…]`, truncated so eos always fits, exactly `maxLength` long. */
  encode(text: string): number[] {
    const body = this.tokenize(text).slice(0, this.maxLength - 2);
    const ids = [this.bos, ...body, this.eos];
    while (ids.length < this.maxLength) ids.push(this.pad);
    return ids;
  }
}
