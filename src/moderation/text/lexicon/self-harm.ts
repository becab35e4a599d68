import type { Section } from './types.js';

/**
 * Self-harm: depiction or promotion of suicide, self-injury and eating disorders, including algospeak
 * ("unalive", "sewer slide"). Sadness, a funeral, someone on a rooftop looking at the city stay allowed.
 */
export const SELF_HARM: readonly Section[] = [
  {
    // "… so she can finally be gone": the wish itself; a trip or a move is not one.
    signals: ['self_harm'],
    patterns: [
      'so he|she|they|i can|could|will|would finally? be gone|disappear|die; so he|she|they|i can|could|will|would finally? stop existing|living; so he|she|they|i can|could|will|would never|not wake up',
    ],
    unless: [
      'holiday',
      'holidays',
      'vacation',
      'trip',
      'travel',
      'packing',
      'moving',
      'flight',
      'weekend',
      'alarm',
    ],
  },
  {
    // Suicide told without the word: what is done and what it is for ("kicking the chair out from under
    // himself", "so she can finally be gone", "sitting in the idling car with the garage shut").
    signals: ['self_harm'],
    patterns: [
      'kick|kicks|kicking|kicked the|a chair|stool|bucket out from under himself|herself|themselves|myself',
      'knot|knots|knotting|knotted|tie|ties|tying|tied a|the|his|her? rope|belt|cord|bedsheet|sheet into a|the? loop|noose *6 himself|herself|themselves|myself|stool|chair',
      'fills|filling|filled|stuffs|stuffing|stuffed his|her|their|my coat|pockets|clothes with rocks|stones|bricks|weights *4 wades|wading|walks|walking|sinks|sinking|into',
      'walks|walking|walked|wades|wading|waded into the sea|lake|river|ocean|water *6 never coming|come back; walks|walking|walked|wades|wading|waded into the sea|lake|river|ocean|water *6 to drown|disappear|die',
      'idling|running car|engine *4 garage *3 shut|closed|sealed|locked; garage door|doors shut|closed|sealed|down *4 car|engine running|idling; in his|her|their|a|the idling|running car *3 garage door|doors? shut|closed|sealed|locked',
      'garage *6 car|engine running|idling *4 shut|closed|sealed|locked; garage *6 shut|closed|sealed|locked *4 car|engine running|idling',
      'hose from|into the exhaust; breathing|breathes|inhaling|inhales exhaust fumes *3 to die|sleep|end; breathing in exhaust fumes *3 to die|sleep|end',
      'stockpiling|stockpiles|hoarding|hoards|counting|counts|collects|collecting his|her|their|my|the? sleeping? pills|tablets|painkillers *6 die|end|wake|goodbye|last|tonight|never|forever; counting|counts|saving|saves out|up his|her|their|my|the? sleeping? pills|tablets|painkillers *6 die|end|wake|goodbye|last|tonight|never|forever',
      'tonight is the night he|she|they|i wont|never wake|wakes up; tonight is the night he|she|they|i won t|will not wake up; never wake|waking up again',
      'fresh|new sh scars|cuts; sh scars|cuts; relapsed|relapsing on sh',
    ],
    unless: [
      'alarm',
      'hibernate',
      'hibernating',
      'hibernation',
      'beauty',
      'spell',
      'curse',
      'cursed',
      'vitamins',
      'vitamin',
    ],
  },
  {
    signals: ['self_harm'],
    patterns: [
      'suicide|suicides|suicidal|sewerslide|unalive|unalived|unaliving|unalives|selfharm|selfharming; sewer slide; self harm|harming|harmed|injury|injuring|injure|mutilation|mutilating',
      'commit|commits|committing|committed|attempt|attempts|attempting|attempted suicide',
      'kill|kills|killing|killed|hang|hangs|hanging|hanged|hung|poison|poisons|poisoning|poisoned|drown|drowning|drowns|shoot|shoots|shooting|shot|starve|starves|starving|starved|burn|burns|burning|cut|cuts|cutting|stab|stabs|stabbing|end|ending|ends|unalive|unaliving himself|herself|myself|themselves|themself',
      'end|ends|ending|ended my|his|her|their|your own? life|lives; take|takes|taking|took my|his|her|their|your own life|lives',
      'end it all; ending it all; end my|his|her|their suffering|pain for good; want|wants|wanted|wanting to die; wish i|he|she was|were dead; better off dead',
      'cut|cuts|cutting|slit|slits|slitting|slash|slashes|slashing|slashed|carving|carve|carves my|his|her|their own? wrists|wrist|arms|arm|thighs|thigh|skin|veins',
      'wrist|wrists|arm|arms|thigh|thighs covered in? cuts|scars|slashes; fresh|deep|bleeding cuts|scars on her|his|their|my wrists|wrist|arms|arm|thighs|legs',
      'razor|razors|razorblade|blade|blades on|against|across her|his|their|my wrist|wrists|arm|arms|thigh|thighs|skin; razor blade|blades on|against|across her|his|their|my wrist|wrists|arm|arms|thigh|thighs|skin',
      'noose around|round|on his|her|their|my own? neck; tying|ties|tied a noose; hanging from a|the noose',
      'jump|jumps|jumping|jumped|leap|leaps|leaping|leaped off|from a|the? bridge|building|skyscraper|rooftop|roof|ledge|balcony|overpass|tower|cliff to|and die|end|kill',
      'about|going|ready|preparing|trying|wants|wanting|planning to jump off|from a|the? bridge|building|skyscraper|rooftop|roof|ledge|balcony|overpass|tower',
      'standing on|at the edge of a|the bridge|building|rooftop|roof|ledge about|ready to jump',
      'overdose|overdoses|overdosing|overdosed; swallowing|swallows|swallowed|taking|took|takes|downing|downs a|the|his|her? whole|entire? bottle|handful|fistful|bunch of sleeping? pills|tablets|painkillers; whole bottle of pills; pills to end|die',
      'drink|drinks|drinking|drank bleach|antifreeze; toaster bath; rope|neck myself; kms',
      'pro ana|mia; proana|promia|thinspo|thinspiration|bonespo|meanspo|skinnyspo; ana coach; starve|starving|starves yourself|myself|herself|himself; starvation diet; purging|purge after eating; binge and purge; make|making|makes myself|herself|himself throw up; make|making|makes myself|herself|himself vomit|puke',
      // Starving told by its count or its scale: "day 10 of not eating", "weighing herself … the number drops".
      'day|days|week|weeks *1 of not eating|starving|fasting *8 ribs|thin|thinner|skinny|skinnier|weigh|weighs|weighing|scale|bones|collarbones|hipbones|dizzy|fainting|faint|number; day|days|week|weeks *1 without eating|food *8 ribs|thin|thinner|skinny|skinnier|weigh|weighs|weighing|scale|bones|collarbones|hipbones|dizzy|fainting|faint|number',
      'how to cut *4 without anyone|nobody noticing|knowing|seeing|finding; how to cut *4 without no one noticing|knowing|seeing; hide|hiding|hides|cover|covering my|her|his|the? cuts|scars|self harm|selfharm',
      '🔪 💔; 💔 🔪; cutting|cuts in the|my|her|his bathroom|bedroom *8 🩸|blood|bleeding|scars|wrist|wrists|arm|arms|thigh|thighs',
      'bathtub|bath|tub *8 water *3 turning|turns|turned|slowly red|pink; razor|razors|blade|blades *6 bathtub|bath|tub|wrist|wrists; bathtub|bath|tub *6 razor|razors|blade',
      'blackout|choking|fainting challenge|game; pass out challenge; belt|rope|cord|noose around his|her|their|my own? neck',
      'pinching|pinches|pinched|grabbing|grabs|squeezing her|his|my stomach|belly|fat|thighs|waist *10 calories|skipping|skip|skipped|starving|thin|skinny; counting calories *6 skipping|skipped|skip dinner|meals|lunch|breakfast',
      'throwing|throws|threw up *6 dinner|eating|meal|meals|lunch|breakfast|food *8 pretty|beautiful|cute|dreamy|aesthetic|soft|thin|skinny|calories|weight|proud; vomiting|puking|purging *6 dinner|eating|meal|meals|lunch|breakfast|food *8 pretty|beautiful|cute|dreamy|aesthetic|soft|thin|skinny|calories|weight|proud',
      'hasn t eaten in|for *1 days|week|weeks|month *8 proud|thin|skinny|skinnier|goal|happy|bones|ribs; hadn t eaten in|for *1 days|week|weeks|month *8 proud|thin|skinny|skinnier|goal|happy|bones|ribs; hasnt|hadnt eaten in|for *1 days|week|weeks|month *8 proud|thin|skinny|skinnier|goal|happy|bones|ribs',
      'make|making her|him|me skinnier|thinner *8 starving|bones|ribs|hasnt|hasn|eaten|proud',
      'skipping|skips|skipped|skip meals|dinner|lunch|breakfast|eating to|so *3 thin|thinner|skinny|skinnier; skipping|skips|skipped|skip meals|dinner|lunch|breakfast|eating to|so *3 lose weight',
      'weighing|weighs|weighed herself|himself|themselves|myself *10 starving|thinner|skinnier; weighing|weighs|weighed herself|himself|themselves|myself *10 not eating; weighing|weighs|weighed herself|himself|themselves|myself *10 number|scale drops|dropping|drop|falls|falling',
      'thigh gap; eating disorder|disorders tips|motivation|goals; anorexia|anorexic|bulimia|bulimic tips|motivation|goals|inspiration',
      'russian roulette; pulling|pulls|pulled the trigger on himself|herself|themselves',
      'put|puts|putting|holds|holding|held|presses|pressing a|the gun|pistol|revolver|barrel to his|her|their|my own? head|temple|mouth',
      'put|puts|putting|holds|holding|held|presses|pressing a|the|his|her|their gun|pistol|revolver|barrel to|against his|her|their|my *1 head|temple|chin|mouth',
      'pointing|points|pointed|aiming|aims|aimed a|the|his|her|their gun|pistol|revolver|barrel at his|her|their|my *1 head|temple|chin|mouth; pointing|points|pointed|aiming|aims|aimed|turning|turns|turned it at|on himself|herself|themselves|myself; pointing|points|pointed|aiming|aims|aimed|turning|turns|turned the|a gun|pistol|barrel|revolver at|on himself|herself|themselves|myself; gun|pistol|barrel to|in his|her|their|my own? mouth|temple',
      'seppuku|harakiri; hara kiri; committing|commits|committed|performing|performs|performed seppuku|harakiri',
      'rope|cord|belt|noose|cable|sheet|bedsheet|scarf *4 rafters|rafter|beam|beams|ceiling|banister|railing|rail|pipe|doorframe|hook *8 chair|stool|bucket|stepladder',
      'standing|stands|stood|stepping|steps|climbing|climbs on|onto a|the chair|stool|bucket *8 rope|cord|belt|noose|cable|sheet|scarf *4 rafters|rafter|beam|beams|ceiling|banister|railing|rail|pipe|doorframe|neck',
      'to end it; end it tonight; engine running in a|the|his|her closed garage; car running in a|the closed garage',
      'lying in the|a bath with cut wrists; bathtub full of blood; blood filled bathtub',
      'self inflicted wound|wounds|cuts|burns; cigarette burns on her|his|my arm|arms; burning|burns herself|himself|myself with a? cigarettes|cigarette|lighter',
      'suicide note|letter|pact|forest|bridge; goodbye cruel world',
    ],
  },
  {
    // Methods in plain words, with the intent said ("… in front of trucks to die", "letting herself fall from
    // …"); a stunt, a jump into water or a game is not one.
    signals: ['self_harm'],
    patterns: [
      'in front of|under a|an|the? oncoming|speeding|passing|moving? train|trains|truck|trucks|lorry|lorries|bus|buses|traffic|cars|car|subway|tram to|and die|end',
      'throw|throws|throwing|threw|fling|flings|flinging|flung himself|herself|themselves|myself in front of|under a|an|the? oncoming|speeding|passing|moving? train|trains|truck|trucks|lorry|lorries|bus|buses|traffic|cars|car|subway|tram',
      'let|lets|letting himself|herself|themselves|myself fall|drop|plunge from|off a|the? top|edge|roof|rooftop|balcony|bridge|building|tower|ledge|cliff|window',
    ],
    unless: [
      'stunt',
      'stuntman',
      'stuntwoman',
      'stunts',
      'airbag',
      'airbags',
      'mattress',
      'skydiver',
      'skydiving',
      'parachute',
      'bungee',
      'trampoline',
      'pool',
      'lake',
      'sea',
      'river',
      'game',
      'movie',
      'film',
      'trust',
      'cartoon',
    ],
  },
  {
    signals: ['ledge'],
    patterns: [
      'edge|ledge|top|railing|rail|parapet of a|the bridge|building|rooftop|roof|skyscraper|tower|balcony|overpass; on|onto|over the ledge|railing|parapet',
    ],
  },
  {
    signals: ['jump'],
    patterns: ['jump|jumps|jumped|jumping|leaps|leaped|leaping|falls|fall; steps|step off'],
  },
  {
    // Harmless uses: a comic-book team, car doors, a card, prevention, an idiom.
    signals: ['safe'],
    patterns: [
      'suicide squad|squads|doors|door|lane|king|kings|sprint|sprints|drill|drills|dive|dives|plancha|run|runs|blonde|prevention|awareness|hotline|helpline|squeeze|squeezes|bunt|bunts; suicidal tendencies',
      'cut|cutting|cuts himself|herself|myself|themselves a slice|piece|bite; cut|cutting|cuts himself|herself|myself|themselves loose|free|off',
      'burning|burn|burns himself|herself|myself|themselves out; burnt out',
      'shot|shoot|shoots|shooting himself|herself|themselves|myself in the foot',
      'kill|killing himself|herself|themselves|myself laughing; kill|killing himself|herself|themselves|myself with laughter',
      'hanging|hangs|hang himself|herself|themselves|myself upside down; hanging|hangs himself|herself|themselves from|on the monkey? bars|rings',
      'jump|jumps|jumping|jumped off|from a|the? cliff|rock|rocks|pier|dock|boat|yacht|board into|in the? water|pool|lake|river|sea|ocean|waves',
      'cliff diving|jumping; bungee|bungy jump|jumping|jumps; base jumping|jump|jumper',
      'overdose|od on|of cuteness|cute|sugar|caffeine|coffee|chocolate|glitter|drama|fun|style|color|colour',
      'starving artist|artists|student|students',
      'got|gets|get|was|were|been|being unalived|unalive by; unalived|unalives by my|the|a|his|her',
      // Algospeak for killing something else ("unaliving my houseplants", "my character unalives the final boss"):
      // not self-harm; the rules read it as a killing verb instead (a person as its victim is violence).
      'unalive|unalives|unalived|unaliving my|the|a|an|his|her|their|some|all|every|these|those|this|that|your *2 plant|plants|houseplant|houseplants|garden|succulent|succulents|cactus|fish|goldfish|sourdough|tamagotchi|phone|laptop|battery|boss|bosses|enemy|enemies|villain|villains|monster|monsters|zombie|zombies|dragon|dragons|npc|npcs|mob|mobs|opponent|opponents|player|players|character|characters|goblin|goblins|orc|orcs|alien|aliens|robot|robots|demon|demons|creeper|creepers|bug|bugs|spider|spiders|mosquito|mosquitoes|fly|flies|wasp|wasps',
      'end of his|her|their life story; end of life care',
    ],
  },
];
