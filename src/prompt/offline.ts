import type { ModelCard } from '../queue/model-card/index.js';
import { CAPTION_LIMITS, type ExpandedCaption, type StructuredCaption, type Subject } from './caption.js';
import {
  createMatcher,
  maxObjects,
  type ProseLanguage,
  renderVocabulary,
  resolveConcept,
  type VocabularyLanguage,
} from './language.js';
import type { LexiconMatcher } from './lexicon.js';
import { type PromptReading, readPrompt } from './reading.js';
import { createRng, hashSeed, type Rng } from './rng.js';

/** Options for one expansion. */
export interface ExpandOptions {
  /** Same prompt and seed, same caption. */
  seed: number;
  /** Clip length, used to time shots when the prompt asks for several ("…, then …"). */
  durationSeconds?: number;
}

/** Turns prompts into captions without any network: the default expander and every other one's fallback. */
export interface OfflineExpander {
  /** Expands one prompt; never throws for any text. */
  expand(prompt: string, options: ExpandOptions): ExpandedCaption;
  /** The card this expander writes for. */
  readonly card: ModelCard;
  /** The lexicon matcher built for the card (shared with refinement parsing). */
  readonly matcher: LexiconMatcher;
}

/** The label every offline caption carries in `expander`. */
export const OFFLINE_EXPANDER = 'offline';

// "next" is left out on purpose: "a cube next to a ball" is one shot.
const SHOT_SPLIT = /\s*(?:[,;.]\s*)?\b(?:and then|then|after that|afterwards|followed by)\b\s*/i;

/** Builds the offline expander for a card (its matcher is compiled once here). */
export function createOfflineExpander(card: ModelCard): OfflineExpander {
  const matcher = createMatcher(card);
  return {
    card,
    matcher,
    expand(prompt, options) {
      const parts = prompt
        .split(SHOT_SPLIT)
        .map((p) => p.trim())
        .filter((p) => p.length > 0);
      if (parts.length < 2 || parts.length > 8) return expandOne(card, matcher, prompt, options.seed);
      // Several shots: each is captioned on its own; `text` is the first shot so an engine that ignores
      // `shots` still renders a valid clip.
      const total = options.durationSeconds ?? card.limits.frames / card.limits.fps;
      const each = Math.round((total / parts.length) * 100) / 100;
      const captions: ExpandedCaption[] = [];
      for (const [i, part] of parts.entries()) {
        const own = expandOne(card, matcher, part, options.seed + i);
        const previous = captions[i - 1];
        captions.push(previous === undefined ? own : continueFrom(card, previous, own));
      }
      const first = captions[0] as ExpandedCaption;
      return {
        ...first,
        structured: {
          ...first.structured,
          shots: captions.map((c) => ({ text: c.text, durationSeconds: each > 0 ? each : 1 })),
          notes: [...first.structured.notes, `${parts.length} shots of ${each}s each`],
        },
      };
    },
  };
}

/**
 * A later shot keeps what the earlier one established unless it says otherwise: "a red ball bounces, then
 * spins" spins the same red ball over the same background, rather than a freshly guessed one.
 */
function continueFrom(card: ModelCard, previous: ExpandedCaption, own: ExpandedCaption): ExpandedCaption {
  const prev = previous.structured;
  const s = own.structured;
  const filled = new Set(s.filled);
  const subjects = s.subjects.map((subject, j) => {
    const before = prev.subjects[j];
    if (before === undefined || own.style !== 'vocabulary') return subject;
    const next = { ...subject };
    for (const key of ['kind', 'color', 'motion'] as const) {
      const path = `subjects.${j}.${key}`;
      // Motion is the one thing a new shot is expected to change, so only a missing kind or colour carries over.
      if (key !== 'motion' && filled.has(path) && before[key] !== undefined) {
        next[key] = before[key] as string;
        filled.delete(path);
      }
    }
    return next;
  });
  let background = s.background;
  if (filled.has('background')) {
    background = prev.background;
    filled.delete('background');
  }
  const structured: StructuredCaption = { ...s, subjects, background, filled: [...filled] };
  const lang = card.caption_language;
  const text =
    lang.style === 'vocabulary' ? renderVocabulary(lang, structured) : renderProse(lang, structured);
  return { ...own, text, structured };
}

function expandOne(card: ModelCard, matcher: LexiconMatcher, prompt: string, seed: number): ExpandedCaption {
  const reading = readPrompt(prompt, matcher);
  const rng = createRng(hashSeed(reading.normalised, seed));
  const lang = card.caption_language;
  return lang.style === 'vocabulary'
    ? expandVocabulary(card, lang, reading, rng)
    : expandProse(lang, prompt, reading, rng);
}

function expandVocabulary(
  card: ModelCard,
  lang: VocabularyLanguage,
  reading: PromptReading,
  rng: Rng,
): ExpandedCaption {
  const v = lang.vocabulary;
  const inferred: string[] = [];
  const filled: string[] = [];
  const notes: string[] = [];
  const limit = maxObjects(card);

  const wanted = reading.subjects.flatMap((s) => (s.twice ? [s, { ...s, twice: false }] : [s]));
  if (wanted.length > limit) {
    notes.push(`${card.name} draws at most ${limit} objects; kept the first ${limit}`);
  }
  const subjects: Subject[] = [];
  for (const [i, read] of wanted.slice(0, limit).entries()) {
    const s: Partial<Subject> = {};
    const at = `subjects.${i}`;
    if (read.shape !== undefined) {
      const r = resolveConcept(lang, 'shape', read.shape.concept);
      if (r !== undefined) {
        s.kind = r.value;
        inferred.push(`${at}.kind`);
      }
    }
    if (read.color !== undefined) {
      const r = resolveConcept(lang, 'color', read.color.concept);
      if (r !== undefined) {
        s.color = r.value;
        inferred.push(`${at}.color`);
        if (r.approximated)
          notes.push(
            clip(
              `"${read.color.surface}" is not in ${card.name}'s palette; used the nearest, ${r.value}`,
              CAPTION_LIMITS.note,
            ),
          );
      }
    }
    if (read.motion !== undefined) {
      const r = resolveConcept(lang, 'motion', read.motion.concept);
      if (r !== undefined) {
        s.motion = r.value;
        inferred.push(`${at}.motion`);
      }
    }
    if (read.size !== undefined) {
      s.size = read.size.concept === 'small' ? 'small' : 'large';
      notes.push(
        clip(
          `size ("${read.size.surface}") is not in ${card.name}'s vocabulary; kept only in the structured fields`,
          CAPTION_LIMITS.note,
        ),
      );
    }
    subjects.push(s as Subject);
  }

  let background: string | undefined;
  if (reading.background !== undefined) {
    background = resolveConcept(lang, 'background', reading.background.concept)?.value;
    if (background !== undefined) inferred.push('background');
  }
  if (reading.extraBackgrounds.length > 0) {
    notes.push(
      clip(
        `one background per clip; kept "${reading.background?.surface}", dropped "${reading.extraBackgrounds.map((b) => b.surface).join('", "')}"`,
        CAPTION_LIMITS.note,
      ),
    );
  }

  // Fill the gaps. Held-out combinations are avoided when the choice is ours: the model never saw them.
  const heldOut = new Set((card.training?.held_out ?? []).map((h) => h.join('|')));
  const palette = Object.keys(v.color);
  for (const [i, s] of subjects.entries()) {
    const at = `subjects.${i}`;
    const fillKind = s.kind === undefined;
    const fillColor = s.color === undefined;
    const fillMotion = s.motion === undefined;
    for (let attempt = 0; attempt < 8; attempt++) {
      if (fillKind) s.kind = rng.pick(v.shape);
      if (fillColor) {
        const taken = new Set(subjects.filter((o) => o !== s).map((o) => o.color));
        const free = palette.filter((c) => !taken.has(c));
        s.color = rng.pick(free.length > 0 ? free : palette);
      }
      if (fillMotion) s.motion = rng.pick(v.motion);
      if (!heldOut.has(`${s.color}|${s.kind}|${s.motion}`) || !(fillKind || fillColor || fillMotion)) break;
    }
    if (fillKind) filled.push(`${at}.kind`);
    if (fillColor) filled.push(`${at}.color`);
    if (fillMotion) filled.push(`${at}.motion`);
  }
  if (background === undefined) {
    background = rng.pick(v.background);
    filled.push('background');
  }
  if (reading.unknownWords.length > 0) {
    const missing = subjects.some((_, i) => filled.includes(`subjects.${i}.kind`))
      ? ' (the objects were chosen for it)'
      : '';
    const words = reading.unknownWords.slice(0, 5).map((w) => clip(w, 40));
    notes.push(clip(`${card.name} does not know "${words.join('", "')}"${missing}`, CAPTION_LIMITS.note));
  }

  const structured: StructuredCaption = {
    subjects: subjects as Subject[],
    background,
    inferred,
    filled,
    notes,
  };
  return {
    text: renderVocabulary(lang, structured),
    expander: OFFLINE_EXPANDER,
    style: 'vocabulary',
    structured,
  };
}

const PROSE_SETTINGS: Record<string, { setting: string; lighting: string }> = {
  'a sunset sky': { setting: 'under a glowing sunset sky', lighting: 'warm golden-hour light' },
  'a night sky': { setting: 'under a clear starry night sky', lighting: 'cool moonlight' },
  'the ocean': { setting: 'on the open ocean', lighting: 'bright daylight glinting off the water' },
  'green grass': { setting: 'on a lush green meadow', lighting: 'soft natural daylight' },
  'a black background': { setting: 'against a plain black background', lighting: 'dramatic studio lighting' },
};
const FILL_SETTINGS = [
  'in a sunlit open field',
  'on a quiet city street',
  'in a bright minimalist studio',
  'in a misty forest clearing',
];
const FILL_LIGHTING = [
  'soft natural light',
  'warm golden light',
  'crisp morning light',
  'gentle diffuse light',
];
const FILL_CAMERA = ['slow tracking shot', 'static wide shot', 'gentle dolly-in', 'smooth orbiting shot'];
const FILL_STYLE = [
  'cinematic, shallow depth of field',
  'photorealistic, high detail',
  'vivid colours, crisp detail',
];
const CAMERA_WORDS =
  /\b(close[ -]?up|wide shot|aerial|drone|tracking|dolly|pan(?:ning)?|zoom(?:ing)?|overhead|pov|first[ -]person|handheld|slow[ -]motion)\b/i;
const STYLE_WORDS =
  /\b(anime|cartoon|watercolou?r|oil painting|photorealistic|cinematic|pixel art|claymation|3d render|sketch|noir|vintage|retro|low poly|studio ghibli|comic)\b/i;
const LIGHTING_WORDS =
  /\b(lit|lighting|light|glow\w*|neon|shadow\w*|backlit|sunlight|moonlight|candlelight)\b/i;

function expandProse(lang: ProseLanguage, prompt: string, reading: PromptReading, rng: Rng): ExpandedCaption {
  const inferred: string[] = ['subjects.0.kind'];
  const filled: string[] = [];
  const notes: string[] = [];
  // The user's own words are the subject description: a prose model understands them as they are.
  const description =
    prompt
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[.!?\s]+$/, '') || 'an abstract shape';
  const first = reading.subjects[0];
  const { head, rest, dropped } = splitDescription(description);
  const subject: Subject = { kind: head };
  if (rest.length > 0) subject.attributes = rest;
  if (dropped > 0) notes.push(`the description was too long; its last ${dropped} characters were left out`);
  if (first?.color !== undefined) subject.color = clip(first.color.surface, CAPTION_LIMITS.color);
  if (first?.motion !== undefined) subject.motion = clip(first.motion.surface, CAPTION_LIMITS.motion);

  let background: string;
  let lighting: string;
  const known = reading.background === undefined ? undefined : PROSE_SETTINGS[reading.background.concept];
  if (known !== undefined && reading.background !== undefined) {
    // Already said in the description; the structured field records the reading.
    background = clip(reading.background.surface, CAPTION_LIMITS.background);
    lighting = known.lighting;
    inferred.push('background', 'lighting');
  } else {
    background = rng.pick(FILL_SETTINGS);
    lighting = rng.pick(FILL_LIGHTING);
    filled.push('background', 'lighting');
  }
  if (LIGHTING_WORDS.test(prompt)) {
    lighting = clip(prompt.match(LIGHTING_WORDS)?.[0] ?? lighting, CAPTION_LIMITS.detail);
    inferred.push('lighting');
  }
  const cameraSaid = prompt.match(CAMERA_WORDS)?.[0];
  const camera = cameraSaid ?? rng.pick(FILL_CAMERA);
  (cameraSaid ? inferred : filled).push('camera');
  const styleSaid = prompt.match(STYLE_WORDS)?.[0];
  const style = styleSaid ?? rng.pick(FILL_STYLE);
  (styleSaid ? inferred : filled).push('style');

  const structured: StructuredCaption = {
    subjects: [subject],
    background,
    camera,
    lighting,
    style,
    inferred,
    filled,
    notes,
  };
  return { text: renderProse(lang, structured), expander: OFFLINE_EXPANDER, style: 'prose', structured };
}

/** Writes a structured caption as one prose sentence within the card's word limit. */
export function renderProse(lang: ProseLanguage, s: StructuredCaption): string {
  // A setting the user already wrote into the description is not said twice.
  const bg = s.background.toLowerCase();
  const includeSetting = !s.subjects.some((x) =>
    [x.kind, ...(x.attributes ?? [])].some((part) => part.toLowerCase().includes(bg)),
  );
  const subjects = s.subjects
    .map((x) => {
      const extra = x.attributes && x.attributes.length > 0 ? `, ${x.attributes.join(', ')}` : '';
      return `${x.kind}${extra}`;
    })
    .join(' and ');
  const parts = [
    includeSetting ? `${subjects} ${s.background}` : subjects,
    s.lighting,
    s.camera,
    s.style,
  ].filter((p): p is string => p !== undefined && p.length > 0);
  let text = `${parts.join(', ')}.`;
  text = text.charAt(0).toUpperCase() + text.slice(1);
  const max = lang.maxWords;
  if (max !== undefined) {
    const w = text.split(/\s+/);
    if (w.length > max) text = `${w.slice(0, max).join(' ').replace(/[,.]$/, '')}.`;
  }
  return text;
}

// A prose subject's description is the user's words. The schema keeps `kind` short (it names the subject),
// so a longer description continues in `attributes`, which renderProse writes right after it; a few
// attribute slots stay free for details a thread reply adds ("more cinematic").
const DESCRIPTION_PIECES = CAPTION_LIMITS.attributes - 2;

/**
 * Splits a description into a head that fits `kind` and pieces that fit an attribute each, breaking after a
 * comma or semicolon where one is near the limit (so the rendered text keeps the user's punctuation), else
 * between words. `dropped` counts the characters that did not fit.
 */
export function splitDescription(description: string): { head: string; rest: string[]; dropped: number } {
  const [head, first] = takePiece(description, CAPTION_LIMITS.kind);
  let remaining = first;
  const rest: string[] = [];
  while (remaining.length > 0 && rest.length < DESCRIPTION_PIECES) {
    const [piece, after] = takePiece(remaining, CAPTION_LIMITS.attribute);
    rest.push(piece);
    remaining = after;
  }
  return { head, rest, dropped: remaining.length };
}

function takePiece(text: string, max: number): [string, string] {
  if (text.length <= max) return [text, ''];
  const window = text.slice(0, max + 1);
  const clause = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '));
  // Before a joining word the inserted comma reads naturally ("…at night, under the northern lights").
  const joining = lastMatch(window, JOINING_WORD);
  const space = window.lastIndexOf(' ');
  // A clause break is preferred, then a joining word, unless either would leave a stub of a piece.
  const cut = clause >= max / 2 ? clause : joining >= max / 2 ? joining : space > 0 ? space : max;
  const piece = text
    .slice(0, cut)
    .replace(/[\s,;]+$/, '')
    .trim();
  const after = text.slice(cut).replace(/^[\s,;]+/, '');
  return piece.length > 0 ? [piece, after] : [text.slice(0, max), text.slice(max).trimStart()];
}

const JOINING_WORD =
  / (?=(?:and|while|with|as|where|which|who|that|under|over|through|into|across|behind|beside|near|in|on|at|to|from|for|before|after|then) )/gi;

function lastMatch(text: string, pattern: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index;
  return last;
}

/** `text` within `max` characters, marked with an ellipsis when cut. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
