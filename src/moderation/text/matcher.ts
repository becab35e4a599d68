import { collapseRuns, foldCharacters, hasRun, type NormalisedText } from '../normalise.js';
import { englishWords } from './english.js';

/**
 * A phrase pattern, written in normalised words separated by spaces:
 * - `x y; z w`: two phrases in one string (`;` separates whole phrases);
 * - `a|b|c`: one of several words in that place; `decapitat{e,ed,ing,ion}`: a word with one of several endings;
 * - `word?`: an optional word; `*3`: up to three words of anything (never across a clause end).
 * Words are folded like text (diacritics, case), so `beyoncé` and `beyonce` are the same word.
 */
export type Pattern = string;

/** A match of one entry over a span of tokens (`end` exclusive). */
export interface Hit<T> {
  entry: T;
  start: number;
  end: number;
}

interface PatternWord {
  kind: 'words';
  words: string[];
  optional: boolean;
}
interface PatternGap {
  kind: 'gap';
  max: number;
}
type PatternToken = PatternWord | PatternGap;

interface Node<T> {
  next: Map<string, Node<T>> | undefined;
  gaps: Map<number, Node<T>> | undefined;
  entries: T[] | undefined;
}

/**
 * A trie node. Most of the half million nodes are leaves or links in one name's chain, so the child map and the
 * entry list are made only when a node gets its first child or entry (a Map per node cost over 100 MB).
 */
const newNode = <T>(): Node<T> => ({ next: undefined, gaps: undefined, entries: undefined });

function childOf<T>(node: Node<T>, word: string): Node<T> {
  node.next ??= new Map();
  let child = node.next.get(word);
  if (!child) {
    child = newNode();
    node.next.set(word, child);
  }
  return child;
}

function addEntry<T>(node: Node<T>, entry: T): void {
  node.entries ??= [];
  if (!node.entries.includes(entry)) node.entries.push(entry);
}

/** Words of names that name nobody on their own: articles, titles, particles. */
const NAME_FILLERS: ReadonlySet<string> = new Set([
  'the',
  'and',
  'mr',
  'mrs',
  'dr',
  'sir',
  'von',
  'van',
  'der',
  'del',
  'los',
  'las',
]);

/**
 * Whether `form` is `word` with some letters typed more often ("nuuude" of "nude", "kiiilll" of "kill"),
 * never fewer: "buffet" is not a stretched "buffett", and "as" is not "ass".
 */
function stretches(form: string, word: string): boolean {
  let i = 0;
  let j = 0;
  while (i < form.length && j < word.length) {
    if (form[i] !== word[j]) return false;
    const ch = form[i];
    let a = 0;
    let b = 0;
    while (form[i] === ch) {
      i++;
      a++;
    }
    while (word[j] === ch) {
      j++;
      b++;
    }
    if (a < b) return false;
  }
  return i === form.length && j === word.length;
}

const NONE: string[] = [];
/** Shortest name word looked up with one typo: shorter words have too many neighbours. */
const MIN_FUZZY = 5;

/** A word with each letter left out in turn. */
function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Whether two words differ by exactly one substitution, insertion, deletion or swap of neighbours. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return (
      diff.length === 2 &&
      diff[1] === diff[0]! + 1 &&
      a[diff[0]!] === b[diff[1]!] &&
      a[diff[1]!] === b[diff[0]!]
    );
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}
/** How many written forms' readings are kept between calls. */
const MAX_CACHED = 50_000;

/** The most phrases one pattern may stand for once its alternatives are expanded. */
const MAX_PATHS = 20_000;

/** Expands `stem{a,b,}` endings and `|` alternatives into plain folded words. */
export function expandWord(token: string): string[] {
  const out: string[] = [];
  for (const alternative of token.split('|')) {
    const brace = /^(.*?)\{([^}]*)\}(.*)$/.exec(alternative);
    if (brace) {
      for (const ending of brace[2]!.split(',')) out.push(...expandWord(`${brace[1]}${ending}${brace[3]}`));
    } else {
      const word = foldWord(alternative);
      if (word.length > 0) out.push(word);
    }
  }
  return out;
}

/** Folds one lexicon word the way text is folded; apostrophes and hyphens inside it are dropped. */
export function foldWord(word: string): string {
  return foldCharacters(word).replace(/[^\p{L}\p{N}\p{Extended_Pictographic}]/gu, '');
}

function parsePattern(pattern: Pattern): PatternToken[] {
  return pattern
    .trim()
    .split(/\s+/)
    .map((raw): PatternToken => {
      const gap = /^\*(\d+)$/.exec(raw);
      if (gap) return { kind: 'gap', max: Number(gap[1]) };
      const optional = raw.endsWith('?') && raw.length > 1;
      const words = expandWord(optional ? raw.slice(0, -1) : raw);
      if (words.length === 0) throw new Error(`pattern "${pattern}": "${raw}" has no word`);
      return { kind: 'words', words, optional };
    });
}

/**
 * Finds lexicon phrases in normalised text. Built once from patterns; matching walks every path through
 * the text (each token's leetspeak readings and the joined readings of spaced or punctuated words) and
 * reads a stretched word ("nuuuude", "kiiill") as the lexicon word it collapses to.
 */
export class PhraseMatcher<T extends { id: string }> {
  private readonly root: Node<T> = newNode();
  private readonly words = new Set<string>();
  /** Lexicon words by their collapsed spelling ("nude" under "nude", "kill" under "kil"). */
  private readonly collapsed = new Map<string, string[]>();
  /** The readings of written forms seen so far (see `readings`). */
  private readonly cache = new Map<string, string[]>();
  /** Words of names: only these are read through a plural (`pikachus`) or a typo. */
  private readonly nameWords = new Set<string>();
  /** Name words by each spelling with one letter deleted, to find one-edit typos ("trvmp", "barak"). */
  private readonly oneEdit = new Map<string, string[]>();
  /** Entries (names of two distinctive words or more) that may be found with one mistyped word. */
  private readonly fuzzyEntries = new Set<T>();
  /** Every name's entry: the only entries a plural read as a name's singular may reach (see `match`). */
  private readonly nameEntries = new Set<T>();
  /** The name singulars of written plurals seen so far (see `nameSingulars`). */
  private readonly singularCache = new Map<string, string[]>();
  private readonly fuzzyCache = new Map<string, string[]>();

  /** Adds a pattern (one or more `;`-separated phrases); a hit reports `entry`. */
  add(pattern: Pattern, entry: T): void {
    for (const phrase of pattern.split(';')) {
      if (phrase.trim().length === 0) continue;
      const tokens = parsePattern(phrase);
      let paths = 1;
      for (const t of tokens) if (t.kind === 'words') paths *= t.words.length + (t.optional ? 1 : 0);
      // A phrase with spaces inside an alternative ("north korea|south korea") turns into a long chain of
      // alternatives; refuse it rather than build millions of trie nodes.
      if (paths > MAX_PATHS)
        throw new Error(`pattern expands to ${paths} phrases: "${phrase.slice(0, 80)}…"`);
      for (const t of tokens) if (t.kind === 'words') for (const w of t.words) this.learn(w);
      this.insert(this.root, tokens, 0, entry);
    }
  }

  /**
   * Adds a name (a person, a character, a brand): its words in order, and the words run together. A name
   * of two words or more is also found with one of its words mistyped by one letter.
   */
  addName(name: string, entry: T): void {
    const words = foldCharacters(name.replace(/['’`.]/g, ''))
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0);
    if (words.length === 0) return;
    // A typo is forgiven in one word only while another distinctive word stands: in "the corrs" or "mr bean"
    // the one word that names anyone would be read through a typo ("the covrs").
    const fuzzy = words.filter((w) => w.length >= 3 && !NAME_FILLERS.has(w)).length > 1;
    if (fuzzy) this.fuzzyEntries.add(entry);
    for (const w of words) {
      this.learn(w);
      this.nameWords.add(w);
      // Only the words of names that may be mistyped need their one-letter deletions indexed.
      if (fuzzy && w.length >= MIN_FUZZY && /^[a-z]+$/.test(w)) {
        for (const key of deletions(w)) {
          const list = this.oneEdit.get(key);
          if (!list) this.oneEdit.set(key, [w]);
          else if (!list.includes(w)) list.push(w);
        }
      }
    }
    this.nameEntries.add(entry);
    this.insertWords(words, entry);
    if (words.length > 1 && words.join('').length >= 6) {
      this.learn(words.join(''));
      this.insertWords([words.join('')], entry);
    }
  }

  private insertWords(words: string[], entry: T): void {
    let node = this.root;
    for (const w of words) node = childOf(node, w);
    addEntry(node, entry);
  }

  private learn(word: string): void {
    if (this.words.has(word)) return;
    this.words.add(word);
    this.cache.clear();
    const key = collapseRuns(word);
    const list = this.collapsed.get(key);
    if (list) list.push(word);
    else this.collapsed.set(key, [word]);
  }

  private insert(node: Node<T>, tokens: PatternToken[], i: number, entry: T): void {
    if (i === tokens.length) {
      addEntry(node, entry);
      return;
    }
    const token = tokens[i]!;
    if (token.kind === 'gap') {
      node.gaps ??= new Map();
      let child = node.gaps.get(token.max);
      if (!child) {
        child = newNode();
        node.gaps.set(token.max, child);
      }
      this.insert(child, tokens, i + 1, entry);
      return;
    }
    if (token.optional) this.insert(node, tokens, i + 1, entry);
    for (const word of token.words) this.insert(childOf(node, word), tokens, i + 1, entry);
  }

  /** Whether a word occurs in any pattern or name. */
  knows(word: string): boolean {
    return this.words.has(word);
  }

  /**
   * The lexicon words a written form can stand for: itself, and for a stretched form the lexicon words with
   * the same collapsed spelling. A doubled letter only counts as stretching when the form itself is not a
   * lexicon word, so "ass" is never read as "as", nor when it is an English word's own spelling ("glowworm").
   * A plural of a name's word is read by `nameSingulars`.
   */
  readings(form: string): string[] {
    if (this.words.has(form)) return [form];
    const out: string[] = [];
    // A doubled letter in an English word is its spelling ("glowworm", "binnacle"), not a stretch of a
    // lexicon word ("glo worm", "binacle"); three in a row is a stretch whatever the word.
    if (hasRun(form) && !(englishWords().has(form) && !/(.)\1\1/.test(form))) {
      const key = collapseRuns(form);
      for (const word of this.collapsed.get(key) ?? []) if (stretches(form, word)) out.push(word);
      if (out.length === 0 && key.length >= 4 && key.endsWith('s')) {
        const stem = form.replace(/s+$/, '');
        for (const word of this.collapsed.get(key.slice(0, -1)) ?? [])
          if (stretches(stem, word)) out.push(word);
      }
    }
    return out;
  }

  /**
   * A plural read as a name's singular ("pikachus", "the simpsons", "minions"): a reading for names only, so a
   * name that holds an ordinary word ("kick" in a character's name) never turns "kicks" into the lexicon's
   * "kick".
   */
  nameSingulars(form: string): string[] {
    if (form.length < 4 || !form.endsWith('s')) return NONE;
    let found = this.singularCache.get(form);
    if (found) return found;
    const singular = form.slice(0, -1);
    if (this.nameWords.has(singular)) found = [singular];
    else if (form.endsWith('es') && this.nameWords.has(form.slice(0, -2))) found = [form.slice(0, -2)];
    else found = NONE;
    if (this.singularCache.size >= MAX_CACHED) this.singularCache.clear();
    this.singularCache.set(form, found);
    return found;
  }

  /** Name words one edit away from an unknown form (a substitution, insertion, deletion or swap). */
  private typos(form: string): string[] {
    if (form.length < MIN_FUZZY || !/^[a-z]+$/.test(form)) return NONE;
    let found = this.fuzzyCache.get(form);
    if (found) return found;
    found = [];
    for (const key of [form, ...deletions(form)]) {
      for (const word of this.oneEdit.get(key) ?? []) {
        if (!found.includes(word) && word !== form && oneEditApart(form, word)) found.push(word);
      }
      if (this.nameWords.has(key) && key !== form && !found.includes(key)) found.push(key);
    }
    if (found.length === 0) found = NONE;
    if (this.fuzzyCache.size >= MAX_CACHED) this.fuzzyCache.clear();
    this.fuzzyCache.set(form, found);
    return found;
  }

  /** Every hit of every pattern in the text, each entry once per span. */
  match(text: NormalisedText): Hit<T>[] {
    const n = text.tokens.length;
    const edges: Array<Array<{ words: string[]; next: number; typo: boolean; nameOnly?: boolean }>> =
      Array.from({ length: n }, () => []);
    const read = (form: string): string[] => {
      let r = this.cache.get(form);
      if (!r) {
        r = this.readings(form);
        if (r.length === 0) r = NONE;
        // Prompts reuse words: keep their readings, up to a bound so odd input cannot grow it forever.
        if (this.cache.size >= MAX_CACHED) this.cache.clear();
        this.cache.set(form, r);
      }
      return r;
    };
    for (let i = 0; i < n; i++) {
      for (const form of text.tokens[i]!.forms) {
        const words = read(form);
        const singulars = this.nameSingulars(form);
        if (singulars.length > 0)
          edges[i]!.push({ words: singulars, next: i + 1, typo: false, nameOnly: true });
        if (words.length > 0) edges[i]!.push({ words, next: i + 1, typo: false });
        else if (singulars.length === 0) {
          const typos = this.typos(form);
          if (typos.length > 0) edges[i]!.push({ words: typos, next: i + 1, typo: true });
        }
      }
    }
    for (const join of text.joins) {
      const words = read(join.form);
      if (words.length > 0) edges[join.start]!.push({ words, next: join.end, typo: false });
    }
    const clauseEnds = text.tokens.map((t) => t.clauseEnd);
    const hits: Hit<T>[] = [];
    const seen = new Set<string>();
    const record = (node: Node<T>, start: number, end: number, typos: number, nameOnly: boolean) => {
      for (const entry of node.entries ?? []) {
        if (nameOnly && !this.nameEntries.has(entry)) continue;
        // A typo is forgiven only in a name of two words or more read as two words or more: the run-together
        // form of "bat man" is one word, and a one-word name is never read through a typo ("batsman").
        if (typos > 0 && (typos > 1 || !this.fuzzyEntries.has(entry) || end - start < 2)) continue;
        const key = `${start}:${end}:${entry.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        hits.push({ entry, start, end });
      }
    };
    const walk = (
      node: Node<T>,
      pos: number,
      start: number,
      depth: number,
      typos: number,
      nameOnly: boolean,
    ) => {
      if (depth > 24) return;
      if (pos < n) {
        for (const edge of edges[pos]!) {
          const used = typos + (edge.typo ? 1 : 0);
          if (used > 1) continue;
          const onlyNames = nameOnly || edge.nameOnly === true;
          for (const word of edge.words) {
            const child = node.next?.get(word);
            if (!child) continue;
            if (child.entries !== undefined) record(child, start, edge.next, used, onlyNames);
            walk(child, edge.next, start, depth + 1, used, onlyNames);
          }
        }
      }
      if (node.gaps && pos > start && !clauseEnds[pos - 1]) {
        for (const [max, child] of node.gaps) {
          walk(child, pos, start, depth + 1, typos, nameOnly);
          for (let skip = 1; skip <= max && pos + skip < n; skip++) {
            if (clauseEnds[pos + skip - 1]) break;
            walk(child, pos + skip, start, depth + 1, typos, nameOnly);
          }
        }
      }
    };
    for (let start = 0; start < n; start++) {
      if (edges[start]!.length > 0) walk(this.root, start, start, 0, 0, false);
    }
    return hits;
  }
}
