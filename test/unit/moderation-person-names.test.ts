import { describe, expect, it } from 'vitest';
import { createOfflineTextModerator, normalise } from '../../src/moderation/index.js';
import { PersonNameFinder } from '../../src/moderation/text/person-name.js';
import { DEFAULT_POLICY } from '../../src/queue/index.js';

// Full personal names the name lists do not hold (src/moderation/text/person-name.ts): a given name, then a
// surname that is listed, shaped like one, or no English word at all. Any such name is a real person or a
// character to the policy; the harmless look-alikes are places, typos, internet words, pets' names before an
// ordinary word, and the public-domain characters and eponyms of FULL_NAME_SAFE.

const finder = new PersonNameFinder();
const names = (text: string): string[] => {
  const tokens = normalise(text).tokens;
  return finder.find(tokens).map((span) =>
    tokens
      .slice(span.start, span.end)
      .map((t) => t.forms[0])
      .join(' '),
  );
};

const moderator = createOfflineTextModerator();
const check = (text: string) => moderator.check([{ text, kind: 'prompt' }], DEFAULT_POLICY);

describe('full names the lists do not hold', () => {
  it.each([
    ['kaja kallas eating a burger in tallinn old town', 'kaja kallas'],
    ['ngozi okonjo-iweala giving a speech in the rain', 'ngozi okonjo iweala'],
    ['my neighbour tomasz wozniak mowing his lawn', 'tomasz wozniak'],
    ['realistic video of priya raghunathan at her desk', 'priya raghunathan'],
    ['dragan petrovic scoring a penalty', 'dragan petrovic'],
    ['li bai drinking wine under the moon', 'li bai'],
  ])('GIVEN "%s" THEN it finds %s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    'a girl named luna dancing in the rain',
    'emma runing on a beach at dawn',
    'a dog named max vlogging his walk',
    'florence italy at sunset from a drone',
    'charlotte north carolina skyline at night',
    'the mona lisa smiling',
    'will power and grit',
    'rose gold sneakers on a shelf',
  ])('GIVEN "%s" THEN no name is found', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('GIVEN an unlisted full name THEN the prompt is refused as likeness; stylised, it is mild', async () => {
    const real = await check('kaja kallas eating a burger in tallinn old town');
    expect(real.decision).toBe('block');
    expect(real.categories).toEqual(['likeness']);
    const cartoon = await check('a cartoon of dragan petrovic scoring a penalty');
    expect(cartoon.decision).toBe('block');
    expect(cartoon.categories).toEqual(['likeness']);
  });

  it.each([
    'sherlock holmes smoking a pipe in the fog',
    'a jack russell chasing a ball on the beach',
    'a cup of earl grey tea steaming by a window',
    'dorian gray looking at his portrait',
    'a tom collins on a bar counter',
  ])('GIVEN a public-domain character or an eponym "%s" THEN it is allowed', async (text) => {
    expect((await check(text)).decision).toBe('allow');
  });
});
