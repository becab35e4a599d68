import type { NormalToken } from '../normalise.js';
import { englishWords, nearWord } from './english.js';
import {
  DESCRIPTIVE_SURNAMES,
  EAST_ASIAN_GIVEN_SYLLABLES,
  EAST_ASIAN_SURNAMES,
  GIVEN_NAME_WORDS,
  GIVEN_NAMES,
  NOT_A_SURNAME,
  PLACE_WORDS,
  SURNAME_SHAPES,
  SURNAMES,
} from './lexicon/person-names.js';

/** A full personal name found in a text: tokens `start` to `end` (exclusive). */
export interface PersonNameSpan {
  start: number;
  end: number;
}

const wordSet = (list: string | readonly string[]): ReadonlySet<string> =>
  new Set(
    (typeof list === 'string' ? list.split(/\s+/) : list).map((w) => w.trim()).filter((w) => w.length > 0),
  );

/** Two-letter tokens too common in chat to count as a given-name syllable on their own ("ah", "ha", "ye", "da"). */
const COMMON_SHORT: ReadonlySet<string> = new Set([
  'ah',
  'ha',
  'ye',
  'da',
  'na',
  'ho',
  'yu',
  'si',
  'jo',
  'ki',
  'bo',
  'qi',
  'yi',
  'zi',
  'un',
]);

/**
 * Finds full personal names (a given name, then a surname: "tyler brooks", "kaja kallas", "ngozi okonjo
 * iweala"; a Chinese or Korean surname first: "li bai", "park seo joon") in normalised tokens, whoever the
 * person is. Any such name is a real person to the policy (a public figure, or a named private person) or a
 * character (IP); the harmless ones ("sherlock holmes", "a jack russell", "earl grey") are safe phrases the
 * caller checks spans against.
 *
 * A surname is a listed one, a word shaped like one ("-ovic", "-escu", "mc-") that is no English word, or, after
 * a given name that is itself no English word, any token of four letters or more that is no English word, no
 * typo of one, no place and no internet word ("vlog", "asmr"). Both parts being English words ("will power",
 * "rose hill", "grace stone") is never a name here: the name lists find the famous ones.
 */
export class PersonNameFinder {
  readonly #given = wordSet(GIVEN_NAMES);
  readonly #givenWords = wordSet(GIVEN_NAME_WORDS);
  readonly #surnames = wordSet(SURNAMES);
  readonly #places = wordSet(PLACE_WORDS);
  readonly #notSurname = wordSet(NOT_A_SURNAME);
  readonly #descriptive = wordSet(DESCRIPTIVE_SURNAMES);
  readonly #eastAsian = wordSet(EAST_ASIAN_SURNAMES);
  readonly #syllables = wordSet(EAST_ASIAN_GIVEN_SYLLABLES);
  readonly #shapes = new RegExp(`^(?:${SURNAME_SHAPES.join('|')})$`);

  /** Every full name in the tokens, left to right, none overlapping. */
  find(tokens: readonly NormalToken[]): PersonNameSpan[] {
    const out: PersonNameSpan[] = [];
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (tokens[i]!.clauseEnd) continue;
      const end = this.#nameAt(tokens, i);
      if (end === undefined) continue;
      out.push({ start: i, end });
      i = end - 1;
    }
    return out;
  }

  /** Where a full name starting at token `i` ends (exclusive), or undefined. */
  #nameAt(tokens: readonly NormalToken[], i: number): number | undefined {
    // "a christian festival", "an ella fitzgerald record": a name after "a" or "an" is a kind of thing.
    const before = tokens[i - 1]?.forms[0];
    if (before === 'a' || before === 'an') return undefined;
    const first = tokens[i]!.forms;
    const second = tokens[i + 1]!;
    // "o'brien", "d'angelo" arrive as two tokens: the surname is listed joined.
    const third = tokens[i + 2]?.forms[0];
    const joined =
      (second.forms[0] === 'o' || second.forms[0] === 'd') && third !== undefined && !second.clauseEnd
        ? second.forms[0] + third
        : undefined;
    for (const given of first) {
      if (!this.#given.has(given)) continue;
      if (joined !== undefined && this.#surnames.has(joined)) return this.#extend(tokens, i + 3);
      if (this.#isSurnameAfter(given, second)) return this.#extend(tokens, i + 2);
    }
    // A Chinese, Korean or Vietnamese family name comes first; "the long …" is no name.
    if (before === 'the') return undefined;
    for (const family of first) {
      if (!this.#eastAsian.has(family)) continue;
      const end = this.#syllablesAfter(tokens, i + 1);
      if (end !== undefined) return end;
      // Otherwise only a listed given name follows, after a family name that is no English word: after "chai",
      // "law" or "song" any odd word could ("chai wallah", "my mother in law priya").
      if (englishWords().has(family)) continue;
      if (
        second.forms.some((f) => this.#given.has(f) && !this.#givenWords.has(f)) &&
        this.#isUnknown(second)
      ) {
        return i + 2;
      }
    }
    return undefined;
  }

  /** One or two given-name syllables from token `start`, at least one no English word ("seo joon", "wei"). */
  #syllablesAfter(tokens: readonly NormalToken[], start: number): number | undefined {
    let end = start;
    let unknown = false;
    while (end < start + 2 && end < tokens.length && this.#syllables.has(tokens[end]!.forms[0]!)) {
      const syllable = tokens[end]!.forms[0]!;
      if (syllable.length < 3 || !englishWords().has(syllable)) unknown ||= !COMMON_SHORT.has(syllable);
      end++;
      if (tokens[end - 1]!.clauseEnd) break;
    }
    return end > start && unknown ? end : undefined;
  }

  /** A second surname or syllable after a name ("okonjo iweala", "kim jong un"): part of it. */
  #extend(tokens: readonly NormalToken[], end: number): number {
    while (end < tokens.length && !tokens[end - 1]!.clauseEnd) {
      const next = tokens[end]!.forms[0]!;
      const surname = this.#surnames.has(next) && !englishWords().has(next);
      if (!surname && !this.#isUnknown(tokens[end]!)) break;
      end++;
    }
    return end;
  }

  #isSurnameAfter(given: string, token: NormalToken): boolean {
    const forms = token.forms;
    if (forms.some((f) => f.length < 3 || this.#places.has(f) || this.#notSurname.has(f))) return false;
    // "emma white dress", "sophie long hair": a colour or a size after a name mostly describes what follows;
    // the famous bearers ("betty white", "jack black") are in the public-figure list.
    if (forms.some((f) => this.#descriptive.has(f))) return false;
    const dict = englishWords();
    const givenIsWord = this.#givenWords.has(given);
    const listed = forms.find((f) => this.#surnames.has(f));
    if (listed !== undefined) return !(givenIsWord && dict.has(listed));
    if (forms.some((f) => dict.has(f))) return false;
    if (this.#shapes.test(forms[0]!)) return true;
    // Another given name is no surname ("mona lisa", "romeo juliet"); a listed one was taken above ("elton john").
    return !givenIsWord && !forms.some((f) => this.#given.has(f)) && this.#isUnknown(token);
  }

  /**
   * A token whose every reading is four letters or more and no English word, typo of one, place or internet
   * word. A stretched word ("danciiiing", "blooooowing") is emphasis, not a name.
   */
  #isUnknown(token: NormalToken): boolean {
    const dict = englishWords();
    return token.forms.every(
      (word) =>
        word.length >= 4 &&
        /^[a-z]+$/.test(word) &&
        !/(.)\1\1/.test(word) &&
        !this.#places.has(word) &&
        !this.#notSurname.has(word) &&
        !dict.has(word) &&
        !nearWord(word, dict),
    );
  }
}
