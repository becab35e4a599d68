import type { CaptionLanguage, ModelCard } from '../queue/model-card/index.js';
import type { StructuredCaption } from './caption.js';
import {
  BASIC_RGB,
  buildLexicon,
  type LexCategory,
  type LexEntry,
  LexiconMatcher,
  literalPattern,
} from './lexicon.js';

/** The vocabulary flavour of a caption language (the built-in model's). */
export type VocabularyLanguage = Extract<CaptionLanguage, { style: 'vocabulary' }>;
/** The prose flavour of a caption language (large models). */
export type ProseLanguage = Extract<CaptionLanguage, { style: 'prose' }>;

/** A lexicon concept resolved onto a card's words; `approximated` when the card lacked the exact one. */
export interface Resolved {
  readonly value: string;
  readonly approximated: boolean;
}

/** Builds the matcher for a card: the card's own words first, so they always read verbatim. */
export function createMatcher(card: ModelCard): LexiconMatcher {
  const lang = card.caption_language;
  const extra: LexEntry[] = [];
  if (lang.style === 'vocabulary') {
    const v = lang.vocabulary;
    const add = (category: LexCategory, list: readonly string[]) => {
      for (const w of list) extra.push({ category, concept: w, pattern: literalPattern(w) });
    };
    add('color', Object.keys(v.color));
    add('shape', v.shape);
    add('motion', v.motion);
    add('background', v.background);
  }
  return new LexiconMatcher(buildLexicon(extra));
}

/** Maps a lexicon concept onto the vocabulary, approximating colours by RGB; undefined when the card cannot say it. */
export function resolveConcept(
  lang: VocabularyLanguage,
  category: LexCategory,
  concept: string,
): Resolved | undefined {
  const v = lang.vocabulary;
  switch (category) {
    case 'color': {
      if (concept in v.color) return { value: concept, approximated: false };
      const rgb = BASIC_RGB[concept];
      if (rgb === undefined) return undefined;
      let best: string | undefined;
      let bestD = Number.POSITIVE_INFINITY;
      for (const [name, c] of Object.entries(v.color)) {
        const d = (c[0] - rgb[0]) ** 2 + (c[1] - rgb[1]) ** 2 + (c[2] - rgb[2]) ** 2;
        if (d < bestD) {
          bestD = d;
          best = name;
        }
      }
      return best === undefined ? undefined : { value: best, approximated: true };
    }
    case 'shape':
      return v.shape.includes(concept) ? { value: concept, approximated: false } : undefined;
    case 'motion':
      return v.motion.includes(concept) ? { value: concept, approximated: false } : undefined;
    case 'background':
      return v.background.includes(concept) ? { value: concept, approximated: false } : undefined;
    default:
      return undefined;
  }
}

/** The most objects one caption may name for this card. */
export function maxObjects(card: ModelCard): number {
  return card.limits.max_objects ?? 2;
}

function splitTemplate(template: string): { head: string; tail: string } {
  // The per-object part ends after the last object placeholder; what follows (" over {background}") is shared.
  let cut = -1;
  for (const key of ['{color}', '{shape}', '{motion}']) {
    const i = template.lastIndexOf(key);
    if (i >= 0) cut = Math.max(cut, i + key.length);
  }
  return cut < 0 ? { head: template, tail: '' } : { head: template.slice(0, cut), tail: template.slice(cut) };
}

/** Writes a structured caption in the card's template: objects joined by the card's `join`. */
export function renderVocabulary(lang: VocabularyLanguage, structured: StructuredCaption): string {
  const { head, tail } = splitTemplate(lang.template);
  const objects = structured.subjects.map((s) =>
    head
      .replace('{color}', s.color ?? '')
      .replace('{shape}', s.kind)
      .replace('{motion}', s.motion ?? ''),
  );
  return (objects.join(lang.join) + tail.replace('{background}', structured.background))
    .replace(/\s+/g, ' ')
    .trim();
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (list: readonly string[]) =>
  `(${[...list]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})`;

/** What a caption text says, when it is exactly in the card's language; otherwise why not. */
export type ParsedVocabularyCaption =
  | { ok: true; subjects: { color: string; kind: string; motion: string }[]; background: string }
  | { ok: false; unknownWords: string[] };

/** Reads a caption back through the card's template; anything outside the language is reported, not guessed. */
export function parseVocabularyCaption(
  lang: VocabularyLanguage,
  text: string,
  maxObjectCount = 2,
): ParsedVocabularyCaption {
  const v = lang.vocabulary;
  const { head, tail } = splitTemplate(lang.template);
  const slot = (template: string) => {
    const order: string[] = [];
    const choices: Record<string, readonly string[]> = {
      color: Object.keys(v.color),
      shape: v.shape,
      motion: v.motion,
      background: v.background,
    };
    const source = template.split(/(\{color\}|\{shape\}|\{motion\}|\{background\})/).map((part) => {
      const key = /^\{(\w+)\}$/.exec(part)?.[1];
      const list = key === undefined ? undefined : choices[key];
      if (key === undefined || list === undefined) return escapeRegExp(part).replace(/\s+/g, '\\s+');
      order.push(key);
      return alternation(list);
    });
    return { source: source.join(''), order };
  };
  const h = slot(head);
  const t = slot(tail);
  const clean = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.]$/, '');
  for (let n = 1; n <= maxObjectCount; n++) {
    const objects = Array.from({ length: n }, () => h.source).join(escapeRegExp(lang.join));
    const m = new RegExp(`^${objects}${t.source}$`).exec(clean);
    if (m === null) continue;
    const groups = m.slice(1);
    const subjects: { color: string; kind: string; motion: string }[] = [];
    let g = 0;
    for (let i = 0; i < n; i++) {
      const s = { color: '', kind: '', motion: '' };
      for (const key of h.order) {
        const value = groups[g++] ?? '';
        if (key === 'color') s.color = value;
        else if (key === 'shape') s.kind = value;
        else if (key === 'motion') s.motion = value;
      }
      subjects.push(s);
    }
    const background = groups[g] ?? '';
    return { ok: true, subjects, background };
  }
  const known = new Set(vocabularyWords(lang));
  const unknownWords = clean.split(/[^a-z]+/).filter((w) => w.length > 0 && !known.has(w));
  return { ok: false, unknownWords };
}

/** Every word the card's tokenizer knows from its caption language (template, join and vocabulary). */
export function vocabularyWords(lang: VocabularyLanguage): string[] {
  const v = lang.vocabulary;
  const phrases = [
    lang.template.replace(/\{\w+\}/g, ' '),
    lang.join,
    ...Object.keys(v.color),
    ...v.shape,
    ...v.motion,
    ...v.background,
  ];
  return [
    ...new Set(
      phrases
        .join(' ')
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((w) => w.length > 0),
    ),
  ];
}
