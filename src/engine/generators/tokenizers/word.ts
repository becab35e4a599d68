import { ModelLoadError } from '../../../onnx/index.js';
import { readJson } from '../model-index.js';

/** The built-in model's `tokenizer/tokenizer.json` (docs/model-format.md). */
export interface WordTokenizerConfig {
  type: 'word';
  vocab: string[];
  max_length: number;
  pad_id: number;
  unk_id: number;
  lowercase: boolean;
}

/** Token ids and the attention mask for one caption, padded to the tokenizer's length. */
export interface Encoded {
  ids: number[];
  /** 1 for real tokens, 0 for padding. */
  mask: number[];
}

/** What is wrong with a config that parses but would encode every caption wrongly without a sound. */
function inconsistency(c: WordTokenizerConfig): string | undefined {
  const size = c.vocab.length;
  if (!c.vocab.every((w) => typeof w === 'string')) return 'vocab should be a list of words';
  if (c.max_length < 1) return `max_length should be at least 1, got ${c.max_length}`;
  for (const [name, id] of [
    ['pad_id', c.pad_id],
    ['unk_id', c.unk_id],
  ] as const) {
    if (id < 0 || id >= size) return `${name} ${id} is not an id in its ${size}-word vocab`;
  }
  if (c.lowercase !== undefined && typeof c.lowercase !== 'boolean') {
    return `lowercase should be true or false, got ${JSON.stringify(c.lowercase)}`;
  }
  return undefined;
}

/**
 * The built-in model's word tokenizer: lowercase, split on anything that is not a letter, digit or angle
 * bracket (the training script's rule, so `<pad>` survives), one id per word, pad or truncate.
 */
export class WordTokenizer {
  readonly maxLength: number;
  readonly #ids: Map<string, number>;
  readonly #config: WordTokenizerConfig;

  constructor(config: WordTokenizerConfig) {
    this.#config = config;
    this.maxLength = config.max_length;
    this.#ids = new Map(config.vocab.map((w, i) => [w, i]));
  }

  /** Reads and validates `tokenizer.json`. */
  static async load(path: string): Promise<WordTokenizer> {
    const c = ((await readJson(path)) ?? {}) as Partial<WordTokenizerConfig>;
    if (
      c.type !== 'word' ||
      !Array.isArray(c.vocab) ||
      !Number.isInteger(c.max_length) ||
      !Number.isInteger(c.pad_id) ||
      !Number.isInteger(c.unk_id)
    ) {
      throw new ModelLoadError(
        `${path} is not a word tokenizer (type, vocab, max_length, pad_id, unk_id)`,
        path,
      );
    }
    const problem = inconsistency(c as WordTokenizerConfig);
    if (problem !== undefined) throw new ModelLoadError(`${path}: ${problem}`, path);
    return new WordTokenizer({ lowercase: true, ...c } as WordTokenizerConfig);
  }

  /** The words of a caption after normalisation, before id lookup. */
  words(text: string): string[] {
    const t = this.#config.lowercase ? text.toLowerCase() : text;
    return t.split(/[^a-zA-Z0-9<>]+/).filter((w) => w.length > 0);
  }

  /** Encodes a caption to exactly `maxLength` ids; unknown words map to `unk_id`. */
  encode(text: string): Encoded {
    const ids = this.words(text)
      .slice(0, this.maxLength)
      .map((w) => this.#ids.get(w) ?? this.#config.unk_id);
    const mask = ids.map(() => 1);
    while (ids.length < this.maxLength) {
      ids.push(this.#config.pad_id);
      mask.push(0);
    }
    return { ids, mask };
  }

  /** Words of the vocabulary for ids (padding dropped), for logs and tests. */
  decode(ids: readonly number[]): string {
    return ids
      .filter((id) => id !== this.#config.pad_id)
      .map((id) => this.#config.vocab[id] ?? '<unk>')
      .join(' ');
  }
}
