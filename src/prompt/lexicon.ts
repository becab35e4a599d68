/**
 * Everyday words mapped onto the concepts a caption language may know. The concepts are deliberately the
 * built-in model's own phrases ("moving left", "a sunset sky"), so a card that speaks them picks the mapping up
 * for free; `language.ts` decides which concepts a given card actually has.
 */

/** The kinds of attribute the lexicon recognises. */
export type LexCategory = 'color' | 'shape' | 'motion' | 'background' | 'size';

/** One recognisable phrase: a regular-expression source over normalised text, and the concept it means. */
export interface LexEntry {
  readonly category: LexCategory;
  readonly concept: string;
  readonly pattern: string;
}

const words = (list: string[]): string => list.join('|');

/** Colour words per basic colour; approximated onto a card's palette by RGB when the card lacks the basic one. */
export const COLOR_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  red: [
    'red',
    'reds',
    'reddish',
    'scarlet',
    'crimson',
    'ruby',
    'cherry',
    'vermilion',
    'vermillion',
    'cardinal',
    'blood red',
    'fire engine red',
    'carmine',
    'brick red',
    'tomato',
  ],
  blue: [
    'blue',
    'bluish',
    'navy',
    'navy blue',
    'azure',
    'cobalt',
    'sapphire',
    'royal blue',
    'sky blue',
    'cerulean',
    'ultramarine',
    'denim',
    'indigo',
  ],
  purple: [
    'purple',
    'purplish',
    'violet',
    'lavender',
    'lilac',
    'magenta',
    'plum',
    'mauve',
    'amethyst',
    'orchid',
    'grape',
    'fuchsia',
  ],
  cyan: ['cyan', 'teal', 'turquoise', 'aqua', 'aquamarine', 'aqua blue'],
  yellow: ['yellow', 'yellowish', 'gold', 'golden', 'lemon', 'canary', 'mustard', 'sunflower', 'banana'],
  green: [
    'green',
    'greenish',
    'lime',
    'emerald',
    'olive',
    'jade',
    'mint',
    'forest green',
    'chartreuse',
    'kelly green',
  ],
  white: [
    'white',
    'ivory',
    'snow white',
    'snowy',
    'pearl',
    'pearly',
    'cream',
    'milky',
    'silver',
    'silvery',
    'chalk white',
  ],
  orange: [
    'orange',
    'tangerine',
    'amber',
    'apricot',
    'peach',
    'copper',
    'rust',
    'pumpkin',
    'coral',
    'bronze',
  ],
  pink: ['pink', 'pinkish', 'rose', 'rosy', 'salmon', 'hot pink', 'bubblegum'],
  black: ['black', 'jet black', 'ebony', 'onyx', 'charcoal', 'pitch black'],
  brown: ['brown', 'chocolate', 'tan', 'beige', 'khaki', 'caramel', 'coffee'],
  grey: ['grey', 'gray', 'slate', 'ash', 'graphite'],
};

/** Typical RGB of each basic colour, used to approximate one a card lacks by its nearest palette entry. */
export const BASIC_RGB: Readonly<Record<string, readonly [number, number, number]>> = {
  red: [230, 30, 30],
  blue: [40, 60, 240],
  purple: [150, 40, 200],
  cyan: [30, 220, 230],
  yellow: [240, 230, 30],
  green: [30, 200, 40],
  white: [245, 245, 245],
  orange: [250, 140, 20],
  pink: [255, 105, 180],
  black: [10, 10, 10],
  brown: [140, 80, 30],
  grey: [128, 128, 128],
};

const SHAPE_SYNONYMS: Record<string, string[]> = {
  circle: [
    'circles?',
    'circular',
    'balls?',
    'orbs?',
    'discs?',
    'disks?',
    'dots?',
    'spheres?',
    'bubbles?',
    'rings?',
    'marbles?',
    'coins?',
    'blobs?',
    'pucks?',
    'beach ?balls?',
    'round thing',
  ],
  square: [
    'squares?',
    'box',
    'boxes',
    'cubes?',
    'blocks?',
    'bricks?',
    'tiles?',
    'rectangles?',
    'crates?',
    'dice',
    'die',
    'cuboids?',
    'squarish',
  ],
  triangle: [
    'triangles?',
    'triangular',
    'pyramids?',
    'wedges?',
    'cones?',
    'arrowheads?',
    'deltas?',
    'tetrahedrons?',
  ],
};

// Direction words; the motion verb before them ("drifting", "sliding", "heading") only decorates the direction.
const MOVERB =
  '(?:(?:mov|driv|slid|glid|roll|travel|head|go|float|fly|run|zoom|rac|drift|sail|swim|walk|crawl|dash|rush|scoot|slip|shift|cruis|wander|pass|stream|sweep|scroll|skat|hurr|speed|march|inch)\\w*\\s+)?';
const MOTION_PATTERNS: Record<string, string[]> = {
  'moving left': [
    `${MOVERB}(?:(?:from\\s+)?(?:the\\s+)?right\\s+to\\s+(?:the\\s+)?left)`,
    `${MOVERB}(?:(?:off\\s+)?(?:to|towards?)\\s+(?:the\\s+)?)?left(?:wards?)?(?:\\s+side)?`,
    `${MOVERB}(?:(?:to|towards?)\\s+(?:the\\s+)?)?west(?:wards?)?`,
    'leftwards?',
  ],
  'moving right': [
    `${MOVERB}(?:(?:from\\s+)?(?:the\\s+)?left\\s+to\\s+(?:the\\s+)?right)`,
    `${MOVERB}(?:(?:off\\s+)?(?:to|towards?)\\s+(?:the\\s+)?)?right(?:wards?)?(?:\\s+side)?`,
    `${MOVERB}(?:(?:to|towards?)\\s+(?:the\\s+)?)?east(?:wards?)?`,
    'rightwards?',
  ],
  'moving up': [
    `${MOVERB}(?:up|upwards?|skywards?|north(?:wards?)?|higher|aloft)`,
    'ris(?:e|es|ing)',
    'rose up',
    'ascend\\w*',
    'climb\\w*',
    'soar\\w*',
    'lift(?:s|ing)? off',
    'levitat\\w*',
  ],
  'moving down': [
    `${MOVERB}(?:down|downwards?|south(?:wards?)?|lower)`,
    'fall(?:s|ing)?',
    'fell',
    'sink(?:s|ing)?',
    'sank',
    'drop(?:s|ping)?',
    'descend\\w*',
    'plummet\\w*',
    'plung\\w*',
    'tumbl\\w*',
    'dropping',
  ],
  bouncing: [
    'bounc\\w*',
    'hop(?:s|ping)?',
    'jump(?:s|ing)?',
    'leap(?:s|ing)?',
    'bob(?:s|bing)?',
    'spring(?:s|ing)',
    'boing\\w*',
    'trampolin\\w*',
    'dribbl\\w*',
  ],
  growing: [
    'grow(?:s|ing)?',
    'expand\\w*',
    '(?:getting|gets|becoming|becomes|grows)\\s+(?:bigger|larger)(?:\\s+and\\s+(?:bigger|larger))?',
    'swell\\w*',
    'inflat\\w*',
    'enlarg\\w*',
    'balloon(?:s|ing)',
    'scal(?:es|ing)\\s+up',
  ],
  spinning: [
    'spin(?:s|ning)?',
    'spun',
    'rotat\\w*',
    'twirl\\w*',
    'whirl\\w*',
    'swirl\\w*',
    'turning',
    'revolv\\w*',
    'pirouett\\w*',
    'going round(?: and round)?',
    'cartwheel\\w*',
    'gyrat\\w*',
    'spiral\\w*',
  ],
  'standing still': [
    'standing still',
    'stand(?:s|ing)?',
    'still',
    'rest(?:s|ing)?',
    'at rest',
    'motionless',
    'stationary',
    'static',
    'not moving',
    '(?:sits|sitting|sat)(?:\\s+still)?',
    'idl(?:e|ing)',
    'frozen',
    'parked',
    'stay(?:s|ing)? put',
    'unmoving',
    'immobile',
    'hover\\w*',
    'doing nothing',
  ],
};

const BACKGROUND_PATTERNS: Record<string, string[]> = {
  'a sunset sky': [
    '(?:at\\s+)?dusk',
    'sunsets?',
    'sundown',
    '(?:in\\s+the\\s+|at\\s+)?evening',
    'twilight',
    'golden hour',
    'sunrise',
    'dawn',
    'daybreak',
    'setting sun',
    '(?:as\\s+)?the sun (?:goes|went|is going) down',
    'the sun sets',
    '(?:orange|pink) sky',
    'sunset sky',
  ],
  'a night sky': [
    '(?:at\\s+)?night(?:time)?',
    'night sky',
    'stars',
    'starry(?:\\s+sky)?',
    'starlit',
    'moonlit',
    'moonlight',
    'midnight',
    'the moon',
    'galaxy',
    'cosmos',
    '(?:outer\\s+)?space',
    'milky way',
    'nocturnal',
  ],
  'the ocean': [
    '(?:the\\s+)?sea',
    'seas',
    '(?:the\\s+)?ocean',
    'waves?',
    'beach',
    'shore',
    'seaside',
    'water',
    'lake',
    'surf\\w*',
    'swim\\w*',
    'underwater',
    'tide',
    'coast',
  ],
  'green grass': [
    'grass',
    'grassy',
    'meadows?',
    'fields?',
    'lawns?',
    'park',
    'pasture',
    'prairie',
    'garden',
    'turf',
    'green grass',
  ],
  'a black background': [
    '(?:on|over|against|in\\s+front\\s+of|in)\\s+(?:a\\s+|the\\s+)?(?:pitch\\s+|plain\\s+|solid\\s+|pure\\s+)?black(?:\\s+(?:background|backdrop|void|nothingness))?',
    'black (?:background|backdrop|void|nothingness)',
    'dark(?:ness)?',
    'void',
    'pitch black',
    'blackness',
    'nothingness',
    'plain background',
    'empty background',
  ],
};

const SIZE_PATTERNS: Record<string, string[]> = {
  small: ['small', 'tiny', 'little', 'mini', 'miniature', 'wee', 'teeny'],
  large: ['large', 'big', 'huge', 'giant', 'enormous', 'massive', 'gigantic'],
};

const SHADE = '(?:(?:dark|deep|light|pale|bright|pastel|neon|vivid|dull|soft|hot|baby|rich|muted)\\s+)?';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds the lexicon's entries; `extra` adds a card's own words so they are always recognised verbatim. */
export function buildLexicon(extra: readonly LexEntry[] = []): LexEntry[] {
  const entries: LexEntry[] = [...extra];
  for (const [concept, list] of Object.entries(COLOR_SYNONYMS)) {
    // "dark green" is a shade of green, not a dark background: the modifier belongs to the colour.
    entries.push({ category: 'color', concept, pattern: `${SHADE}(?:${words(list.map(escapeRegExp))})` });
  }
  for (const [concept, list] of Object.entries(SHAPE_SYNONYMS))
    entries.push({ category: 'shape', concept, pattern: words(list) });
  for (const [concept, list] of Object.entries(MOTION_PATTERNS)) {
    for (const p of list) entries.push({ category: 'motion', concept, pattern: p });
  }
  for (const [concept, list] of Object.entries(BACKGROUND_PATTERNS)) {
    for (const p of list) entries.push({ category: 'background', concept, pattern: p });
  }
  for (const [concept, list] of Object.entries(SIZE_PATTERNS))
    entries.push({ category: 'size', concept, pattern: words(list) });
  return entries;
}

/** A literal phrase as a lexicon pattern (used for a card's own vocabulary). */
export function literalPattern(phrase: string): string {
  return phrase.trim().toLowerCase().split(/\s+/).map(escapeRegExp).join('\\s+');
}

/** One recognised phrase in a prompt, with its place in the normalised text. */
export interface LexMatch {
  readonly category: LexCategory;
  readonly concept: string;
  readonly start: number;
  readonly end: number;
  readonly surface: string;
}

/** Lowercases and strips punctuation so patterns see words separated by single spaces. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9?\s]/g, ' ')
    .replace(/\?/g, ' ? ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A compiled lexicon: finds every recognised phrase in normalised text, longest first, without overlaps. */
export class LexiconMatcher {
  private readonly compiled: { entry: LexEntry; re: RegExp; order: number }[];

  constructor(entries: readonly LexEntry[]) {
    this.compiled = entries.map((entry, order) => ({
      entry,
      re: new RegExp(`\\b(?:${entry.pattern})\\b`, 'g'),
      order,
    }));
  }

  /** Every non-overlapping match in `text` (already normalised), in reading order. */
  match(text: string): LexMatch[] {
    const found: (LexMatch & { order: number })[] = [];
    for (const { entry, re, order } of this.compiled) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        found.push({
          category: entry.category,
          concept: entry.concept,
          start: m.index,
          end: m.index + m[0].length,
          surface: m[0],
          order,
        });
      }
    }
    // Longer phrases win ("over black" is a background, not a colour); ties go to the earlier entry.
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
    const taken: LexMatch[] = [];
    for (const f of found) {
      if (taken.some((t) => f.start < t.end && t.start < f.end)) continue;
      taken.push({
        category: f.category,
        concept: f.concept,
        start: f.start,
        end: f.end,
        surface: f.surface,
      });
    }
    return taken.sort((a, b) => a.start - b.start);
  }
}
