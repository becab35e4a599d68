import type { ModerationCategory } from '../../queue/index.js';
import type { Finding } from '../decision.js';
import { type NormalisedText, normalise } from '../normalise.js';
import { FIRST_NAMES, HARASSMENT, SURNAMES } from './lexicon/harassment.js';
import { HATE_PHRASES, SLUR_SAFE, SLURS } from './lexicon/hate.js';
import {
  INJECTION,
  INJECTION_CUE_SHAPES,
  INJECTION_CUES,
  INJECTION_STRUCTURE,
  JARGON_CUES,
} from './lexicon/injection.js';
import {
  AMBIGUOUS_BRANDS,
  AMBIGUOUS_CHARACTERS,
  BRAND_AS_STYLE,
  BRAND_NAMES,
  BRAND_VENUE_VERBS,
  IP_DESCRIPTIONS,
  IP_NAMES,
  IP_SAFE,
  IP_UNLESS,
  NO_BRAND,
  VENUE_BRANDS,
} from './lexicon/ip.js';
import { FULL_NAME_SAFE } from './lexicon/person-names.js';
import { AMBIGUOUS_FIGURES, NAME_SAFE, PUBLIC_FIGURES, ROLE_PATTERNS } from './lexicon/public-figures.js';
import { SELF_HARM } from './lexicon/self-harm.js';
import { MINORS, SEXUAL } from './lexicon/sexual.js';
import type { Section, Signal } from './lexicon/types.js';
import { VIOLENCE } from './lexicon/violence.js';
import { showsNobody } from './likeness-context.js';
import { foldWord, type Hit, PhraseMatcher } from './matcher.js';
import { PersonNameFinder, type PersonNameSpan } from './person-name.js';

/** One lexicon phrase (or name) and what it signals. */
interface Entry {
  id: string;
  signals: readonly Signal[];
  unless?: ReadonlySet<string>;
  /** For names: the listed name, for the log. */
  name?: string;
  /** A brand (not a character): a request for no logos or branding ("unbranded", "no logos") sets it aside. */
  brand?: boolean;
  /** For a name that is also an ordinary word: the words of which one must be in the text for it to count. */
  context?: ReadonlySet<string>;
}

/** Scores the rules report: they do not grade; a finding is either there or not. */
const SCORE = { explicit: 0.95, mild: 0.6 } as const;

/** Signals that are a finding on their own, with the category and severity they report. */
const DIRECT: Partial<Record<Signal, { category: ModerationCategory; severity: Finding['severity'] }>> = {
  sexual: { category: 'sexual', severity: 'explicit' },
  'sexual.mild': { category: 'sexual', severity: 'mild' },
  minors: { category: 'minors', severity: 'explicit' },
  violence: { category: 'violence', severity: 'explicit' },
  'violence.mild': { category: 'violence', severity: 'mild' },
  hate: { category: 'hate', severity: 'explicit' },
  harassment: { category: 'harassment', severity: 'explicit' },
  self_harm: { category: 'self_harm', severity: 'explicit' },
  ip: { category: 'ip', severity: 'explicit' },
  'ip.mild': { category: 'ip', severity: 'mild' },
  injection: { category: 'injection', severity: 'explicit' },
};

const NAME_SIGNALS: ReadonlySet<Signal> = new Set(['likeness', 'ip']);

/** Builds the one matcher every rule reads from: every lexicon, the name lists and the safe phrases. */
function buildMatcher(): PhraseMatcher<Entry> {
  const matcher = new PhraseMatcher<Entry>();
  const addSections = (sections: readonly Section[]) => {
    for (const section of sections) {
      const unless = section.unless ? new Set(section.unless.map(foldWord)) : undefined;
      for (const pattern of section.patterns) {
        const entry: Entry = { id: `${section.signals.join('+')}:${pattern}`, signals: section.signals };
        if (unless) entry.unless = unless;
        matcher.add(pattern, entry);
      }
    }
  };
  addSections(SEXUAL);
  addSections(MINORS);
  addSections(VIOLENCE);
  addSections(HATE_PHRASES);
  addSections(HARASSMENT);
  addSections(SELF_HARM);
  addSections(INJECTION);
  addSections(IP_UNLESS);
  addSections(BRAND_AS_STYLE);
  addSections(IP_SAFE);
  addSections([
    { signals: ['hate'], patterns: SLURS },
    { signals: ['safe'], patterns: SLUR_SAFE },
    { signals: ['likeness'], patterns: ROLE_PATTERNS },
    { signals: ['safe'], patterns: NAME_SAFE },
    { signals: ['safe'], patterns: FULL_NAME_SAFE },
    { signals: ['first_name'], patterns: [FIRST_NAMES.split(' ').join('|')] },
    { signals: ['surname'], patterns: [SURNAMES.split(' ').join('|')] },
  ]);
  for (const name of PUBLIC_FIGURES) {
    matcher.addName(name, { id: `likeness:${name}`, signals: ['likeness'], name });
  }
  const brands = new Set(BRAND_NAMES);
  for (const name of IP_NAMES) {
    const entry: Entry = { id: `ip:${name}`, signals: ['ip'], name };
    if (brands.has(name)) entry.brand = true;
    matcher.addName(name, entry);
  }
  for (const [brand, context] of Object.entries(AMBIGUOUS_BRANDS)) {
    matcher.add(`${brand} ${context}`, {
      id: `ip:${brand}+context`,
      signals: ['ip'],
      name: brand,
      brand: true,
    });
  }
  matcher.add(`${BRAND_VENUE_VERBS} at|from|by ${VENUE_BRANDS}`, {
    id: 'ip:venue',
    signals: ['ip'],
    brand: true,
  });
  // Names that are also ordinary words or phrases: each counts only beside one of its own context words.
  const addAmbiguous = (
    names: Readonly<Record<string, string>>,
    signal: 'ip_ambiguous' | 'likeness_ambiguous',
  ) => {
    for (const [name, context] of Object.entries(names)) {
      matcher.add(name, {
        id: `${signal}:${name}`,
        signals: [signal],
        name,
        context: new Set(context.split('|').map(foldWord)),
      });
    }
  };
  addAmbiguous(AMBIGUOUS_CHARACTERS, 'ip_ambiguous');
  addAmbiguous(AMBIGUOUS_FIGURES, 'likeness_ambiguous');
  matcher.add(NO_BRAND, { id: 'no_brand', signals: ['no_brand'] });
  for (const [character, features] of Object.entries(IP_DESCRIPTIONS)) {
    features.forEach((feature, i) => {
      matcher.add(feature, { id: `ip_feature:${character}:${i}`, signals: ['ip_feature'], name: character });
    });
  }
  return matcher;
}

/** Ages below 18 written as numbers: "a 12 year old", "14yo", "aged 15". */
function minorAges(text: NormalisedText): number[] {
  const out: number[] = [];
  const t = text.tokens;
  for (let i = 0; i < t.length; i++) {
    const age = t[i]!.num;
    if (age === undefined || age < 1 || age > 17) continue;
    const next = t[i + 1]?.forms[0];
    const previous = t[i - 1]?.forms[0];
    const yearWord =
      next === 'year' ||
      next === 'years' ||
      next === 'yr' ||
      next === 'yrs' ||
      next === 'yo' ||
      (next === 'y' && t[i + 2]?.forms[0] === 'o');
    const afterAge = previous === 'aged' || previous === 'age' || previous === 'ages';
    if (yearWord || afterAge) out.push(i);
  }
  return out;
}

/** The rules' view of one text: its hits by signal, after `unless` and safe phrases have done their work. */
class Reading {
  readonly bySignal = new Map<Signal, Hit<Entry>[]>();

  constructor(
    readonly text: NormalisedText,
    readonly hits: Hit<Entry>[],
  ) {
    for (const hit of hits) {
      for (const signal of hit.entry.signals) {
        const list = this.bySignal.get(signal);
        if (list) list.push(hit);
        else this.bySignal.set(signal, [hit]);
      }
    }
  }

  has(signal: Signal): boolean {
    return (this.bySignal.get(signal)?.length ?? 0) > 0;
  }

  get(signal: Signal): Hit<Entry>[] {
    return this.bySignal.get(signal) ?? [];
  }

  /** The matched words, for a finding's evidence. */
  words(hit: { start: number; end: number }): string {
    return this.text.tokens
      .slice(hit.start, hit.end)
      .map((t) => t.forms[0])
      .join(' ');
  }

  /** Whether a hit of `a` ends at most `gap` tokens before a hit of `b` starts. */
  precedes(a: Signal, b: Signal, gap: number): boolean {
    for (const x of this.get(a))
      for (const y of this.get(b)) if (y.start >= x.end && y.start - x.end <= gap) return true;
    return false;
  }

  /** Whether hits of `a` and `b` lie within `window` tokens of each other, either order. */
  near(a: Signal, b: Signal, window: number): boolean {
    for (const x of this.get(a)) {
      for (const y of this.get(b)) {
        const distance = x.start < y.start ? y.start - x.end : x.start - y.end;
        if (distance <= window) return true;
      }
    }
    return false;
  }
}

/**
 * Whether the text names a particular private person: "my classmate tyler", "a girl named lily", "tyler
 * brooks", "mr hallworth", "ben from accounting", "@dylan".
 */
function namesSomeone(reading: Reading): boolean {
  if (reading.text.tokens.some((t) => t.mention)) return true;
  if (
    reading.precedes('relation', 'first_name', 1) ||
    reading.precedes('naming', 'first_name', 0) ||
    reading.precedes('first_name', 'surname', 0)
  ) {
    return true;
  }
  const tokens = reading.text.tokens;
  for (const hit of reading.get('honorific')) {
    const next = tokens[hit.end]?.forms[0];
    if (next !== undefined && next.length > 1 && !ARTICLES.has(next) && /^[a-z]/.test(next)) return true;
  }
  for (const hit of reading.get('first_name')) {
    const next = tokens[hit.end]?.forms[0];
    if (next === 'from' || next === 'in' || next === 'at') return true;
  }
  return false;
}

/**
 * The full names that no name list or safe phrase already accounts for: a listed public figure or character
 * is found by its list, and a name inside a safe phrase ("sherlock holmes", "earl grey tea") is harmless.
 */
function unlistedNames(reading: Reading, spans: PersonNameSpan[]): PersonNameSpan[] {
  if (spans.length === 0) return spans;
  const known = [
    ...reading.get('safe'),
    ...reading.get('likeness'),
    ...reading.get('ip'),
    ...reading.get('ip_ambiguous'),
    ...reading.get('likeness_ambiguous'),
  ];
  return spans.filter((span) => !known.some((hit) => hit.start < span.end && span.start < hit.end));
}

/** The character or brand two different features point at ("yellow sponge" + "pineapple under the sea"). */
function describedIp(reading: Reading): string | undefined {
  const features = new Map<string, Set<string>>();
  for (const hit of reading.get('ip_feature')) {
    const name = hit.entry.name ?? '';
    let seen = features.get(name);
    if (!seen) {
      seen = new Set();
      features.set(name, seen);
    }
    seen.add(hit.entry.id);
    if (seen.size >= 2) return name;
  }
  return undefined;
}

const ARTICLES = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'with', 'in', 'on', 'at', 'is', 'as']);

/**
 * The antisemitic "echo": a name or a word for people set in triple brackets ("(((globalists)))", "(((them)))") to
 * mark them as Jewish. "(((hugs)))" is a hug.
 */
function echoed(text: NormalisedText): boolean {
  for (const m of text.folded.matchAll(/\(\(\(\s*([^()]+?)\s*\)\)\)/g)) {
    if (!/^(?:hugs?|love|cuddles?|squeezes?)$/.test(m[1]!)) return true;
  }
  return false;
}

/** "jews are rats", "immigrants shown as cockroaches", "women are all stupid": group, link, hateful word. */
function statesAboutGroup(reading: Reading): boolean {
  const subjects = reading.has('group') ? [...reading.get('group'), ...reading.get('group_pronoun')] : [];
  for (const group of subjects) {
    for (const link of reading.get('copula')) {
      if (link.start < group.end || link.start - group.end > 1) continue;
      for (const word of reading.get('hateful')) {
        if (word.start >= link.end && word.start - link.end <= 2) return true;
      }
    }
  }
  return false;
}

/**
 * Whether a killing verb is aimed at a vulnerable victim within three words ("stabbing his wife", "executing
 * civilians"). A victim word that only qualifies a performance or a thing for them ("a dragon slaying knight in a
 * kids' play", "a children's pantomime") is no victim.
 */
function killsVictim(reading: Reading): boolean {
  const staged = reading.get('performance');
  for (const kill of reading.get('kill')) {
    for (const victim of reading.get('victim')) {
      if (victim.start < kill.end || victim.start - kill.end > 3) continue;
      if (staged.some((p) => victim.start >= p.start && victim.end <= p.end)) continue;
      return true;
    }
  }
  return false;
}

/** Whether a word of `words` is in the text outside the span of `hit` (any reading of a token, or a joined word). */
function hasWordOutside(text: NormalisedText, words: ReadonlySet<string>, hit: Hit<unknown>): boolean {
  for (let i = 0; i < text.tokens.length; i++) {
    if (i >= hit.start && i < hit.end) continue;
    if (text.tokens[i]!.forms.some((f) => words.has(f))) return true;
  }
  return text.joins.some((j) => (j.end <= hit.start || j.start >= hit.end) && words.has(j.form));
}

/**
 * A request for no branding ("no logos", "unbranded", "a generic soda can") keeps a brand's name as the
 * ordinary thing it names ("a windows xp style hill, no logos"); characters stay IP whatever is asked.
 */
function dropUnbranded(hits: Hit<Entry>[], excused: Excusal[]): Hit<Entry>[] {
  if (!hits.some((h) => h.entry.signals.includes('no_brand'))) return hits;
  return hits.filter((hit) => {
    if (!hit.entry.brand) return true;
    excuse(excused, hit, hit);
    return false;
  });
}

/** Innuendo emoji that a single context word makes sexual (💦 and 👅 only in a pair: "👅 a dog licking a face"). */
const LEERED_EMOJI: ReadonlySet<string> = new Set(['🍆', '🍑', '🫦']);

/** Words that negate what follows them: "no gore", "without nudity", "zero blood or guts", "spooky not gory". */
const NEGATORS = new Set(['no', 'without', 'zero', 'non', 'minus', 'nor', 'not']);
/** Words that may sit between a negator and what it negates ("no blood or gore", "no real violence"). */
const NEGATION_FILLER = new Set(['or', 'and', 'any', 'real', 'actual', 'visible', 'explicit', 'too', 'much']);
/** Signals a negator can cancel: the content words themselves, not the context rules. */
const NEGATABLE: ReadonlySet<Signal> = new Set(['violence', 'violence.mild', 'sexual', 'sexual.mild']);

/**
 * Drops content hits that are negated ("a medieval battle, no gore", "without blood or gore"): walking back
 * from the hit over fillers and other negatable hits, within the clause, to a negator. A phrase that starts
 * with the negator itself ("no clothes", "without underwear") is not negated by it.
 */
function dropNegated(text: NormalisedText, hits: Hit<Entry>[], excused: Excusal[] = []): Hit<Entry>[] {
  const tokens = text.tokens;
  if (!tokens.some((t) => NEGATORS.has(t.forms[0]!))) return hits;
  const negatable = (h: Hit<Entry>) => h.entry.signals.some((s) => NEGATABLE.has(s));
  const covered = new Set<number>();
  for (const h of hits) if (negatable(h)) for (let i = h.start; i < h.end; i++) covered.add(i);
  return hits.filter((hit) => {
    if (!negatable(hit)) return true;
    for (let i = hit.start - 1, steps = 0; i >= 0 && steps < 6; i--, steps++) {
      const token = tokens[i]!;
      if (token.clauseEnd) return true;
      const word = token.forms[0]!;
      if (NEGATORS.has(word)) {
        excuse(excused, hit, hit);
        return false;
      }
      if (!NEGATION_FILLER.has(word) && !covered.has(i)) return true;
    }
    return true;
  });
}

/**
 * A masked letter ("f*cking", "p*ssy", "n*de"): the normaliser splits the word at the star and joins the two
 * parts; add the readings with each vowel in its place, so the lexicon sees the word that was masked.
 */
function unmask(text: NormalisedText): NormalisedText {
  if (!text.folded.includes('*')) return text;
  const tokens = text.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!.forms[0]!;
    const b = tokens[i + 1]!.forms[0]!;
    if (!text.folded.includes(`${a}*${b}`)) continue;
    for (const vowel of 'aeiou') text.joins.push({ start: i, end: i + 2, form: `${a}${vowel}${b}` });
  }
  return text;
}

/**
 * Context signals whose category a harmless reading can excuse: a safe phrase around "kill" ("killing it on
 * stage" if listed) excuses violence as much as one around a violence word does.
 */
const CONTEXT_CATEGORY: Partial<Record<Signal, ModerationCategory>> = {
  kill: 'violence',
  demean: 'harassment',
  threat: 'harassment',
  dehumanise: 'hate',
};

/**
 * A category the rules saw and then set aside as harmless in this text (a safe phrase around it, an `unless`
 * word, a negation), with the tokens that carried the harmless reading: the safe phrase, or the word itself.
 */
export interface Excusal {
  category: ModerationCategory;
  start: number;
  end: number;
}

function excuse(into: Excusal[], hit: Hit<Entry>, span: { start: number; end: number }): void {
  for (const signal of hit.entry.signals) {
    const category = DIRECT[signal]?.category ?? CONTEXT_CATEGORY[signal];
    if (category !== undefined) into.push({ category, start: span.start, end: span.end });
  }
}

/** What the rules read in one text: their findings, and what they excused as harmless (for the classifier). */
export interface RulesReading {
  findings: Finding[];
  excused: Excusal[];
  /** The text's words with every excused span left out: what the classifier is asked again (`stack.ts`). */
  withoutExcused(): string;
  /** True when the text reads as addressed to the caption model (`INJECTION_CUES`), false for odd tokens. */
  addressesModel(): boolean;
  /**
   * True when the text points at a particular person: someone named, a relation ("my boss"), a member
   * (`@kai`, "the server admin"), someone addressed ("you", "u"), or "my"/"our" anyone. Harassment is done to
   * somebody: "a comedian dying on stage" or "a sad girl crying alone" has nobody to harass.
   */
  targetsPerson(): boolean;
}

/** Words that point at a particular person, or at the member's own circle. */
const TARGET_WORDS: ReadonlySet<string> = new Set([
  'you',
  'your',
  'youre',
  'yourself',
  'u',
  'ur',
  'ya',
  'my',
  'our',
  'server',
  'admin',
  'mod',
  'mods',
  'moderator',
  'streamer',
]);

/** Drops hits cancelled by `unless` words and hits inside a safe phrase or a name. */
function keepMeaningful(text: NormalisedText, hits: Hit<Entry>[], excused: Excusal[] = []): Hit<Entry>[] {
  let words: Set<string> | undefined;
  const present = (): Set<string> => {
    if (!words) {
      words = new Set<string>();
      for (const token of text.tokens) for (const form of token.forms) words.add(form);
      for (const join of text.joins) words.add(join.form);
    }
    return words;
  };
  const live = hits.filter((hit) => {
    const unless = hit.entry.unless;
    if (!unless) return true;
    for (const w of present()) {
      if (unless.has(w)) {
        excuse(excused, hit, hit);
        return false;
      }
    }
    return true;
  });
  const covers = live.filter(
    (h) => h.entry.signals.includes('safe') || h.entry.signals.some((s) => NAME_SIGNALS.has(s)),
  );
  if (covers.length === 0) return live;
  return live.filter((hit) => {
    const isSafe = hit.entry.signals.includes('safe');
    const isName = hit.entry.signals.some((s) => NAME_SIGNALS.has(s));
    for (const cover of covers) {
      if (cover === hit) continue;
      if (hit.start < cover.start || hit.end > cover.end) continue;
      if (cover.entry.signals.includes('safe')) {
        // A safe phrase about a name ("napoleon pastry") cancels it; one that is the name ("star wars") does not.
        if (!isSafe && (!isName || cover.end - cover.start > hit.end - hit.start)) {
          excuse(excused, hit, cover);
          return false;
        }
      } else if (!isSafe && !isName) {
        // A name swallows the ordinary words inside it ("dick cheney", "killer croc", "suicide squad").
        return false;
      } else if (isName && cover.end - cover.start > hit.end - hit.start) {
        return false;
      }
    }
    return true;
  });
}

/**
 * The offline text rules: normalise, match every lexicon, then apply the context rules that turn
 * combinations into findings and keep harmless prompts harmless.
 */
export class TextRules {
  private readonly matcher = buildMatcher();
  private readonly personNames = new PersonNameFinder();

  /** Every finding the rules see in one text (layer `rules`). */
  findings(input: string): Finding[] {
    return this.read(input).findings;
  }

  /** The findings, and what the rules excused as harmless: the classifier's review reads both (`stack.ts`). */
  read(input: string): RulesReading {
    const text = unmask(normalise(input));
    const excused: Excusal[] = [];
    const meaningful = dropUnbranded(keepMeaningful(text, this.matcher.match(text), excused), excused);
    const reading = new Reading(text, dropNegated(text, meaningful, excused));
    // Full names are found once: the findings and the classifier's review (`targetsPerson`) both ask.
    const fullNames = this.personNames.find(text.tokens);
    const findings = this.#findings(text, reading, fullNames, excused);
    return {
      findings,
      excused,
      withoutExcused: () =>
        text.tokens
          .filter((_, i) => !excused.some((e) => i >= e.start && i < e.end))
          .map((t) => t.forms[0]!)
          .join(' '),
      targetsPerson: () =>
        findings.some((f) => f.category === 'likeness' || f.category === 'harassment') ||
        namesSomeone(reading) ||
        reading.has('relation') ||
        reading.has('first_name') ||
        fullNames.length > 0 ||
        text.tokens.some((t) => TARGET_WORDS.has(t.forms[0]!)),
      // Jargon the rules set aside ("developer mode" on a phone) does not address the model for the classifier either.
      addressesModel: () =>
        addressesModel(
          text,
          excused.filter((e) => e.category === 'injection'),
        ),
    };
  }

  #findings(
    text: NormalisedText,
    reading: Reading,
    fullNames: PersonNameSpan[],
    excused: Excusal[],
  ): Finding[] {
    const out = new Map<string, Finding>();
    const add = (category: ModerationCategory, severity: Finding['severity'], evidence: string) => {
      const key = `${category}:${severity}`;
      if (!out.has(key))
        out.set(key, { category, severity, score: SCORE[severity], layer: 'rules', evidence });
    };

    // Gore done only to a fantasy creature or a thing ("a knight beheading a dragon", "a decapitated
    // snowman") is stylised violence: mild, unless a person is in the text or it is asked for graphic.
    const onlyCreature =
      reading.has('creature') &&
      !reading.has('person') &&
      !reading.has('victim') &&
      !reading.has('relation') &&
      !reading.has('graphic') &&
      !reading.has('realistic');
    for (const [signal, hits] of reading.bySignal) {
      const direct = DIRECT[signal];
      if (!direct || hits.length === 0) continue;
      const severity = signal === 'violence' && onlyCreature ? 'mild' : direct.severity;
      add(direct.category, severity, reading.words(hits[0]!));
    }

    // Likeness: named public figures, explicit unless the depiction is clearly stylised. A name that only
    // names a style or a work ("in the style of van gogh", "a wes anderson style street") shows nobody.
    const likeness = [
      ...reading.get('likeness'),
      ...reading.get('likeness_ambiguous').filter((hit) => hasWordOutside(text, hit.entry.context!, hit)),
    ].filter((hit) => !showsNobody(text, hit));
    const stylised = reading.has('stylised') && !reading.has('realistic');
    if (likeness.length > 0) {
      add('likeness', stylised ? 'mild' : 'explicit', reading.words(likeness[0]!));
    }

    // A full name the lists do not know ("kaja kallas", "ngozi okonjo iweala", "tomasz wozniak"): a public
    // figure, a named private person or a character, refused either way unless a safe phrase holds it
    // ("sherlock holmes", "a jack russell").
    const unlisted = unlistedNames(reading, fullNames);
    if (likeness.length === 0 && unlisted.length > 0) {
      // Someone the member knows ("a cartoon of my friend liam walker") drawn, not shown: a private person's
      // likeness is refused only when realistic. An unknown public figure, drawn, still counts.
      if (!(stylised && reading.has('relation'))) {
        add('likeness', stylised ? 'mild' : 'explicit', `full name: ${reading.words(unlisted[0]!)}`);
      }
    }

    // IP described without its name: two different features of the same character or brand.
    const described = describedIp(reading);
    if (described) add('ip', 'explicit', `described: ${described}`);

    // Minors: a child or teenager with anything sexual or suggestive, or posed in revealing clothes.
    const ages = minorAges(text);
    const minor = reading.has('minor') || ages.length > 0;
    const sexual = reading.has('sexual') || reading.has('sexual.mild');
    if (minor && (sexual || (reading.has('revealing') && reading.has('posing')))) {
      const evidence = reading.has('minor')
        ? reading.words(reading.get('minor')[0]!)
        : `age ${text.tokens[ages[0]!]?.num}`;
      add('minors', 'explicit', evidence);
      add('sexual', 'explicit', evidence);
    }

    // Violence: killing turns explicit when it is graphic, realistic and done to a person, or aimed at a
    // vulnerable victim; a knight slaying a dragon or a lion catching a zebra stays as it is.
    if (reading.has('kill')) {
      const evidence = reading.words(reading.get('kill')[0]!);
      const human = reading.has('person') || reading.has('victim') || reading.has('relation');
      if (reading.has('graphic') || killsVictim(reading)) add('violence', 'explicit', evidence);
      else if (reading.has('realistic') && human && !reading.has('stylised'))
        add('violence', 'explicit', evidence);
    }

    // Violence asked for in graphic detail.
    if (reading.has('graphic') && reading.has('violence.mild'))
      add('violence', 'explicit', 'graphic violence');

    // Hate: a protected group next to dehumanising words, called something hateful, wished harm on.
    if (reading.near('group', 'dehumanise', 8)) add('hate', 'explicit', 'group + dehumanising');
    if (reading.precedes('group', 'hate_wish', 1) || reading.precedes('hate_verb', 'group', 1)) {
      add('hate', 'explicit', 'harm wished on a group');
    }
    if (statesAboutGroup(reading)) add('hate', 'explicit', 'group called hateful names');
    if (reading.near('group', 'trope', 8)) add('hate', 'explicit', 'group + hateful trope');
    if (echoed(text)) add('hate', 'explicit', 'echo brackets');
    const violent =
      out.has('violence:explicit') ||
      reading.has('violence.mild') ||
      reading.has('kill') ||
      reading.has('threat') ||
      // what is done to them, not the onlookers' laughter itself ("while everyone laughs" is also a demean phrase)
      reading
        .get('demean')
        .some((d) => !reading.get('cheer').some((c) => c.start < d.end && d.start < c.end));
    if (reading.has('group') && reading.has('cheer') && violent) {
      add('hate', 'explicit', 'violence on a group, cheered');
    }

    // Sexual innuendo in emoji: two different ones ("🍆💦"), or one next to a mouth, a bed or a leer.
    const emoji = reading.get('sex_emoji');
    if (emoji.length > 0) {
      const kinds = new Set(emoji.map((hit) => reading.words(hit)));
      const leered = emoji.some(
        (hit) =>
          LEERED_EMOJI.has(reading.words(hit)) &&
          reading.get('sex_emoji_context').some((c) => c.start - hit.end <= 3 && hit.start - c.end <= 3),
      );
      if (kinds.size >= 2 || leered) {
        add('sexual', 'explicit', `emoji ${[...kinds].join('')}`);
      }
    }

    // A character's name that is also an ordinary word ("stitch", "minion"): IP only beside its own context.
    for (const hit of reading.get('ip_ambiguous')) {
      const context = hit.entry.context;
      if (context && hasWordOutside(text, context, hit)) {
        add('ip', 'explicit', reading.words(hit));
        break;
      }
    }

    // Harassment and private likeness: a person someone knows, demeaned, threatened or shown realistically.
    const named = namesSomeone(reading) || unlisted.length > 0;
    const person = named || reading.has('relation') || reading.has('first_name');
    if ((person || likeness.length > 0) && reading.has('demean')) {
      add('harassment', 'explicit', 'person + demeaning');
    }
    if (reading.precedes('threat', 'relation', 2)) add('harassment', 'explicit', 'threat against a person');
    if ((named || reading.has('relation')) && out.has('violence:explicit')) {
      add('harassment', 'explicit', 'private person + graphic violence');
    }
    if (named && out.has('sexual:explicit')) add('harassment', 'explicit', 'named person + sexual');
    if (named && reading.has('realistic')) add('likeness', 'explicit', 'realistic named private person');

    // Self-harm: someone at the edge of a roof or a bridge who then jumps.
    if (reading.precedes('ledge', 'jump', 8)) add('self_harm', 'explicit', 'edge + jump');

    // Injection jargon ("developer mode", "sudo rm", "jailbreak") counts when the rest of the text addresses the
    // caption model; otherwise it is a phone setting, a shell command or a prison break, and is set aside.
    const jargon = reading.get('injection_jargon');
    if (jargon.length > 0 && !out.has('injection:explicit')) {
      const steered =
        addressesModel(text, jargon) || jargon.some((hit) => hasWordOutside(text, STEERING, hit));
      if (steered) add('injection', 'explicit', reading.words(jargon[0]!));
      else for (const hit of jargon) excused.push({ category: 'injection', start: hit.start, end: hit.end });
    }

    // Injection: the structure of a fake system turn or an assignment to the caption.
    if (!out.has('injection:explicit')) {
      for (const pattern of INJECTION_STRUCTURE) {
        if (pattern.test(text.folded)) {
          add('injection', 'explicit', `structure ${pattern.source.slice(0, 24)}`);
          break;
        }
      }
    }
    return [...out.values()];
  }
}

const CUES: ReadonlySet<string> = new Set(INJECTION_CUES);
const STEERING: ReadonlySet<string> = new Set(JARGON_CUES);

/**
 * Whether a text reads as addressed to the caption model: a word of `INJECTION_CUES` in any reading of a
 * token or a joined word (so "y o u", "ign0re", "forgeeet" count), or a `caption:` / `above this` shape.
 */
export function addressesModel(
  text: NormalisedText,
  except: ReadonlyArray<{ start: number; end: number }> = [],
): boolean {
  const cue = (form: string) => CUES.has(form) || CUES.has(form.replace(/(.)\1+/g, '$1'));
  const outside = (start: number, end: number) => !except.some((e) => start < e.end && end > e.start);
  if (text.tokens.some((t, i) => outside(i, i + 1) && t.forms.some(cue))) return true;
  if (text.joins.some((j) => outside(j.start, j.end) && cue(j.form))) return true;
  return INJECTION_CUE_SHAPES.some((shape) => shape.test(text.folded));
}
