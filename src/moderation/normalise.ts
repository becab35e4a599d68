import { CONFUSABLE_GROUPS } from './text/confusables.js';

/**
 * One word of a normalised text. `forms` holds what the word can stand for once leetspeak is undone: the
 * primary reading first, then an alternative where a symbol is ambiguous (`1` and `|` read as `i`, then as
 * `l`). Rules match lexicon words against every form.
 */
export interface NormalToken {
  forms: string[];
  /** The value of an all-digit token (`12` in "12 year old"), for rules about ages and counts. */
  num?: number;
  /** True when a clause ends after this word (`.`, `!`, `?`, `;`, `:`, a newline), so rules can stop there. */
  clauseEnd: boolean;
  /** True for a mention of a member (`@name`, `<@123>`): a real, private person. */
  mention?: boolean;
}

/**
 * A word hidden across several tokens ("n u d e", "n.u.d.e", "coca-cola"): tokens `start` to `end`
 * (exclusive) read together as `form`. Matching treats it as one more path through the text.
 */
export interface NormalJoin {
  start: number;
  end: number;
  form: string;
}

/**
 * A text after normalisation: its words, the joined readings, the words as one string (for logs), and the
 * folded characters before splitting (for rules about punctuation, such as a fake `system:` turn).
 */
export interface NormalisedText {
  tokens: NormalToken[];
  joins: NormalJoin[];
  text: string;
  folded: string;
}

const CONFUSABLES: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [to, chars] of Object.entries(CONFUSABLE_GROUPS)) for (const ch of chars) map.set(ch, to);
  return map;
})();

/**
 * Characters that render as nothing (zero-width spaces and joiners, soft hyphen, combining grapheme joiner,
 * bidi controls, variation selectors, tag characters, Hangul fillers): inserted between letters to break
 * word matching. Inclusive code point ranges.
 */
const INVISIBLE: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0x1bca0, 0x1bca3],
  [0x1d173, 0x1d17a],
  [0xe0000, 0xe0fff],
];
const MARKS = /\p{M}/gu;

function isInvisible(codePoint: number): boolean {
  for (const [from, to] of INVISIBLE) if (codePoint >= from && codePoint <= to) return true;
  return false;
}

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

function withoutInvisible(text: string): string {
  let out = '';
  for (const ch of text) if (!isInvisible(ch.codePointAt(0)!)) out += ch;
  return out;
}

/**
 * Folds characters: invisible characters removed, NFKC (fullwidth, mathematical alphanumerics, ligatures,
 * circled letters), diacritics stripped, look-alikes mapped to Latin, lower case. Spaces, punctuation,
 * digits and emoji are kept for the tokeniser.
 */
export function foldCharacters(input: string): string {
  if (!hasNonAscii(input)) return input.toLowerCase();
  const nfkc = withoutInvisible(input).normalize('NFKC').normalize('NFD').replace(MARKS, '');
  let out = '';
  for (const ch of nfkc) out += CONFUSABLES.get(ch) ?? ch;
  out = out.toLowerCase();
  if (!hasNonAscii(out)) return out;
  let again = '';
  for (const ch of out) again += CONFUSABLES.get(ch) ?? ch;
  return again;
}

/** Leetspeak digits and symbols, read as letters inside a word. `1` and `|` also read as `l` (see forms). */
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '6': 'g',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'i',
  '€': 'e',
  '£': 'l',
  '¡': 'i',
};
const LEET_AS_L = new Set(['1', '|', '£']);
/** Numbers with a unit or an ordinal ("1990s", "35mm", "4k", "3rd", "12yo") are not leetspeak. */
const NUMBER_WITH_UNIT =
  /^\d+(s|st|nd|rd|th|k|p|fps|mm|cm|m|km|kg|lb|lbs|x|d|h|hr|hrs|min|mins|sec|secs|am|pm|ft|in|yo|y\/o|yr|yrs|yro|gb|mb|hz|v|w)$/;
const AGE_SUFFIX = /^(\d{1,3})(yo|y\/o|yr|yrs|yro|yrold)$/;
const EMOJI = /\p{Extended_Pictographic}/u;
/** A character that is part of a word: Latin letters and digits, and letters or digits of any script. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const CLAUSE_END = /[.!?;:\n]/;
/** A Discord mention: `@name` or `<@123>` / `<@!123>`; the name is kept as written (no leetspeak). */
const MENTION = /^<?@!?([\p{L}\p{N}_.]+)>?$/u;

interface Chunk {
  text: string;
  clauseEnd: boolean;
  /** Two or more spaces before it: in "n u d e  w o m a n" the double space is the word break. */
  wideGap: boolean;
}

/** Splits on whitespace and around emoji (each emoji is a word of its own: 🍆💦 is two words). */
function chunks(folded: string): Chunk[] {
  const out: Chunk[] = [];
  let current = '';
  let spaces = 0;
  let wideGap = false;
  const flush = (clauseEnd: boolean) => {
    if (current.length > 0) out.push({ text: current, clauseEnd, wideGap });
    current = '';
  };
  for (const ch of folded) {
    if (ch === '\n') {
      flush(true);
      const last = out.at(-1);
      if (last) last.clauseEnd = true;
      spaces = 2;
    } else if (/\s/.test(ch)) {
      flush(false);
      spaces++;
    } else if (EMOJI.test(ch)) {
      flush(false);
      out.push({ text: ch, clauseEnd: false, wideGap: spaces >= 2 });
      spaces = 0;
    } else {
      if (current.length === 0) wideGap = spaces >= 2;
      spaces = 0;
      current += ch;
    }
  }
  flush(false);
  return out;
}

const isAsciiLetter = (ch: string | undefined): boolean => ch !== undefined && ch >= 'a' && ch <= 'z';
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);

/**
 * Reads leetspeak inside one whitespace-delimited chunk: digits become letters when the chunk also holds a
 * letter ("s3x", "k1ll", "n00d"); `@`, `$` when they start or sit inside a word ("$ex", "@ss"); `!` and `|`
 * only between word characters ("n!pple"), so a trailing "!" stays punctuation. Returns the readings (two
 * when `1`, `|` or `£` could be `i` or `l`).
 */
function readLeet(chunk: string): string[] {
  if (!/[0-9@$!|€£¡]/.test(chunk)) return [chunk];
  const core = chunk.replace(/^[^\p{L}\p{N}@$]+|[^\p{L}\p{N}]+$/gu, '');
  if (NUMBER_WITH_UNIT.test(core) || !/[a-z]/.test(core)) return [chunk];
  let asI = '';
  let asL = '';
  let ambiguous = false;
  const chars = [...chunk];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const to = LEET[ch];
    let read = false;
    if (to !== undefined) {
      if (ch >= '0' && ch <= '9') read = true;
      else if (ch === '@' || ch === '$') read = isWordChar(chars[i + 1]) || isAsciiLetter(chars[i - 1]);
      else read = isWordChar(chars[i - 1]) && isWordChar(chars[i + 1]);
    }
    if (read && to !== undefined) {
      asI += to;
      if (LEET_AS_L.has(ch)) {
        asL += 'l';
        ambiguous = true;
      } else asL += to;
    } else {
      asI += ch;
      asL += ch;
    }
  }
  return ambiguous ? [asI, asL] : [asI];
}

/** Splits a reading into word parts on anything that is not a letter or digit. */
function parts(reading: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of reading) {
    if (isWordChar(ch)) current += ch;
    else if (current.length > 0) {
      out.push(current);
      current = '';
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Longest run of single letters read as one word ("n u d e"). */
const MAX_SPACED_RUN = 24;
const MIN_SPACED_WORD = 3;

/**
 * Normalises a text for matching: characters folded (see `foldCharacters`), leetspeak read, words split on
 * punctuation, with joined readings for words broken by punctuation ("n.u.d.e", "coca-cola") or spaced out
 * ("n u d e"). Repeated letters ("nuuuude") are left to the matcher, which knows which words exist.
 */
export function normalise(input: string): NormalisedText {
  const folded = foldCharacters(input);
  const tokens: NormalToken[] = [];
  const joins: NormalJoin[] = [];
  /** Indexes of tokens that follow a double space (see `addSpacedJoins`). */
  const wide = new Set<number>();
  for (const chunk of chunks(folded)) {
    if (chunk.wideGap) wide.add(tokens.length);
    const mention = MENTION.exec(chunk.text);
    // "@ss" may be leetspeak as much as a mention: keep that reading as a second form.
    const asLeet = mention ? parts(readLeet(chunk.text)[0]!) : undefined;
    if (mention) chunk.text = mention[1]!;
    const age = AGE_SUFFIX.exec(chunk.text.replace(/[^\p{L}\p{N}/]+$/u, ''));
    if (age) {
      tokens.push({ forms: [age[1]!], num: Number(age[1]), clauseEnd: false });
      tokens.push({ forms: ['yo'], clauseEnd: chunk.clauseEnd || CLAUSE_END.test(chunk.text.at(-1) ?? '') });
      continue;
    }
    if (EMOJI.test(chunk.text) && [...chunk.text].length === 1) {
      // An emoji is a word of its own ("🍆💦 in her mouth"): the lexicons and the classifier read it.
      tokens.push({ forms: [chunk.text], clauseEnd: chunk.clauseEnd });
      continue;
    }
    const readings = readLeet(chunk.text);
    const split = readings.map(parts);
    const primary = split[0]!;
    if (primary.length === 0) {
      // Punctuation alone ("-", "..."): it may still end a clause.
      if (CLAUSE_END.test(chunk.text) && tokens.length > 0) tokens.at(-1)!.clauseEnd = true;
      continue;
    }
    const start = tokens.length;
    const alternative = mention ? undefined : split[1];
    const aligned = alternative !== undefined && alternative.length === primary.length;
    // A name with a digit in it ("cr7", "2pac", "blink182") is also read as written, after its leet readings.
    const asWritten = readings[0] === chunk.text ? undefined : parts(chunk.text);
    const writtenAligned = asWritten !== undefined && asWritten.length === primary.length;
    for (let i = 0; i < primary.length; i++) {
      const word = primary[i]!;
      const forms = [word];
      const alt = aligned ? alternative[i]! : undefined;
      if (alt !== undefined && alt !== word) forms.push(alt);
      const written = writtenAligned ? asWritten[i]! : undefined;
      if (written !== undefined && /\d/.test(written) && /[a-z]/.test(written) && !forms.includes(written)) {
        forms.push(written);
      }
      const token: NormalToken = { forms, clauseEnd: false };
      if (/^\d+$/.test(word) && word.length <= 9) token.num = Number(word);
      if (mention && i === 0) {
        token.mention = true;
        const leet = asLeet?.length === 1 ? asLeet[0] : undefined;
        if (leet !== undefined && leet !== word) forms.push(leet);
      }
      tokens.push(token);
    }
    const last = tokens.at(-1)!;
    last.clauseEnd = chunk.clauseEnd || CLAUSE_END.test(chunk.text.at(-1) ?? '');
    if (primary.length > 1) {
      joins.push({ start, end: tokens.length, form: primary.join('') });
      if (aligned && alternative.join('') !== primary.join('')) {
        joins.push({ start, end: tokens.length, form: alternative.join('') });
      }
    }
  }
  addSpacedJoins(tokens, joins, wide);
  return { tokens, joins, text: tokens.map((t) => t.forms[0]).join(' '), folded };
}

/**
 * Letters typed one at a time ("n u d e", "j e w s", "m u s l i m s  a r e"): each run of single letters
 * (a double space ends a run) is read as one word, and also without a leading article ("a n u d e woman").
 */
function addSpacedJoins(tokens: NormalToken[], joins: NormalJoin[], wide: ReadonlySet<number>): void {
  let i = 0;
  while (i < tokens.length) {
    if (!isSingleLetter(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && isSingleLetter(tokens[j]!) && !wide.has(j)) j++;
    // A two-letter word counts only between wide breaks, among other spaced words ("m a k e   f u n   o f").
    const twoLetterWord =
      j - i === 2 &&
      (i === 0 || wide.has(i)) &&
      (j === tokens.length || wide.has(j)) &&
      ((i > 0 && isSingleLetter(tokens[i - 1]!)) || (j < tokens.length && isSingleLetter(tokens[j]!)));
    if ((j - i >= MIN_SPACED_WORD || twoLetterWord) && j - i <= MAX_SPACED_RUN) {
      const letters = tokens.slice(i, j).map((t) => t.forms[0]!);
      joins.push({ start: i, end: j, form: letters.join('') });
      if ((letters[0] === 'a' || letters[0] === 'i') && j - i - 1 >= MIN_SPACED_WORD) {
        joins.push({ start: i + 1, end: j, form: letters.slice(1).join('') });
      }
    }
    i = j;
  }
}

function isSingleLetter(token: NormalToken): boolean {
  const form = token.forms[0]!;
  return form.length === 1 && isAsciiLetter(form);
}

/** Collapses every run of a repeated letter to one ("nuuuude" → "nude", "kill" → "kil"). */
export function collapseRuns(word: string): string {
  let out = '';
  let previous = '';
  for (const ch of word) {
    if (ch !== previous) out += ch;
    previous = ch;
  }
  return out;
}

/** Whether a word has a letter twice or more in a row. */
export function hasRun(word: string): boolean {
  for (let i = 1; i < word.length; i++) if (word[i] === word[i - 1]) return true;
  return false;
}
