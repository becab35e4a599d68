import type { LexiconMatcher, LexMatch } from './lexicon.js';
import { normalise } from './lexicon.js';

/** One object as read from text: lexicon concepts plus the words used for them. */
export interface ReadSubject {
  shape?: LexMatch;
  color?: LexMatch;
  motion?: LexMatch;
  size?: LexMatch;
  /** Set when the text asked for this object twice ("two balls", "a pair of cubes"). */
  twice: boolean;
  /** Motion was not said for this object but shared with the next one ("a ball and a cube bouncing"). */
  sharedMotion?: boolean;
}

/** What a prompt says, in lexicon terms, before any card decides how to write it. */
export interface PromptReading {
  readonly normalised: string;
  readonly subjects: ReadSubject[];
  readonly background?: LexMatch;
  /** Further backgrounds named after the first one; only the first is used. */
  readonly extraBackgrounds: LexMatch[];
  /** Content words no lexicon entry covered ("corgi", "surfing"): reported, never silently dropped. */
  readonly unknownWords: string[];
  readonly matches: LexMatch[];
}

const STOPWORDS = new Set(
  (
    'a an the and or of on in at over under above below into onto to from with while as by for is are be being ' +
    'it its it s this that these those there here some one ones very really just then than so slowly quickly fast ' +
    'slow gently softly around across through along about toward towards against near next beside behind front ' +
    'background backdrop scene image video clip picture of please show me make create draw render generate ' +
    'two pair couple both twin twins another other each same side way up down left right thing things ' +
    'his her their them they he she we you i my your our ? , s away back out off like looks look looking'
  ).split(/\s+/),
);

const CONJUNCTION =
  /(?:^|\s)(?:and|while|with|plus|beside|next to|alongside|as well as|near|,|together with)(?=\s|$)/g;
const TWICE = /(?:^|\s)(?:two|2|pair of|couple of|twin|both)\s+(?:\S+\s+){0,3}$/;

/** Reads a prompt into objects, a background and the words it did not understand. */
export function readPrompt(text: string, matcher: LexiconMatcher): PromptReading {
  const normalised = normalise(text).replace(/\s*,\s*/g, ' , ');
  const matches = matcher.match(normalised);
  const shapes = matches.filter((m) => m.category === 'shape');
  const backgrounds = matches.filter((m) => m.category === 'background');

  // Regions: each shape owns the words from the previous boundary up to the next one.
  const bounds: number[] = [0];
  for (let i = 1; i < shapes.length; i++) {
    const prev = shapes[i - 1] as LexMatch;
    const cur = shapes[i] as LexMatch;
    const gap = normalised.slice(prev.end, cur.start);
    let boundary = -1;
    for (const c of gap.matchAll(CONJUNCTION)) boundary = prev.end + c.index;
    if (boundary < 0) {
      const firstAdjective = matches.find(
        (m) => m.start >= prev.end && m.end <= cur.start && (m.category === 'color' || m.category === 'size'),
      );
      boundary = firstAdjective?.start ?? cur.start;
    }
    bounds.push(boundary);
  }
  bounds.push(normalised.length + 1);

  const subjects: ReadSubject[] = [];
  const regionCount = Math.max(1, shapes.length);
  for (let r = 0; r < regionCount; r++) {
    const from = bounds[r] as number;
    const to = bounds[r + 1] as number;
    const inRegion = matches.filter((m) => m.start >= from && m.start < to);
    const shape = shapes[r];
    const colors = inRegion.filter((m) => m.category === 'color');
    const subject: ReadSubject = { twice: false };
    if (shape !== undefined) {
      subject.shape = shape;
      const before = normalised.slice(from, shape.start);
      subject.twice =
        TWICE.test(` ${before}`) || (/s$/.test(shape.surface) && !/(ss|us|is)$/.test(shape.surface));
    }
    const color = colors[0];
    if (color !== undefined) subject.color = color;
    const motion = inRegion.find((m) => m.category === 'motion');
    if (motion !== undefined) subject.motion = motion;
    const size = inRegion.find((m) => m.category === 'size');
    if (size !== undefined) subject.size = size;
    subjects.push(subject);
    // "a red and a blue ball": two colours joined by "and" before one shape name two objects.
    const second = colors[1];
    if (shape !== undefined && color !== undefined && second !== undefined && second.end <= shape.start) {
      const between = normalised.slice(color.end, second.start);
      if (/\b(and|or)\b/.test(between)) {
        subjects.push({ ...subject, color: second, twice: false });
        subject.twice = false;
      }
    }
  }
  // "a red ball and a blue cube bouncing": a trailing motion is shared by objects that have none.
  for (let i = subjects.length - 2; i >= 0; i--) {
    const s = subjects[i] as ReadSubject;
    const next = subjects[i + 1] as ReadSubject;
    if (s.motion === undefined && next.motion !== undefined) {
      s.motion = next.motion;
      s.sharedMotion = true;
    }
  }

  const covered = matches.map((m) => [m.start, m.end] as const);
  const unknownWords: string[] = [];
  for (const w of normalised.matchAll(/[a-z0-9]+/g)) {
    const at = w.index;
    if (covered.some(([s, e]) => at >= s && at < e)) continue;
    if (STOPWORDS.has(w[0]) || w[0].length < 2 || /^\d+$/.test(w[0])) continue;
    if (!unknownWords.includes(w[0])) unknownWords.push(w[0]);
  }
  const reading: PromptReading = {
    normalised,
    subjects,
    extraBackgrounds: backgrounds.slice(1),
    unknownWords,
    matches,
  };
  return backgrounds[0] === undefined ? reading : { ...reading, background: backgrounds[0] };
}
