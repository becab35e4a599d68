import type { Section } from './types.js';

/**
 * Violence. Gore, dismemberment, blood spraying from wounds, torture, mass shootings and realistic killing
 * are explicit; fights, battles, duels, zombies and cartoon violence are mild at most (allowed at the
 * default `standard` level). Killing verbs are context (`kill`): they turn explicit with `realistic` or
 * `graphic`, or against a vulnerable `victim`.
 */
export const VIOLENCE: readonly Section[] = [
  {
    // Harm told by what it does to a body ("his face caves in", "eyes scooped out", "until it stops moving"),
    // by a mass attack in other words ("shooting up a shopping mall", "gunning down his classmates"), or done
    // to a restrained person or a pet; no killing verb needed.
    signals: ['violence'],
    patterns: [
      'face|faces|skull|skulls|jaw|jaws|ribcage|spine|eyeball|eyeballs|eyes|eye|kneecap|kneecaps|head|heads caves|caved|caving|bashed|smashed|crushed|stomped|shattered|scooped|gouged|plucked|ripped|torn|split|cracked in|open|out|off',
      'until|till his|her|their|its face|skull|head|jaw caves|caved|cracks|cracked|splits|split|breaks|broke; until|till he|she|it|they stops|stop|stopped moving|breathing|twitching; until|till it|he|she|they dies|die|died',
      'shooting|shoots|shot|shoot up a|the *2 school|mall|church|crowd|classroom|club|nightclub|concert|supermarket|store|office|campus|synagogue|mosque|temple|festival|parade|hospital',
      'gunning|guns|gunned|mowing|mows|mowed|shooting|shoots|shot down his|her|their|the|all|innocent|unarmed|defenceless|defenseless people|civilians|shoppers|students|children|kids|worshippers|pedestrians|bystanders|classmates|coworkers|colleagues|teachers|innocents|protesters|strangers|passengers|commuters|family|neighbours|neighbors',
      'people|bodies|victims drop|drops|dropping|fall|falling|collapse|collapsing around|everywhere; people|bodies|victims drop|drops|dropping|fall|falling|collapse|collapsing all around',
      'beating|beats|beat|kicking|kicks|punching|tasering|stomping|choking|strangling a|the handcuffed|restrained|unarmed|bound|helpless|defenceless|defenseless|unconscious man|woman|person|prisoner|suspect|kid|boy|girl|guy|teen',
      'curb|kerb stomp|stomps|stomped|stomping; curbstomp|curbstomped|curbstomping; stomped|stomping|stomps on his|her|their|a|the? head|face|skull|neck|ribs; jumped and stomped; stomped|beaten|kicked to death|pieces by a|the? gang|mob|crowd; stomped|beaten|kicked to a pulp',
      'corpse|corpses|body|bodies|person|man|woman|guy|someone|him|her|them|victim *3 into|through a|the woodchipper|woodchippers|grinder; corpse|corpses|body|bodies|person|man|woman|guy|someone|him|her|them|victim *3 into|through a|the wood chipper; corpse|corpses|body|bodies|person|man|woman|guy|someone|him|her|them|victim *3 into a|the meat grinder; corpse|corpses|body|bodies|person|man|woman|guy|someone|him|her|them|victim *3 into an|the acid bath',
      'kicking|kicks|kicked|stomping|stomps|stomped|beating|beats|beat|torturing|drowning|strangling|skinning|skinned|boiling|boiled|burning|burned his|her|their|a|the live|living|own? puppy|puppies|kitten|kittens|dog|cat|pet|horse|hamster|bunny|rabbit|cats|dogs',
      'skinning|skinned|flaying|flayed|boiling|boiled|burning|burned|dissecting a|the live|living cat|dog|puppy|kitten|animal|pig|rabbit|bunny|horse|person|man|woman',
      'bludgeoned|battered|hacked|slashed|stabbed|clubbed|bashed to death|pieces; bludgeoned|battered|hacked|clubbed|bashed|beaten to a pulp',
      // More of the body's damage: teeth kicked in, a neck snapped, kneecaps broken with a hammer, a skull cracking
      // on the curb, beaten half to death.
      'teeth|tooth|nose|noses|ribs|brains|face|faces|head|heads|skull|jaw kicked|punched|smashed|bashed|stomped|beaten|busted|caved|knocked in; teeth|tooth kicked|punched|smashed|bashed|stomped|beaten|knocked out|down',
      'kick|kicks|kicking|kicked|stomp|stomps|stomping|stomped|smash|smashes|smashing|smashed|bash|bashes|bashing|bashed|punch|punches|punching|punched|cave|caves|caving|caved his|her|their|someone s|my teeth|face|head|skull|brains|ribs|jaw in; kick|kicks|kicking|kicked|punch|punches|punching|punched|knock|knocks|knocking|knocked his|her|their|someone s|my teeth out',
      'snap|snaps|snapping|snapped|break|breaks|breaking|broke|wring|wrings|wringing|wrung his|her|their|its neck|spine; snap|snaps|snapping|snapped|break|breaks|breaking|broke|wring|wrings|wringing|wrung a|the|his|her|their? prisoner|guard|man|woman|victim|guy|hostage|someone|captive|soldier s? neck|spine; neck|spine snapped|snapping|broken|breaks|cracks|cracked|crunching; neck snap|snapping',
      'break|breaks|breaking|broke|smash|smashes|smashing|smashed|shatter|shattering|shattered his|her|their kneecaps|knees|legs|fingers|hands|arms|jaw|ribs|teeth with *2 hammer|bat|crowbar|pipe|brick|wrench|sledgehammer|rock|bottle; kneecap|kneecapped|kneecapping',
      'skull|skulls|head|heads cracking|cracked|crunching|crunched|splitting|split|smashing|smashed|bursting|burst against|on|open|into the|a curb|kerb|pavement|concrete|floor|wall|sidewalk|rock|steps|windshield',
      'beaten|beat|kicked|stomped|stabbed|battered|bludgeoned half|nearly|almost to death; beating|beats|kicking|kicks|stomping|stomps|battering|batters *3 half|nearly|almost to death; beaten|beat|kicked|stomped|battered within an inch of his|her|their life; beaten|beat|kicked|stomped|battered senseless|unconscious|bloody; left|leaving|leaves him|her|them for dead',
      'choking|chokes|choked|gagging|drowning on his|her|their own? blood|teeth; coughing|spitting|coughs|spits up? blood and teeth; eyes swollen|swelling shut',
      'picking|picks|picked off people|civilians|children|kids|students|shoppers|pedestrians|bystanders|worshippers|tourists|villagers|passengers|commuters|protesters|refugees|families|hostages|innocents|classmates|spectators',
      'executing|executes|executed|beheading|beheads|beheaded|slaughtering|slaughters|slaughtered|massacring|massacres|massacred|butchering|butchers|butchered|murdering|murders|gunning|guns tourists|villagers|bystanders|worshippers|civilians|hostages|captives|prisoners|refugees|migrants|journalists|monks|nuns|schoolchildren|students|children|kids|babies|families|patients|shoppers|commuters|passengers|pedestrians|spectators|protesters|innocents|aid',
    ],
  },
  {
    // A head exploding is gore, or the mind-blown emoji, meme or reaction.
    signals: ['violence'],
    patterns: ['head|heads exploding|explodes|exploded|explode off|open?'],
    unless: [
      'emoji',
      'emojis',
      'meme',
      'memes',
      'gif',
      'gifs',
      'sticker',
      'stickers',
      'mind',
      'minds',
      'reaction',
      'icon',
    ],
  },
  {
    // Setting a person on fire; a film stunt with its crew is not one.
    signals: ['violence'],
    patterns: [
      'set|sets|setting|lit|lights|lighting a|the? man|woman|person|guy|girl|lady|him|her|them|someone|people|homeless|prisoner|victim on fire|ablaze|alight',
      'man|woman|person|guy|girl|lady|someone|people|prisoner|victim|he|she|they set on fire|ablaze|alight; being|getting|gets|got set on fire|ablaze|alight',
      'doused|drenched|soaked in gasoline|petrol|kerosene|lighter; petrol|gasoline|kerosene poured|pours|pouring over|on him|her|them|someone; petrol|gasoline|kerosene poured|pours|pouring over|on a|the man|woman|person|guy|girl|lady; pour|pours|poured|pouring|douse|douses|dousing petrol|gasoline|kerosene over|on him|her|them|someone; pour|pours|poured|pouring|douse|douses|dousing petrol|gasoline|kerosene over|on a|the man|woman|person|guy|girl|lady',
    ],
    unless: [
      'stunt',
      'stunts',
      'stuntman',
      'stuntwoman',
      'stuntmen',
      'extinguisher',
      'extinguishers',
      'film',
      'movie',
      'firebreather',
      'performer',
    ],
  },
  {
    signals: ['violence'],
    patterns: [
      'gore|gory|gorey|goriest|guro|gruesome|grisly|splatter|bloodbath|bloodshed',
      'dismember{,s,ed,ing,ment}|decapitat{e,es,ed,ing,ion}|behead{,s,ed,ing}|beheading|disembowel{,s,ed,led,ing,ling,ment}|eviscerat{e,es,ed,ing,ion}|mutilat{e,es,ed,ing,ion}|dismemberment',
      'entrails|innards; intestines|guts|organs|brains|brain|viscera spilling|spill|spills|spilled|pouring|hanging|ripped|torn|everywhere|splattered|splatter|exposed|out|falling',
      'spilling|spilled|ripping|ripped|tearing|tore|pulling his|her|their|its|the guts|intestines|entrails|organs|brains|heart out',
      'brains blown out; blows|blowing|blew his|her|their brains out; head|heads blown|cut|chopped|ripped|torn|smashed|crushed|caved off|in|open?',
      'chop|chops|chopped|chopping|cut|cuts|cutting|rip|ripped|ripping|tear|tearing|tore his|her|their head|arm|arms|leg|legs|limbs|fingers off',
      'severed head|heads|limb|limbs|arm|arms|leg|legs|hand|hands|finger|fingers|body|bodies; headless corpse|corpses|body|bodies',
      'chop|chops|chopped|chopping|cut|cuts|cutting|hack|hacks|hacked|hacking|saw|saws|sawed|sawing|rip|rips|ripped|ripping|tear|tears|tearing|tore off his|her|their|a|the head|arm|arms|leg|legs|limbs|hands|fingers|face|tongue|ears|skin',
      'flay|flayed|flaying|skinned|skinning alive; skinned|burned|burnt|burning|boiled|buried|eaten alive',
      'blood spray|sprays|spraying|sprayed|splatter|splatters|splattering|splattered|spurting|spurts|spurted|gushing|gushes|gushed|squirting|fountain|fountains|geyser|pouring|pours|everywhere',
      'spraying|spurting|gushing|squirting|pouring|splattering blood; a|in|with spray|sprays|spurt|spurts|gush|fountain|geyser|mist|burst of blood; teeth|tooth fly|flying|flew out *4 blood; jaw|jaws|skull|bones|bone snaps|snapped|shatters|shattered|crunches|crunched *8 blood; pool|pools|puddle|river|rivers of blood; blood soaked|drenched corpse|body|bodies|floor|room',
      'massacre|massacres|massacred|massacring|slaughter|slaughtered|slaughtering|carnage|genocide|genocidal; ethnic cleansing; mass grave|graves',
      'mass|school|church|mall|concert|nightclub|office shooting|shootings|murder|murders|killing|killings|stabbing|stabbings; shooting up a|the school|mall|church|crowd|classroom',
      'shooting|shoots|shot|shoot up a|the|his|her|their|my|our|your|local school|mall|church|crowd|classroom|campus|college|synagogue|mosque|temple|concert|nightclub|supermarket|cafeteria|playground|kindergarten|daycare',
      'shooting|shoots|shot|shoot up a|the|his|her|their|my|our|your|local high|middle|elementary|primary|secondary|local|grade|junior school|schools',
      // Aftermath told without a gore word: what a blast left of someone.
      'what|whats s|was|is? left of his|her|their|the|a|an|that|this|some|my|your *2 arm|arms|leg|legs|hand|hands|face|body|bodies|limbs|feet|torso|jaw *6 grenade|bomb|bombs|explosion|blast|ied|landmine|mine|shell|rocket|missile|mortar|explosive|shrapnel',
      'his|her|their|both arm|arms|leg|legs|hand|hands|limbs|feet|foot|jaw were|was|got|being? blown off|apart',
      'open|opens|opened|opening fire on a|the? crowd|people|students|shoppers|civilians|children|kids|worshippers|protesters|classmates|families',
      'gunman|shooter|shooters|gunmen in|at a|the? school|mall|church|concert|classroom|synagogue|mosque; active shooter',
      'school|mass|classroom|campus|church|mall|concert|nightclub|synagogue|mosque shooter|shooters|gunman|gunmen',
      'firing|fires|fired|shooting|shoots at|on|into students|classmates|schoolchildren|children|kids|teachers|shoppers|worshippers|civilians|pedestrians|bystanders|commuters|crowds|protesters',
      'shot|shooting|shoots|shoot him|her|them|someone|people|prisoners in the head|face; shot|shooting|shoots|shoot a man|woman|person|child|kid|dog|prisoner in the head|face; shot in the head|face|stomach|chest',
      'beheadings; firing squad; public hanging|hangings|execution|executions; execution|executed by firing|hanging|beheading|lethal|electric; execution|executions of prisoners|hostages|civilians; execution of a prisoner|hostage',
      'lynch|lynched|lynching|lynchings; lynch mob; hanged|hung from a tree',
      'torture|tortured|tortures|torturing|torturer|waterboard|waterboarded|waterboards|waterboarding; pulling|pulled|ripping out fingernails|teeth|nails|eyes',
      'gouge|gouges|gouged|gouging out his|her|their eyes|eye; eye|eyes gouged|gouging',
      'beaten|beat|beating|beats|kicked|kicking|stomped|stomping|stoned|stoning|burned|bludgeoned to death; bludgeon|bludgeoned|bludgeoning',
      'impale|impaled|impaling|impalement|cannibal|cannibals|cannibalism; crucified|skewered alive; snuff film|video|movie; eating human flesh|body|bodies|corpse|corpses',
      'rotting|decomposing|mutilated|bloated|mangled|charred|dismembered|headless|disemboweled corpse|corpses|body|bodies; maggot infested corpse|corpses|body|bodies',
      'gunshot|bullet|stab|knife wound|wounds; exit|gaping wound|wounds; bleeding out; bled out',
      'slit|slits|slitting|slashed|slashing|cut|cutting his|her|their|a|the throat|throats; throat slit|cut',
      'man|woman|person|body|corpse|guy|girl|boy|someone hanging|dangling from a|the tree|rope|noose|beam|rafters|ceiling|branch *4 lifeless|dead|limp|motionless|blue|purple; lifeless|dead|limp body|man|woman|corpse hanging|dangling from',
      'blowing|blows|blew|blown himself|herself|themselves up; blowing|blows|blew|blown himself|herself|themselves up in|at a|the market|crowd|bus|mosque|church|school|wedding|checkpoint',
      // Aftermath of a crash or a train told without a gore word: "what's left of a body after getting hit by a train".
      'what|whats s|was|is? left of his|her|their|the|a|an|that|this|some *2 body|bodies|face|head|arm|arms|leg|legs|corpse *6 hit|struck|run|ran|crushed|train|trains|truck|car|crash|collision|fall|fell|jumped|shark|bear|lion|propeller|woodchipper',
      'what|whats s|was|is? left of a|an|the|that|this *1 man|woman|guy|person|cyclist|pedestrian|biker|driver|kid|child|victim *6 hit|struck|run|ran|crushed|train|trains|truck|car|crash|collision|fall|fell|jumped|shark|bear|lion|propeller|woodchipper',
      'kitten|kittens|puppy|puppies|cat|cats|dog|dogs|baby|babies *4 sack|bag|bags|sacks *8 river|lake|water|pond|canal|drown|drowning|drowned',
      'skinning|skins|skinned|gutting|guts|gutted|butchering|disemboweling a|the|an deer|animal|carcass|cow|pig|boar|rabbit *8 close|closeup|insides|guts|entrails|organs|blood',
      // A living thing thrown into a machine or a fire.
      'kitten|kittens|puppy|puppies|cat|cats|dog|dogs|hamster|bunny|rabbit|baby|babies|man|woman|person|guy|kid|child|someone|him|her thrown|tossed|dropped|shoved|pushed|put|stuffed into|in a|the blender|blenders|woodchipper|woodchippers|grinder|microwave|oven|furnace|incinerator|shredder|fire|bonfire|boiling',
      'ripping|rips|ripped|tearing|tears|tore|pulling|pulls|pulled out a|the|his|her|their|its *2 spine|heart|guts|intestines|eyes|eyeballs|tongue|throat|jaw|ribs',
      'floor|floors|street|streets|room|classroom|hallway|ground|field|beach covered|littered|strewn|piled with|in bodies|corpses|dead|blood|limbs; floor|floors|street|streets|room|classroom|hallway|ground|field|beach covered|littered|strewn|piled with|in body parts; bodies|corpses piled|piling|stacked|strewn|littering|everywhere',
      'suicide bomber|bombing|bombings|vest; terrorist attack|bombing; car|truck bomb; blowing|blow|blew up civilians|people|children|crowds; blowing|blow|blew up a|the crowd|bus|school|market',
      'animal abuse|cruelty; kicking|beating|torturing|drowning|burning|skinning|killing a|the? puppy|puppies|kitten|kittens|dog|cat|pet|horse',
      'domestic violence|abuse; child abuse; abusing a|his|her child|kid|wife|husband|baby',
      'war crime|crimes; torture porn; extreme violence; graphic violence|murder|killing|death|injury|injuries',
      'strangling|strangled|choking|choked|smothering|smothered to death; drowning a person|man|woman|child|kid|baby',
      'ripping|tearing apart a|the body|person|man|woman|victim; torn apart by|alive; ripped apart by|alive',
      'nail through|into his|her|a hand|hands|eye|head|skull; drill|drilling into his|her|a skull|head|eye|teeth',
      'acid attack; throw|throws|throwing acid on|at',
      'shooting|shoots|shot|gunning|guns|gunned|mowing|mows|mowed down? people|civilians|shoppers|students|children|kids|worshippers|pedestrians|bystanders|everyone|everybody|classmates|innocents|protesters|strangers|passengers|commuters',
      'shooting|shoots|shot|firing|fires|fired|spraying|sprays into|at a|the crowd|crowds|people|students|shoppers|worshippers; shooting|shoots|fires into a|the crowd|crowds',
      'terrorist|terrorists|gunman|gunmen|shooter|shooters|sniper|snipers|attacker|attackers|militants|militant|soldiers|jihadists|extremists shooting|shoots|killing|kills|attacking|attacks|stabbing|stabs|slaughtering|massacring|executing|executes|beheading|beheads|butchering|murdering|picking|gunning people|civilians|crowd|crowds|everyone|children|kids|students|shoppers|tourists|hostages|worshippers|passengers|villagers|prisoners|journalists|families',
      'run|runs|running|ran|mow|mows|mowing|mowed over|down|into pedestrians|people|crowd|crowds|protesters|bystanders|cyclists|children|kids|shoppers',
      'plowing|ploughing|ramming|rams|rammed|drives|driving|drove into|through a|the? crowd|crowds|pedestrians|people|protesters|market|parade|marketplace',
      'skinning|skinned|flaying|flayed|burning|burned|burying|buried|eating|boiling|boiled|cooking|cooked|dissecting|dissected a|the? person|man|woman|child|kid|guy|girl|people|him|her|them|someone|victim|prisoner|baby alive',
      'blows|blew|blowing|blow up a|the? bus|train|plane|school|market|building|mall|church|mosque|synagogue|stadium|subway|metro|hospital full of people|passengers|children|kids|students|civilians|shoppers|worshippers; bodies flying|strewn|scattered|everywhere',
      'eating|eats|devouring|devours|chewing|gnawing|ripping|tearing *3 intestines|guts|entrails|organs|innards|flesh',
      'people|bodies dropping|falling|dropped dead; dead bodies everywhere; bodies piled|piling up; pile|piles of bodies|corpses',
    ],
  },
  {
    signals: ['violence.mild'],
    patterns: [
      'blood|bloody|bleeding|bleeds|bloodied|bloodstained|wound|wounds|wounded|injured|injury',
      'fight|fights|fighting|brawl|brawling|punch|punches|punching|punched|kick|kicks|kicking|slap|slaps|slapping',
      'battle|battles|war|wars|combat|duel|duels|dueling|duelling|swordfight|gunfight|shootout|firefight|skirmish|ambush',
      'kill|kills|killing|killed|killer|murder|murders|murdered|murderer|stab|stabs|stabbed|stabbing|shooting|shoot; shot dead',
      'corpse|corpses; dead body|bodies; zombie bite; knife attack; gun violence; car crash victims',
      'execution|executions|executed|executing|execute|executes',
    ],
  },
  {
    signals: ['kill'],
    patterns: [
      'executioner|executioners',
      'kill|kills|killing|killed|murder|murders|murdered|murdering|stab|stabs|stabbed|stabbing|strangle|strangles|strangled|strangling|butcher|butchers|butchered|butchering|slay|slays|slaying|slain',
      'shoot|shoots|shooting|shot at? a|the|his|her|their|some? man|woman|person|people|guy|girl|boy|kid|child|prisoner|prisoners|victim|victims|civilian|civilians|hostage|hostages|cop|soldier|officer',
      'beat|beats|beating|beaten|bash|bashing|bludgeon|bludgeoning|maul|mauling|mauled|attack|attacks|attacking|attacked|hit|hits|hitting|punch|punching|kick|kicking',
      'burn|burns|burning|burned|drown|drowns|drowning|drowned|suffocate|suffocating|choke|choking|torture|hang|hanging|execute|executing|behead',
      'being|getting|gets|got|is killed|murdered|stabbed|shot|strangled|beaten|butchered|executed|slaughtered|tortured|burned|drowned|mauled|hanged|lynched',
      'killed|murdered|stabbed|shot|strangled|butchered|executed|slaughtered|tortured|executing|execute|executes|execution',
    ],
  },
  {
    signals: ['victim'],
    patterns: [
      'puppy|puppies|kitten|kittens|dog|dogs|cat|cats|pet|pets|horse|pony|bunny|rabbit|hamster|baby|babies|infant|toddler|child|children|kid|kids|family|families',
      'his|her|their wife|husband|girlfriend|boyfriend|mother|mom|mum|father|dad|son|daughter|parents|sister|brother|baby|child|kids|children|family|classmates|teacher',
      'prisoner|prisoners|hostage|hostages|civilian|civilians|students|classmates|shoppers|worshippers|protesters|refugees|innocent|innocents; homeless man|woman|person',
      'a|the|an old|elderly|young|innocent|pregnant|unarmed man|woman|person|girl|boy|guy|lady',
    ],
  },
  {
    // A performance or a thing made for children ("a kids' play", "a children's pantomime", "the family show"): the
    // child in it is the audience, not the victim of the killing verb before it.
    signals: ['performance'],
    patterns: [
      'kid|kids|child|children|childrens|family|families|school|schools|student|students|baby|babies|toddler|toddlers s? play|plays|show|shows|party|parties|theatre|theater|pantomime|panto|musical|musicals|movie|movies|film|films|cartoon|cartoons|book|books|story|stories|storybook|storytime|tv|television|programme|program|game|games|toy|toys|menu|choir|concert|club|camp|festival|fair|production|performance|puppet|opera|ballet|recital|drama|song|songs|rhyme|rhymes|costume|costumes|comic|comics|museum|zoo|section|channel|entertainer|magician|rhymes|bedtime|cartoonist|animation|anime|game|level|quest|larp|nativity',
    ],
  },
  {
    signals: ['creature'],
    patterns: [
      'dragon|dragons|ogre|ogres|troll|trolls|orc|orcs|goblin|goblins|hydra|kraken|cyclops|minotaur|basilisk|wyvern|wyverns|demon|demons|golem|golems|snowman|snowmen|gingerbread|robot|robots|mech|mechs|kaiju|monster|monsters|alien|aliens|pinata|scarecrow|dummy|mannequin',
    ],
  },
  {
    signals: ['person'],
    patterns: [
      'man|men|woman|women|person|people|guy|guys|girl|girls|boy|boys|kid|kids|child|children|baby|victim|victims|someone|somebody|him|her|them|teenager|teen|student|students|prisoner|prisoners|hostage|hostages|civilian|civilians|cop|officer|soldier|soldiers|pedestrian|pedestrians|passenger|passengers|worker|homeless|family|wife|husband|neighbor|neighbour|stranger|strangers|crowd|body|bodies',
    ],
  },
  {
    signals: ['realistic'],
    patterns: [
      'realistic|realistically|photorealistic|photoreal|hyperrealistic|hyperreal|lifelike|irl|cctv|bodycam|dashcam|footage|documentary|livestream|livestreamed',
      'photo|hyper realistic; life like; real life|footage|video|person|people; security|surveillance camera|cam|footage; body cam; dash cam; news footage|report|broadcast|clip',
      'phone|cellphone video|footage|recording; filmed on a phone; caught on camera|tape; live stream; actual|raw|leaked footage|video',
      'looks real|realistic; real photo|photos|photograph|picture; photograph|photography|photo|dslr; 35mm photo|photograph; shot on iphone|dslr|film',
    ],
  },
  {
    signals: ['graphic'],
    patterns: [
      'graphic|graphically|gruesome|gory|sadistic|sadistically|visceral|horrific|horrifying|uncensored|unflinching',
      'in graphic|gory|full|gruesome|excruciating detail; every detail; brutally|savagely|viciously; brutal|savage|vicious murder|killing|execution|beating|stabbing|torture|attack',
    ],
  },
  {
    signals: ['stylised'],
    patterns: [
      'cartoon|cartoons|cartoonish|cartoony|animated|animation|anime|manga|drawing|drawn|sketch|illustration|illustrated|painting|painted|watercolor|watercolour|pastel|crayon|doodle',
      'pixel|claymation|plasticine|lego|puppet|puppets|muppet|figurine|toy|toys|plush|plushie|chibi|storybook|cel|caricature|comic|comics|cartoonist|mural|graffiti|emoji|sticker|silhouette; shadow puppet|puppets',
      'low poly; 8|16 bit; stop motion; oil painting; comic book|strip; 2d animation; 3d render|animation|cartoon; video game|videogame; children s book|cartoon; picture book; paper cutout; origami; felt puppets',
      'stylized|stylised|fantasy|fairytale|fairy tale|whimsical|cute|kawaii|disneyesque',
    ],
  },
  {
    // Harmless phrases with violent words in them.
    signals: ['safe'],
    patterns: [
      // A team beaten badly: "we got slaughtered 10-0".
      'we|they|you|us|team got|get|were|was|are|getting slaughtered|massacred|butchered|murdered|destroyed|annihilated; slaughtered|massacred|butchered|murdered|destroyed|annihilated 10|9|8|7|6|5|4|3|2|1|0 0|1|2|3|4|5|6|7|8|9|10|nil',
      'killer whale|whales|bee|bees|app|apps|smile|deal|view|views|heels|look|outfit|sunset|wave|waves|move|moves|serve|instinct|queen|tune|tunes|track|riff|sudoku|robot|robots|bod|abs|fashion|sneakers|dance',
      'shooting star|stars|guard|guards|range|gallery|hoops|baskets|script|schedule|location|day|crew; photo|film|video|movie|fashion shoot|shoots|shooting; music video shoot|shoots|shooting',
      'shoot|shooting|shoots|shot|shooting some|a|the hoops|basket|baskets|ball|puck|goal|arrow|arrows|photo|photos|film|movie|video|scene|commercial|breeze|moon|stars|fireworks|confetti|water|bubbles|glitter|lasers|webs',
      'shooting a|the film|movie|video|photo|scene|commercial|music; shooting for the stars|moon; shooting hoops|baskets|pool',
      // Computing: processes are killed, orphaned and reaped.
      'kill|kills|killing|killed|killer the|a|an|its|their|all|every|that|each? parent|child|zombie|orphan|orphaned|background|hung|stuck|runaway|old|idle|frozen|hanging|unresponsive|rogue|stale|zombie? process|processes|task|tasks|job|jobs|thread|threads|daemon|daemons',
      'process|processes|daemon|scheduler|kernel|os|init kill|kills|killing|killed|reaps|reaping|reaped|orphans|orphaning its|their|all? child|children|parent|zombie|zombies|threads|workers|subprocesses',
      'zombie|orphan|orphaned|child|parent process|processes; fork bomb|bombs',
      'bloody mary|marys; blood moon|orange|oranges|bank|donor|donation|drive|test|type|sample|cell|cells|vessel|vessels|pressure|sugar|brother|brothers|line|lines|hound|hounds|sausage|pudding|diamond|diamonds',
      'vampire bat|bats|squid|finch|crab|moth; dead sea|end|ends|leaves|heat|center|centre|zone|weight|ringer|pan; deadpan',
      'drop dead gorgeous; knockout look|dress|performance|beauty',
      'photo|bath|smoke|cherry|seed|glitter|paint|confetti|stink bomb|bombs; bomb pop|pops; bombshell; irish car bomb',
      'pillow|snowball|food|balloon|gun|paintball|nerf|dance|thumb|tickle|play|pretend|splash|bubble|cake|pie|mud|foam|tag|rap|rap|pun|laser|lightsaber fight|fights|fighting|war|wars|battle|battles',
      'water balloon|gun fight|fights|war|wars|battle|battles; custard pie fight|fights; laser tag; battle of the bands; rap battle|battles; dance battle|battles|off; dance off',
      'fight|fights|fighting|battling|battle|battles|fought a|the fire|fires|wildfire|wildfires|blaze|flames|disease|cancer|illness|storm|waves|current|cold|flu|traffic|sleep|boredom',
      'firefighter|firefighters|firefighting; fire fighters|fighter|fighting',
      'kill|killing|killed|kills time; kill|killing|killed|kills the lights|engine|music|mood|vibe|look|game|level; kill two birds; killing it',
      'execute|executes|executed|executing|execution a|the|of? perfect|flawless|triple|double|quadruple|clean|textbook|difficult|beautiful? dive|axel|axels|lutz|salchow|toe|backflip|backflips|frontflip|somersault|cartwheel|pirouette|handstand|vault|layup|dunk|slam|spike|serve|swing|throw|kick|shot|routine|combo|jump|flip|turn|move|trick|plan|spin|landing|routine|kickflip|dance|combo|program|code|order|play|pass|shot|manoeuvre|maneuver',
      'hanging out|around|upside|from|on|off|lights|plants|baskets|basket|garden|gardens|wallpaper|pictures|laundry|clothes|lanterns|decorations|ornaments|bridge|glacier|valley|loose|sign|banner|flag|flags|mobile|mobiles|chandelier|bats|moss|vines|icicles; hang out|around|gliding|glider|ten|loose',
      'stab at; backstabbing friend; butcher shop|block|paper|knife|counter; butchers shop',
      'slay queen|queens; slaying it; slay the look|runway|stage|outfit',
      'axe|knife throwing; sword swallower|swallowing; fire breathing|breather; magician sawing; sawing his|her|the assistant|assistants|woman|lady in half; saw in half',
      'bleeding heart|hearts; nose bleed; murder mystery|mysteries|podcast|board; murder of crows; murder she wrote; murder mystery party|dinner|game',
      'gore tex; goretex; al gore; gore vidal',
      'attack on titan; heart|panic|asthma attack',
      'beat|beats|beating the drum|drums|eggs|batter|clock|heat|record|odds|traffic|rush|level|game|boss; egg beater; beat box|maker|makers|drop|saber|sabre; beatbox|beatboxing; heart beat|beating; heartbeat; beating heart|hearts|drums|wings',
      'stoner rock|band|guy|dude|hippie|hippies|cat|raccoon|sloth',
      'hit|hits a|the home|grand run|slam; hit|hits a|the homer|ball|jackpot|road|beach|gym|books|note|notes|target|bullseye|button|brakes|snooze|switch|gong|bell|drum|drums|pinata|pinatas|shuttlecock|high; hit|hits the dance floor; hit song|songs|single|singles|show|shows|record|records|movie|film|parade|list',
      'punch line|lines|bowl|card|cards|hole|holes; fruit|rum|hawaiian punch; punchline|punchlines; punching bag|bags; one two punch',
      'kickoff|kickflip|kickstand|kickboxing; kick off|offs|flip|flips|scooter|scooters|boxing|drum|drums|start|stand; kicks off; kicking back|off|leaves|sand|water|dust; kicking a|the ball|football|soccer|can|pebble|pebbles',
      'drown|drowning|drowned out the noise|sound|music; drowning in paperwork|work|flowers|love|bubbles|glitter|sauce|cheese|syrup|chocolate|sprinkles|confetti|snow',
      'burning man|candle|candles|question|sun|desire|bush|sage|incense|logs|fireplace|campfire|wood|rubber|sunset|embers; burn out; burnt toast|sugar|orange; sunburned|sunburnt',
      'choking hazard; choked up',
      'graphic novel|novels|design|designer|designs|card|cards|tee|tees|shirt|print|prints|art|artist|arts|equalizer|tablet|style|poster|posters|illustration|illustrations',
      'bloody good|great|brilliant|hell|lovely|marvellous|awful|beautiful|delicious|amazing|gorgeous|freezing|cold|hot|fantastic|cheeky',
      'blood red|orange; red as blood',
      'war paint; war horse; warhorse; star wars; cold war museum; war memorial|museum|veteran|veterans|medal|medals',
      'zombie cocktail; corpse reviver; corpse flower|flowers; corpse pose',
      'death valley|metal|star; black death; plague doctor; death by chocolate',
      'shot glass|glasses|put; shot|shots of espresso|tequila|vodka|whiskey|whisky|rum; tequila|vodka|espresso shot|shots; jello shots; mug shot',
      'deadly cute|adorable; killer look|smile|heels|dance|moves',
      // Gore words done to things that have no blood: a snowman, a cake, a statue, a toy.
      'decapitated|beheaded|dismembered|mutilated|headless|slaughtered|massacred|disembowelled|disemboweled snowman|snowmen|statue|statues|doll|dolls|gingerbread|mannequin|mannequins|teddy|scarecrow|scarecrows|lego|toy|toys|pinata|pinatas|flower|flowers|tulip|tulips|dandelion|dandelions|rose|roses|cake|cakes|cupcake|cupcakes|pumpkin|pumpkins|robot|robots|jelly|jellies|chocolate|marshmallow|marshmallows',
      // Props and decorations: a fake severed head for halloween, a rubber hand in a joke shop.
      'fake|prop|props|rubber|plastic|foam|latex|toy|halloween|papier|mache|wax|candy|cake|chocolate|gummy|jelly|novelty|costume|decoration|decorative severed|bloody|decapitated|chopped|cut head|heads|hand|hands|finger|fingers|arm|arms|leg|legs|limb|limbs|eyeball|eyeballs|ear|ears|foot|feet',
      // Idioms: a mind blown, an exploding-head emoji, the bleeding edge, a comedian dying on stage, a bombed exam.
      'mind|minds blown|blowing|blow|blew; head|heads exploding|explodes|exploded emoji|emojis|meme|memes|gif|gifs|sticker|stickers|icon|reaction|animation; exploding head emoji|emojis|meme|memes|gif|gifs|sticker|icon|reaction',
      'beating|beat|beats|flogging|whipping a|the dead horse; bleeding edge; cutting edge; dying|died|dies|die on stage; dying|died|dies|die of laughter|laughing|embarrassment|boredom|cuteness|thirst; dying|died|dies|die to know|see|try|meet',
      'bombed|bombing|bombs|bomb the|an|his|her|their? exam|exams|test|tests|interview|audition|set|gig|joke|jokes|presentation|speech|pitch|date; comedian|comic|comedians bombing|bombed|bombs',
      'slaughter|slaughtering|massacre|massacring|carnage|decapitation|beheading of|at the|a giant? cupcake|cupcakes|cake|cakes|buffet|pizza|pizzas|cookies|pinata|pinatas|snowman|snowmen|dessert|desserts|candy|sweets|doughnuts|donuts|sandwiches|weeds|dandelions|pawns',
    ],
  },
];
