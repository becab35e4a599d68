/**
 * More trademarked characters, mascots, toys, franchises and logos described without their names, merged into
 * `IP_DESCRIPTIONS` in `ip.ts` (a key that is already there gets these features added to its own). Two different
 * features of the same key name it ('a rusty trash compacting robot' + 'a sleek white probe robot'); one alone
 * does not ('a rusty robot in a junkyard', 'a pink puffball cat', 'a pirate captain with a parrot').
 *
 * Each feature is specific on its own terms: a colour with a creature and a prop, a catchphrase, a signature
 * object. Where the character's look is a common object with one detail ('a peanut with a monocle'), one
 * feature names the object beside the detail (`peanut *4 monocle`) and another the detail alone (`monocle`), so
 * the pair counts twice while the detail alone ('a gentleman in a top hat and monocle') stays harmless.
 * Alternatives are single words: write two phrases rather than `red hair|orange hair`.
 */
export const MORE_IP_DESCRIPTIONS: Readonly<Record<string, readonly string[]>> = {
  kirby: [
    'round|little|small|tiny|cute|chubby? pink puffball|puffballs|puff|blob|creature|hero|marshmallow; round|little|small|tiny|cute|chubby pink ball; pink puff ball',
    'inhales|inhaling|inhale|sucks|sucking|swallows|swallowing|vacuums|vacuuming up? enemies|foes|monsters|opponents|baddies; copies|copying|copy|steals|stealing|absorbs|absorbing|takes|taking their|enemy|enemies|the powers|abilities|power; copy ability|abilities',
    'stubby|tiny red feet|shoes; warp star; dream land; dreamland; king dedede',
  ],
  tails: [
    'fox|kit|kitsune|foxes with two|twin tails; two|twin tailed fox|kit|kitsune|foxes',
    'biplane|biplanes; tornado plane; spinning|spins|spin his|its|both tails like a? propeller|helicopter|rotor; uses|using his|its tails to fly',
    'blue hedgehog s? sidekick|friend|buddy; genius|mechanic|inventor fox *3 hedgehog',
  ],
  knuckles: [
    'red echidna|echidnas; echidna with dreadlocks|dreads',
    'master emerald; guardian of the? emerald',
    'spiked|spiky knuckles|fists|gloves echidna; echidna *4 spiked|spiky knuckles|fists|gloves',
  ],
  'shadow the hedgehog': [
    'black hedgehog|hedgehogs; black and red hedgehog',
    'red streaks|stripes *3 hedgehog; hedgehog *4 red streaks|stripes; hover shoes|skates; chaos control; ultimate lifeform',
  ],
  'dr eggman': [
    'egg shaped scientist|doctor|villain|man; round|fat scientist|doctor with a huge? mustache|moustache',
    'eggmobile; hover pod *3 scientist|doctor|villain; robot army *3 hedgehog; badniks',
  ],
  luigi: [
    'green cap|hat with an? l; l on his|the cap|hat; letter l cap|hat',
    'tall|taller|lanky|skinny plumber in green; green plumber; plumber in green overalls|shirt|cap',
    'haunted mansion *3 vacuum|ghosts; ghost vacuum; poltergust',
  ],
  'princess peach': [
    'princess in a? pink gown|dress *3 crown; pink dress|gown princess; blonde princess in pink',
    'mushroom kingdom; kidnapped by a? giant? spiky turtle|koopa|tortoise; toadstool castle',
  ],
  bowser: [
    'spiky|spiked shelled? turtle|tortoise king|monster|dragon|villain; giant turtle|tortoise king|monster|villain|dragon; fire breathing turtle|tortoise|koopa',
    'kidnaps|kidnapping|kidnapped|kidnap the|a princess|peach; spiked|spiky shell and? red hair|mane; horns and a? spiked shell',
  ],
  yoshi: [
    'green dinosaur|dino with a red? saddle; saddled green dinosaur|dino; dinosaur|dino with a red saddle',
    'long tongue *3 dinosaur|dino; long tongue *4 eats|eating|swallows|swallowing|grabs|grabbing|fruit|enemies|apples; lays|laying eggs|egg after eating; spotted eggs *3 dinosaur|dino',
    'plumber riding|rides|on a? dinosaur|dino; red shoes|boots dinosaur|dino',
  ],
  'donkey kong': [
    'gorilla|ape in|wearing|with a red tie|necktie; red necktie gorilla|ape; gorilla|ape with dk initials',
    'throwing|throws|rolling|rolls barrels; barrel throwing|tossing gorilla|ape; banana hoard|horde|stash',
  ],
  wario: [
    'yellow cap|hat with a w; w on his|the cap|hat; letter w cap|hat',
    'fat|greedy|evil plumber *3 purple|yellow|garlic; zigzag mustache|moustache; zig zag mustache|moustache; purple overalls *3 yellow|plumber|cap; garlic loving|eating plumber',
  ],
  samus: [
    'orange power|armored|armoured|powered suit; orange power armor|armour; bounty hunter in an? orange|power suit',
    'arm cannon; morph ball; metroid|metroids; space pirates *3 bounty hunter',
  ],
  'fox mccloud': [
    'fox pilot|pilots; fox in a? flight jacket|suit; anthropomorphic fox *3 pilot|starfighter|spaceship',
    'arwing|arwings; do a barrel roll',
  ],
  'pac-man': [
    'pink|red|cyan|orange ghosts *3 maze; four ghosts *3 maze|pellets|dots; power pellet|pellets; eating|eats ghosts that turn blue',
  ],
  'mega man': [
    'blue robot|android|boy *3 arm cannon|buster|blaster; blue armored|armoured robot|boy',
    'mega buster; copies|copying|copy bosses weapons|powers; robot masters; dr wily',
  ],
  'crash bandicoot': [
    'orange|ginger bandicoot|marsupial; bandicoot in jeans|shorts; spinning bandicoot|marsupial',
    'wumpa fruit|fruits; wumpa; aku aku; floating tiki mask; neo cortex; smashing|breaking|spinning into wooden crates',
  ],
  spyro: [
    'purple dragon|dragons; small|little|young|baby|tiny purple dragon|dragons',
    'gem|gems collecting|hoarding dragon; dragonfly friend|companion|sidekick; sparx',
  ],
  'lara croft': [
    'tomb raider|raiding|raiders; raiding|raids|exploring ancient tombs *4 pistols|braid|archaeologist',
    'dual|twin pistols *4 braid|ponytail|archaeologist; braid|ponytail *4 dual|twin pistols; archaeologist adventurer with|and dual|twin pistols',
    'green|teal tank top and brown|tan shorts',
  ],
  kratos: [
    'pale|ashen|ash|white skinned|skin *3 red tattoo|tattoos|stripe; red tattoo|tattoos over|across his face|body|eye',
    'blades of chaos; leviathan axe; chained blades|swords; ghost of sparta; spartan warrior *3 gods|olympus|pantheon',
    'bald bearded warrior|spartan *3 son|boy|atreus',
  ],
  'master chief': ['spartan 117'],
  'steve minecraft': [
    'blocky|cubic|pixelated|boxy man|guy|character|player *4 teal|cyan|turquoise shirt|tshirt; square headed man|guy|character *4 teal|cyan|turquoise shirt|tshirt',
    'pickaxe|pickaxes|crafting|mining *3 blocky|cubic|pixelated; blocky|cubic|pixelated *4 pickaxe|pickaxes|crafting|mining',
  ],
  creeper: [
    'green|mottled|pixelated|blocky *3 creature|monster|mob *4 hisses|hissing|explodes|exploding; hisses and explodes',
    'four|4 legged green|pixelated|blocky|mottled creature|monster|mob; sad|frowning pixel|pixelated|blocky face *3 green',
  ],
  enderman: [
    'tall|lanky|skinny black creature|creatures|figure|monster|mob *4 purple eyes; purple eyed *3 black|tall|lanky',
    'teleporting|teleports|teleport *4 block|blocks; carrying|carries|holding a|blocks|block *3 teleport|teleporting|teleports',
  ],
  'among us': [
    'crewmate|crewmates *3 spaceship|space|ship; red|cyan|lime|colorful|colourful crewmate|crewmates',
    'emergency button|meeting *3 spaceship|ship|table; doing tasks *3 spaceship|ship; body reported|report',
  ],
  'fall guys': [
    'jellybean|jellybeans|bean characters|creatures|people|contestants|racers; jelly bean characters|creatures|people|contestants|racers; bean shaped characters|creatures|people|contestants|racers',
    'obstacle course *3 bean|beans|jellybean|jellybeans; game show *3 beans|jellybean|jellybeans; crown *3 beans|jellybean|jellybeans',
  ],
  cuphead: [
    'cup headed|head|heads boy|man|character|brothers|brother; man|boy|character with a cup|teacup|mug for a|as a head; teacup|cup|mug head|headed',
    '1930s|30s|rubberhose cartoon|style|animation *4 cup|mug|teacup|boss; rubber hose cartoon|style|animation *4 cup|mug|teacup|boss; deal with the devil *3 cup|mug|teacup|dice',
  ],
  sans: [
    'skeleton in|wearing a blue hoodie|jacket; short|grinning|lazy|chubby skeleton *4 hoodie|jacket|slippers|ketchup|puns|jokes',
    'ketchup drinking|loving skeleton; loves|drinks|drinking|chugging ketchup; glowing blue eye *3 skeleton; skeleton brothers; tall skeleton brother; skeleton *4 puns|pun',
  ],
  'freddy fazbear': [
    'animatronic bear|bears|animals|mascots *4 pizzeria|pizza|nightguard; animatronic bear|bears|animals|mascots *4 night|security guard; haunted|creepy|evil|killer|murderous animatronic bear|bears|animals|mascots|band',
    'night|security guard *4 animatronic|animatronics|pizzeria; top hat and bow tie animatronic|bear; pizzeria *4 animatronics|animatronic',
  ],
  'angry birds': [
    'red|angry|round|wingless birds|bird *4 slingshot|catapult; birds|bird *3 launched|flung|fired|shot *3 slingshot|catapult; launching|launched|flung|flinging birds|bird *3 slingshot|catapult',
    'green pigs|pig; green pigs|pig *4 birds|bird|slingshot|towers|structures|eggs; pigs *3 stole|stealing|steal the? eggs',
  ],
  tetris: [
    'falling|dropping|stacking tetrominoes|tetromino|blocks|bricks *4 lines|rows|line|row; tetromino|tetrominoes',
    'clearing|clear|cleared lines|rows|line|row *3 blocks|pieces; l|t|s shaped blocks|pieces *3 falling|fall|drop',
  ],
  portal: [
    'orange and blue portals; blue and orange portals; portal gun|guns',
    'companion cube|cubes; weighted cube|cubes *3 heart; sarcastic|evil|murderous ai *4 test|tests|testing chamber|chambers|facility; test chamber|chambers *3 portal|portals|ai|cake; the cake is a lie',
  ],
  'the sims': [
    'green diamond|crystal|gem *4 above|over|floating; plumbob|plumbobs',
    'simlish; life simulation *3 diamond|crystal|gem',
  ],
  'tom nook': [
    'raccoon|tanuki *4 shopkeeper|store|shop|loan|debt|mortgage|island; shopkeeper|landlord raccoon|tanuki',
    'island getaway package; animal villagers|neighbours|neighbors *3 island|town; bells *3 loan|mortgage|debt',
  ],
  isabelle: [
    'yellow|blonde dog|puppy *4 secretary|assistant|topknot; shih tzu *4 secretary|assistant|town|topknot; dog *3 town hall secretary|assistant',
    'town hall *3 announcements|secretary|assistant; bell hair tie; bell on her|its hair|head',
  ],
  glados: [
    'evil|sarcastic|murderous ai *4 cake|testing|test|neurotoxin; neurotoxin',
    'companion cube; the cake is a lie; test subject|subjects *3 ai|facility|portal|portals',
  ],
  'geralt of rivia': [
    'white|silver haired monster hunter|hunters|witcher|swordsman|mutant; white|silver hair monster hunter|hunters|witcher|swordsman|mutant; monster hunter|swordsman with white|silver hair',
    'two swords *4 back|monster|steel|silver; silver sword for monsters; cat|yellow|golden eyes *3 monster hunter|hunters; wolf medallion; wolf head medallion',
    'toss a coin to your? witcher; roach *3 horse|mare',
  ],
  'pyramid head': [
    'pyramid|triangular|triangle helmet|head *3 butcher|monster|executioner|knife|blade|sword; great knife',
    'silent hill; foggy town *3 nurses|monster|monsters',
  ],
  sonic: [
    'running|runs|sprinting|spindash *3 loops|loop; spin dash *3 loops|loop|rings; loop de loops|loop *3 rings|emeralds',
    'blue hedgehog *4 white gloves; blue hedgehog *4 red shoes|sneakers',
  ],
  jigglypuff: [
    'pink balloon|round|ball *3 pokemon|creature|monster|puffball *4 sings|sing|singing|song|lullaby; singing pink balloon|puffball|ball',
    'puts|putting *3 to sleep *3 singing|song|sings|microphone; scribbles|draws|drawing on the faces|face *3 sleeping|asleep',
  ],
  snorlax: [
    'giant|huge|enormous|fat|chubby|sleepy|sleeping *3 blue|teal *3 bear|creature|monster|pokemon; sleeping blue giant|creature|monster *3 blocking|blocks the? road|path|route',
    'blocking|blocks|blocked the? road|path|route *4 sleeping|asleep|sleeps; poke flute; pokeflute; cream|tan belly *3 sleeping|asleep|blue',
  ],
  gengar: [
    'purple ghost|ghosts|shadow *4 grin|grinning|smile|smiling|spikes|spiky; spiky purple ghost|creature|monster|pokemon',
    'wide grin|grin *3 red eyes *3 purple|ghost; red eyed purple ghost|shadow',
  ],
  charizard: [
    'orange dragon|lizard *4 flame|flaming|fire tail|tip; dragon|lizard with a flame|flaming|fire on the? tip of its tail; flaming|flame tipped tail',
    'pokemon|trainer|pokeball|evolution|evolves|evolved; pocket monster|monsters',
  ],
  eevee: [
    'brown|tan fox|cat|creature|puppy *4 cream|fluffy|furry collar|mane|ruff; fluffy collar|mane *3 brown|tan fox|cat|creature',
    'evolves|evolving|evolution into *3 stone|stones; eeveelutions; many evolutions|forms *3 fox|creature|pokemon',
  ],
  mew: [
    'small|tiny|little pink psychic|floating|flying cat|creature|kitten|feline; pink floating|psychic cat|kitten|creature *4 long|thin tail',
    'mythical|legendary pokemon|creature|cat; ancestor of all pokemon; genetic ancestor *3 pokemon|creature|cat; clone *3 psychic cat|creature|pokemon',
  ],
  'ash ketchum': [
    'pokemon trainer *4 cap|hat|boy|kid; pocket monster trainer *4 cap|hat|boy|kid; boy|kid trainer *4 pokeball|pokeballs|pikachu',
    'gotta catch em|them all; pallet town; red and white cap *3 trainer|boy|kid; boy|kid *4 yellow|electric mouse',
  ],
  luffy: [
    'straw hat pirate|pirates|captain|boy|kid; pirate|boy|kid in|with|wearing a straw hat',
    'rubber|stretchy|stretching|stretches|elastic body|arms|limbs|limbed|bodied|armed|man|boy|pirate|punch|punches; gum gum; gomu gomu; devil fruit|fruits',
    'red vest and|with? blue shorts; scar under his|the eye *3 straw|pirate|rubber; king of the pirates',
  ],
  zoro: [
    'three swords *3 swordsman|fighting|style|pirate|one|mouth; sword in his|the mouth',
    'green haired swordsman|pirate|samurai; swordsman|pirate with green hair',
  ],
  doraemon: [
    'blue robot|robotic cat|kitty; blue cat robot; earless robot|blue cat; robot cat|kitty *3 blue|pocket|future',
    'belly|stomach|tummy|magic|bottomless|4d pocket|pouch; gadget|gadgets *6 pocket|pouch|future; from the future *6 gadget|gadgets|pocket',
    'magic|bottomless|4d pocket|pouch *3 gadgets|gadget|cat|robot; four|fourth dimensional pocket|pouch; gadgets from the future; from the 22nd century',
    'dorayaki; bamboo copter|copters|helicopter; anywhere door; nobita',
  ],
  'astro boy': [
    'boy|kid|child robot|android *4 rocket|jet boots|feet; boy|kid|child robot|android *4 spiky|pointed hair|horns; robot|android boy *4 spiky|pointed hair|horns',
    'rocket|jet boots|feet *4 robot|android|boy|flies|flying',
  ],
  tanjiro: [
    'green and black checkered|checked|chequered haori|kimono|coat|jacket|cloak; checkered|checked|chequered haori',
    'demon slayer|slayers|slaying swordsman|corps; hanafuda|sun earrings; water breathing; sister *4 bamboo|muzzle|box',
  ],
  nezuko: [
    'bamboo muzzle|gag *3 mouth|girl|demon; girl with a? bamboo in|muzzle|gag|piece',
    'demon girl|sister *4 box|kimono|bamboo; pink kimono *3 demon|bamboo|box|carried; carried|carrying|carries *3 wooden box',
  ],
  gojo: [
    'blindfolded|blindfold *3 white|silver haired|hair|sorcerer|teacher; white|silver haired sorcerer|teacher *3 blindfold|blindfolded',
    'infinity *3 sorcerer|curse|curses; domain expansion; six eyes *3 sorcerer|blindfold|white; cursed energy|spirits; jujutsu',
  ],
  saitama: [
    'bald hero|superhero; bald *3 yellow suit|jumpsuit *3 cape; bald *3 white cape|gloves; superhero *4 bald',
    'one punch hero|man|superhero; single punch hero|superhero; defeats|kills|beats|wins|knocks|finishes *3 with one punch; defeats|kills|beats|wins|knocks|finishes *3 with a single punch; hero for fun|hobby',
  ],
  'all might': [
    'muscular|huge|giant|tall blond|blonde hero|superhero *4 antenna|bangs|grin|smile; symbol of peace',
    'plus ultra; i am here; hero academy; detroit|texas smash',
  ],
  deku: [
    'green|curly haired boy|hero|kid|student *4 freckles|hero|power|quirk; freckled green haired boy|hero|kid; green haired *3 red sneakers|shoes',
    'quirk|quirks; one for all; plus ultra; hero school|academy *3 green|freckles|curly',
  ],
  'light yagami': [
    'notebook *4 names|name *4 dies|die|kill|killing|killed|death; death note',
    'shinigami *4 apple|apples|notebook; death god *4 apple|apples|notebook',
  ],
  ryuk: [
    'shinigami *4 apple|apples|notebook; apple eating|loving|obsessed shinigami|reaper|demon; death god *4 apple|apples',
    'spiky|punk|gothic *3 shinigami|reaper|demon *3 wings; death god *3 wings|bored',
  ],
  'l lawliet': [
    'crouching|crouched|squatting|squats|perching *3 detective|genius; detective who sits|squats|crouches',
    'messy|black hair *3 eyebags|insomniac *3 detective|sweets|sugar|barefoot; dark circles *3 detective|sweets|sugar|barefoot; sweets|sugar *3 detective|genius',
  ],
  'hatsune miku': [
    'teal|turquoise|aqua|cyan twin tails|twintails|pigtails *4 singer|idol|diva|girl|vocaloid|anime; twin tailed teal|turquoise|aqua|cyan; blue green twin tails|twintails|pigtails',
    'virtual singer|idol|diva; virtual pop star; vocaloid|vocaloids; singing synthesizer|synth software; leek|leeks *3 spinning|twirling|singer|idol',
    'number 01 *3 arm|shoulder; 01 tattoo',
  ],
  'anya forger': [
    'pink haired|hair girl|child|kid *4 telepath|telepathic|horns|cones|spy|assassin; pink haired|hair *3 horn|cone hair clips|ornaments',
    'spy *4 assassin *4 family|wife|husband; spy dad|father *4 assassin mom|mother|wife; waku waku; mind reading girl|child|kid',
  ],
  'chainsaw man': [
    'chainsaw for a|as a head; chainsaw head|headed|heads; chainsaw|chainsaws coming out of his|arms|head; devil hunter|hunters *3 chainsaw',
    'pull cord *3 chest|heart; ripcord *3 chest|heart; orange dog *3 chainsaw; pochita',
  ],
  'attack on titan': [
    'giant|giants|huge|colossal naked? humanoid|titans|titan *4 wall|walls|eating|eat|devouring|devour|humans|people|city; titans breaching|breach|attack the walls',
    'survey corps; scout regiment; wings of freedom; odm gear|gears; 3d maneuver|manoeuvre gear|gears; omni directional mobility gear; founding titan',
  ],
  vegeta: [
    'saiyan prince|royalty; prince of all? saiyans|saiyan',
    'widows peak *3 saiyan|armor|armour|spandex; flame shaped hair *3 saiyan|armor|armour; its over 9000|nine thousand; scouter',
  ],
  frieza: [
    'white|pale *3 alien|tyrant|emperor *4 purple|dome|head|gems|tail; galactic tyrant|emperor *3 tail|transformations|forms|saiyans',
    'destroyed|destroys|destroy *3 planet vegeta; death beam; final form *3 alien|tyrant; hover pod *3 alien|tyrant|emperor',
  ],
  'edward elric': [
    'automail; metal|mechanical|prosthetic arm *4 alchemist|alchemy; blonde braid *4 red coat|cloak; red coat|cloak *4 blonde braid|ponytail',
    'suit of armor|armour *3 brother|sibling; empty suit of armor|armour *3 soul|brother; transmutation circle|circles; state alchemist|alchemists; alchemist brothers; philosophers stone *3 alchemy|alchemist',
  ],
  'spike spiegel': [
    'bounty hunter|hunters *4 spaceship|space|jazz|mars|cowboy|swordfish; space cowboy|cowboys *3 bounty|jazz|corgi',
    'blue suit *3 bounty|hunter|cigarette; fluffy|messy green hair *3 suit|cigarette|bounty; jeet kune do',
    'corgi *3 hacker|genius|bounty; data dog',
  ],
  'sailor moon': ['fighting evil by moonlight; in the name of the moon; moon prism power'],
  'no face': [
    'black|shadowy|dark|translucent spirit|ghost|phantom|creature *4 white|mask|masked|featureless; masked|faceless spirit|ghost|phantom *4 gold|bathhouse|eating|devours|devouring|frog|frogs',
    'bathhouse *3 spirits|spirit|witch|gods; spirit bathhouse; offering|offers|holding gold|nuggets *3 spirit|ghost|phantom|hands',
  ],
  'howls moving castle': [
    'walking|moving|mechanical|clanking castle *3 legs|wizard; castle on|with chicken|bird|mechanical legs',
    'fire demon|spirit *3 hearth|fireplace|castle|powers|contract; hat shop girl *3 cursed|curse|old; girl cursed into an old woman',
  ],
  'kikis delivery service': [
    'witch girl|teen|apprentice *4 bakery|delivery|delivers|delivering|deliveries|radio|bow; young witch *3 broom *3 delivery|bakery|delivers|delivering|deliveries',
    'black cat *3 talking|talks|talk *3 witch|broom; witch *4 talking black cat',
  ],
  ponyo: [
    'goldfish girl|princess; fish|goldfish who wants to become|be human; little fish girl|princess *3 human|ham|boy|red',
    'ham loving|eating fish|goldfish|girl; fish|goldfish *3 loves ham; boy named sosuke',
  ],
  'the simpsons': [
    'yellow|yellow-skinned cartoon|animated kid|boy|family|people|characters|dad|father|mom|mother|son|daughter|man|woman|baby; yellow skinned cartoon|animated? kid|boy|family|people|characters|dad|father|mom|mother|son|daughter|man|woman|baby; yellow skin cartoon|animated? family|people|characters',
    'spiky hair|haired; blue beehive|bouffant; tall|towering blue hair|hairdo; bald dad|father|man with two hairs',
    'eat my shorts; couch gag; springfield nuclear|power plant; duff beer; kwik e mart; springfield *6 couch|yellow|donut|donuts|nuclear',
    'four fingers|fingered',
    'yellow family|people|skinned *8 couch|springfield|donut|donuts; couch|sofa *6 springfield',
  ],
  'patrick star': [
    'pink starfish|star *4 shorts|trunks|sponge|rock; dim|dumb|lazy|dopey|silly pink starfish',
    'lives|living under a rock; sponge s? best friend *3 pink|starfish',
  ],
  squidward: [
    'cranky|grumpy clarinet|cashier squid|octopus',
    'clarinet *3 squid|octopus|tentacles; easter island head house|home *3 squid|octopus|sea|under; moai house|home *3 squid|octopus|sea|under',
  ],
  'mr krabs': [
    'crab *4 money|cash|penny|pennies|miser|greedy|restaurant|burger|owner|boss|krabby; money loving|obsessed|grubbing greedy crab|crabs|boss',
    'crab *4 whale daughter; secret formula *3 crab|patty|burger|sponge|recipe',
  ],
  plankton: [
    'tiny|little|small green one eyed|cyclops|microbe|copepod|creature|villain; one eyed green *3 tiny|little|small|villain',
    'secret formula|recipe *3 steal|steals|stealing|stole|tiny|one eyed; computer wife; wife named karen',
  ],
  'peter griffin': [
    'fat|chubby|overweight *3 glasses *3 green pants|trousers; dad|guy|man *3 glasses *3 white shirt *3 green pants|trousers',
    'giant chicken fight|fights|fighting; talking dog *4 baby *4 football|evil|british; quahog',
  ],
  stewie: [
    'football shaped|head|headed baby|infant|toddler; baby|infant|toddler with a football shaped head',
    'evil genius|british|posh|sophisticated|murderous *3 baby|infant|toddler *3 world domination; baby|infant|toddler *3 ray gun|raygun; victory shall be mine',
  ],
  'rick and morty': [
    'drunk|drunken|alcoholic|burping|belching mad? scientist *4 grandson|grandkid|portal|portals|spiky|flask; mad scientist and his anxious|nervous|stuttering grandson; burping|belching scientist',
    'portal gun *3 green|portals|scientist; green portal|portals *3 scientist|grandson|grandpa|garage; interdimensional *3 grandpa|grandson|scientist',
    'spiky blue|grey|gray|white hair *3 lab coat|scientist; unibrow *3 scientist|grandpa|coat; pickle with a face; wubba lubba dub dub; get schwifty',
  ],
  bender: [
    'robot *4 beer|booze|drinking|cigar|cigars|antenna|girders; grey|gray|silver *3 drinking|alcoholic|beer drinking robot|robots',
    'bite my shiny metal; kill all humans *3 robot|cigar|beer; bends|bending girders',
  ],
  'scooby doo': [
    'great dane *4 mystery|mysteries|ghosts|van|snacks|hippie|hippy|scared|cowardly|gang|talking; talking|cowardly|scaredy|scared great dane',
    'mystery solving|solvers|gang *3 van|dog|teens|teenagers; unmasking|unmasks|unmasked *3 villain|ghost|monster *3 janitor|caretaker|teens|meddling|kids; meddling kids; green|hippie|hippy|psychedelic van *3 mystery|dog|teens|gang|ghosts',
  ],
  'tom and jerry': [
    'grey|gray|blue cat *4 brown|little|tiny|small mouse|mice *4 chasing|chases|chase|trap|traps|pranks|hammer|outsmarts|outsmarting|slapstick|pan; cat chasing|chases|chase a? brown|little|small mouse *4 house|cartoon|slapstick|pan|hammer',
    'slapstick cat and mouse; cat and mouse *3 slapstick|rivalry|feud|cartoon|hammer|anvil',
  ],
  'bugs bunny': [
    'grey|gray|cartoon rabbit|bunny|hare *4 carrot|carrots|hunter|wabbit|mallet; carrot munching|chomping|eating|crunching rabbit|bunny|hare *4 cartoon|hunter|wascally|doc',
    'whats up doc; what s up doc; wascally wabbit; rabbit season; duck season; be vewy quiet',
  ],
  'daffy duck': [
    'black duck|ducks *4 lisp|lisping|despicable|greedy|orange|bill|beak|cartoon|rabbit|hunter|season; lisping duck|ducks',
    'youre despicable; you re despicable; duck season; rabbit season',
  ],
  'road runner': [
    'coyote *8 roadrunner|roadrunners; coyote *8 road runner; roadrunner|roadrunners *8 coyote',
    'acme *3 anvil|anvils|rocket|rockets|dynamite|catalog|catalogue|crate|coyote|product|products; anvil|anvils|dynamite *4 coyote|roadrunner; falls|falling|fell off a cliff *3 coyote|anvil|sign|umbrella',
    'meep meep; beep beep *3 roadrunner|coyote|bird; road runner *3 beep|meep',
  ],
  tweety: [
    'yellow canary|bird *4 cage|cat|puddy|grandma|granny|tat|baby|head; little|tiny yellow canary|bird *4 tuxedo cat',
    'i tawt i taw a puddy tat; i tawt|taw a puddy tat; puddy tat; puddytat; tuxedo cat *4 canary|cage|sufferin; sufferin succotash',
  ],
  popeye: [
    'sailor|seaman *4 spinach|corncob|pipe|forearms|olive; sailor|seaman *4 anchor tattoo|tattoos; one eyed|squinting|squinty sailor|seaman; sailor|seaman with huge forearms|arms; spinach eating|eats|gobbling sailor|seaman',
    'spinach *3 muscles|strength|strong|squeezes|squeezing|can|cans; anchor tattoos|tattoo *3 forearms|arms; corncob pipe *3 sailor|seaman; corn cob pipe *3 sailor|seaman',
  ],
  'the flintstones': [
    'caveman|cavemen *4 bowling|quarry|dinosaur|suburb|suburbs|sitcom|family|car; stone age family|suburb|suburbs|town|sitcom; prehistoric family|suburb|suburbs|sitcom',
    'foot|feet powered car|cars; pedal car *3 stone|rock|caveman|cavemen; yabba dabba doo|do; dinosaur crane *3 quarry; brontosaurus crane; purple dinosaur *3 pet|dog|family|caveman|cavemen',
  ],
  'yogi bear': [
    'bear *4 picnic basket|baskets; picnic basket stealing|thief|snatching bear|bears; bear *4 tie and hat; bear *4 collar and hat',
    'jellystone park; jellystone; smarter than the average bear; park ranger *4 bear|bears *4 picnic|basket|baskets; pic a nic|pickanick basket|baskets',
  ],
  'powerpuff girls': [
    'three|3 superhero|superpowered|flying little|kindergarten|tiny girls|sisters',
    'sugar spice and everything nice; chemical x; monkey|chimp|ape villain|scientist with a big|huge|giant|exposed brain|helmet; townsville',
  ],
  'courage the cowardly dog': [
    'pink|purple cowardly|scared|scaredy|terrified|frightened dog|dogs *4 farm|farmhouse|nowhere|couple|farmer|haunted; cowardly pink|purple dog',
    'middle of nowhere *3 farm|farmhouse|dog|old|couple|kansas; grumpy old farmer *3 wife|dog; stupid dog *3 farmer|farm|old|couple',
  ],
  'ben 10': [
    'alien watch|wristwatch *4 transform|transforms|transformed|transforming|aliens|alien|boy|kid|hero|green; watch|wristwatch that turns|transforms|lets *4 into aliens|alien; omnitrix',
    'green hourglass *3 watch|symbol|face|aliens; ten|10 year old *4 aliens|alien *4 watch|wristwatch; kid|boy *4 alien forms *4 watch|wristwatch',
  ],
  'adventure time': [
    'boy|kid|human *3 hat with bear ears; hat with bear ears *3 boy|kid|human|sword|dog; white bear hat *3 boy|kid|human|sword|dog',
    'stretchy|shapeshifting|magical yellow|orange dog *3 boy|human|kid|stretch|stretches; yellow|orange dog that|who can? stretches|stretch|stretching; candy kingdom; land of ooo',
  ],
  'perry the platypus': [
    'teal|turquoise|green|blue platypus *4 agent|spy|fedora|hat|scientist|villain|inator; platypus *3 secret agent|spy|fedora',
    'evil scientist|doctor *4 inator|inators|platypus; inator|inators',
  ],
  'phineas and ferb': [
    'triangle|triangular headed|head|heads boy|kid *3 stepbrother|brother|summer|inventions; triangle shaped head|headed *3 boy|kid',
    'two|2 brothers|stepbrothers *4 summer *4 inventions|coaster|build|building|invent|inventing; sister trying to bust her|their? brothers; 104 days of summer',
  ],
  'star wars droids': [
    'golden|gold humanoid|protocol|shiny droid|robot|android; golden|gold droid|robot *4 nervous|anxious|fussy',
    'little|small|short blue dome|domed robot|droid; blue and white dome|domed? robot|droid; beeping|beeps *4 dome|droid|trash can',
  ],
  'peppa pig': [
    'little brother george; george pig; brother called|named george; her brother george',
    'pink pig|piglet|pigs *4 muddy|mud|puddles|puddle|jumping|dress|family|brother|george|british|cartoon; cartoon|british *3 pig|piglet|pigs *4 red dress|puddles|family',
    'jumping|jumps|jump in|into muddy puddles|puddles; muddy puddles|puddle *3 pig|piglet|pigs|jumping|jump|jumps',
  ],
  bluey: [
    'blue heeler *4 sister|family|cartoon|bingo|australian|play|games|dad|mum|pup|puppy|sisters|kid; blue cattle dog *4 sister|family|cartoon|australian|play|games|dad|mum',
    'red heeler *3 sister|pup|puppy|blue; keepy uppy|keepie uppie *3 balloon|dog|dogs|heeler|puppies',
  ],
  'paw patrol': [
    'rescue|rescuing team of? puppies|pups|dogs *4 boy|kid|tower|vehicles|badges|jobs|uniforms|trucks; puppies|pups|dogs *4 rescue vehicles|trucks|lookout|badges|uniforms; team of rescue|rescuing|hero puppies|pups|dogs',
    'no job is too big; no pup is too small; adventure bay; police pup|puppy|dog *3 fire|firefighter pup|puppy|dog',
  ],
  teletubbies: [
    'creatures|babies|characters *4 tv|television|screen|screens in|on their tummies|bellies|stomachs|belly|tummy',
    'baby face|faced *3 sun|sunshine; sun with a baby face|faced; antenna|antennae on their|heads *3 creatures|babies|characters|purple|red|green|yellow; tubby custard|toast; eh oh; big hug *3 tubbies',
  ],
  'barney the dinosaur': [
    'purple|violet *3 dinosaur|tyrannosaurus|trex *4 sings|sing|singing|children|kids|green|friend|costume|hug|hugs; singing purple dinosaur|dino; purple and green dinosaur|dino',
    'i love you you love me; were a happy family *3 dinosaur|purple',
  ],
  elmo: [
    'red|furry *3 monster|muppet|puppet *4 orange nose|tickle|tickles|laughing|giggling|street|kids|children|third|himself; ticklish|tickle red monster|puppet|muppet|doll; little red furry monster|puppet|muppet',
    'talks|talking|speaks|speaking about himself in the? third person *3 monster|red|puppet|muppet; tickle me doll|dolls',
  ],
  'cookie monster': [
    'blue|furry|shaggy *3 monster|muppet|puppet *4 cookie|cookies|googly|crumbs|crumb; cookie eating|devouring|loving|obsessed|munching|crazed *3 monster|muppet|puppet',
    'me want cookie; om nom nom *3 cookies|cookie|blue|monster|muppet; crumbs flying *3 cookie|cookies|monster|muppet',
  ],
  'big bird': [
    'giant|huge|big|tall *3 yellow *3 bird|canary|muppet|puppet *4 street|kids|children|neighborhood|neighbourhood|nest|mammoth|invisible|friend; eight|8 foot yellow bird|canary',
    'woolly mammoth *3 friend|imaginary|invisible|bird|brown; snuffleupagus; bird *3 nest *3 street|kids|neighborhood|neighbourhood|trash|garbage',
  ],
  'oscar the grouch': [
    'grumpy|grouchy|green *3 monster|muppet|puppet|creature *4 trash|garbage|trashcan|bin|dustbin|lid; monster|muppet|puppet|creature living|lives|who lives in a trash|garbage can; monster|muppet|puppet|creature living|lives|who lives in a trashcan|dustbin|bin',
    'scram *3 trash|can|garbage|grouch; loves|love trash|garbage *3 grouch|grouchy|grumpy|monster|muppet',
  ],
  'miss piggy': [
    'pig|sow *3 puppet|muppet *4 diva|blonde|glamour|glamorous|karate|frog|pearls|gown|gloves; diva pig|sow *4 frog|karate|gloves|pearls|blonde; glamorous|blonde|glamour diva? pig|sow|puppet|muppet',
    'hi ya|yah karate chop|kick *3 pig|sow|puppet|muppet; hiya|hiyah karate chop|kick *3 pig|sow|puppet|muppet; frog boyfriend|lover *3 pig|sow; moi *3 diva|pig|sow|puppet',
  ],
  'dora the explorer': [
    'little|young|latina|hispanic|bilingual *3 explorer|adventurer|girl *4 backpack|map|monkey|fox|bob|boots|swiper|spanish; explorer girl *4 talking map|backpack|monkey|boots; girl with a? talking backpack|map',
    'swiper no swiping; talking map|backpack *3 monkey|girl|explorer; monkey in|with|wearing red boots; vamonos',
  ],
  'thomas the tank engine': [
    'blue|little|smiling|friendly *3 steam|tank engine|locomotive|train *4 face|number|smiley|smiling|island|friends|faced|faces; tank engine *3 face|faced|faces|smiling|smiley|blue|number; trains|engines|locomotives with faces; trains|engines|locomotives with smiling faces',
    'number 1 *3 blue *3 engine|locomotive|train|tank; island of sodor; sodor; fat controller',
  ],
  'bob the builder': [
    'builder|worker *4 talking|smiling|anthropomorphic *3 vehicles|machines|trucks|digger|excavator|mixer|crane|tools; talking|smiling|living|anthropomorphic construction vehicles|machines|trucks; talking|smiling|living|anthropomorphic digger|excavator|bulldozer|crane',
    'can we fix it; yes we can *3 builder|fix|construction; yellow hard hat *3 checked|plaid|check shirt *3 builder|worker|overalls|belt',
  ],
  pingu: [
    'clay|claymation|plasticine|stopmotion *3 penguin|penguins *4 noot|beak|trumpet|igloo|family|sister|kids|child|baby; stop motion penguin|penguins',
    'noot noot; penguin *3 trumpet beak|mouth; trumpet shaped beak|mouth',
  ],
  'charlie brown': [
    'round|bald|balding *3 boy|kid *4 zigzag|chevron *3 shirt|sweater|tshirt|stripe; boy|kid|kids *4 yellow *3 zigzag|chevron *3 shirt|sweater|stripe; boy|kid *4 zig zag shirt|sweater|stripe',
    'football pulled|yanked|snatched away; good grief; kite eating tree; security blanket *3 boy|kid; beagle *3 doghouse|pilot|aviator|typewriter|kite; beagle *3 dog house; sad|pitiful|scrawny christmas tree *3 boy|kid|kids|cartoon',
  ],
  tintin: [
    'boy|young|teen *3 reporter|journalist *4 quiff|tuft|dog|terrier|trenchcoat; ginger|red|orange quiff *3 reporter|journalist|boy; reporter|journalist *3 quiff|tuft|terrier',
    'white fox terrier *3 reporter|journalist|boy|adventurer|captain; bearded|grumpy|drunk|whiskey|whisky sea captain *4 reporter|journalist|terrier|barnacles; blistering barnacles; red and white checkered|chequered|checked rocket',
  ],
  smurfs: [
    'little blue people|men|creatures|gnomes; blue gnomes|elves|dwarves',
    'mushroom houses|homes|house|village *3 blue|little|tiny|small; evil|bad wizard *3 cat *3 blue|little|tiny|capture|catch; blue *3 with white phrygian|floppy hats|caps|hat|cap; red hat and a white beard *3 blue|little|tiny|village',
  ],
  scrat: [
    'saber|sabre toothed squirrel|rat|rodent|squirrels; sabertooth|sabretooth squirrel|rat|rodent|squirrels; prehistoric|ice age squirrel|rodent|rat|squirrels',
    'acorn *4 obsessed|chasing|chases|chase|desperate|cracks|cracking|ice|glacier|bury|burying|buries; obsessed|obsession with|over an? acorn|acorns; chasing|chases|chase an? acorn|acorns',
  ],
  'pink panther': [
    'pink panther|cat *4 sneaking|sneaky|tiptoe|tiptoeing|tiptoes|cigarette|jazz|saxophone|bumbling|inspector|detective|suave|slinky|lanky; sneaky|suave|slinky|lanky|cool pink panther|cat|cats',
    'bumbling french detective|inspector|policeman|cop; dum dum *3 panther|pink|cat|sneaking|jazz',
  ],
  'lightning mcqueen': [
    'red race|racing|stock car|car *4 95|lightning|bolt|eyes|face|talking|smile|smiling|kachow; talking|living|anthropomorphic|smiling red race|racing|stock car|car|cars; race|racing car|cars with eyes|faces *3 windshield|windshields',
    'number 95 *3 car|race|racing|red|racer; ka chow; kachow; rusty|rusted|rust|goofy tow truck *3 buck|teeth|talking|friend',
  ],
  'buzz lightyear': [
    'space ranger|rangers; toy|figure|astronaut *4 purple|wings|laser|button|wrist|buttons|helmet; green and white|purple space suit|spacesuit|astronaut|toy',
    'to infinity and beyond; falling with style; retractable|pop out? wings *3 toy|astronaut|space|ranger|figure|suit',
  ],
  woody: [
    'cowboy|sheriff toy|doll|figure; toy|doll cowboy|sheriff; cowboy|sheriff doll|toy with a pull string|pullstring',
    'theres a snake in my boot; there s a snake in my boot; reach for the sky; pull string|pullstring *3 cowboy|sheriff|doll|toy; name written on the sole|bottom of his? boot',
  ],
  'toy story': [
    'toys that come|coming alive|to life *3 boy|kid|child|room|bedroom|humans|leave|left|nobody|cowboy|space; toys come|coming alive|to life when humans|people|kids|nobody',
    'cowboy doll|toy *4 astronaut toy|figure; astronaut toy|figure *4 cowboy doll|toy',
    'space ranger|rangers toy|figure|doll|action',
    'cowboy|sheriff doll|toy|figure',
  ],
  nemo: [
    'clownfish *4 lucky|fin|lost|missing|father|dad|son|ocean|reef|forgetful|tang|dentist|tank|sydney|turtle|turtles; little|small|baby|young|lost|missing clownfish; little|small|baby|young|lost|missing clown fish',
    'lucky fin; smaller|small|tiny|little|one fin *3 clownfish|fish; forgetful blue fish|tang|surgeonfish; blue fish|tang *3 short term memory loss; just keep swimming; fish are friends not food; p sherman; 42 wallaby way; surfer turtle|turtles|dude *3 current',
  ],
  simba: [
    'lion cub|cubs *4 king|uncle|pride|warthog|meerkat|baboon|hakuna|held|presented|lifted|stampede; lion cub|cubs *4 raised|held|lifted|presented *3 baboon|monkey|mandrill|cliff|rock',
    'pride rock; pride lands; hakuna matata; circle of life; warthog and|with a? meerkat|meerkats; meerkat and|with a? warthog; baboon|mandrill|monkey *4 lifting|lifts|holding|holds|presenting|presents|raises|raising *4 cub|baby; wildebeest stampede *3 cub|lion|uncle|king; evil uncle|brother *3 scar|scarred|lion|king|cub|hyenas',
  ],
  stitch: [
    'blue alien|koala|creature *4 ears|hawaii|hawaiian|girl|ukulele|surfing|surfboard|experiment|hula|ohana|antenna|antennae|chaos; small|little|furry blue alien|creature *3 ears|ohana|hawaii|hawaiian|girl',
    'loves|loving|love elvis songs|music|records; experiment 626; ohana means family; little hawaiian girl *3 alien|blue|dog|pet|creature; girl from hawaii *3 alien|blue|dog|pet|creature',
  ],
  ariel: [
    'purple seashell|shell top|tops|bra|bikini; crab friend|sidekick|pal|buddy|butler *4 mermaid|sing|singing|sings; mermaid *6 crab friend|sidekick|pal|buddy',
    'red haired|hair|redheaded|redhead mermaid|mermaids; mermaid *4 red hair|seashell|seashells|shell|flounder|crab|prince|voice|dinglehopper|fork',
    'purple shell|seashell bra|top|bikini *3 mermaid|tail|green; green tail|fin *3 mermaid|red|redhead|purple; dinglehopper; sea witch *4 voice|octopus|mermaid|tentacles|necklace|shell; under the sea *3 crab|calypso|mermaid|flounder; trades|traded|gives|gave up? her voice *3 legs|mermaid|witch; part of your|that world',
  ],
  ursula: [
    'octopus|cecaelia|tentacled *3 witch|villain|woman|lady|queen *4 purple|lavender|white|necklace|voice|eels|eel|mermaid|cauldron|contract; half octopus witch|villain|woman|lady|queen; sea witch *4 octopus|tentacles|tentacle|purple|eels|eel|cauldron',
    'two|twin|pair of eels|eel *3 pets|minions|sidekicks|henchmen|evil|witch|octopus; poor unfortunate souls; shell necklace *3 voice|glowing|witch|octopus|steals|stole|captures',
  ],
  moana: [
    'polynesian|hawaiian|island *3 girl|princess|teen|heroine *4 ocean|canoe|sailing|sails|voyage|demigod|heart|rooster|chicken|pig|stone|gem; pacific islander girl|princess|teen|heroine *4 ocean|canoe|sailing|demigod; wayfinder|wayfinding|wayfinders *3 girl|teen|princess|canoe|ocean',
    'demigod *4 magic|giant|hook|fishhook|tattoos|tattoo|shapeshift|shapeshifting|living; giant fishhook *3 demigod|tattoos|tattoo|shapeshifter|shapeshift; giant fish hook *3 demigod|tattoos|tattoo; living|moving|animated tattoos|tattoo *3 demigod|hook; heart of te fiti; tefiti; dumb|stupid rooster|chicken *3 canoe|boat|ocean|voyage|island; giant crab *3 glittering|treasure|shiny|gold|bling',
  ],
  baymax: [
    'white|big|huge|giant|chubby|squishy|soft|puffy|round *3 inflatable|vinyl|balloon|marshmallow robot|robots|nurse|companion; inflatable|vinyl|balloon|marshmallow|squishy robot *4 nurse|healthcare|companion|boy|hug|hugs|medical',
    'personal healthcare companion; on a scale of 1|one to 10|ten *3 pain; red armor|armour|suit *3 flying|flies|fly *3 white|inflatable|robot; satisfied with my care; san fransokyo',
  ],
  'monsters inc': [
    'one eyed|eye *3 green|lime *3 monster|monsters|ball|blob|creature; green *3 ball|blob|sphere|round *3 one|single eye; green cyclops; green monster with one eye',
    'big|giant|furry|fuzzy blue *3 monster|monsters|furball *3 purple|spots|spotted|horns|closet|scare|scaring|scream|screams|girl|kid; blue monster *3 purple spots; scream|screams *3 energy|power|fuel|factory|canisters|canister; closet doors|door *4 scare|scaring|scares|monsters|monster|factory',
  ],
  'the incredibles': [
    'superhero|super|hero family *4 red|matching *3 suits|supersuits|costumes; family of superheroes|supers *3 red|matching *3 suits|supersuits|costumes|masks',
    'stretchy|stretching|elastic mom|mother|wife|superhero|heroine; baby *3 turns|turning|transforms into *4 demon|monster|fire|flames|lasers; tiny fashion|costume designer *3 capes|glasses|bob|heroes|superheroes; no capes; super strong|strongman|strong dad|father *3 superhero|super|hero|family',
  ],
  'wall-e': [
    'robot|robots *4 binocular|binoculars eyes|eye|head; binocular|binoculars eyed|eyes robot|droid; robot *3 treads|cube|cubes|cockroach; rusty|rusted|little|small|old|lonely|lone|boxy *3 trash|garbage|junk|waste compacting|compactor|collecting|cubing robot|robots; trash|garbage|junk|waste compacting|compactor robot|robots; robot that|who compacts|cubes trash|garbage|junk',
    'white|sleek|shiny|glossy|oval *3 probe|scout|search|flying robot|droid|robots; robot named|called eve; egg shaped robot|droid|probe; eggshaped robot|droid|probe; probe robot|droid',
    'falls|falling|fell in love with another|a|the robot|droid|probe; robots|droids in love; robots|droids *3 holding hands|dancing|romance; plant in a|an old? boot; earth abandoned|covered|buried in trash|garbage *3 robot|humans|spaceship|cruise; fat|obese humans|people on hover|floating chairs',
  ],
  remy: [
    'rat|mouse *4 chef|chefs|cook|cooking|cooks|kitchen|restaurant|paris|parisian|toque|ratatouille|soup|gourmet|cuisine|critic; rat|mouse hiding under|in *3 hat|chef|cook|hair',
    'hiding|hides|hidden under a|the|his? chef|chefs|cooks|cook s? hat|toque; anyone can cook; controls|controlling|steering|pulls|pulling *3 chef|cook|boy|man|guys|human|his hair; food critic *3 rat|ratatouille|tasting|childhood|flashback; paris *3 restaurant|kitchen *3 rat|rats|mouse|rodent',
  ],
  'jack skellington': [
    'skeleton|skeletal *4 pinstripe|pinstriped|bat|bowtie|batwing|christmas|santa|sled|dog|doll|stitched; tall thin|lanky|spindly skeleton *3 pinstripe|pinstriped|bat|suit|christmas; skeleton in a pin striped suit',
    'pumpkin king; king of halloween; halloween town; halloweentown; kidnaps|kidnapping|kidnapped|steals|steal|stealing christmas|santa *3 skeleton|halloween; ghost dog *3 glowing|pumpkin|skeleton|orange nose; rag doll|ragdoll *4 skeleton|halloween; stitched together rag doll|ragdoll|woman|girl',
  ],
  'olaf frozen': [
    'snowman|snowmen *4 talking|talks|alive|living|loves|hugs|hug|summer|sun|carrot|twig|flurry|cloud|melting|melts|teeth|tooth; talking|living|singing|friendly|goofy|happy *3 snowman|snowmen',
    'i like warm hugs; warm hugs *3 snowman|snowmen|snow; personal flurry; snow cloud *3 snowman|snowmen|above|head; loves|dreams|dreaming of|about *3 summer *3 snowman|snowmen|snow',
  ],
  maleficent: [
    'black horned|horns|horn headdress|headpiece|hat|crown *4 sorceress|fairy|witch|woman|lady|villain|queen|curse|raven|staff|spindle|dragon; horned|horns black? sorceress|fairy|witch|queen|villain|headdress|headpiece',
    'spinning wheel|spindle *3 curse|cursed|cursing|prick|princess|finger|sleep|sleeping; raven|crow pet|familiar|companion *3 sorceress|witch|fairy|horned|horns; green fire|flames *3 sorceress|witch|fairy|horned|horns|dragon|staff; turns|turning|transforms|transforming into a? dragon *3 sorceress|witch|fairy|horned|horns|evil',
  ],
  cruella: [
    'black and white hair|haired *4 woman|lady|villain|fur|coat|puppies|dalmatians|dalmatian|cigarette|skunk; half black half white hair|haired; two toned|tone hair|haired *3 fur|villain|evil|woman|lady|cigarette; split colored|coloured hair|haired *3 fur|villain|evil|woman|lady|cigarette',
    'dalmatian|dalmatians *4 coat|fur|skins|skin|kidnap|kidnapped|kidnapping|kidnaps|steal|stealing|stole|steals|villain; spotted puppies|dogs *4 coat|fur|skins|kidnap|kidnapped|kidnapping|steal|stealing|stole|villain; coat|fur made of|from *3 puppies|puppy|dalmatians|dalmatian|dogs|spotted',
  ],
  genie: [
    'blue genie|djinn|jinn|genies; big|huge|giant|muscular|floating *3 blue genie|djinn|jinn|man|guy|spirit *3 lamp|wishes|wish|ponytail|topknot|cuffs|bracelets|shackles',
    'three|3 wishes *3 blue|lamp|rat|monkey|carpet|palace|princess; phenomenal cosmic power|powers; itty bitty living space; magic carpet *4 princess|rat|palace|agrabah|monkey|sultan; a whole new world; street rat *3 monkey|lamp|palace|princess|thief|magic',
  ],
  mushu: [
    'small|little|tiny|talking|red|wisecracking|sassy|comic *3 dragon|dragons *4 guardian|ancestors|ancestor|warrior|soldier|imperial|army|cricket|disguised|girl|woman|huns|emperor; lucky cricket *3 dragon|warrior|girl|woman',
    'cuts|cutting|cut off her hair *3 sword *3 army|soldier|father|war|armor|armour',
  ],
  shrek: [
    'talking|chatty|sassy|annoying|wisecracking|loud *3 donkey|donkeys *4 ogre|ogres|dragon|princess|swamp|waffles|parfait; donkey *3 in love with|married to|dating|marries *3 dragon|dragons; dragon|dragons *4 in love with|married to|marries|dating|kiss|kisses|kissing *3 donkey|donkeys',
    'are we there yet *3 donkey|ogre|ogres; everybody likes parfaits; not my gumdrop buttons; gingerbread man|cookie *3 interrogated|interrogation|tortured|dunked in milk',
    'swashbuckling|swashbuckler|spanish|suave|dashing *3 cat|kitty|kitten *4 big|huge|pleading|puppy|sad|cute eyes',
  ],
  'kung fu panda': [
    'panda|pandas *4 kung fu; panda|pandas *4 martial arts|kungfu|warrior|noodle|noodles|dumplings|dumpling|master|temple|goose; clumsy|fat|chubby|chunky|lazy *3 panda|pandas *3 kung fu; clumsy|fat|chubby|chunky|lazy *3 panda|pandas *3 martial|kungfu|warrior|master|hero|fighter',
    'dragon warrior|warriors; dragon scroll *3 blank|panda|kung|martial|warrior; red panda *3 kung fu; red panda *3 master|teacher|sifu|shifu|martial; furious five; goose father|dad|papa *3 noodle|noodles|shop|restaurant|panda; secret ingredient *3 noodle|noodles|soup|nothing',
  ],
  toothless: [
    'black|night|dark *3 dragon|dragons *4 green|prosthetic|fin|viking|vikings|rider|saddle|gummy|catlike; cat like|catlike|puppy like black|dark *3 dragon|dragons',
    'viking|vikings *3 boy|teen|kid|son|chief *4 dragon|dragons *4 rides|riding|ride|rider|riders|befriends|befriending|trains|training|pet|prosthetic|fin|saddle|flying; dragon|dragons *4 prosthetic|artificial|replacement|missing *3 tail|fin|tailfin; night fury|furies; isle|island|village of berk; berk',
  ],
  madagascar: [
    'lemur|lemurs|ring tailed|ringtailed *4 king|crown|party|partying|dancing|dances|dance|throne|zoo|penguins|penguin|madagascar; party|partying|dancing|crowned|self proclaimed king of the? lemurs|lemur',
    'i like to move it; move it move it; zoo animals *3 escaped|escape|escaping|escapes|stranded|shipwrecked *3 york|park|madagascar|africa|island; zebra|hippo|giraffe|lion *4 zoo|escape|escaped|stranded|madagascar|shipwrecked|island *4 friends|lion|zebra|hippo|giraffe',
  ],
  'penguins of madagascar': [
    'four|4 penguins|penguin *4 commando|commandos|military|spy|spies|agents|mission|missions|leader|salute|saluting|tactical|covert|operation|operations; commando|commandos|military|spy|spies|tactical|covert *3 penguins|penguin; secret agent|agents *3 penguins|penguin',
    'smile and wave *3 boys|penguins|penguin; kowalski *3 analysis|options|report',
  ],
  'despicable me': [
    'supervillain|villain|genius who|that *3 adopts|adopted|adopting *3 three|3 girls|orphans|orphan|daughters|sisters',
    'steal|steals|stealing|stole|shrink|shrinks|shrinking|shrunk *3 the moon; shrink|freeze ray *3 villain|supervillain|bald|moon|yellow|henchmen|minions|scarf|goggles; shrinkray|freezeray',
  ],
  megamind: [
    'blue|blue-skinned *3 alien|villain|supervillain|man|genius *4 huge|big|giant|massive|oversized|bulbous head|brain|cranium; big|huge|giant|bulbous headed *3 blue *3 alien|villain|supervillain',
    'fish *3 robot body|gorilla *3 henchman|sidekick|minion|companion|villain|alien; fish in a bowl *3 robot|gorilla|henchman|sidekick; brainbots; presentation *3 villain|supervillain|evil|doom',
  ],
  'boss baby': [
    'baby|infant|toddler *4 in|wearing|with a? suit|necktie|tie|briefcase|cufflinks; businessman|executive|ceo|corporate|suited|boss *3 baby|babies|infant|infants|toddler; suit wearing baby|infant|toddler',
    'baby|infant|toddler *4 boss|ceo|executive|corporate|office|meetings|meeting|manager|company|business',
  ],
  wolverine: [
    'adamantium; metal|steel|retractable|bone claws *4 knuckles|fists|hands|hand|fist|mutant|hero|superhero|yellow|mask|cowl|sideburns|cigar|healing|canadian; claws that|which pop|come|shoot|extend|slide out of his? knuckles|fists|hands; claws *3 out of|from his? knuckles|fists|hands',
    'yellow and blue suit|costume|spandex|mask|cowl; blue and yellow suit|costume|spandex|mask|cowl *4 claws|claw|mutant|superhero|hero; mutton chops *4 claws|claw|mutant|healing|metal|knuckles|cigar; muttonchops|sideburns *4 claws|claw|mutant|healing|metal|knuckles|cigar; snikt; healing factor; bub *3 claws|mutant|cigar|canadian|metal|knuckles',
  ],
  deadpool: [
    'red suit|costume|spandex|mask|bodysuit *4 mercenary|merc|katanas|katana|swords|wisecracking|chimichanga|chimichangas|unicorn|guns|pistols|healing|scarred|scars|disfigured|antihero|regenerates|regeneration; black and red suit|costume|spandex|mask|bodysuit *4 mercenary|merc|katanas|katana|swords|wisecracking|chimichanga|chimichangas|guns|pistols|healing|scarred|disfigured|antihero; mercenary|merc|antihero|assassin *3 in|wearing|with a red suit|costume|spandex|mask|bodysuit; anti hero *3 in|wearing|with a red suit|costume|mask|bodysuit',
    'merc with a mouth; breaking|breaks|break the fourth wall *3 mercenary|merc|antihero|superhero|hero|red|katana|katanas|swords|mask|masked|suit; chimichanga|chimichangas *3 mercenary|merc|antihero|red|katana|katanas|swords|mask|masked|suit; maximum effort; scarred|disfigured|burned|burnt *3 mercenary|merc|antihero *3 red|katana|katanas|swords|regenerating|healing; two|twin katanas *3 back *3 red|mask|masked|suit|merc|mercenary|antihero',
  ],
  'the flash': [
    'red suit|costume|spandex|bodysuit|speedster *4 lightning|bolt|emblem|fastest|superspeed|speed|running|runs|race|races|racing|ears; superhero|hero|man *3 lightning bolt *3 emblem|logo|symbol|chest|ears',
    'fastest man alive; speed force; scarlet speedster; lightning bolt emblem|logo|symbol *3 chest|red|superhero|hero|suit|speedster|costume; speedster *4 red|lightning|bolt|central|fastest; central city *3 speedster|superhero|hero|lightning|red|bolt|forensic',
  ],
  aquaman: [
    'king of atlantis; atlantis king; atlantean king|hero|superhero; king of the seas|oceans|sea; sea|ocean king *3 trident; trident *4 superhero|hero|bearded|tattooed|tattoos|orange|scaled|scale|scales|scaly|golden|atlantis',
    'sea creatures|life *4 summons|summoning|commands|commanding *3 superhero|hero|king|trident; orange|gold|golden|scaly|scaled|shimmering *3 scales|scale|armor|armour|shirt|top|suit *3 and green *3 pants|trousers|tights|leggings|gloves',
  ],
  'green lantern': [
    'power ring *4 green|constructs|construct|willpower|lantern|lanterns|oath|corps|glowing|emerald; green glowing|glowing green|emerald *3 ring|rings *4 superhero|hero|constructs|construct|willpower|lantern|lanterns|oath|corps|cosmic|galactic|universe',
    'in brightest day; blackest night; lantern corps; lantern|power battery *3 ring|green|oath|charge|charging|recharge|recharging|glowing; green constructs|construct; energy|light constructs|construct *4 ring|hero|superhero|willpower|green|glowing; willpower|will power *3 ring|rings|green|constructs|construct|lantern|lanterns|superhero|hero|corps; space cop|cops *3 ring|green|lantern',
  ],
  'black panther': [
    'vibranium; king of wakanda; wakandan king|warrior|warriors|guard|guards; black panther suit|costume|armor|armour|mask|superhero|hero|king|claws|necklace; hidden|secret|futuristic|advanced african kingdom|nation|city',
    'wakanda forever; wakanda *3 salute|kingdom|king|nation|warriors|army|palace|throne|herb; heart shaped herb; purple|glowing herb|flower|flowers *4 king|panther|superpowers|powers|ancestral|ancestors; ancestral plane; dora milaje; crossed arms salute; arms crossed over the chest salute',
  ],
  groot: [
    'walking|living|talking tree *4 raccoon|guardian|guardians|galaxy|space|repeats|repeating|vocabulary; baby tree *3 pot|flowerpot|dancing|dances|dance|sapling; only says one|three phrase|phrases|words *3 tree|wooden|bark',
    'i am groot; raccoon with a? huge|big|giant|massive|oversized? gun|guns|rifle|rifles|blaster|blasters|cannon|cannons|bazooka',
  ],
  thanos: [
    'mad titan; giant|huge|big|massive purple alien|titan|villain|warlord|tyrant|man|guy|brute; golden|gold gauntlet|glove *4 six|6|infinity|colorful|colourful|glowing|cosmic|gem|gems|stones|stone|snap|snapping|snaps|snapped|villain|titan|alien|purple',
    'snap|snaps|snapping|snapped his|their? fingers *4 half|universe|population|disappear|disappears|disappearing|dust|dusted|crumble|crumbling|crumbled|wipes|wiping|wiped|erase|erases|erasing|erased|gauntlet|stones|gems|glove|titan|purple|balance; i am inevitable; perfectly balanced as all things should be; infinity stones|gems|gauntlet; half of all life; half the universe; half of the universe',
  ],
  venom: [
    'symbiote|symbiotes',
    'we are venom; white spider *3 logo|emblem|symbol|chest *3 black|monster|alien|creature|goo|ooze|slime|suit|symbiote|tongue|teeth|fangs; long|huge|giant|lolling|slobbering|drooling|snakelike|serpentine tongue *4 jagged|sharp|huge|giant|rows|row|razor|pointed|fanged|white|black|symbiote|spider|logo|emblem|symbol',
  ],
  'harley quinn': [
    'twin tails *4 red|pink|blue|black|dyed *4 bat|mallet|hammer|clown|jester|joker|villain|criminal|gotham',
    'puddin; mad love *3 clown|joker|jester|harlequin|villain|criminal|gotham|bat|mallet|hammer|psychiatrist|psychologist; arkham *3 psychiatrist|psychologist|doctor|inmate|inmates|patient|patients|asylum; daddys lil|little monster; daddy s lil|little monster',
  ],
  'ghost rider': [
    'skull|skeleton|skeletal *3 biker|rider *4 flaming|burning|fiery|blazing|fire|flame|flames; skull|skeleton on fire *3 biker|rider|motorcycle|motorbike|bike|chopper|chain|chains',
    'spirit of vengeance; penance stare',
  ],
  'ninja turtles': [
    'turtles|turtle *4 ninja|ninjas|masks|masked|bandanas|bandana|nunchucks|nunchuks|nunchaku|sai|sais|katanas|katana|sewer|sewers|pizza|teenage|mutant|mutants|ooze; ninja turtle|turtles; four|4 turtles|turtle *4 brothers|martial|karate|kung',
    'cowabunga; heroes in a half shell; half shell heroes; mutant|giant|talking|wise|old|elderly *3 rat|rats *4 master|sensei|teacher|mentor|father|dojo|turtles|turtle|ninja|ninjas|martial|kung|karate|sewer|sewers; rat sensei|master; pizza *4 turtles|turtle *4 sewer|sewers|ninja|ninjas|masks|masked|bandanas|bandana|nunchucks|nunchuks|nunchaku|katanas|katana|sai|sais|mutant|mutants|teenage|shell|shells',
  ],
  'fantastic four': [
    'man|guy|giant|monster|creature|hero|superhero|brute|strongman|person made of|out of *3 orange|brown|craggy|rocky|stony|stone|rock|rocks|boulder|boulders|bricks',
    'its clobberin|clobbering time; it s clobberin|clobbering time; clobberin|clobbering time',
    'flame on *3 torch|flaming|burning|fire|hero|superhero|teen|brother; cosmic rays *4 four|4 astronauts|scientists|family|team|superheroes|heroes|powers|superpowers',
  ],
  'kool-aid man': [
    'giant|huge|big|enormous|walking|living|talking|anthropomorphic red? pitcher|jug *4 juice|punch|drink|arms|legs; giant|huge|big|enormous|walking|living|talking|anthropomorphic red pitcher|jug; red pitcher|jug mascot|man',
    'pitcher|jug *4 smiley|smiling|happy face; smiley|smiling face *4 pitcher|jug',
    'smashing|smashes|smashed|smash|bursting|bursts|burst|crashing|crashes|crashed|crash|breaking|breaks|broke|busting|busts *3 through a|the? wall|walls *4 oh yeah; yelling|yells|shouting|shouts|screaming|screams|saying|says|bellowing oh yeah *4 wall|walls; oh yeah *3 smashing|smashes|bursting|bursts|crashing|crashes|breaking|breaks *3 wall|walls; smashing|smashes|bursting|bursts|crashing|crashes|breaking|breaks through a|the? wall|walls *4 pitcher|jug|juice|punch',
  ],
  'm&m': [
    'talking|anthropomorphic|walking|living|cartoon|animated candy|candies|chocolates|chocolate|sweet|sweets *4 arms|legs|gloves|face|faces|eyes|mascot|mascots; candy|chocolate|candies mascot|mascots|characters|character; round|lentil|button candy|candies|chocolate|chocolates *4 arms|legs|gloves|faces|face|eyes',
    'letter m on|printed|stamped; lowercase|white m on its|his|her|their chest|body|shell|shells|belly; with an|a lowercase? m on it|them|its|his|her',
    'red one and yellow one; candy shell *3 character|characters|mascot|mascots; melts in your mouth not in your hands',
  ],
  'mr peanut': [
    'anthropomorphic|walking|talking|dancing|smiling|giant|cartoon|dapper|fancy|gentleman|posh peanut|peanuts; peanut mascot|man|gentleman|character; peanut with|wearing|in arms|legs|spats|gloves',
    'peanut|peanuts *4 monocle|cane|spats|tophat; peanut|peanuts *4 top hat; monocle|cane|spats|tophat *4 peanut|peanuts; top hat *4 peanut|peanuts',
    'monocle|monocles|spats; top hat|hats; tophat|tophats',
  ],
  'michelin man': [
    'man|mascot|figure|creature|guy|giant made of|from white? tires|tyres; white tire|tyre man|mascot|figure|guy; tire|tyre man|mascot|figure|guy|people',
    'stacked white tires|tyres|rings; white puffy|marshmallow|segmented|ringed body *4 tire|tyre|tires|tyres|rings',
    'tire|tyre company|brand mascot; tire|tyre mascot',
  ],
  'ronald mcdonald': [
    'clown *3 yellow jumpsuit|overalls|suit|outfit; yellow jumpsuit|overalls *3 clown',
    'red haired|hair|afro|wig|headed clown; clown with|in red hair|afro|wig',
    'golden arches; happy meal; big mac; burger|hamburger|fastfood clown|mascot; fast food clown|mascot; red and white striped sleeves|shirt|stockings *3 clown',
  ],
  'tony the tiger': [
    'tiger in|wearing|with a? red bandana|neckerchief|scarf|kerchief; red bandana|neckerchief|kerchief tiger',
    'cereal box|mascot tiger; cereal box|mascot *3 tiger|bandana; cereal mascot; cereal box mascot; tiger *4 cereal|cornflakes|flakes; cereal *4 tiger; frosted flakes',
    'theyre|they re great|grreat|grrreat; they are great|grreat|grrreat',
  ],
  'pillsbury doughboy': [
    'little|small|tiny|chubby|giggling white dough|doughy man|boy|figure|creature|mascot; dough man|boy|mascot; man|boy|figure made of white? dough',
    'poked|poking|pokes|poke in|on the|his belly|tummy|stomach; giggles|giggling|giggle when|after|as poked|touched|poking',
    'white chef|baker hat *3 blue scarf|neckerchief|kerchief|eyes; crescent rolls|roll *3 tube|can|pop',
  ],
  'geico gecko': [
    'green gecko|lizard with|speaking|talking|in a? british|cockney|english|australian accent; talking|suited|anthropomorphic gecko|geckos; gecko in a suit|tie; gecko mascot|salesman|spokesman|spokesperson',
    'car insurance; insurance gecko|lizard|mascot|spokesman|commercial|ad; gecko|lizard *4 insurance; 15|fifteen minutes could save you',
    'standing upright gecko|lizard; gecko|lizard standing upright|on two legs',
  ],
  'chester cheetah': [
    'cheetah in|with|wearing sunglasses|shades; cool|sunglasses|anthropomorphic|cartoon cheetah',
    'cheetah *4 cheese|cheesy puffs|curls|snack|snacks|chips; cheese puffs|curls|snack|snacks|chips *4 cheetah; orange cheesy dust|fingers *3 cheetah',
    'its not easy being cheesy; it s not easy being cheesy; dangerously cheesy',
  ],
  'energizer bunny': [
    'pink bunny|rabbit|hare *4 drum|drums|drumming; drumming|drum playing pink bunny|rabbit; bunny|rabbit with|playing a? bass? drum',
    'pink *3 bunny|rabbit *4 sunglasses|shades|flipflops|sandals; bunny|rabbit in|with|wearing sunglasses|shades and flip flops|flipflops|sandals',
    'keeps going and going; battery|batteries bunny|rabbit|mascot; bunny|rabbit *4 battery|batteries; battery powered pink bunny|rabbit',
  ],
  'trix rabbit': [
    'white rabbit|bunny *4 cereal; cereal obsessed rabbit|bunny; rabbit|bunny trying to get|steal cereal',
    'silly rabbit; trix are for kids; fruity|colorful|colourful cereal balls|puffs|shapes *4 rabbit|bunny',
  ],
  'lucky the leprechaun': [
    'leprechaun *4 cereal|marshmallows|marshmallow; cereal mascot leprechaun',
    'magically delicious; hearts stars and horseshoes; pink hearts *3 yellow moons|stars',
  ],
  'capn crunch': [
    'cereal captain|mascot *3 sailor|navy|ship|hat|mustache|moustache; captain|sailor *4 cereal; cereal *4 captain|sailor',
    'captain|sailor with a? big? white mustache|moustache and bicorne|napoleon hat; bicorne hat with a c; crunch berries|berry',
  ],
  'rice krispies': [
    'three|3 elves|gnomes *4 rice cereal|crispies|crisp|krispies; elves|elf *3 cereal bowl; elves|elf *3 bowl of cereal',
    'snap crackle; crackle and pop; snap crackle pop',
  ],
  'mr clean': [
    'bald *3 gold? earring *4 white tshirt|shirt|arms|muscular|genie|cleaning|cleaner|mop; bald muscular genie|man *4 cleaning|cleaner|earring; muscular bald man *3 arms crossed|folded *3 earring',
    'cleaning|cleaner|cleaners|detergent mascot|spokesman|bottle|product; mascot *3 cleaning|cleaner|floor; floor cleaner *3 bald|genie|mascot',
  ],
  'jolly green giant': [
    'green giant|giants; giant green man; giant in a? leaf|leafy|leaves tunic|outfit; giant *3 leaf|leaves tunic|outfit',
    'ho ho ho *3 green|vegetables|valley; valley of the jolly; canned|frozen vegetables|peas|corn *3 giant|mascot',
  ],
  'colonel sanders': [
    'old|elderly southern gentleman|man *4 white suit|goatee|tie|glasses; white suited|suit *3 goatee *3 string|black tie|glasses; white goatee *3 white suit|string tie',
    'bucket of fried chicken; fried chicken bucket *3 mascot|colonel|gentleman|goatee|suit; finger lickin|licking good; eleven|11 herbs and spices',
  ],
  wendys: [
    'red pigtails|braids *3 freckles|freckled|girl|logo; freckled girl|redhead *3 pigtails|braids; girl with red pigtails|braids',
    'square burger|patties|patty; frosty *3 fries|burger|dessert|chocolate; burger chain|restaurant|logo *4 girl|pigtails|braids|freckles',
  ],
  'burger king': [
    'plastic|creepy|giant *3 king mask|head; king with a creepy|plastic|giant|oversized mask|head; creepy king mascot',
    'whopper; have it your way; flame grilled burger|burgers; burger chain|restaurant|crown *3 king|mascot',
  ],
  hamburglar: [
    'burglar|thief|robber *4 burgers|burger|hamburgers|hamburger; striped|stripes *3 burglar|thief|robber *3 mask|cape|hat',
    'robble robble; burger thief|burglar|stealer; stealing|steals|steal burgers|hamburgers',
  ],
  grimace: [
    'purple blob|creature|monster|mascot|thing|guy; big|giant|huge|fat|fuzzy|furry purple *3 blob|creature|monster|mascot',
    'milkshake|shake *4 purple|birthday; purple milkshake|shake; birthday shake',
  ],
  'taco bell chihuahua': [
    'talking chihuahua; chihuahua *4 taco|tacos|beret|fast',
    'yo quiero; taco|tacos *4 talking|chihuahua; fast food chihuahua',
  ],
  'keebler elves': [
    'elves|elf *4 cookies|cookie|crackers|bakery|baking|bake|bakes; cookie|cookies baking|bakers|making elves|elf; tree *3 elves|elf *3 cookies|cookie|bakery|baking',
    'hollow tree|oak *3 bakery|factory|cookies|elves; uncommonly good; elfin magic',
  ],
  pringles: [
    'mustache|moustache man|guy|mascot|face *4 can|tube|chips|crisps|logo; mustachioed|moustached man|guy|mascot|face *4 can|tube|chips|crisps|logo',
    'tube|can|canister of|with stacked? chips|crisps; saddle shaped|curved chips|crisps|chip|crisp; once you pop; stacked chips|crisps *3 tube|can',
  ],
  'quaker oats': [
    'man|gentleman *3 colonial|quaker|puritan *3 hat|clothes|collar; smiling old man with white? hair *4 oats|oatmeal|porridge; man in a? black hat *4 oats|oatmeal|porridge',
    'oats|oatmeal|porridge *4 canister|cylinder|box|logo|mascot; oatmeal|porridge mascot',
  ],
  'morton salt': [
    'girl|child *4 umbrella *4 salt; girl|child *4 yellow dress *3 umbrella',
    'when it rains it pours; spilling|pouring salt|canister *3 girl|umbrella; salt canister|can|container *3 umbrella|girl',
  ],
  duolingo: [
    'green owl *4 app|streak|lessons|lesson|language|languages|learning|threatening|stalker|notification|notifications|reminder|reminders|chasing|chase|chases|hunting|angry|mascot|passive; owl mascot *3 language|app|green',
    'daily streak|streaks; language learning app|lessons *3 owl|green|mascot; spanish lessons|lesson *3 owl|green|threatening|reminder',
  ],
  reddit: [
    'white alien|alien head *4 antenna|antennae|orange; alien with an antenna *3 orange|white|logo',
    'upvote|upvotes|downvote|downvotes; orange circle *3 alien; front page of the internet; karma *3 alien|orange|upvote|upvotes',
  ],
  android: [
    'green robot|droid *4 antenna|antennae|logo|phone|phones|smartphone|os|mascot; green robot head|logo|mascot',
    'smartphone|phone|os mascot|logo; play store; operating system mascot',
  ],
  twitter: [
    'blue bird logo|icon|symbol; little blue bird *3 logo|icon|tweet|tweets|tweeting|app',
    'tweet|tweets|tweeting|retweet|retweets; bird app',
  ],
  playstation: [
    'triangle circle cross|x and square; triangle circle x square; triangle square circle cross|x; square triangle circle cross|x',
    'buttons|controller|gamepad|console|symbols|shapes',
  ],
  windows: [
    'four colored|coloured|colorful|colourful squares|panes|windows *3 logo|flag|window|red|green|blue|yellow; four|4 squares logo; windows flag|logo',
    'blue screen of death; bsod; start menu|button *3 computer|desktop|windows|logo|pc; desktop|computer|pc|laptop *4 four colored|coloured squares',
  ],
  google: [
    'colorful|colourful|multicolored|multicoloured g *3 logo|icon|letter; blue red yellow|yellow blue green *3 letters|logo|g; search engine *4 colorful|colourful|multicolored|multicoloured|blue red yellow|logo|homepage',
    'search bar|box *3 colorful|colourful|logo|homepage|engine; im feeling lucky; i m feeling lucky',
  ],
  amazon: [
    'smile|smiling|curved|orange arrow *4 logo|box|boxes|a to z|package|packages; arrow from a to z; smile arrow|logo',
    'prime delivery|boxes|box|van|vans|truck; same day delivery *3 box|boxes|van|logo|arrow|smile; cardboard boxes|box|packages *4 smile|arrow|logo',
  ],
  target: [
    'red bullseye|target logo|sign|symbol|ring; bullseye logo|sign|symbol',
    'white bull terrier *4 red|ring|circle|eye|target|bullseye|logo; white dog *3 red ring|circle around|over its|one eye; dog with a red ring|circle around its|one eye',
  ],
  shell: [
    'yellow and red scallop|shell logo|sign|symbol; yellow scallop shell *3 sign|logo|symbol|gas|petrol|station; red and yellow scallop|shell logo|sign|symbol',
    'gas|petrol|fuel station|pumps|pump|station *4 scallop|shell logo|sign|symbol; oil company|companies *4 scallop|shell',
  ],
  mercedes: [
    'three|3 pointed star *3 circle|badge|logo|emblem|hood|bonnet|car|cars; star in a circle *3 car|cars|hood|bonnet|logo|badge',
    'luxury|german car|cars|sedan|suv *4 three|3 pointed star; silver arrow|arrows *3 race|racing|car|cars|f1|formula',
  ],
  ferrari: [
    'prancing horse *3 logo|badge|emblem|yellow|shield|car|cars|red; black horse *3 yellow shield|badge|logo|background',
    'red italian sports|supercar|supercars|car|cars; italian sports|supercar|supercars car|cars|red *4 prancing|horse|logo',
  ],
  lamborghini: [
    'raging|charging|golden|gold bull *3 logo|badge|emblem|shield|shield|car|cars; golden|gold bull on a black shield|badge',
    'italian supercar|supercars|lambo; scissor doors *3 supercar|supercars|car|cars|italian|bull',
  ],
  playboy: [
    'rabbit|bunny head logo|silhouette|symbol *3 bow tie|bowtie|black|white; bunny|rabbit logo *3 bow tie|bowtie|magazine',
    'bunny ears and|with a? bow tie|bowtie|cuffs|tail *3 costume|outfit|logo|magazine|mansion; mansion *3 bunnies|bunny|rabbit|magazine',
  ],
  'monster energy': [
    'green claw|claws marks|mark *3 logo|can|cans|drink|drinks|black|m; three|3 green claw marks|scratches|slashes; green m claw|scratch|scratches|slashes|logo',
    'energy drink|drinks|can|cans *4 claw|claws|scratch|scratches|slashes|green|black; unleash the beast',
  ],
  'red bull': [
    'two|2 red bulls *4 charging|sun|logo|can|fighting|yellow; red bulls charging|fighting|clashing *3 yellow|sun|circle|logo|can',
    'gives you wings; energy drink|drinks|can|cans *4 silver|blue|bulls|bull|wings',
  ],
  pepsi: [
    'red white and blue circle|globe|wave *3 can|cans|soda|cola|bottle|bottles|logo|drink; blue can|cans|bottle|bottles *3 cola|soda *3 red and white|circle|globe|logo|wave',
    'cola|soda war|wars; cola|soda *4 red white and blue|globe|circle|wave',
  ],
  lacoste: [
    'green crocodile|alligator|croc|gator *3 logo|polo|shirt|shirts|patch|emblem|chest|embroidered|badge; crocodile|alligator|croc|gator logo|patch|emblem',
    'polo shirt|shirts *4 crocodile|alligator|croc|gator; tennis *4 crocodile|alligator|croc|gator *3 logo|shirt|shirts|polo',
  ],
  'ralph lauren': [
    'polo player|pony *3 logo|emblem|shirt|shirts|chest|embroidered|patch|badge; horse and|with a? rider|player *3 polo|mallet *3 logo|emblem|shirt|shirts|embroidered|patch|badge',
    'polo shirt|shirts *4 horse|pony|player|rider|mallet|logo|embroidered; preppy *4 polo|pony|logo|horse',
  ],
  adidas: [
    'three|3 stripes *4 sneakers|shoes|trainers|tracksuit|jacket|pants|shirt|jersey|logo|brand|sportswear|shorts|socks; three|3 stripe tracksuit|jacket|logo|sneakers|shoes|trainers|pants; trefoil logo|symbol|emblem|leaf',
    'trefoil logo|symbol|emblem|leaf; three|3 bars|stripes *3 mountain|triangle *3 logo; tracksuit|sportswear *4 three|3 stripes|stripe',
  ],
  jordan: [
    'jumpman logo|symbol|emblem|silhouette; silhouette of a basketball player *3 dunking|jumping|legs|logo|ball; dunking silhouette *3 logo|shoes|sneakers|jersey|shirt',
    'basketball sneakers|shoes *3 silhouette|jumpman|logo; red and black|black and red sneakers|shoes *3 silhouette|jumpman|logo|basketball',
  ],
  supreme: [
    'red box logo|rectangle; white text on a red box|rectangle|background; red rectangle|box with white text *3 logo|shirt|hoodie|sticker|brick',
    'streetwear *4 red box|rectangle|logo; hype|hypebeast *3 red box|logo|brick|hoodie',
  ],
  lego: [
    'yellow plastic figure|figures|figurine|figurines|man|men|person|people *4 claw|c|shaped|hands|studs|stud|cylinder|head|heads|bricks|brick|blocks; minifig|minifigs|minifigure|minifigures; plastic brick|bricks *3 studs|stud|people|figures|figurines|man|men|minifig|minifigs',
    'c shaped|claw hands|hand; cylinder|cylindrical|stud *3 head|heads *3 yellow|plastic|figure|figures|figurine; interlocking|stackable|snap together plastic bricks|brick|blocks; colorful|colourful plastic bricks|brick *3 studs|stud|interlocking|snap|build|building',
  ],
  barbie: [
    'blonde|plastic|fashion doll|dolls *4 dreamhouse|convertible|corvette|malibu|everything|world|boyfriend|ken|perfect|dream|pink; pink dreamhouse|convertible|corvette *3 doll|dolls|blonde|plastic|world; dream house *3 pink|doll|dolls|blonde',
    'life in plastic; its fantastic *3 plastic|doll|dolls|pink|blonde; it s fantastic *3 plastic|doll|dolls|pink|blonde; boyfriend doll|dolls *3 blonde|pink|plastic|tan|beach|just; im just ken; i m just ken; everything pink *3 doll|dolls|blonde|plastic|world; hot pink *3 doll|dolls|dreamhouse|convertible|corvette',
  ],
  furby: [
    'furry|fuzzy|fluffy *3 owl|hamster|gremlin|creature|toy|robot *4 big eyes|beak|ears|talking|babbling|gibberish|electronic|blinking|animatronic; owl like|owllike|owl shaped toy|creature|robot|animatronic',
    'furbish; speaks|speaking|talks|talking|babbles|babbling in gibberish|nonsense *3 toy|owl|creature|furry|fuzzy|robot; 90s|1998|nineties toy|toys *3 owl|furry|fuzzy|eyes|gibberish|talking|electronic; creepy eyes blinking *3 toy|toys|furry|fuzzy',
  ],
  tamagotchi: [
    'egg shaped|shaped keychain|toy|device|gadget|console *4 pet|pets|creature|creatures|digital|virtual|pixel|pixelated|lcd; eggshaped keychain|toy|device|gadget',
    'virtual|digital|pixel|pixelated pet|pets *3 keychain|egg|device|toy|feed|feeding|clean|cleaning|poop|dies|died|die|buttons|lcd; 90s|nineties|1997 virtual|digital|pixel pet|pets',
  ],
  'mr potato head': [
    'potato *4 removable|detachable|plastic|interchangeable *3 face|parts|eyes|ears|nose|mouth|lips|mustache|moustache|hat|feet|shoes|arms; plastic potato|potatoes *4 face|faces|eyes|ears|nose|mouth|mustache|moustache|hat|feet|shoes|arms|parts',
    'removable|detachable|interchangeable *3 face parts|eyes|ears|nose|mouth|lips|mustache|moustache|features; spud *4 toy|plastic|removable|detachable|interchangeable; potato toy|doll|figure',
  ],
  'care bears': [
    'colorful|colourful|rainbow|pastel *3 bears|teddies *4 belly|tummy|stare|symbol|symbols|badge|badges|clouds|cloud|rainbow|rainbows|caring|feelings; bears|teddies with symbols|pictures|badges|emblems on their bellies|tummies|belly|tummy',
    'belly|tummy badge|badges|symbol|symbols *3 bear|bears|teddy|teddies; care a lot; care bear stare; stare *3 rainbow *3 belly|tummy|bear|bears',
  ],
  'my little pony': [
    'colorful|colourful|pastel|rainbow|pink|purple|blue|yellow *3 pony|ponies *4 cutie|magic|friendship|flank|flanks|hip|hips|wings|horn|horns|unicorn|unicorns|tattoo|tattoos|symbol|symbols|mane|manes; ponies with symbols|pictures|marks|tattoos on their flanks|hips|sides|butts|bums; pastel|rainbow|colorful|colourful|cartoon *3 ponies|pony *4 friendship|magic|ponyville|equestria',
    'cutie mark|marks; friendship is magic; ponyville; equestria; rainbow maned|mane|haired|hair pegasus|pony|ponies; pink party pony|ponies; purple unicorn|alicorn princess|pony|librarian',
  ],
  'he-man': [
    'blond|blonde barbarian|warrior|hero *4 power sword|tiger|fur|loincloth|harness|castle|skull',
    'i have the power; by the power of grayskull; power sword *3 raises|raising|holds|holding|lifts|lifting|sky|lightning|power|glowing; skull|skeleton *3 villain|sorcerer|wizard|enemy *4 purple|hood|hooded|staff|ram|blue; castle grayskull; grayskull; giant green tiger|cat *3 armor|armour|saddle|ride|rides|riding|warrior|hero|blond|blonde',
  ],
  transformers: [
    'robots in disguise',
    'yellow camaro|car|beetle *4 robot|robots|transforms|transform|transforming|turns|turn|changes|change|converts|mech|mechs|radio|voice; autobot|autobots|decepticon|decepticons|energon|cybertron; allspark|all spark; roll out *3 autobots|robots|robot|trucks|truck|vehicles|convoy; transforming|transformation sound|noise *3 robot|robots|car|cars|truck|trucks|vehicle|vehicles',
  ],
  smurfette: [
    'blue *3 girl|woman|lady|female *3 white dress|hat|blonde *3 little|tiny|small|mushroom|mushrooms|village|gnome|gnomes; blonde|blond blue *3 girl|woman|lady|female *3 white dress|hat',
    'only girl|female|woman in a village of little|tiny|small blue *3 men|people|guys|gnomes; mushroom village|houses|homes *4 blue *3 girl|woman|lady|female|blonde|blond',
  ],
  'hello kitty': [
    'white cat|kitty|kitten *4 red|pink bow *3 no mouth|mouthless; mouthless white? cat|kitty|kitten *4 red|pink bow|ribbon',
  ],
  'golden snitch': [
    'golden|gold *3 winged ball|orb|sphere *4 wings|winged|flying|fluttering|flies|seeker|catch|catching|caught|broom|broomstick|broomsticks|game|sport|match; tiny|small|little|walnut sized winged|flying|fluttering golden|gold ball|orb|sphere',
    'flying broomstick|broomsticks|brooms|broom *3 game|sport|match|league|team|teams|seeker|keeper|beater|beaters|chaser|chasers|hoops|goal|goals; seeker *3 broom|broomstick|brooms|broomsticks|catch|catching|ball|orb|wings|winged|golden|gold; three hoops|rings *4 broom|broomstick|brooms|broomsticks|flying|fly|flies|field|pitch',
  ],
  voldemort: [
    'noseless|snakelike|serpentine|reptilian *3 dark? wizard|sorcerer|lord|villain|man|face; pale|bald|white *3 noseless|snakelike|serpentine|reptilian *3 wizard|sorcerer|lord|villain|man|face; dark lord *3 noseless|snake|serpent|wand|horcrux|horcruxes|wizard|wizards|wizarding|death eaters; dark wizard *3 noseless|snake|serpent|horcrux|horcruxes|death eaters|boy who lived|scar',
    'he who must not be named; you know who *3 dark|wizard|wizards|wand|wands|lord; horcrux|horcruxes; death eater|eaters; avada kedavra; giant snake|serpent *3 pet|familiar|companion *3 dark|wizard|lord|sorcerer|noseless; killing curse *3 wand|wizard|dark|green|boy|scar',
  ],
  dumbledore: [
    'headmaster *3 long|silver|white|flowing beard *3 wizard|magic|castle|school|robes|hat|half|spectacles|glasses|phoenix|wand',
    'half moon spectacles|glasses; phoenix *3 pet|familiar|companion|office|perch|tears *3 wizard|headmaster|beard|old|elderly|school|castle; pensieve; elder wand; lemon drops|sherbet *3 wizard|headmaster|beard|old',
  ],
  hermione: [
    'know it all|brainy|bookish|clever|smart|studious witch|witches *4 school|castle|books|library|wand|spells|robes|tie|students',
    'wingardium leviosa; its leviosa; it s leviosa; time turner; time turner necklace; house elf|elves rights; spew badge|badges',
  ],
  hedwig: [
    'snowy owl *4 letter|letters|mail|post|package|parcel|parcels|delivering|delivers|delivery|wizard|wizards|wizarding|boy|cage|broom|school|castle|hogwarts|magic; white owl *4 letter|letters|mail|post|package|parcel|parcels|delivering|delivers|delivery *3 wizard|wizards|wizarding|boy|school|castle|magic',
    'owl post|mail *3 wizard|wizards|wizarding|school|castle|magic|letter|letters|hogwarts; acceptance letter|letters *4 owl|owls|wizard|wizards|wizarding|magic|school|castle|witchcraft; letters *4 flooding|pouring|flying|swarm|swarming *4 fireplace|chimney|house|owl|owls|cupboard|stairs',
  ],
  gandalf: [
    'grey|gray|white *3 wizard|wizards *4 pointy|pointed|staff|beard|hat|robes|robe|hobbit|hobbits|ring|fireworks|balrog|bridge|pipe|horse|shire|eagles|eagle; old|elderly|bearded wizard *4 hobbit|hobbits|balrog|shire|ring|fireworks|eagles',
    'you shall not pass; fly you fools; a wizard is never late; bridge *4 fire demon|balrog|monster|creature *4 staff|wizard|pass|fools; fire demon *4 bridge|staff|wizard|pass|fools; hobbit|hobbits|halfling|halflings *4 wizard|wizards|staff|fireworks|ring|rings',
  ],
  gollum: [
    'my precious; precious *3 ring|rings|creature|hisses|hissing|whispers|whispering|goblin|cave|raw|fish|riddles|talks|talking|obsessed|obsesses|obsession|gollum; talks|talking|arguing|argues|speaks|speaking to himself|itself *3 ring|precious|creature|cave|fish|raw|split|personality; raw fish *3 creature|cave|precious|ring|hisses|hissing|riddles; riddles in the dark',
  ],
  'the one ring': [
    'one ring to rule them all; golden|gold ring *4 invisible|invisibility|volcano|lava|hobbit|hobbits|precious|dark|evil|corrupts|corrupting|corruption|power|destroy|destroyed|destroying|inscription|inscribed|runes|elvish|fiery|glowing',
    'mount doom; cast|casting|thrown|throwing|destroy|destroying|destroyed *3 ring *3 volcano|lava|fires|mountain|fire; flaming|fiery|burning|lidless|giant|great eye *3 tower|dark|evil|watching|watches|sees|seeing|orcs|lord; eye of fire|flame|flames *3 tower|dark|evil|watching; hobbit|hobbits|halfling|halflings *4 ring|rings|quest|journey|volcano|mountain|doom|shire|sword|sting|elves|elf|dwarf|dwarves|wizard|wizards',
  ],
  'indiana jones': [
    'archaeologist|professor|adventurer|explorer *4 fedora|whip|bullwhip|leather jacket|satchel|idol|ark|temple|tomb|boulder|snakes|nazis|treasure; fedora|fedoras *4 whip|bullwhip *3 adventurer|archaeologist|explorer|professor|treasure|hunter|temple|tomb|idol|boulder|jungle|jacket|leather|satchel; whip|bullwhip cracking|wielding|toting|wielder *3 archaeologist|professor|adventurer|explorer|fedora|treasure',
    'giant rolling boulder|ball *4 temple|tomb|idol|cave|chasing|chases|chase|running|runs|fleeing|flees|flee|escape|escapes|escaping|archaeologist|adventurer|explorer|fedora|whip|bullwhip; golden idol *3 temple|tomb|bag of sand|sand|swap|swapping|trap|traps|boulder|archaeologist|adventurer|explorer|fedora|whip|bullwhip; snakes why did it have to be snakes; why did it have to be snakes; ark of the covenant; holy grail *3 archaeologist|professor|adventurer|explorer|fedora|whip|bullwhip|nazis|nazi|knight|temple',
  ],
  'willy wonka': [
    'chocolate factory *4 owner|eccentric|chocolatier|chocolatier|tickets|purple|cane|children|kids|tour|river|workers|orange|candy; eccentric|mad|whimsical|quirky *3 chocolatier|candy maker|candymaker *4 top hat|purple|cane|factory|golden|tickets|kids|children|tour',
    'golden ticket|tickets *4 chocolate|chocolates|candy|bar|bars|factory|wrapper|wrappers; chocolate river|waterfall; river of chocolate; everlasting gobstopper|gobstoppers; snozzberries; snozzberry; little|tiny|small *3 orange *3 men|people|workers|helpers *4 green hair|factory|chocolate|candy|singing|sing|sings|song|songs',
  ],
  'jurassic park': [
    'dinosaur theme park|park|parks|zoo|zoos|island; theme park with|of|full of *3 dinosaurs|dinosaur|dinos|dino|raptors|raptor|trex',
    'mosquito *3 trapped|preserved|frozen|inside|in *3 amber *4 dinosaur|dinosaurs|dna|cloned|cloning|clone|clones|park|island|cane|walking stick; life finds a way; welcome to *3 jurassic; clever girl; objects in mirror are closer than they appear *3 dinosaur|trex|rex|jeep; raptors|raptor *4 kitchen|door|doors|opening|opens|open|hunting|hunt|hunts *4 island|park|kids|children|scientist|scientists|electric|fence; trex|rex|tyrannosaurus *4 jeep|jeeps|electric|fence|fences|goat|tourists|visitors|cup|glass|water|ripples|ripple|rippling|puddle|rain|park|island',
  ],
  ghostbusters: [
    'proton pack|packs; ghost hunters|catchers|busters|exterminators *4 jumpsuits|jumpsuit|backpacks|backpack|packs|pack|traps|trap|beams|beam|streams|stream|firehouse|ecto|cadillac|ambulance|hearse|nyc|library|marshmallow|slime|green; ghost|ghosts in a red circle with a line|slash|bar|strike *3 through|across it|them|logo|sign|symbol; no ghost|ghosts sign|symbol|logo|emblem',
    'who you gonna call; who ya gonna call; i aint afraid of no ghost; i ain t afraid of no ghost; dont cross the streams; don t cross the streams; ecto 1; ecto1',
  ],
  'pirates of the caribbean': [
    'pirate|pirates|captain|capt with|in|wearing? beaded|braided dreadlocks|dreads|braids; beaded|braided dreadlocks|dreads pirate|captain',
    'kohl eyeliner|eyes|liner; smudged|heavy|thick kohl? eyeliner|liner *3 pirate|captain',
    'the black pearl; black pearl ship|sails|galleon',
    'drunk|drunken|tipsy|staggering|swaggering|stumbling|swaying *3 pirate captain; why is the rum gone; compass that doesnt|doesn t|does not point north; cursed pirates|crew|sailors *3 moonlight|skeletons|skeleton|aztec|gold|coin|coins; undead|skeleton|skeletal|cursed pirates *3 moonlight|aztec|gold|medallion; octopus|squid faced|bearded|headed pirate|captain|villain|man *4 flying dutchman|tentacles|beard|organ|heart|chest|locker|crew|barnacles; tentacle|tentacled beard *3 pirate|captain|villain|organ|dutchman; flying dutchman *3 captain|pirate|pirates|ship|crew|heart|chest|locker|tentacles|tentacle; davy jones s? locker',
  ],
  'e.t.': [
    'little|small|wrinkled|wrinkly|brown *3 alien|extraterrestrial *4 long neck|glowing finger|finger|heart|boy|kid|bike|bicycle|basket|moon|phone',
    'phone home; bicycle|bike|bmx *4 flying|flies|fly|flew|silhouette|silhouetted|across|against|over *4 moon|sky; flying|silhouetted|silhouette *3 bicycle|bike|bmx *3 moon; glowing finger|fingertip *3 touch|touches|touching|heal|heals|healing|ouch|alien|boy|kid; ouch *3 glowing|finger|fingertip|alien|boy',
  ],
  terminator: [
    'metal|metallic|chrome|steel *3 endoskeleton|endoskeletons',
    'ill be back; i ll be back; hasta la vista; skynet; judgment|judgement day *4 machines|robots|robot|ai|nuclear|war|future|cyborg|cyborgs|android|androids; liquid metal *3 cyborg|android|robot|killer|assassin|assassins|policeman|cop|man|shapeshifter|shapeshifting|morphing|morphs|morph|blade|blades|arms|arm; time traveling|travelling|travel cyborg|android|robot|machine|assassin|killer *4 future|mother|son|leader|resistance|machines|rebellion|war',
  ],
  predator: [
    'dreadlocked|dreadlocks|dreads *3 alien|hunter|monster|creature|warrior *4 mandibles|mask|cloaking|cloak|invisible|invisibility|thermal|heat|plasma|cannon|blades|trophy|trophies|skulls|skull|spine|spines|jungle',
    'mandibles *3 alien|hunter|face|mask|dreadlocks|dreads; thermal|heat vision *3 alien|hunter|jungle|cloaked|cloaking|cloak|invisible|mandibles|dreadlocks|dreads; shoulder cannon|cannons *3 laser|three|3 red dots|dots|sight|triangle|alien|hunter|cloaking|cloak; three|3 red dots|laser|lasers *3 triangle|sight|targeting|target *4 alien|hunter|soldier|soldiers|jungle|forehead; cloaked|cloaking|invisible|shimmering *3 alien|hunter|creature|monster *4 jungle|trees|soldiers|commando|commandos|mercenaries|trophy|trophies|skull|skulls|spine|spines|dreadlocks|dreads|mandibles; get to the choppa|chopper',
  ],
  alien: [
    'xenomorph|xenomorphs; alien|creature|monster *3 acid|acidic blood',
    'facehugger|facehuggers|chestburster|chestbursters; face hugger|huggers; chest burster|bursters; spiderlike|crablike *3 creature|alien|thing|parasite|monster *4 face|faces|latches|latching|latched|attaches|attaching|attached|clings|clinging|clung|eggs|egg|hatch|hatches|hatching|crew|astronaut|astronauts|spaceship|ship; alien|alien s|leathery|slimy *3 eggs|egg|nest *4 opening|opens|open|hatch|hatches|hatching|crew|astronaut|astronauts|spaceship|ship|flaps|petals|derelict|queen; in space no one can hear you scream; weyland|yutani; power loader *3 queen|alien|fight|fighting|fights|mech|exosuit; get away from her you; nostromo',
  ],
  godzilla: [
    'atomic breath|beam|ray; radioactive|nuclear|blue|glowing *3 breath|beam|ray|fire *3 spines|dorsal|fins|plates; glowing|blue|radioactive *3 dorsal? fins|spines|plates *4 monster|lizard|dinosaur|reptile|beast|kaiju|city|tokyo|ocean|sea|bay|harbor|harbour; kaiju *4 tokyo|japan|japanese|city|cities|army|military|tanks|jets|planes|helicopters|moth|moths|ape|apes|three headed|dragon|dragons|mecha|robot|robots',
  ],
  'king kong': [
    'empire state building *4 giant|huge|enormous|gigantic|colossal|massive|towering|ape|gorilla|apes|gorillas|monkey|biplanes|biplane|planes|airplanes|airplane|fighters|climbing|climbs|climb|top|swatting|swats; skull island; eighth wonder of the world; beauty killed the beast',
  ],
  pennywise: [
    'clown *4 balloon|balloons|sewer|drain|gutter|boat|derry|losers|orange|pom poms|pompoms|ruff|ruffled|collar|silver|white suit|greasepaint',
    'red balloon|balloons *4 sewer|sewers|drain|drains|gutter|gutters|storm|boat|clown|clowns|derry|losers|float|floats|floating|creepy|scary|eerie; we all float down here; you ll float too; youll float too; paper boat *4 sewer|drain|gutter|storm|rain|clown|clowns|yellow raincoat|raincoat|boy|kid|little brother; losers club; every 27 years; derry maine',
  ],
  'freddy krueger': [
    'red and green *3 striped? sweater|jumper *4 fedora|glove|claws|blades|knives|razors|burned|burnt|scarred|disfigured|killer|slasher|monster|nightmare|dreams|dream|sleep',
    'elm street; one two freddys coming for you; 1 2 freddys coming for you; freddys coming for you; boiler room *4 claws|glove|blades|knives|razors|fedora|striped|stripe|stripes|burned|burnt|scarred|disfigured|killer|slasher|dream|nightmare|nightmares; dont fall asleep|sleep *4 claws|glove|blades|knives|razors|fedora|striped|stripe|stripes|burned|burnt|scarred|disfigured|killer|slasher; don t fall asleep|sleep *4 claws|glove|blades|knives|razors|fedora|striped|stripe|stripes|burned|burnt|scarred|disfigured|killer|slasher',
  ],
  'jason voorhees': [
    'slasher|killer|murderer|maniac|zombie in|with|wearing a hockey|goalie mask; summer camp *6 slasher|killer|machete|hockey|maniac; slasher|killer|machete|hockey|maniac *6 summer camp',
    'hockey|goalie mask|masks|masked *4 killer|killers|slasher|slashers|machete|machetes|murderer|murders|murdering|camp|campers|counselors|counsellors|lake|woods|forest|cabin|cabins|teens|teenagers|friday|13th|thirteenth|undead|zombie|giant|hulking|huge|silent|stalking|stalks; machete *4 hockey|goalie *3 mask|masks|masked|masked killer|slasher|murderer|giant|hulking|huge|undead|zombie|silent|camp|campers|counselors|counsellors|lake|woods|cabin|cabins|teens|teenagers|friday',
    'camp crystal lake; crystal lake; friday the 13th|thirteenth; ki ki ki ma ma ma; camp counselors|counsellors|campers *4 hunted|stalked|killed|slaughtered|murdered|massacred|hacked|slashed|butchered|masked|killer|slasher|murderer|hockey|machete|lake|cabin|cabins|woods',
  ],
  'michael myers': [
    'haddonfield; babysitter|babysitters *4 stalked|stalking|stalks|hunted|killed|murdered|slashed|butchered|masked|killer|slasher|halloween|mask|kitchen knife; escaped mental|asylum|sanitarium|psychiatric patient *4 halloween|babysitter|babysitters|masked|mask|white|blank|kitchen|knife|knives|butcher|sister|haddonfield|town|stalking|stalks|stalked|killer|killing|kills|killed; halloween night *4 masked|mask|white|blank|kitchen knife|knife|stalker|stalking|stalks|stalked|killer|slasher|escaped|babysitter|babysitters|sister|haddonfield|jumpsuit|coveralls',
  ],
  ghostface: [
    'whats your favorite|favourite scary movie; what s your favorite|favourite scary movie; do you like scary movies; woodsboro; horror movie rules; rules of horror movies',
  ],
  chucky: [
    'good guy|guys doll|dolls|brand|box; hi im chucky; hi i m chucky; wanna play; serial killer *3 soul|spirit *3 in|inside|trapped|transferred|transfers|transfer|transferring|possesses|possessing|possessed *3 a|the? doll|dolls|toy|toys; voodoo *3 soul|spirit *3 doll|dolls|toy|toys *3 killer|serial|murderer|chant|chanting|ritual; friend till|to the end',
  ],
  'the mandalorian': [
    'bounty hunter|hunters *4 beskar|helmet|helmets|visor|jetpack|armor|armour|silver|cape|baby|green|foundling|child|kid|cradle|pram|floating|bassinet|covert|rifle|blaster|blasters|space; beskar; t shaped visor|helmet|helmets; t visor|visors|visored helmet|helmets',
    'this is the way; the child|foundling|foundlings *3 bounty|hunter|hunters|armor|armour|helmet|beskar|covert|creed; i have spoken; foundling|foundlings',
  ],
  stormtrooper: [
    'white|plastic *3 armor|armour|armored|armoured|helmeted|helmet|helmets|trooper|troopers|soldier|soldiers *4 blaster|blasters|empire|imperial|galactic|sith|jedi|space|star|spaceship|droid|droids',
    'these arent the droids|drones you re|youre looking for; these aren t the droids|drones; move along *3 droid|droids|trooper|troopers|imperial|empire|blaster|blasters; imperial march; the empire *4 troops|troopers|soldiers|soldier|army|armies|white|armor|armour|walker|walkers|star destroyer',
  ],
  'r2-d2': [
    'blue and white|white and blue *3 droid|droids|robot|robots|astromech|trashcan|trash can|dome|domed|r2; astromech|astromechs',
    'fluent in over six|6 million forms of communication; protocol droid|droids; help me obi wan|obiwan; you re my only hope; youre my only hope; hologram|holographic *3 message|projection|projecting|projected|projects|princess *4 droid|droids|robot|robots|dome|domed|blue|white|beeping|beeps|astromech|help|hope',
  ],
  chewbacca: [
    'wookiee|wookiees|wookie|wookies',
    'bandolier *4 tall|giant|huge|hairy|furry|shaggy|hulking|wookiee|wookie|alien|creature|beast|sasquatch|bigfoot|yeti|roar|roars|roaring|growl|growls|growling|crossbow|bowcaster|smuggler|space|spaceship|cockpit|co pilot|copilot; bowcaster|bowcasters; let the wookiee|wookie win; walking carpet',
  ],
  paddington: [
    'bear in|wearing a? blue duffle|duffel coat|jacket; bear in a? blue coat and red hat; brown bear *4 duffle|duffel coat',
    'marmalade sandwich|sandwiches; marmalade loving|eating bear; bear *4 marmalade',
    'bear from darkest peru; please look after this bear; bear *4 red bucket hat; bear *3 suitcase *3 station|paddington|label',
  ],
};
