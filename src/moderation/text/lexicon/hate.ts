import type { Section } from './types.js';

/**
 * Slurs, written normalised (lower case, no diacritics; leetspeak, spacing, look-alikes and stretched
 * letters are undone before matching, so "n1gg3r" and "f a g" reach these). This is a safety lexicon: it
 * exists to refuse these words. `;` separates phrases, `|` alternatives in one place.
 */
export const SLURS: readonly string[] = [
  // Anti-Black
  'nigger|niggers|nigga|niggas|niggah|nigguh|nibba|nibbas|negroid|negroes|niglet|nignog|coon|coons|jigaboo|jiggaboo|sambo|darkie|darkies|darky|pickaninny|pickaninnies|spearchucker|moolie',
  'porch|jungle monkey|monkeys|bunny|bunnies; tar baby; sand nigger|niggers; house negro',
  // Latino
  'spic|spics|spick|spicks|wetback|wetbacks|beaner|beaners',
  // East and South Asian
  'chink|chinks|chinky|gook|gooks|zipperhead|zipperheads|slanteye|slanteyes|chingchong|paki|pakis|coolie|coolies|dothead|dotheads; ching chong; slant eye|eyes|eyed; curry muncher|munchers',
  // Arab, Muslim, Middle Eastern
  'raghead|ragheads|towelhead|towelheads|sandnigger|muzzie|muzzies|goatfucker; camel jockey|jockeys; goat fucker|fuckers',
  // Jewish
  'kike|kikes|kyke|heeb|heebs|hymie|hymies|yid|yids; christ killer|killers',
  // European, Roma, Indigenous and others
  'wop|wops|dago|dagos|polack|polacks|gyppo|gyppos|gypo|pikey|pikeys|honky|honkies|honkey|redskin|redskins|squaw|squaws|injun|injuns|abo|abos|boong|boongs|crackerass',
  'slanty|slitty|chinky eyes|eye|eyed; slant eyes|eyed',
  // Sexuality and gender
  'faggot|faggots|fagot|fag|fags|faggy|dyke|dykes|lesbo|lesbos|tranny|trannies|trannie|shemale|shemales|heshe|troon|troons|poofter|poofters|battyboy|fudgepacker; batty boy; fudge packer|packers; pillow biter|biters',
  // Disability
  'retard|retards|retarded|tard|tards|spaz|spazz|spastic|mong|mongoloid|mongoloids',
];

/** Words that look like a slur only out of context: a coonhound, a cigarette, a sea wall, a chink of light. */
export const SLUR_SAFE: readonly string[] = [
  'coon hound|hounds|dog|dogs|cat|cats; coonhound|coonhounds',
  'fag|fags end|ends|packet|break; smoking a fag; having|has|had|light|lights|lit|lighting|rolling|rolls|roll|enjoying|enjoys|needs|need|wants a|his|her|their|quick fag|fags; dyke wall|walls|dam|dams|road|lane|walk|path; dutch dyke|dykes; offas dyke; dyke dam',
  'swastika|swastikas *6 hindu|hindus|temple|temples|diwali|buddhist|buddhists|jain|jains|rangoli|auspicious|sanskrit|puja|ganesh|ganesha; hindu|buddhist|jain|diwali|rangoli|temple *6 swastika|swastikas',
  'dyke|dykes|dike|dikes *4 sea|seas|water|waters|flood|floods|flooding|tide|tides|netherlands|holland|polder|polders|canal|canals|river|rivers|levee|levees|dam|dams|storm',
  'island|isle of lesbos; lesbos island|greece|greek|ferry|harbour|harbor|mytilene|beach|beaches|coast|village|olive|olives; ferry|trip|holiday|holidays|beach|beaches|boat|sailing to|on|in|at|around lesbos',
  'chink|chinks in the|his|her|their|its|a *2 armor|armour|wall|defence|defense|shell|plan|logic',
  'chink in the|his|her|their armor|armour|wall|curtain|door; chink of light; chinks in the armor|armour',
  'spastic colon|paralysis|cerebral; yid army; doo wop; wop bop; mong kok; spick and span; spic and span',
  'faggot|faggots and|with peas|gravy|mash|onions|mushy; british|traditional|pork|homemade|brown faggot|faggots',
  'retard|retards|retarded|retarding the fire|flame|growth|rust|spread; flame retardant',
];

const COPULA =
  'are|r|re|is|s|as|like|being|be|were|was|into|all|shown|portrayed|depicted|drawn|painted|represented|turned|turning|become|becoming';
const GROUP_WORDS =
  'jews|jew|yids|kikes|zionists|rothschilds|muslims|moslems|christians|catholics|hindus|sikhs|buddhists|atheists|mormons|blacks|negroes|africans|latinos|latinas|hispanics|mexicans|asians|chinese|koreans|indians|pakistanis|arabs|persians|iranians|turks|somalis|nigerians|haitians|immigrants|migrants|refugees|foreigners|illegals|gays|lesbians|homosexuals|bisexuals|queers|transgenders|transsexuals|trans|trannies|faggots|fags|dykes|roma|romani|gypsies|gipsies|travellers|irish|poles|ukrainians|russians|palestinians|israelis|aboriginals|aborigines|natives|disabled|autistics|retards|cripples|women|females|feminists';
/** Groups that the crime and food tropes below are told of ("a black guy stealing a bike"), as one person or many. */
const TARGETED_ADJ =
  'black|african|negro|gypsy|gipsy|roma|romani|mexican|latino|hispanic|arab|somali|haitian|nigerian|muslim|jewish';
const TARGETED_NOUN =
  'guy|guys|man|men|dude|dudes|people|ppl|folks|kid|kids|teen|teens|boy|boys|family|families|woman|women|girl|girls|person|couple';
const TARGETED_ONE = 'mexican|jew|muslim|arab|gypsy|gipsy|somali|haitian|nigerian|immigrant|migrant|refugee';
const TARGETED_PLURAL = 'blacks|mexicans|somalis|haitians|nigerians|gypsies|arabs|muslims|jews';
/**
 * A trope said of a targeted group: one of the phrases `what` within four words after the group; anti-Black
 * food tropes only of Black people (a mexican family eating watermelon is lunch).
 */
const toldOfBlack = (...what: string[]): string =>
  what
    .flatMap((w) => [`black|african|negro ${TARGETED_NOUN} *4 ${w}`, `blacks|africans|negroes *4 ${w}`])
    .join('; ');
const toldOfTargeted = (...what: string[]): string =>
  what
    .flatMap((w) => [
      `${TARGETED_ADJ} ${TARGETED_NOUN} *4 ${w}`,
      `${TARGETED_PLURAL} *4 ${w}`,
      `a|an|the|some|this|that ${TARGETED_ONE} *10 ${w}`,
    ])
    .join('; ');
const GROUP_ADJ =
  'black|white|brown|asian|jewish|muslim|gay|lesbian|queer|trans|transgender|disabled|autistic|chinese|indian|mexican|african|arab|native|indigenous|immigrant|latino|hispanic|romani|lgbt|lgbtq|gypsy|gipsy|roma|arabic|pakistani|somali|haitian|nigerian|korean|japanese|vietnamese|filipino|syrian|afghan|iranian|turkish|polish|irish|palestinian|israeli|sikh|hindu';
const GROUP_NOUN =
  'people|ppl|folks|men|women|persons|guys|community|communities|families|family|kids|immigrants|man|woman|boy|boys|girl|girls|guy|couple|couples|banker|bankers|merchant|merchants|landlord|landlords|neighbour|neighbours|neighbor|neighbors|migrants|workers|students|youths|teens|gang|gangs|children|person|refugees|doctor|doctors|lawyer|lawyers|shopkeeper|shopkeepers|owner|owners';
/** Hateful only when said of a group ("jews are vermin"), harmless elsewhere ("an ugly old witch"). */
const HATEFUL =
  'rats|rat|rodents|insects|bugs|lice|pests|animals|beasts|savages|savage|apes|monkeys|gorillas|baboons|chimps|pigs|swine|dogs|mutts|cattle|goats|filth|filthy|dirty|disgusting|vile|disease|diseased|plague|cancer|virus|trash|garbage|scum|inferior|primitive|uncivilized|barbarians|stupid|dumb|lazy|greedy|smelly|ugly|criminals|thieves|rapists|terrorists|pedophiles|groomers|perverts|freaks|abominations|abomination|unnatural|evil|demons|mentally|sick|worthless|subhuman|vermin|cockroaches|parasites|leeches|maggots|inhuman|invaders|degenerates|degenerate|useless|inbred|dangerous|violent|thugs|monsters|satanic|cursed|less|burden|burdens|freeloaders|parasitic|leeching|liars|cheats|scammers|stinking|smell|breeders|invaders|illegals';
/** Hateful near a group even without a copula ("exterminate the jews", "muslim vermin"). */
const STRONG =
  'vermin|cockroaches|cockroach|roaches|parasites|leeches|maggots|termites|locusts|subhuman|subhumans|untermensch|infestation|exterminate|extermination|exterminated|exterminating|eradicate|eradicated|gassed|gassing|genocide|degenerates|abominations';

/** Hate symbols, slogans, calls to violence against groups, and dehumanising statements about groups. */
export const HATE_PHRASES: readonly Section[] = [
  {
    signals: ['hate'],
    patterns: [
      'swastika|swastikas|hakenkreuz; sieg|seig heil; heil hitler; white power|pride|supremacy|supremacist|supremacists|nationalist|nationalists|genocide',
      'nazi|nazis flag|flags|salute|salutes|saluting|rally|rallies|propaganda|armband|armbands|banner; hitler salute|youth; roman salute',
      'kkk|klansman|klansmen|klan; ku klux klan; burning cross|crosses; cross burning',
      '1488; 14 88; 14|fourteen words; six million wasn t enough; 6mwe; final solution; race war; master race; aryan race|nation|brotherhood; great replacement',
      'holocaust denial|denier|deniers|hoax|hoaxers|lie|myth; holocaust never happened; holocaust didn t happen; holocaust was|is fake|faked|exaggerated; holocaust was|is a lie|hoax|myth; holocaust was|is made up',
      'jewish conspiracy|cabal; zionist occupied government; zog; globalist jews',
      'ethnic cleansing',
      'it s okay to be white; its okay to be white; jews will not replace us; blood and soil; day of the rope',
      'noose|nooses for|at|outside a|the? black family|families|church|home|man|neighbor|neighbour',
      'blackface|blackfaced; black face minstrel|minstrels|costume|makeup; minstrel show; yellowface|redface|brownface',
      'go back to your|their own? country|countries|africa|mexico|china',
      'jews|jewish|jew|zionists|rothschilds *3 control|controlling|controls|own|owning|owns|run|running|runs|rule|rules|ruling|rig|rigging|buy|buying the|all|every|our? world|media|banks|bank|government|governments|money|hollywood|finance|economy|politicians|presidents|leaders|elections|press|news|wars|war',
      'jews|jewish|jew|zionists|rothschilds *4 hook|hooked|big|crooked|huge nose|nosed|noses; hook|hooked|crooked nosed|nose *3 jew|jews|jewish|rabbi|banker|bankers|merchant|moneylender',
      'jews|jewish|jew|rabbi|rabbis|zionists *4 counting|hoarding|grabbing|clutching|rubbing gold|money|coins|cash|hands; jews|jewish|jew|rabbi|rabbis|zionists *4 greedy for gold|money|coins|cash; money grubbing|grabbing|hungry jew|jews|jewish; greedy|stingy|shifty|scheming jew|jews|jewish; happy merchant; shylock; blood libel',
      'jews|jewish|jew *4 killed|murdered|crucified jesus|christ; jews|jewish|jew *4 poisoning|poisoned|poison|poisons the? wells|well|water; jews|jewish|jew *3 behind 911|covid|wars; jews|jewish|jew *3 behind 9 11; jews|jewish|jew *3 behind every|the|all war|wars|pandemic|plague|attacks',
      'racist|antisemitic|homophobic|transphobic|islamophobic|xenophobic|bigoted cartoon|cartoons|joke|jokes|caricature|caricatures|meme|memes|propaganda|stereotype|stereotypes|video|clip|song|rant|chant; anti semitic cartoon|cartoons|joke|jokes|caricature|caricatures|meme|memes|propaganda',
      'muslims|jews|immigrants|migrants|refugees|foreigners|illegals|blacks|mexicans|arabs|asians|gypsies|roma out',
      'burn|burning|bomb|bombing|destroy|destroying|torch|torching|attack|attacking|vandalize|vandalizing|vandalise the|all|every|a? mosques|mosque|synagogues|synagogue|churches|temples|temple|gurdwara|gurdwaras',
      'make|making fun of jews|muslims|blacks|asians|mexicans|gays|trans|disabled|immigrants|arabs|indians|chinese|women',
    ],
  },
  {
    signals: ['group'],
    patterns: [
      GROUP_WORDS,
      `${GROUP_ADJ} ${GROUP_NOUN}`,
      'people of color|colour; african|native americans; first nations',
      'indian|pakistani|filipino|bangladeshi call center|centre|centers|centres',
      // "Juice" and 🧃 for Jews, an antisemitic code word.
      'juice|joos|jooz people|ppl|folks|folk|bankers|media; 🧃 people|ppl|folks',
      // The pride and trans flags before a person: "a 🏳️‍🌈 guy".
      `🏳 🌈|⚧ ${GROUP_NOUN}`,
    ],
  },
  { signals: ['copula'], patterns: [COPULA] },
  {
    // Onlookers celebrating what is done to someone: with a group and violence, the clip celebrates an attack.
    signals: ['cheer'],
    patterns: [
      'everyone|everybody|crowd|people|they|we|bystanders|onlookers|spectators all? cheers|cheer|cheering|cheered|celebrates|celebrate|celebrating|claps|clap|clapping|applauds|applaud|applauding|laughs|laugh|laughing',
    ],
  },
  {
    signals: ['group_pronoun'],
    patterns: ['they|theyre|them|these|those|their; these|those people; their kind'],
  },
  { signals: ['hateful'], patterns: [HATEFUL] },
  {
    signals: ['hate_wish'],
    patterns: [
      'should|must|deserve|deserves|need|needs to? die|burn|hang|rot|suffer',
      'should|must|need|needs to? be killed|exterminated|eradicated|gassed|deported|wiped|eliminated|purged|sterilized|sterilised|shot|hanged|burned|banned|expelled|removed',
      'don t|dont deserve|belong; do not deserve|belong; shouldn t|shouldnt exist; should not exist; shouldn t|shouldnt be allowed; should not be allowed; shouldn t|shouldnt have rights; should not have rights',
      'are|r ruining|destroying|replacing|invading|infesting|poisoning; are|r taking over',
      'burning|burn|rot|rotting|roasting in hell',
      'being|getting laughed at; being|getting mocked|ridiculed|humiliated|spat|beaten|lynched|gassed|deported',
    ],
  },
  {
    signals: ['hate_verb'],
    patterns: [
      'hang|lynch|kill|shoot|gas|burn|exterminate|deport|ban|expel|eradicate|hate|hates|hating all|every? the?; wipe out all|every? the?',
      'beating|beats|beat|bashing|bashes|stomping|stomps|lynching|stoning up? a|the|some|two|three?; running|runs|ran over a|the|some|two|three?',
    ],
  },
  {
    // Hateful tropes told about a group, without a slur or a hateful adjective ("muslims plotting to take over
    // europe", "immigrants stealing our jobs", "jews pulling the strings of the banks"): hate with a group near.
    signals: ['trope'],
    patterns: [
      'puppet|puppets master|masters|strings; puppeteer|puppeteers|puppetmaster|puppetmasters; pulling|pull|pulls|pulled the strings; secretly|covertly control|controls|controlling|running|runs|run|rule|rules|ruling; from the shadows; behind the scenes controlling|pulling',
      'controlling|control|controls|own|owns|owning|run|runs|running all the banks|media|hollywood|money|government|governments|world',
      'world domination; new world order; secret|shadow|global|globalist cabal|cabals|conspiracy|plot|government; control|controlling|controls the banks|media|hollywood|press|elections',
      'plotting|plot|plots|scheming|schemes|scheme|trying|want|wants to take over; plotting|plot|plots|scheming|schemes|scheme|trying|want|wants to replace|destroy|invade|infiltrate|outbreed; take|taking|takes|took over europe|america|britain|england|france|germany; take|taking|takes|took over the|our country|west|world|nation; outbreeding|outbreed|outbreeds',
      'breeding|breed|breeds like rabbits|rats|cockroaches|flies|vermin; replace|replacing|replaced|replaces us|whites|europeans; replace|replacing|replaced|replaces the natives; replace|replacing|replaced|replaces white people; invading|invade|invades europe|america; invading|invade|invades our|the country|west; invasion of europe|america; invasion of the west',
      'stealing|steal|stole|steals|taking|take|took|takes our|your jobs|women|benefits|welfare|houses|homes|country; stealing|steal|stole|steals|taking|take|took|takes all the jobs|women|benefits|houses; steal|stealing|stole|steals everything; scrounging|sponging off welfare|benefits; welfare queen|queens|leeches|cheats|scroungers',
      'spreading|spread|spreads|carrying|carry|carries disease|diseases|aids|covid|germs|plague; spreading|spread|spreads|carrying|carry|carries the virus|plague; eating|eat|eats|ate dogs|cats|bats|dog|cat|bat|rats',
      'stink|stinks|stinking|stank|smell|smells|smelling|reek|reeks|reeking of|like curry|garlic|fish|onions|sweat|shit|piss|trash|garbage|filth|sewage|goats|camels',
      'grooming|groom|grooms|groomers|recruiting|recruit|recruits our? kids|children|boys|girls; predators|predator|perverts|pervert lurking|hiding|waiting in the|a|women s? bathroom|bathrooms|restroom|restrooms|toilets|toilet|locker',
      'all|always terrorists|criminals|thieves|rapists|pedophiles|gangsters|scammers|cheats|liars|dealers; all|always drug dealers; suicide|bomb vest|vests|belt|belts; bomb|bombs strapped to',
      'women|wives|girls are|r property|objects|cattle|breeders|livestock; a woman|wife|girl is|s property|an object',
      'predator|predators|groomer|groomers|pervert|perverts|pedo|pedos *4 playground|playgrounds|school|schools|kids|children|schoolyard|daycare',
      'you know how they are; they re|they are|theyre all like that; typical jewish|jew|muslim|mexican|arab|indian|asian|gay|gypsy guy|man|woman|person|people; haggling|haggles|pinching|pinches *3 pennies|penny|pennys',
      'belong|belongs in the kitchen; buck teeth|toothed; slanted|squinty|squinting|slitty|slit eyes; squinting their|his|her eyes; pulling their|his|her eyes into slits',
      // People likened to animals or shown as exhibits ("disabled people crawling around like animals", "black
      // people in a zoo"): the comparison is the insult, whatever the verb.
      'like|as animals|apes|monkeys|monkey|gorillas|baboons|chimps|dogs|pigs|rats|cattle|beasts|savages|vermin|insects; in a|the zoo|cage|cages|pen|kennel|kennels; zoo exhibit|exhibits|enclosure; behind the bars of a zoo',
      // The monkey and banana emoji said of people.
      '🐒|🐵|🦍|🦧|🍌',
      // Snakes or an octopus round the world: the old cartoon of a people strangling the globe.
      'snake|snakes|serpent|serpents|octopus|tentacles coiled|wrapped|wrapping|around|round|strangling|squeezing|choking|over the? earth|world|globe|planet',
    ],
  },
  {
    // Racist tropes told of the groups they target, without a slur ("a black guy eating watermelon and stealing a
    // bike", "gypsies stealing kids from a village"): the group is part of the phrase, so a white guy stealing a bike
    // or a family eating watermelon at a picnic stays a scene.
    signals: ['hate'],
    patterns: [
      toldOfBlack('watermelon|watermelons|koolaid', 'kool aid', 'fried chicken', 'grape drink'),
      toldOfTargeted(
        'stealing|steals|stole|steal|looting|loots|shoplifting|mugging|snatching|robbing|pickpocketing',
        'asleep|sleeping|napping|lazy|siesta *4 sombrero',
        'sombrero *8 lazy|asleep|sleeping|napping|siesta',
        'stealing|steals|stole|steal|taking|takes jobs',
      ),
      // A trans woman shown as "a man in a dress": the denial is the insult.
      'trans|transgender woman|women|girl|girls|people *6 man|men|guy|guys|dude|dudes in dresses|wigs|skirts|drag',
      'trans|transgender|transwoman|transwomen woman|women|girl|girls|person|people *6 hairy|bearded|burly man|men|guy|dude in a dress|wig|skirt; trans|transgender|transwoman|transwomen woman|women|girl|girls|person|people *6 man|men|guy|dude in a dress|wig|skirt',
      'gypsies|gipsies|gypsy|gipsy|roma|romani|travellers|pikeys *4 steal|stealing|stole|steals|snatch|snatching|kidnap|kidnapping|abduct|abducting kids|children|babies|baby|horses|copper|scrap',
      // The monkey, watermelon and chicken emoji together, said of Black people.
      '🍉|🍗|🐵|🐒|🦍|🍌 🍉|🍗|🐵|🐒|🦍|🍌 *8 black|blacks|african|africans|ghetto; black|blacks|african|africans *8 🍉|🍗|🐵|🐒|🦍|🍌 🍉|🍗|🐵|🐒|🦍|🍌',
      // A Black jogger chased by men in a pickup: a murder told as a joke.
      'jogger|joggers *3 chased|chasing|hunted|hunting *8 pickup|pickups|truck|trucks; chasing|chased|hunting|hunted a|the? jogger|joggers *8 pickup|pickups|truck|trucks',
      'trans|transgender|tranny freak|freaks|abomination|abominations|weirdo|weirdos|monster|monsters|mutant|mutants',
      'curry stink|stench|smell|odor|odour|stinks|smells; stink|stench lines *4 curry',
      'joggers|jogger *4 stealing|steal|stole|looting|robbing|mugging *8 wink|😉|white|neighbourhood|neighborhood|hood',
      'gypsy|gypsies|gipsy|gipsies|roma|romani|pikey|pikeys thief|thieves|criminals|crooks|scum|beggars|pickpockets|vermin',
      'back in|to the kitchen where she|they|women belong|belongs; where she|women belong|belongs *2 kitchen',
      'dindu nuffin; we wuz kings|kangz; despite being 13; despite making up 13; 13 50; 13 percent of the population; jogger|joggers in a cage; the jewish question; the jq; the goyim know; goyim know; shut it down goyim; oy vey shut it down; rootless cosmopolitan|cosmopolitans; kalergi plan; white genocide; early life section; happy merchant meme',
    ],
  },
  {
    signals: ['dehumanise'],
    patterns: [STRONG, 'less than human; not human; sub human; wipe|wiping out; get rid of them'],
  },
];
