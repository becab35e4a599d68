import type { Section } from './types.js';

/**
 * Sexual content: nudity and sex acts are explicit; suggestive posing, lingerie and strip clubs are mild
 * (both refused at the default `strict` level). `;` separates phrases, `|` alternatives in one place.
 */
export const SEXUAL: readonly Section[] = [
  {
    signals: ['sexual'],
    patterns: [
      'nude|nudes|nudity|nudist|nudists|naked|nakedness|nakey|nekkid|unclothed|undressed',
      'in the nude; in the buff; au naturel; in her|his|their birthday suit; stark naked',
      'without|no any? clothes|clothing|panties|underwear; wearing no clothes|clothing|panties|underwear|bra',
      'wearing nothing; wears nothing; with nothing on; not wearing anything; clothes off; clothes fall|falling off',
      'topless|bottomless; bare breasted|breasts; bare chested woman|women|girl|girls',
      'sex|sexual|sexually|seks|secks|seggs|segs|sexx|sechs|intercourse|coitus|fornicat{e,es,ing,ion}',
      'making|make|makes|made love',
      'porn|porno|pornographic|pornography|pron|xxx|nsfw|rule34|r34|hentai; rule 34',
      'pornstar|camgirl|onlyfans|fansly|pornhub|xvideos|xhamster|brazzers; porn star; cam girl; only fans',
      'erotic|erotica|erotically|orgasm|orgasms|orgasming|orgasmic|horny|aroused|arousal|sexting',
      'masturbat{e,es,ed,ing,ion}|wank|wanking|fap|fapping; jerking|jerks|jerk|jacking off; touching herself|himself|themselves',
      'blowjob|blowjobs|handjob|footjob|rimjob|fellatio|cunnilingus|anal|deepthroat|deepthroating; blow|hand job',
      'cum|cums|cumming|cumshot|jizz|semen|ejaculat{e,es,ed,ing,ion}|creampie|bukkake',
      'erection|boner|hardon|penis|penises|dick|dicks|cock|cocks|schlong|phallus; erect penis|member',
      'genital|genitals|genitalia|vagina|vaginas|vaginal|vulva|pussy|pussies|clit|clitoris|labia|testicles|scrotum|ballsack',
      'nipple|nipples|areola|areolas|boob|boobs|boobies|booby|tit|tits|titty|titties|breasts|bosom|knockers',
      'asshole; butt|ass naked; bare ass|butt|bottom|buttocks; naked butt|ass',
      'cameltoe|upskirt|downblouse|nipslip|pantyshot; camel toe; nip slip; crotch shot; panty shot',
      'milf|dilf|gilf|threesome|foursome|orgy|orgies|gangbang|doggystyle; gang bang; doggy style; missionary position; 69 position; sixty nine position',
      'dildo|dildos|vibrator|vibrators|buttplug|fleshlight|strapon; butt plug; sex toy|toys; strap on',
      'ahegao|gooning|gooner|yiff|futa|futanari|incest|stepsis|bdsm|bondage|dominatrix|sadomasochism; step sis; barely legal',
      'rape|raped|rapes|raping|rapist|molest|molests|molested|molesting|molestation|grope|groped|groping; sexual assault',
      'skinnydipping; skinny dipping; strip|strips|stripping|stripped|getting|gets|get naked|nude',
      'stripper|strippers|striptease|stripclub; strip tease|club|clubs|show|dance; stripping|strips|strip for',
      'see through|seethrough lingerie|dress|top|shirt|blouse|bikini|nightgown|swimsuit|bra',
      'spread|spreads|spreading her|his|their legs|cheeks',
      '🔞; 🍆 💦; 💦 🍆; 🍆 🍑; 🍑 🍆; 🍑 💦; 👅 💦; 👅 🍆; 👅 🍑; 🍆 👄; 🍒 💦',
      'nsfl|lewds; sexy time; lewd|spicy|naughty pics|photos|content|video|videos; leaked nudes; sex tape',
    ],
  },
  {
    signals: ['sexual.mild'],
    patterns: [
      'sexy|sexier|sexiest|seductive|seductively|seduce|seduces|seducing|seduction|sensual|sensually|sultry|lustful|lust|lusty',
      'provocative|provocatively|suggestive|suggestively|risque|racy|raunchy|kinky|kink|kinks|fetish|fetishes|lewd|ecchi',
      'lingerie|thong|thongs|gstring|panties|panty|knickers|garter|garters|negligee|teddie; g string',
      'in her|his|their underwear|bra|panties|boxers|briefs|undies',
      'underwear|lingerie model|models|photoshoot|shoot; boudoir|pinup|burlesque; pin up',
      'twerk|twerks|twerking|twerked|humping|hump; booty|ass|butt shaking; shaking her|his ass|booty|butt; grinding|grinds on; dry humping',
      'pole dance|dancer|dancers|dancing|dances; lap dance|dances|dancing; lapdance; exotic dancer|dancers; go go dancer|dancers',
      'undress|undresses|undressing|disrobe|disrobing|disrobes',
      'taking|takes|take|took off her|his|their clothes|top|shirt|bra|dress|panties|skirt|pants|underwear|lingerie',
      'removes|removing her|his|their clothes|bra|panties|top|dress|underwear',
      'cleavage|busty|thicc|booty|buttocks; big|huge|giant boobs|breasts|tits; butt cheeks',
      'escort|escorts|prostitute|prostitutes|prostitution|hooker|hookers|brothel|brothels; red light district; call girl|girls; sugar daddy|baby',
      'making out in bed|bedroom; in bed together; one night stand; hooking up; booty call; friends with benefits',
      'moaning in bed; bedroom eyes; wet t shirt; wet tshirt; body shots; spanking|spank|spanked|spanks',
      'slut|sluts|slutty|whore|whores|skank|thot|thots|bimbo|nympho|nymphomaniac',
      'stripping|stripped|strips|stripteasing; strips|stripped|stripping off|down|naked|nude',
      'micro|string|thong|tiny bikini; wardrobe malfunction; bulging crotch; crotch bulge',
      'playboy|chippendales; playboy bunny; hooters girl|girls',
      'steamy scene|night|romance; steamy shower scene',
    ],
  },
  {
    // A bird, a rooster, a colour and a cocktail are not sexual.
    signals: ['safe'],
    patterns: [
      'nude lipstick|lipsticks|lip|lips|gloss|color|colors|colour|colours|colored|coloured|tone|tones|toned|shade|shades|palette|heels|heel|pumps|shoes|sandals|stockings|tights|makeup|nail|nails|polish|manicure|beige|pink|eyeshadow|blush|foundation|hue|hues|flats|boots|bra',
      'sex of the|a|their baby|chick|chicks|puppy|puppies|kitten|bird|fish|turtle|foal|calf',
      'sex education|ed; same|opposite sex; sex pistols; sex and the city',
      'sperm whale|whales; chicken|duck|turkey|pheasant|quail breast|breasts; breast stroke|cancer|pocket|plate; breaststroke|breastfeeding|breastplate',
      'blue|great|coal|crested|marsh|willow|penduline|bearded|varied|tufted tit|tits; long tailed tit|tits',
      'pussy willow|willows|cat; pussycat|pussyfoot|pussyfooting',
      'cock crow|crows|crowing|crowed; cockadoodledoo; cock a doodle doo; weather|stop cock; cock of the walk',
      'moby dick; dick tracy|grayson|whittington|turpin; spotted dick',
      'jerk chicken|pork|seasoning|marinade; knee jerk',
      'strip of land|paper|bacon|cloth|fabric|film|light|leather; comic|vegas|led|landing|drag|gaza|light|film strip|strips; strip mall|steak; bacon|chicken strips',
      'spread its|their wings|arms|petals|seeds|sails|tail|feathers; spread|spreading butter|jam|wings|seeds|the word|news|joy',
      'butt of the joke; cigarette|rifle butt|butts; pirate|pirates|treasure booty; tit for tat',
      'brand spanking new; spanking new; hump day; camel|whale|speed hump|humps',
      'police|military escort|escorts; escort ship|ships|carrier|vessel|boat; escorted by police',
      'moaning myrtle; wind|ghost|ghosts|zombie|zombies|cow|cows moaning; moaning wind|ghost|zombie|zombies',
      'sexy car|cars|voice|robot|font|saxophone|sax',
      'cum laude',
      'cocktail|cocktails|drink|drinks|shot|shots called|named|a sex on the beach; sex on the beach cocktail|cocktails|drink|drinks',
      'naked mole rat|rats; naked eye|flame|flames|truth|lunch|branches|branch|trees|tree|bulb|lightbulb|wire|wires|blade|ambition|aggression|singularity|hillside|hills|rock|earth; naked baby birds|bird|mice|rats|squirrels',
      'naked|hairless newborn? kittens|kitten|puppies|puppy|chicks|chick|birds|hatchlings|hatchling|pups|mice|joeys|fledglings|nestlings|bird',
      'topless convertible|convertibles|car|cars|jeep|bus|buses|roadster|tram; topless double decker',
      'sexy red|blue|black|white|new|vintage|classic|sports|little|italian|german|shiny|sleek|fast|luxury|electric|yellow|silver|orange|green? red|blue|black|white|vintage|classic|sports|italian|sleek|luxury|electric? car|cars|truck|trucks|motorcycle|motorbike|bike|boat|yacht|convertible|supercar|coupe|guitar|font|voice|watch|jet|plane',
      'rugby hooker|hookers; hooker throwing|throws|throw|threw|feeding|feeds the? ball',
      'strip|stripping|strips|stripped paint|wallpaper|wires|wire|furniture|bark|varnish|floor|floors|engine|engines|insulation|cable|cables|the|a|an|old|down|it|leaves|sheets|bed|beds|off|away|parts|car|cars|wood|decks|deck|boat|ship',
      'stripped bare trees|branches|tree|landscape|forest; stripped down version|engine|car|bike|interior|room|design|aesthetic',
      'booby trap|traps|trapped|bird|birds; footed booby|boobies',
      'hard on himself|herself|themselves|yourself',
      'see through wall|walls|glass|window|windows|curtain|curtains|umbrella|ghost|ghosts|jellyfish|wings|fish|shrimp',
    ],
  },
];

/**
 * Minors: terms that put a child or teenager in the picture (harmless alone, "kids building a sandcastle";
 * refused with anything sexual or suggestive), and terms that sexualise minors by themselves.
 */
export const MINORS: readonly Section[] = [
  {
    signals: ['minors', 'sexual'],
    patterns: [
      'loli|lolis|lolicon|lolita|lolitas|shota|shotas|shotacon|jailbait|pedo|pedos|pedophile|pedophilia|paedo|paedophile|paedophilia|csam',
      'jail bait; child|kiddie|kiddy porn; preteen model|models; pre teen model|models',
      'cp video|videos|pics|pictures|photos|content|material|links|link|collection|folder|trading|stash; cp of kids|children|minors|girls|boys',
    ],
  },
  {
    signals: ['minor'],
    patterns: [
      'child|children|childs|kid|kids|kiddo|kiddos|kiddie|kiddies|toddler|toddlers|infant|infants|newborn|newborns|baby|babies',
      'little|young|small|tiny|teen|teenage|preteen|underage|school girl|girls|boy|boys; high school girl|girls|boy|boys',
      'schoolgirl|schoolgirls|schoolboy|schoolboys; girl|boy scout|scouts',
      'teen|teens|teenager|teenagers|teenage|teenaged|preteen|preteens|tween|tweens|underage|minor|minors|juvenile|juveniles; pre teen|teens; under age',
      'adolescent|adolescents|pubescent|prepubescent|youngster|youngsters|schoolchild|schoolchildren; little one|ones; child bride',
      'highschooler|highschoolers|kindergartner|kindergartener|kindergarten|preschooler|preschoolers',
      'middle|high|grade schooler|schoolers; first|second|third|fourth|fifth|sixth|seventh|eighth|ninth grader|graders',
      'stepdaughter|stepson|granddaughter|grandson; step daughter|son',
      'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen year|years|yr|yrs old',
      'under 18|eighteen; not yet 18',
    ],
  },
  {
    signals: ['revealing'],
    patterns: [
      'bikini|bikinis|swimsuit|swimsuits|swimwear|underwear|undies|lingerie|panties|bra|bras|thong|nightgown|towel|leotard|naked|nude; bathing suit; crop top; short shorts; tight clothes',
    ],
  },
  {
    signals: ['posing'],
    patterns: [
      'posing|poses|posed|pose|photoshoot|modeling|modelling|boudoir|flaunting|seductively|provocatively',
      'photo shoot; for the camera; on a bed; in bed; bending|bent over; showing off her|his body; glamour shot|shots; on|for webcam|cam; webcam|camgirl|onlyfans',
    ],
  },
];
