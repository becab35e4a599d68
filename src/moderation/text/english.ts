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
