import { describe, expect, it } from 'vitest';
import { createTextModerator } from '../../src/moderation/index.js';
import {
  NAME_SAFE,
  PUBLIC_FIGURES,
  ROLE_PATTERNS,
} from '../../src/moderation/text/lexicon/public-figures.js';
import { DEFAULT_POLICY } from '../../src/queue/index.js';

// The offline layer alone (classifier: false): names from public-figures*.ts, role descriptions and their
// harmless twins from ROLE_PATTERNS and NAME_SAFE.
const moderator = createTextModerator({ classifier: false });
const check = (text: string) => moderator.check([{ text, kind: 'prompt' }], DEFAULT_POLICY);

async function blocksAsLikeness(prompt: string): Promise<void> {
  const decision = await check(prompt);
  expect(decision.decision, JSON.stringify(decision)).toBe('block');
  expect(decision.categories).toContain('likeness');
}

describe('public figures of the world (likeness)', () => {
  it.each([
    'mansa musa riding through cairo handing out gold',
    'hatshepsut commanding workers building a temple',
    'shaka zulu leading an army across the plains',
    'sundiata keita on a throne',
    'moctezuma greeting the conquistadors',
    'atahualpa in a golden litter',
    'emperor ashoka at a buddhist stupa',
    'sun tzu writing by candlelight',
    'qin shi huang inspecting the terracotta army',
    'tokugawa ieyasu in samurai armour',
    'suleiman the magnificent in his palace',
    'jacinda ardern giving a speech',
    'ngozi okonjo iweala at a press conference',
    'tedros adhanom ghebreyesus waving',
    'cyril ramaphosa dancing',
    'paul kagame at a rally',
    'claudia sheinbaum waving a flag',
    'kaja kallas at a summit',
    'mamata banerjee at a rally',
    'yogi adityanath on stage',
    'ekrem imamoglu on a boat',
    'alexandria ocasio cortez at a rally',
    'chuck grassley mowing a lawn',
    'gretchen whitmer in a snowstorm',
    'shah rukh khan dancing on a train',
    'allu arjun in a fight scene',
    'lee min ho in the rain',
    'park seo joon eating ramen',
    'burna boy performing on stage',
    'peso pluma singing',
    'ibai llanos streaming',
    'kai cenat reacting to a video',
    'jasprit bumrah bowling a yorker',
    'erling braut haaland scoring',
    'caitlin clark shooting a three',
    'tadej pogacar climbing a mountain',
    'magnus carlsen playing blitz',
    'faker lee sang hyeok at worlds',
    'ratan tata walking a dog',
    'aliko dangote in a cement factory',
    'marie antoinette eating cake',
    'frida kahlo painting a self portrait',
  ])('GIVEN "%s" THEN likeness', blocksAsLikeness);
});

describe('public figures described by role (likeness)', () => {
  it.each([
    'the new zealand prime minister giving a speech',
    'the south african president at a summit',
    'the saudi arabian crown prince on a yacht',
    'the nigerian president waving',
    'the president of chile at a parade',
    'the foreign minister of india shaking hands',
    'the french foreign minister at a podium',
    'grumpy old vermont senator in mittens at an inauguration',
    'the governor of california in a wildfire',
    'the new york governor at a press conference',
    'the mayor of london on a bicycle',
    'the mayor of new york riding the subway',
    'the guy who founded facebook surfing with a flag',
    'the woman who founded theranos in a black turtleneck',
    'the founder of amazon in a rocket',
    "facebook's founder eating a sandwich",
    'the tesla ceo smoking on a podcast',
    'the secretary general of the un at a podium',
    'the fed chair ringing a bell',
  ])('GIVEN "%s" THEN likeness', blocksAsLikeness);
});

describe('harmless twins of public figures', () => {
  it.each([
    'a politician giving a speech',
    'a roman emperor statue in a museum',
    'a senator',
    'a mayor giving a speech',
    'the king of the castle',
    'a ceo in a meeting',
    'a persian king on a throne',
    'a tesla owner charging a car',
    'a trump card on a table',
    'a caesar salad with croutons',
    'beef wellington on a plate',
    'earl grey tea in a cup',
    'a jack russell chasing a ball',
    'zeus throwing a lightning bolt',
    'king arthur pulling the sword from the stone',
    'robin hood in sherwood forest',
    'an ashoka pillar in the sun',
    'a guy fawkes mask on a table',
    'a queen anne chair by the window',
    'the baths of caracalla at sunset',
    'a sitting bull in a field',
    'a crazy horse galloping',
    'a bubble floating over a lake',
    'a fishing rod by the river',
    'a glass of brandy by the fire',
    'a dusty baker in a kitchen',
    'a ginger baker making bread',
    'a girl in red running through a field',
    'imagine dragons flying over mountains',
  ])('GIVEN "%s" THEN allowed', async (prompt) => {
    const decision = await check(prompt);
    expect(decision.decision, JSON.stringify(decision)).toBe('allow');
  });
});

describe('the lists', () => {
  it('GIVEN the merged list THEN it holds thousands of names with no duplicates', () => {
    expect(PUBLIC_FIGURES.length).toBeGreaterThan(15_000);
    expect(new Set(PUBLIC_FIGURES).size).toBe(PUBLIC_FIGURES.length);
  });

  it('GIVEN the role and safe patterns THEN none is empty', () => {
    for (const pattern of [...ROLE_PATTERNS, ...NAME_SAFE]) expect(pattern.trim().length).toBeGreaterThan(0);
  });
});

describe('public figures whose name is an ordinary phrase', () => {
  it.each([
    ['an ice cube melting in a glass', 'ice cube rapping on stage in compton'],
    ['the doors open slowly onto a garden', 'the doors in concert, jim morrison singing'],
    ['a deep purple sky at dusk', 'deep purple playing a rock concert'],
    ['a man hawking newspapers on a corner', 'stephen hawking in his wheelchair'],
    ['the wanted poster on a saloon wall', 'one direction singing on stage to screaming fans'],
    ['walking in one direction down a beach', 'the undertaker entering the ring at wrestlemania'],
    ['a bad bunny stealing carrots from a garden', 'bad bunny performing at the super bowl'],
  ])('GIVEN "%s" THEN allowed; GIVEN "%s" THEN likeness', async (harmless, harmful) => {
    expect((await check(harmless)).decision).toBe('allow');
    expect((await check(harmful)).categories).toContain('likeness');
  });
});
