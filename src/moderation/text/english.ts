import { readFileSync } from 'node:fs';

/**
 * Lowercase English words of three letters or more (SCOWL's `american-english`, as Debian's `wamerican`
 * ships it; see `lexicon/english-words.LICENSE`), read once on first use. The rules ask it two things: whether a
 * token after a given name can be a surname (`person-name.ts`), and whether a doubled letter is a stretch
 * ("nuude") or just the spelling of a word ("glowworm", "binnacle"; `matcher.ts`).
 */
let english: ReadonlySet<string> | undefined;
export function englishWords(): ReadonlySet<string> {
  english ??= new Set(
    readFileSync(new URL('./lexicon/english-words.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((w) => w.length > 0),
  );
  return english;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Whether `word` is one edit (a letter dropped, added, changed, or two swapped) from an English word: members'
 * typos ("runing", "dancin", "staling") are typos of words, not surnames or mistyped names.
 */
export function nearWord(word: string, dict: ReadonlySet<string> = englishWords()): boolean {
  for (let i = 0; i < word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i + 1);
    if (dict.has(head + tail)) return true;
    if (i + 1 < word.length && dict.has(head + word[i + 1] + word[i] + word.slice(i + 2))) return true;
    for (const c of ALPHABET) {
      if (c !== word[i] && dict.has(head + c + tail)) return true;
      if (dict.has(head + c + word.slice(i))) return true;
    }
  }
  for (const c of ALPHABET) if (dict.has(word + c)) return true;
  return false;
}
