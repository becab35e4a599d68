import { collapseRuns, type NormalisedText, normalise } from '../normalise.js';

/**
 * How a text becomes the classifier's input: hashed word unigrams, word bigrams and character n-grams of
 * the normalised words. The training script exports its data through this same function
 * (`scripts/moderation/featurise.ts`), so Python never re-implements it and the two sides cannot drift;
 * the model card names the spec it was trained with and the classifier refuses a mismatch.
 */
export interface TextFeatureSpec {
  /** Name of the scheme, stored in the model card. */
  readonly name: 'hashed-ngrams-v1';
  /** Hash buckets, id 0 included; id 0 is padding and never produced. */
  readonly buckets: number;
  /** Character n-gram lengths, inclusive, over `<word>`. */
  readonly minN: number;
  readonly maxN: number;
  /** At most this many ids per text (a very long caption keeps its first ids). */
  readonly maxIds: number;
}

/** The scheme the shipped classifier was trained with. */
export const FEATURES_V1: TextFeatureSpec = Object.freeze({
  name: 'hashed-ngrams-v1',
  buckets: 1 << 17,
  minN: 3,
  maxN: 5,
  maxIds: 4096,
});

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Longest word whose character n-grams are taken; longer ones (URLs, keyboard mashing) keep their first 24. */
const MAX_GRAM_WORD = 24;

function step(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

function hashRange(seed: number, text: string, from: number, to: number): number {
  let h = seed;
  for (let i = from; i < to; i++) h = step(h, text.charCodeAt(i));
  return h;
}

// Each kind of feature hashes from its own seed, so the word "kil" and the n-gram "kil" are different ids.
const WORD_SEED = step(FNV_OFFSET, 0x77);
const BIGRAM_SEED = step(FNV_OFFSET, 0x62);
const GRAM_SEED = step(FNV_OFFSET, 0x63);

/** Collects ids for one text, bounded by the spec's `maxIds`. */
class IdSink {
  readonly ids: number[] = [];
  constructor(private readonly spec: TextFeatureSpec) {}

  get full(): boolean {
    return this.ids.length >= this.spec.maxIds;
  }

  add(hash: number): void {
    if (this.ids.length < this.spec.maxIds) this.ids.push(1 + ((hash >>> 0) % (this.spec.buckets - 1)));
  }

  word(word: string): void {
    this.add(hashRange(WORD_SEED, word, 0, word.length));
  }

  bigram(a: string, b: string): void {
    this.add(hashRange(step(hashRange(BIGRAM_SEED, a, 0, a.length), 0x20), b, 0, b.length));
  }

  /** Character n-grams of `<word>`; a word shorter than the smallest n yields its one padded gram. */
  grams(word: string): void {
    const padded = `<${word.length > MAX_GRAM_WORD ? word.slice(0, MAX_GRAM_WORD) : word}>`;
    const { minN, maxN } = this.spec;
    if (padded.length <= minN) {
      this.add(hashRange(GRAM_SEED, padded, 0, padded.length));
      return;
    }
    for (let n = minN; n <= maxN; n++) {
      for (let i = 0; i + n <= padded.length; i++) this.add(hashRange(GRAM_SEED, padded, i, i + n));
    }
  }
}

/**
 * The ids of one normalised text. Per word: the word as read (leetspeak undone), the word with repeated
 * letters collapsed ("kiiill" and "kill" share "kil"), any alternative reading (`1` as `l`), and the
 * character n-grams of the collapsed word (so "decapitated" shares most of its ids with "decapitation").
 * Per pair of neighbours: the bigram of collapsed words. Per joined reading ("n u d e", "n.u.d.e"): the
 * joined word and its n-grams. Order does not matter to the model (it pools them).
 */
export function featureIds(text: NormalisedText, spec: TextFeatureSpec = FEATURES_V1): number[] {
  const sink = new IdSink(spec);
  let previous: string | undefined;
  for (const token of text.tokens) {
    if (sink.full) break;
    const word = token.forms[0]!;
    const collapsed = collapseRuns(word);
    sink.word(word);
    if (collapsed !== word) sink.word(collapsed);
    for (let f = 1; f < token.forms.length; f++) sink.word(token.forms[f]!);
    sink.grams(collapsed);
    if (previous !== undefined) sink.bigram(previous, collapsed);
    previous = collapsed;
  }
  for (const join of text.joins) {
    if (sink.full) break;
    const collapsed = collapseRuns(join.form);
    sink.word(join.form);
    if (collapsed !== join.form) sink.word(collapsed);
    sink.grams(collapsed);
  }
  return sink.ids;
}

/** Normalises a raw text (as the rules do) and returns its feature ids. */
export function textFeatureIds(input: string, spec: TextFeatureSpec = FEATURES_V1): number[] {
  return featureIds(normalise(input), spec);
}
