import { describe, expect, it } from 'vitest';
import { createOfflineTextModerator } from '../../src/moderation/index.js';
import { DEFAULT_POLICY } from '../../src/queue/index.js';

// The offline layer alone (classifier: false): names from `ip-characters.ts`, descriptions from `ip-descriptions.ts`.
const moderator = createOfflineTextModerator();
const check = (text: string) => moderator.check([{ text, kind: 'prompt' }], DEFAULT_POLICY);

async function isIp(prompt: string): Promise<void> {
  const decision = await check(prompt);
  expect(decision.categories, JSON.stringify(decision.findings)).toContain('ip');
}

describe('new IP names', () => {
  it.each([
    'raiden shogun dancing in the rain',
    'chun li doing a spinning kick',
    'cloud strife holding a huge sword',
    'a garchomp flying over a desert',
    'mimikyu hiding under a blanket',
    'gloom pokemon in a garden',
    'tanjiro kamado slicing a demon',
    'satoru gojo taking off his blindfold',
    'anya forger making a smug face',
    'makima smiling in an office',
    'grunkle stan running the mystery shack',
    'pomni from the amazing digital circus',
    'randy marsh at a bar',
    'mr meeseeks in a kitchen',
    'jar jar binks tripping over',
    'grogu baby eating a frog',
    'remus lupin turning into a wolf',
    'thorin oakenshield on a throne',
    'hector barbossa on a ship deck',
    'indominus rex breaking out of its pen',
    'peter venkman catching a ghost',
    'emperor zurg in space',
    'waddle dee with a spear',
    'blaze the cat throwing fire',
    'rorschach watchmen in the rain',
    'norman osborn laughing',
    'toucan sam flying over a bowl',
    'the red m&m stuck in a candy bowl',
    'ronald mcdonald waving',
    'chester cheetah skateboarding',
    'a duolingo owl chasing someone',
    'golden arches logo on a highway sign',
    'labubu keychain on a bag',
    'drizzt do urden with two scimitars',
  ])('GIVEN "%s" THEN it is ip', isIp);
});

describe('characters described without their names', () => {
  it.each([
    ['a rusty little trash compacting robot who falls in love with a sleek white probe robot', 'wall-e'],
    ['orange fox with two tails flying a red biplane', 'tails'],
    ['round pink puffball with stubby red feet that sucks up enemies and copies their powers', 'kirby'],
    [
      'a huge red pitcher of juice with a smiley face smashing through a wall yelling oh yeah',
      'kool-aid man',
    ],
    [
      'drunk pirate captain with beaded dreadlocks, kohl eyeliner and a red bandana, the black pearl behind him',
      'pirates',
    ],
    ['a brown bear in a blue duffle coat and red hat eating marmalade sandwiches', 'paddington'],
    ['a yellow cartoon family with spiky hair', 'simpsons'],
    ['a peanut wearing a monocle and a top hat', 'mr peanut'],
    ['a red haired clown in a yellow jumpsuit', 'ronald mcdonald'],
    ['a tiger in a red bandana, the cereal box mascot', 'tony the tiger'],
    ['a talking gecko with a british accent selling car insurance', 'geico gecko'],
    ['a pink bunny banging a drum wearing sunglasses and flip flops', 'energizer bunny'],
    ['a straw hat pirate with a rubber body', 'luffy'],
    ['a blue robot cat with a magic pocket full of gadgets', 'doraemon'],
    ['a green dinosaur with a red saddle with a long tongue that eats fruit', 'yoshi'],
    ['a gorilla wearing a red tie throwing barrels', 'donkey kong'],
    ['a pink starfish in green shorts who lives under a rock', 'patrick'],
    ['a clownfish with a lucky fin lost in the ocean', 'nemo'],
    ['a lion cub held up by a baboon on pride rock', 'simba'],
    ['a cowboy doll with a pull string, reach for the sky', 'woody'],
    ['a purple dragon collecting gems with his dragonfly friend', 'spyro'],
    ['a tomb raider with dual pistols and a braid', 'lara croft'],
    ['a skeleton in a blue hoodie who loves ketchup', 'sans'],
    ['birds launched from a slingshot at green pigs', 'angry birds'],
    ["a rat chef hiding under a cook's hat in a paris restaurant", 'ratatouille'],
    ['a black dragon with a prosthetic tail fin and a viking boy riding it', 'toothless'],
    ['a baby in a business suit with a briefcase running the office', 'boss baby'],
    ['a bald superhero in a yellow suit with a white cape who wins with one punch', 'saitama'],
    ['a girl with a bamboo muzzle in a pink kimono carried in a wooden box', 'nezuko'],
    ['sneakers with three stripes and a trefoil logo', 'adidas'],
  ])('GIVEN "%s" THEN it is ip (%s)', isIp);
});

describe('one feature alone, public-domain characters and ordinary things stay allowed', () => {
  it.each([
    // One feature of each described character above.
    'a rusty robot compacting trash in a junkyard',
    'a sleek white probe robot scanning a plant',
    'an orange fox with two tails in the snow',
    'a vintage biplane at an air show',
    'a round pink puffball cat sleeping',
    'a huge pitcher of juice on a picnic table',
    'a man smashing through a wall in an action movie',
    'a pirate captain with a parrot on his shoulder',
    'a woman with kohl eyeliner at a market',
    'a black pearl necklace on velvet',
    'a brown bear eating marmalade sandwiches',
    'a toddler in a blue duffle coat at a station',
    'a punk rocker with spiky hair',
    'a victorian gentleman in a top hat and monocle',
    'a clown in a yellow jumpsuit juggling',
    'a tiger resting in tall grass',
    'a gecko on a sunny wall',
    'a pink bunny plush on a bed',
    'a farmer in a straw hat harvesting wheat',
    'a blue cat sleeping in the sun',
    'a plastic dinosaur toy with a saddle',
    'a gorilla in the jungle eating leaves',
    'a pink starfish in a tide pool',
    'a clownfish in an anemone',
    'a lion cub playing with its mother',
    'a cowboy riding at sunset',
    'a purple dragon breathing fire over a castle',
    'an archaeologist exploring ancient tombs',
    'a skeleton dancing on halloween',
    'a rat in a paris kitchen',
    'a black dragon flying over mountains',
    'a baby in a high chair eating peas',
    'a bald man doing push ups',
    'a girl in a pink kimono at a festival',
    'sneakers with three white stripes painted on by hand',
    // Public-domain literary characters and mythology.
    'sherlock holmes smoking a pipe in london fog',
    'dracula rising from his coffin',
    "frankenstein's monster in a thunderstorm",
    'alice falling down the rabbit hole',
    'robin hood shooting an arrow in sherwood forest',
    'peter pan flying over london',
    'pinocchio with a growing nose',
    'moby dick breaching next to a whaling ship',
    'zeus throwing a lightning bolt from olympus',
    'the norse god thor holding his hammer in a storm',
    'odin on his throne with two ravens',
    'a mephistopheles figure bargaining with faust',
    'the walls of asgard in norse myth',
    // Ordinary words and phrases near new names.
    'a strawberry shortcake on a plate',
    'a road runner bird in the desert',
    'a red hood on a girl walking through the woods',
    'a street fighter in a back alley',
    'a dinner at olive garden style italian restaurant with olives',
    'a mole man digging a tunnel',
    'a grumpy bear in the woods',
    'a jack in the box popping open',
    'a cabbage patch in a vegetable garden',
    'a juggernaut truck on a highway',
    'a docker whale container ship sailing through a sea of yaml',
    'a greek bull statue in a museum',
    'an old man with a walking stick',
  ])('GIVEN "%s" THEN it is allowed', async (prompt) => {
    const decision = await check(prompt);
    expect(decision.decision, JSON.stringify(decision.findings)).toBe('allow');
  });
});
