import type { Section } from './types.js';

/**
 * Harassment: telling someone to kill themselves, threats, and demeaning or humiliating a person someone
 * knows (`relation` + `demean`, or a threat aimed at them). A realistic depiction of a named private person
 * ("a realistic video of my sister maria") is likeness; the rules build that from `relation`/`naming`,
 * `first_name`, `surname` and `realistic`. `;` separates phrases, `|` alternatives in one place.
 */
export const HARASSMENT: readonly Section[] = [
  {
    signals: ['harassment', 'self_harm'],
    patterns: [
      'kill|end|unalive|neck|rope|hang yourself|urself|yourselves|yoself|youself',
      'kys|kysm; kms pls; go die; go kill yourself; you should just? die; you should hang; nobody would miss you; drink bleach; jump off a bridge you|loser|idiot',
      'hope you|he|she|they die|dies; hope you get cancer; you deserve to die; die in a fire',
    ],
  },
  {
    signals: ['harassment'],
    patterns: [
      'i|we know where you|u|ya live|sleep|work; i|we know your|ur address',
      'home? address|addresses leaked|leak|leaking|posted|exposed|doxxed; leak|leaking|leaked|leaks|post|posting|posts|expose|exposing his|her|their|your home? address|addresses',
      'what his|her|your|ur|their mom|mother|mum|sister does|did for money|cash|rent; what his|her|your|ur|their mom|mother|mum|sister does|did for a living',
      'doxx|doxxed|doxxing|doxing|dox|swatting|swatted; revenge porn; deepfake porn|nudes|sex; nudify|nudified; leak her|his nudes|address|photos',
      'make|making her|him|them naked|nude; remove|removing her|his clothes from the photo|picture',
      'you|u are|re|r such? a|an? worthless|pathetic|ugly|fat|stupid|dumb|disgusting|useless|braindead loser|bitch|idiot|moron|failure|pig|slut|whore|retard|freak|cunt|piece',
      'youre|ur such? a|an? worthless|pathetic|ugly|fat|stupid|dumb|disgusting|useless|braindead loser|bitch|idiot|moron|failure|pig|slut|whore|retard|freak|cunt|piece',
      'you|u are|re|r a|an|such loser|bitch|idiot|moron|slut|whore|retard|cunt; youre|ur a|an|such loser|bitch|idiot|moron|slut|whore|retard|cunt',
    ],
  },
  {
    // Threats; a gamer yelling at the final boss is not one.
    signals: ['harassment'],
    patterns: [
      'i|we will|ll|m|am find|hunt|get you; gonna|going find|hunt you; i|we know where you live; i|we know your address',
      'i|we will|ll|m|am|re|are gonna|going? to? kill|hurt|stab|shoot|rape|beat|murder|find|get you|your; gonna kill|hurt|stab|shoot|rape|beat|murder you|your',
      'what i|we m|am|re|are|will|ll gonna|going to? do to; what i|we will|ll do to; when i|we find|catch him|her|them; once i|we find|catch him|her|them',
      'i|we re|are|m|am|will|ll coming for you; you re|are dead|next; you will be dead|next; youre dead|next; you will|ll die; watch your back; your days are numbered; sleep with one eye open',
      'nobody will|would miss you|him|her; no one will|would miss you|him|her; nobody is going to miss you|him|her; no one is going to miss you|him|her',
    ],
    unless: [
      'gamer',
      'game',
      'gaming',
      'videogame',
      'boss',
      'controller',
      'level',
      'fortnite',
      'minecraft',
      'zombie',
      'zombies',
      'monster',
      'dragon',
      'villain',
      'npc',
    ],
  },
  {
    signals: ['harassment', 'self_harm'],
    patterns: [
      'telling|tell|tells|told|asking|ask|asks|urging|urges|urge *3 to kill|hang|unalive|end himself|herself|themselves|themself|yourself',
      'telling|tell|tells|told|asking|ask|asks|urging|urges|urge *3 to go die; telling|tell|tells|told|asking|ask|asks|urging|urges|urge *3 to jump|die; telling|tell|tells|told *3 to drink bleach',
    ],
  },
  {
    signals: ['relation'],
    patterns: [
      'my|our|mine ex|exes|boss|bosses|manager|supervisor|coworker|coworkers|colleague|colleagues|classmate|classmates|teacher|professor|prof|tutor|neighbour|neighbor|neighbours|neighbors|roommate|roommates|flatmate|housemate|landlord|landlady|tenant|principal|coach|babysitter|nanny|bully|bullies|crush|cousin|aunt|uncle|sister|brother|stepbrother|stepsister|stepmom|stepmum|stepdad|stepfather|stepmother|mom|mum|mother|dad|father|wife|husband|girlfriend|boyfriend|gf|bf|fiance|fiancee|partner|friend|friends|bestie|bff|nephew|niece|grandma|grandpa|granny|grandmother|grandfather|son|daughter|sibling|siblings|twin|mate|buddy|pal|doctor|dentist|barber|teammate|teammates|mentor|employee|employees|intern|pastor|sis|bro',
      'in|from|on our|my|this server|discord|class|school|office|team|dorm|guild|clan|chat|groupchat; that new girl|guy|kid|boy|dude|student|coworker',
      'my|our bff|bestie|besties|bf|gf',
      'my|our stepmom|stepmum|stepmother|stepdad|stepfather|stepsister|stepbrother|stepson|stepdaughter',
      'my|our little|big|older|younger|baby|twin|step? brother|brothers|sister|sisters|cousin|cousins|nephew|niece|bro|sis',
      'my|our ex boyfriend|girlfriend|wife|husband|partner|bf|gf; my|our co worker|workers; my|our best friend|mate|bud; my|our step brother|sister|mom|dad|mum; my|our lab partner',
      'guy|girl|kid|boy|dude|lady|woman|man|teacher|person|member|user|chick|student|nerd from|in|at|on my|our|the|this school|class|work|job|office|team|server|discord|gym|street|building|church|neighborhood|neighbourhood|dorm|block|grade|channel|chat|group|course|company|lab',
      'the guy|girl|kid|boy|dude|lady|woman|man next door; who|that sits next to me; who|that works with me',
      'this|that|the|our|a member|user|mod|moderator|admin|owner; a|this|that server member|user|mod; the new kid|girl|guy',
    ],
  },
  {
    signals: ['honorific'],
    patterns: ['mr|mrs|ms|miss|mx|dr|prof|professor|principal|coach|sir|madam|teacher|sgt'],
  },
  {
    signals: ['naming'],
    patterns: ['named|called|nicknamed|aka; whose name is; by the name of; goes by'],
  },
  {
    signals: ['demean'],
    patterns: [
      'humiliat{e,es,ed,ing,ion}|degrading|embarrass{ed,ing}|mocked|mocking|ridicule|ridiculed|ridiculing|belittl{e,es,ed,ing}|taunt|taunted|taunting|shamed|shaming|bullied|bullying|harass|harassed|harassing|insulted|insulting|demean|demeaned|demeaning',
      '🐷|🐖 🐷|🐖; oinking|oinks|oink like|in|at',
      'as|like a|an *2 witch|hag|troll|goblin|pig|cow|whale|monster|rat|clown|slug|toad',
      'roasting|roasts|roast|mocking|mocks|teasing|teases|bullying|bullies|pranking|insulting|insults *8 until|till|til he|she|they cries|cry|sobs|breaks; look|looks|looking like a|an pig|cow|whale|rat|worm|clown|dog|hog|slob|troll|goblin|monkey',
      'is|s|so|r|are ugly|fat|gross|disgusting|hideous|stupid|dumb|worthless|pathetic|smelly|nasty',
      'ew|eww|ewww|ewwww|yuck; acne|zits|pimples|spots all over; acne|zits|pimples|spots everywhere',
      'laughed at; being|getting laughed at; spit|spits|spat|spitting|peeing|pissing|urinating|pooping|shitting|vomiting|puking on|upon',
      'everyone|everybody|crowd|class|people|students|kids|classmates|coworkers laughing|laughs|laugh|point|points|pointing|jeering|jeers at him|her|them',
      'spit|spits|spat|spitting in his|her|their face',
      'bitchslapped|pantsed|wedgied|egged|pelted|assaulted|mugged|headbutted|slapped|smacked',
      'getting|gets|got|being|is fired|dumped|rejected|beaten|punched|slapped|kicked|tripped|shoved|arrested|bullied|humiliated|mocked|spit|pantsed|pooped|peed|robbed|mugged|stomped|attacked|smacked|exposed|egged|hurt|stabbed|shot|killed|murdered|strangled|choked',
      'beat|beats|beating up; beaten up; getting|being|gets|got run over; hit by a|the? car|bus|truck|train; swirlie|swirly|wedgie|noogie',
      'wetting|peeing|pissing|pooping|shitting|soiling himself|herself|themselves; wetting|peeing|pissing|pooping|shitting|soiling|pooped|peed|pissed|wet|soiled his|her|their pants|trousers|jeans|shorts|bed',
      // Harm that happens to the person, as a wish or a spectacle ("my teacher getting flattened by a bus").
      'getting|gets|got|being flattened|squashed|crushed|jumped|stomped|drowned|electrocuted; getting|gets|got|being run over; getting|gets|got|being set on fire; flattened|squashed|crushed by a|the? car|bus|truck|lorry|train|steamroller|tractor',
      'cry|cries|crying|sobbing|begging|crawling|groveling|grovelling on his|her|their knees; crying and begging|sobbing; begging for mercy|forgiveness',
      'fat|ugly|stupid|dumb|worthless|pathetic|disgusting|smelly|stinky|gross|useless|hideous|braindead|creepy|lazy|bald loser|losers|idiot|idiots|pig|pigs|cow|cows|slob|whale|bitch|freak|creep|nobody|failure|joke|mess|rat|nerd|dork|virgin|cuck|incel|wimp|coward',
      'loser|idiot|moron|imbecile|dumbass|dipshit|fatso|fatass|lardass|slut|whore|bitch|cunt|bastard|skank|thot|incel|simp|weirdo|creep|pervert|perv|scumbag|asshole|prick|twat|wanker|douche|douchebag|retard|numbskull|dimwit|nitwit',
      'as a|an pig|cow|rat|worm|donkey|whale|loser|joke|slave|bitch|idiot',
      'called|calling|call him|her|them|me a|an? pig|cow|clown|rat|loser|idiot|moron|bitch|slut|whore|freak|retard|fatso|failure|whale',
      'ugly|fat|stupid|dumb|worthless|pathetic|hideous|disgusting|useless face|body|nose|teeth; ugliest|fattest|dumbest|stupidest person|kid|girl|guy|man|woman|student|employee|teacher',
      'rotting|rot in jail|prison; behind bars; in handcuffs; getting arrested|deported|expelled',
      'cheating on; caught cheating; dumped by; rejected by; everyone hates; nobody likes; no one likes; has no friends',
      'with a tiny|small micro? penis|dick|pp; bad breath; body odor|odour',
      'deepfake|deepfakes|deepfaked; deep fake|fakes',
      'make|making|makes fun of; roast|roasting video|clip|him|her|them; roasted by',
      'head|face flushed|dunked|shoved|pushed down|in|into a|the toilet|trash|garbage|mud',
      'as|like a|an crying|whiny|whining|sobbing|pathetic|little|stupid|ugly|fat baby|toddler|child|girl|loser|pig|cow|whale|rat|worm|clown|dog',
      'while|as|and everyone|everybody|crowd|class|people|kids|students|coworkers|classmates laughs|laugh|laughing|watches|cheers|points|jeers|films|records; the whole class|school|office laughs|laughing|watches',
      'ugly|fat|old|evil|stupid|nasty|disgusting witch|hag|troll|goblin|gremlin|cow|whale|pig|slob|rat',
      // A person shown as a vile animal or creature ("my flatmate as a greasy slug"): demeaning only with a person
      // (a relation or a name) in the text; "a fat pig on a farm" names nobody.
      'as|like a|an slobbering|sl0bbering|mangy|rabid|stinking|diseased|wrinkly|scabby|inbred|obese|moronic|braindead|useless|worthless|balding|pathetic|ugly|fat|stupid|dumb|hideous *1 pig|pigs|hog|swine|slug|rat|troll|goblin|toad|worm|walrus|cow|whale|ogre|maggot|hyena|baboon|warthog|leech|weasel|vulture|rodent|slob|blob|donkey|ape|chimp|monkey|cockroach|roach|parasite|hippo|mutt|dog|clown|sloth',
      'as|like a|an drunk|sweaty|greasy|smelly|stinky|slimy|filthy|hairy|drooling|bloated|pimply|crusty|gross|oily|flabby|fat|ugly|disgusting|pathetic|dirty|rotten|lazy|brainless|toothless|snotty|grotesque|nasty|vile|revolting *2 pig|pigs|hog|hogs|swine|slug|slugs|rat|rats|troll|goblin|gremlin|gremlins|toad|worm|worms|walrus|cow|whale|ogre|maggot|maggots|hyena|baboon|warthog|leech|weasel|vulture|rodent|slob|blob|monster|beast|creature|orc|zombie',
    ],
  },
  {
    signals: ['threat'],
    patterns: [
      'kill|killing|kills|murder|murdering|stab|stabbing|hurt|hurting|punch|punching|slap|slapping|strangle|strangling|drown|drowning|poison|poisoning|kidnap|kidnapping|torture|torturing|attack|attacking|assault|assaulting; beat|beating up; run|running over',
    ],
  },
];

/**
 * Common first names and surnames, for named private people ("my classmate tyler brooks"). Names that
 * are also ordinary words (will, grace, rose, frank, brown, king) are left out: they would name nobody.
 */
export const FIRST_NAMES =
  'aaron abby abigail adam lily connor tyler marcus lucas anna ben sam jake priya kowalski adrian aiden aisha alex alexa alexander alexandra alexis ali alice alicia alison alyssa amanda amelia amir amy ana andre andrea andrew andy angela anna annie anthony antonio aria ariana ashley austin ava avery bailey barbara becky ben benjamin bethany blake brad bradley brandon brayden brenda brendan brian brittany brooke bryan caleb cameron camila carla carlos carmen caroline carter casey cassidy catherine chad charlie charlotte chelsea chloe chris christian christina christopher cindy claire clara cody colin connor courtney craig crystal cynthia dakota dale dallas damian dan daniel daniela danielle danny darius darren dave david deborah debbie denise derek destiny devin diana diego dmitri dominic donna dylan eddie eduardo elena eli elijah elizabeth ella ellie emily emma eric erica erin ethan eva evan evelyn fatima felix fernando fiona francesca gabriel gabriella gavin gemma george gina giovanni greg gregory hailey haley hannah harper harrison hayden heather helen henry hugo ian isaac isabel isabella isaiah ivan jack jackson jacob jade jake james jamie jane jared jasmine jason javier jayden jeff jeffrey jenna jennifer jenny jeremy jesse jessica jill jim jimmy joanna joe joel joey john johnny jon jonathan jordan jorge jose joseph josh joshua juan julia julian julie justin kaitlyn karen kate katie kayla keith kelly kelsey ken kenneth kevin khalid kim kimberly kyle laura lauren leah leila leo leon liam linda lindsay lisa logan lorenzo louis lucas lucia lucy luis luke lydia mackenzie madison maria mariah marie marissa mario marisol marta martin mason matt matthew maya megan melissa mia michael michelle miguel mike mila molly monica morgan muhammad mohammed nadia naomi natalie nathan nicole nick nicholas nina noah nora olivia omar oscar owen pablo patrick paul paula peter priya rachel rafael rahul raj rebecca riley rob robert roberto ryan sabrina sam samantha samuel sandra sara sarah scott sean sebastian seth shannon sharon sofia sophia sophie stacy stephanie stephen steve steven susan sydney tanya taylor teresa tiffany tim timothy tina todd tom tommy tony tracy travis trevor tyler valentina vanessa veronica victor victoria vincent wendy william xavier yasmin zach zachary zoe zoey';

export const SURNAMES =
  'smith johnson williams jones garcia miller davis rodriguez martinez hernandez lopez gonzalez gonzales wilson anderson thomas taylor moore jackson martin lee perez thompson harris sanchez clark ramirez lewis robinson allen scott torres nguyen flores adams nelson carter mitchell roberts gomez phillips evans turner diaz parker cruz edwards collins reyes stewart morris morales murphy rogers gutierrez ortiz morgan peterson cooper kim ramos richardson cox howard ward torres watson jenkins perry sanders butler barnes fisher henderson coleman simmons patterson jordan reynolds hamilton graham wallace gibson jimenez sullivan ellis mcdonald kennedy murray ortega hayes myers ford russell marshall owens mcdonald harrison fernandez weaver schmidt meyer mueller muller schneider fischer weber novak kowalski nowak ivanov petrov smirnov rossi russo ferrari esposito bianchi romano colombo ricci dubois moreau laurent lefebvre leroy singh patel sharma gupta kumar khan ali ahmed hussain chen wang zhang liu yang huang zhao wu zhou xu tanaka suzuki takahashi watanabe yamamoto nakamura sato park choi kang cho yoon walsh brooks murphy obrien oconnor kelly byrne ryan doyle mccarthy gallagher doherty kennedy lynch quinn hughes price jenkins powell bryant gray reed hughes foster sullivan bennett wood barnes kelly howard long patterson hughes flores washington butler simmons foster gonzales bryant alexander russell griffin diaz hayes';
