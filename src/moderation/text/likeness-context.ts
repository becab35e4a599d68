import type { NormalisedText } from '../normalise.js';

/**
 * When a public figure's name shows nobody: it names a style or a work ("in the style of van gogh", "a
 * shakespeare play"), or a pet ("my hamster elvis"). The rules drop such likeness hits (`rules.ts`); a
 * character's name is never read this way ("mickey mouse style" is Mickey).
 */
export function showsNobody(text: NormalisedText, hit: { start: number; end: number }): boolean {
  return namesAStyle(text, hit) || namesAPet(text, hit);
}

/** Words before "painting" or "shot" that make it a work: "a van gogh painting", "the kubrick shot". */
const DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'his',
  'her',
  'their',
  'my',
]);

/** Words after a name that make it a style or a work, not a person shown: "van gogh style", "monet paintings". */
const STYLE_AFTER: ReadonlySet<string> = new Set([
  'style',
  'styled',
  'esque',
  'inspired',
  'aesthetic',
  'paintings',
  'palette',
  'brushstrokes',
  'brushwork',
  'framing',
  'composition',
  // Works that are not the person on screen: "a shakespeare play", "a beethoven symphony", "a taylor swift song".
  'play',
  'plays',
  'theater',
  'theatre',
  'sonnet',
  'sonnets',
  'festival',
  'quote',
  'quotes',
  'novel',
  'novels',
  'poem',
  'poems',
  'song',
  'songs',
  'album',
  'symphony',
  'concerto',
  'opera',
  'lyrics',
]);
/** Words before a name that make it a style: "in the style of monet", "inspired by hokusai", "a la wes anderson". */
const STYLE_BEFORE: readonly (readonly string[])[] = [
  ['style', 'of'],
  ['manner', 'of'],
  ['inspired', 'by'],
  ['a', 'la'],
  ['homage', 'to'],
];

/**
 * Whether a public figure's name stands only for a style or a work ("in the style of van gogh", "a wes anderson
 * style street", "a kubrick shot down a hallway"): the person is not in the picture. A character's name is
 * never a style ("mickey mouse style" is Mickey): only likeness is read this way.
 */
function namesAStyle(text: NormalisedText, hit: { start: number; end: number }): boolean {
  const tokens = text.tokens;
  const after = tokens[hit.end]?.forms[0];
  if (after !== undefined && !tokens[hit.end - 1]!.clauseEnd) {
    if (STYLE_AFTER.has(after)) return true;
    // "a van gogh painting", "a kubrick shot" are works; "van gogh painting sunflowers" is the man at work.
    const before = tokens[hit.start - 1]?.forms[0];
    if ((after === 'painting' || after === 'shot') && before !== undefined && DETERMINERS.has(before))
      return true;
  }
  if (
    STYLE_BEFORE.some(
      (words) =>
        hit.start >= words.length &&
        words.every((w, i) => tokens[hit.start - words.length + i]!.forms.includes(w)),
    )
  ) {
    return true;
  }
  // A work "like" or "by" its artist: "a woodblock print like hokusai", "a portrait by rembrandt".
  const linker = tokens[hit.start - 1]?.forms[0];
  if (linker === 'like' || linker === 'by') {
    for (let i = hit.start - 2; i >= Math.max(0, hit.start - 6); i--) {
      if (tokens[i]!.clauseEnd) break;
      if (tokens[i]!.forms.some((f) => ARTWORKS.has(f))) return true;
    }
  }
  return false;
}

/** Works an artist's name can be "like" or "by": "a print like hokusai", "a portrait by rembrandt". */
const ARTWORKS: ReadonlySet<string> = new Set([
  'print',
  'prints',
  'painting',
  'paintings',
  'portrait',
  'portraits',
  'drawing',
  'sketch',
  'etching',
  'woodcut',
  'woodblock',
  'engraving',
  'illustration',
  'mural',
  'fresco',
  'sculpture',
  'statue',
  'poster',
  'photograph',
  'photo',
  'landscape',
  'still',
  'canvas',
  'cubist',
  'cubism',
  'impressionist',
  'surrealist',
]);

/**
 * Whether a public figure's name is a pet's name ("my hamster elvis", "a cat named obama", "our dog churchill"):
 * a pet word just before it, or "named"/"called" just before it with a pet word shortly before that. Nobody
 * real is shown.
 */
function namesAPet(text: NormalisedText, hit: { start: number; end: number }): boolean {
  const tokens = text.tokens;
  const isPet = (i: number) => i >= 0 && !tokens[i]!.clauseEnd && tokens[i]!.forms.some((f) => PETS.has(f));
  if (isPet(hit.start - 1)) return true;
  const named = tokens[hit.start - 1]?.forms.some((f) => f === 'named' || f === 'called');
  return named === true && (isPet(hit.start - 2) || isPet(hit.start - 3) || isPet(hit.start - 4));
}

const PETS: ReadonlySet<string> = new Set([
  'cat',
  'cats',
  'kitten',
  'kitty',
  'dog',
  'dogs',
  'puppy',
  'pup',
  'hamster',
  'parrot',
  'goldfish',
  'fish',
  'rabbit',
  'bunny',
  'guinea',
  'pig',
  'turtle',
  'tortoise',
  'snake',
  'lizard',
  'gecko',
  'ferret',
  'pony',
  'horse',
  'budgie',
  'chinchilla',
  'hedgehog',
  'pet',
  'corgi',
  'pug',
  'poodle',
  'labrador',
  'retriever',
  'beagle',
  'chihuahua',
]);
