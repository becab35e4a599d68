"""Slot lists added for classifier 1.2 (docs/moderation.md, "The text classifier"): hard negatives by class, and
the harmful classes 1.1 had no data for.

1.1's false positives were double meanings of whole classes of words, not of single prompts: everyday clothing
(underwear, a trouser inseam), combat and extreme sports (a choke hold, a bungee jump off a bridge), computing
jargon (kill, sudo, root, developer mode, jailbreaking a phone), idioms of the stage (dying on stage, bombing,
killing it), stories told or acted for children, food being cut, photography's "head shots", and, now that
`normalise` keeps emoji as words, fruit and water emoji in food and play. The harmful classes it lacked: sexual
innuendo in emoji, hateful tropes about a group told without a slur (conspiracies, "stealing our jobs",
"breeding like rabbits"), violence told by its effect on a body ("teeth kicked in", "neck snapped") and
self-harm with a gun or a rope told without the words. Written by hand from general knowledge, not from the eval
sets: the classes come from the errors that docs/moderation.md lists for dev-5, dev-6 and dev-7, the phrasings
and words are new (checked: no line of an eval set is produced here).
"""

# --- everyday clothing in everyday scenes ----------------------------------------------------------------------

GARMENT_PEOPLE = [
    "a man", "a woman", "an old man", "a dad", "a grandpa", "a guy", "a lady", "a tired office worker", "a farmer",
    "a sleepy student", "a chef", "a marathon runner", "a cowboy", "a soldier on leave", "a bald man", "a young mum",
    "a retired teacher", "a lumberjack", "a night shift nurse", "a bearded hipster",
]

GARMENTS = [
    "boxer shorts", "his boxers", "striped boxers", "briefs", "long johns", "a sports bra and leggings",
    "swim trunks", "a vest and y-fronts", "pajamas", "flannel pyjamas", "a fluffy bathrobe", "compression shorts",
    "a onesie", "thermal underwear", "cycling shorts", "a nightshirt", "a singlet and shorts", "tube socks and slippers",
    "a tank top", "running tights", "a dressing gown", "a wetsuit", "a kilt", "a tracksuit",
]

MUNDANE_ACTS = [
    "ironing a shirt", "brushing {pos} teeth", "making pancakes", "watering the plants", "answering the door for a parcel",
    "doing the laundry", "chasing the dog around the yard", "taking out the bins", "stretching before a run",
    "fixing a leaky tap", "playing video games on the couch", "vacuuming the living room", "sleepwalking to the fridge",
    "packing a suitcase", "folding towels", "feeding the cat", "shaving in the mirror", "running for the bus",
    "looking for {pos} keys", "assembling flat pack furniture", "reading the newspaper", "making coffee at dawn",
    "locked out of the house", "shovelling snow off the drive", "mowing the lawn", "dancing badly in the kitchen",
]

# The trade of fitting clothes: a tailor's words for a body's measurements.
TAILORING = [
    "a tailor measuring the inseam of a pair of trousers", "a tailor chalking the leg length on a suit",
    "a seamstress letting out the crotch seam of old jeans", "a tape measure around a client's waist and hips",
    "a tailor pinning up trouser hems", "a shop assistant folding boxer shorts on a shelf",
    "briefs and boxers on sale in a department store", "a washing line of socks and underwear drying in the sun",
    "a laundry basket full of boxer shorts and t-shirts", "a sewing pattern for pyjama bottoms on a cutting table",
    "measuring an inside leg for a made to measure suit", "a bespoke tailor taking a gentleman's measurements",
    "a rack of sports bras in a running shop", "a packet of plain white briefs on a supermarket shelf",
    "a knitter working a scarf in garter stitch", "a pair of thong sandals by a pool", "a garter snake in the grass",
    "a violinist changing the g string before a concert", "a guitarist bending the g string in a blues solo",
    "golf knickers and argyle socks in a vintage photo", "a dressmaker fitting a bodice on a mannequin",
]

# --- sport: holds, falls and the words of the game ---------------------------------------------------------------

GRAPPLERS = [
    "a jiu jitsu black belt", "a judoka", "an mma fighter", "a wrestler", "a grappler", "a sambo fighter",
    "a teenage wrestler", "a female bjj athlete", "a submission specialist", "two grapplers",
]

GRAPPLING = [
    "locking in an armbar", "finishing with a rear naked choke", "tapping out to a triangle choke", "escaping a guillotine",
    "sinking a kimura", "rolling for a heel hook", "winning by submission", "taking the back and sinking the choke",
    "catching an ankle lock", "tapping to a choke hold", "pinning an opponent to the mat", "pulling guard",
    "hitting a double leg takedown", "stacking an opponent in a triangle", "defending an arm triangle",
    "getting choked out in training and laughing about it", "applying a north south choke", "cranking a neck crank in practice",
]

GRAPPLING_PLACES = [
    "at a tournament", "on the mats at the gym", "in the octagon", "at the olympics", "in front of a roaring crowd",
    "at a local club", "during sparring", "at a seminar", "in slow motion replay", "and the referee waves it off",
]

EXTREME_SPORT = [
    "a bungee jumper leaping off a bridge", "bungee jumping off a canyon bridge", "a base jumper in a wingsuit leaping off a cliff",
    "cliff divers dropping into a turquoise cove", "a skydiver falling through the clouds", "a free solo climber hanging from a ledge",
    "a zip liner flying down a canyon", "a high diver dropping from a platform", "a parachutist jumping from a plane",
    "a bungee cord snapping back up over a river", "a stunt performer falling off a building onto an airbag",
    "a cliff jumper leaping into a lagoon", "a ski jumper flying off the ramp", "a paraglider running off a mountain",
    "a parkour runner leaping between rooftops", "a motocross rider flipping off a dirt ramp",
]

EXTREME_DETAIL = [
    "", " screaming with joy", " while friends cheer", " in slow motion", " with a go pro", " at sunrise",
    " over a river", " in new zealand", " wearing a harness", ", bucket list", ", adrenaline rush", " on holiday",
]

GAME_WORDS = [
    "a batsman driving the ball through the covers", "a bowler sending the stumps cartwheeling", "a batsman run out by a direct hit",
    "a volleyball player hammering a kill shot", "a striker shooting from distance", "a shooting guard draining a three",
    "a goalkeeper diving in a penalty shootout", "a sudden death playoff hole at dusk", "a quarterback getting sacked",
    "a tennis player with a killer serve", "a golfer choking on the final putt", "a fencer scoring a touch",
    "a rugby player smashing into a tackle", "a snooker player potting the black to win", "a darts player hitting a bullseye",
    "a pitcher striking out the side", "a sprinter bursting from the starting blocks", "a hockey goalie taking a puck to the mask",
    "a cricket fielder diving to take a catch", "a paintball player sniping from behind a hay bale",
]

# --- computing jargon -----------------------------------------------------------------------------------------------

TECH_COMMANDS = [
    "sudo rm -rf", "kill -9", "sudo reboot", "rm -rf node_modules", "chmod 777", "docker kill",
    "sudo apt upgrade", "killall python", "taskkill /f", "shutdown -h now", "pkill chrome", "sudo su", "format c:",
]

TECH_FRAMES = [
    "{c} typed in a terminal at midnight", "a developer running {c} and instantly regretting it", "{c} written on a whiteboard, office humour",
    "a t-shirt printed with {c}", "a sysadmin nervously typing {c}", "{c} glowing in green monospace on a black screen",
    "a meme about {c}", "a laptop sticker that says {c}", "a cat walking across the keyboard and typing {c}",
    "a coffee mug with {c} printed on it",
]

TECH_SETTINGS = [
    "developer mode", "debug mode", "airplane mode", "root access", "safe mode", "admin privileges", "dark mode",
    "recovery mode", "usb debugging", "an unlocked bootloader", "maintenance mode", "the admin panel", "sudo privileges",
]

SETTING_FRAMES = [
    "{s} toggled on in the phone settings", "a tutorial showing how to turn on {s} on an old android", "{s} switched on in a retro game menu",
    "{s} unlocked on a dusty tablet", "a screen recording of {s} being switched on", "a laptop booting into {s}",
    "a tech reviewer explaining {s}", "a close up of a settings screen with {s} highlighted", "an it technician enabling {s} on a server",
]

TECH_SCENES = [
    "a daring prison jailbreak through a sewer tunnel", "a jailbreak scene in an old western with a dynamite blast",
    "a teenager jailbreaking an old phone to install custom apps", "prisoners planning a jailbreak with a spoon",
    "a cartoon jailbreak with cops chasing robbers", "a programmer killing a frozen process", "a script executing on a remote server",
    "an error message saying execution failed", "a server rack with blinking lights and a root shell open",
    "a chatbot settings page with an empty system prompt box", "a hacker film with scrolling green text",
    "a robot vacuum stuck on a rug, error code on its screen", "an engineer terminating a runaway process on a laptop",
    "a gamer typing cheat codes into a console", "a kill switch on a factory machine", "a manual override lever in a train cab",
    "the abort button on a rocket launch console", "a dead pixel on a new monitor", "a daemon process diagram on a slide",
]

# --- idioms of the stage and of success ---------------------------------------------------------------------------

IDIOM_PEOPLE = [
    "a comedian", "a stand up comic", "a nervous singer", "a magician", "a rookie actor", "a drag queen", "a karaoke singer",
    "a street performer", "a first time speaker", "a wedding band", "a rapper", "a stage actress", "a ventriloquist",
]

IDIOMS = [
    "dying on stage in front of a silent crowd", "bombing at an open mic night", "absolutely killing it on stage",
    "slaying the runway", "murdering the high notes", "crushing the final round", "knocking the set out of the park",
    "getting roasted by the crowd and laughing along", "dying of embarrassment after a wrong note", "killing the vibe with a bad joke",
    "being booed off stage", "blowing the audience away", "bringing the house down", "dropping the mic after the last line",
    "stealing the show", "choking on the high note and laughing it off", "going down in flames at the audition",
    "knocking them dead at the comedy club", "playing to an empty room and dying a slow death", "slaughtering a classic song at karaoke",
]

# --- stories acted or told for children ---------------------------------------------------------------------------

STAGED_FRAMES = [
    "kids in a school play acting out how {x}", "a children's pantomime where {x}", "a puppet show in which {x}",
    "a bedtime story book page where {x}", "a school production where {x}", "a community theatre scene where {x}",
    "a picture book illustration where {x}", "cardboard costumes at a kids' show where {x}", "a nursery rhyme animation where {x}",
]

STAGED_X = [
    "a knight slays a dragon", "jack kills the giant", "the woodcutter chops the wolf in half", "st george kills the dragon with a wooden sword",
    "the villain is stabbed with a foam sword", "the troll is defeated and falls off the bridge", "the wicked witch melts into a puddle",
    "the pirate captain walks the plank", "the big bad wolf falls into a pot of boiling water", "the hero beheads the paper dragon",
    "the crocodile swallows the policeman", "the evil queen is defeated", "the ogre gets squashed by a giant boulder",
]

# --- food and photography -------------------------------------------------------------------------------------------

FOOD_CUTS = [
    "a baker slicing a napoleon cake", "a chef carving a roast turkey", "slicing a layered mille feuille", "a sushi chef filleting a tuna",
    "a butcher trimming a rack of lamb", "a cook hacking a coconut open with a cleaver", "beating eggs with a whisk",
    "a chef chopping the heads off carrots", "a pastry chef cutting a strawberry tart into slices", "slicing a birthday sponge into wedges",
    "a cook smashing garlic cloves with the flat of a knife", "a knife cutting through a croissant in slow motion",
    "a pizza cutter rolling through a pepperoni pizza", "a cleaver splitting a pork chop on a butcher block",
    "a red velvet cake oozing raspberry jam when sliced", "a fishmonger gutting mackerel at the market", "a grill master butterflying a chicken",
    "a halloween cake decorated with fake blood icing", "a chef deboning a leg of lamb", "a cheese wire slicing a wheel of cheddar",
]

PHOTO_SHOTS = [
    "a photographer doing headshots for actors", "a corporate head shot session against a grey backdrop", "a headshot photographer adjusting the lights",
    "an actor getting new head shots for her portfolio", "a close up shot of a face for a skincare ad", "a photographer shooting portraits of a family",
    "a graduation headshot in a studio", "a casting director looking through head shots", "a photographer shooting a christening",
    "a studio with a white backdrop and softboxes for headshots", "a linkedin headshot of a smiling accountant",
]

# --- emoji: food and play, and innuendo --------------------------------------------------------------------------------

EMOJI_HARMLESS = [
    "a peach cobbler 🍑 cooling on the counter", "eggplant 🍆 parmesan fresh out of the oven", "🍑🍐🍎 fruit bowl on a kitchen table",
    "💦 kids splashing at a water park", "a sweaty runner 💦 crossing the finish line", "a puppy licking an ice cream cone 👅",
    "🍒 cherry picking in an orchard", "a farmers market stall with 🍆 and 🍅", "🍑 balloons at a peach themed party",
    "a summer smoothie 🍑🍓", "water drops 💦 on a green leaf", "a kid sticking out his tongue 👅 at the camera",
    "🌮 taco tuesday at a food truck", "a banana 🍌 smoothie in a blender", "a rainy day ☔💦 puddle jumping",
    "grilled 🍆 slices on a barbecue", "a 🍑 orchard in georgia at sunset", "a dog shaking off water 💦 after a swim",
    "🍆🥒🥕 vegetables on a chopping board", "a lemonade stand 🍋💦 on a hot day", "a cat licking its paw 👅 in the sun",
]

EMOJI_SEX = [
    "{s} with 🍆 deep in her throat", "🍆🍑 {p} tonight", "her 🍑 bouncing on his 🍆", "{s} riding 🍆 {p}", "😩💦 {s} {p}",
    "💦💦 on her face 🍆", "{s} sucking 🍆 😩", "🍆 inside her 🥵", "👅🍑 {s} {p}", "sitting on his face 👅💦",
    "🍆💦💦 all over her 🍑", "{s} taking 🍆 from behind {p}", "🫦🍆 {p}", "eating 🍑 👅💦", "{s} on her knees 🍆👄",
    "{s} gagging on 🍆", "🍑 clapping on 🍆 all night", "🥵🍆💦 {p}", "{s} in bed 🍆🍑💦", "🍆 in his hand 💦 {p}",
]

# --- hateful tropes about a group, without a slur --------------------------------------------------------------------

TROPE_GROUPS = [
    "jews", "jewish bankers", "the jews", "muslims", "immigrants", "mexicans", "black people", "gypsies", "roma families",
    "chinese people", "asians", "gay men", "trans women", "refugees", "africans", "arabs", "indians", "migrants",
    "somalis", "pakistanis", "haitians", "latinos", "a jewish family", "a muslim family", "a gypsy family",
]

TROPE_INSTITUTIONS = [
    "the banks", "the media", "hollywood", "the government", "the world economy", "every election", "the news channels",
    "wall street", "world leaders", "the stock market",
]

TROPES = [
    "portrayed as puppeteers holding {i} on strings", "secretly running {i}", "controlling {i} from the shadows",
    "plotting to take over the country", "stealing all our jobs", "breeding like rabbits to outnumber us",
    "spreading disease wherever they go", "stinking up the whole street", "grooming kids at school",
    "lurking in women's bathrooms as predators", "hoarding gold and counting money", "behind every war in history",
    "replacing the locals one town at a time", "invading europe in boats", "scamming old people because that's what they do",
    "stealing everything not nailed down, they all do it", "living off welfare and laughing at taxpayers",
    "buying up {i} to rule the world", "smelling so bad the whole bus empties out", "eating stray dogs in the back alley",
    "as a secret cabal that rigs {i}", "turning the neighbourhood into a crime den, they're all the same",
]

TROPE_TWINS = [
    "a puppet master pulling the strings of a marionette", "a puppeteer working a dragon marionette at a fair",
    "{g} working at a bank", "{g} running a family bakery", "{g} dancing at a wedding reception",
    "{g} pulling a rope in a tug of war", "{g} cooking curry together for a festival", "{g} at a job fair shaking hands",
    "a documentary about conspiracy theories and why they are false", "{g} volunteering at a food bank",
    "{g} opening a restaurant in a new town", "{g} arriving at an airport, families hugging", "{g} playing football in the park",
    "rabbits breeding in a hutch on a farm", "a crowd of fans taking over the stadium", "{g} celebrating a new year parade",
]

# --- violence told by its effect on a body, and its harmless twins ----------------------------------------------------

EFFECT_VICTIMS = [
    "a man", "a woman", "a guy outside a pub", "a prisoner", "a homeless man", "a teenager", "a shopkeeper", "a kneeling man",
    "a bouncer", "a rival fan", "a delivery driver", "an old man", "a student", "a tied up man",
]

EFFECTS = [
    "getting {pos} front teeth booted out", "getting {pos} face stomped into the pavement", "with {pos} neck snapped",
    "getting {pos} kneecaps broken with a hammer", "with {pos} skull cracked open on the curb", "beaten until {pos} eyes swell shut",
    "choking on {pos} own blood after a beating", "spitting out teeth after a beating", "with {pos} ribs stomped in",
    "left for dead in a ditch", "beaten half to death by a gang", "getting {pos} head kicked in outside a club",
    "with {pos} nose smashed flat and blood everywhere", "with {pos} fingers snapped one by one", "with {pos} jaw broken in three places",
    "having {pos} face punched in until it's unrecognisable", "curled up while a mob kicks {pos} head like a football",
    "with {pos} head bashed against a car door", "dragged out and stomped until {pos} stops moving",
    "having {pos} toenails pried off one by one", "with boiling oil poured over {pos} hands", "with a screwdriver driven into {pos} eye",
    "being dragged behind a truck until {pos} skin tears away", "with {pos} legs crushed under a reversing car", "with a nail gun fired into {pos} palms",
    "with {pos} throat cut and blood pouring down {pos} shirt", "bleeding out on a kitchen floor after a stabbing", "with {pos} scalp peeled back",
    "shot in the stomach and crawling through {pos} own blood", "with {pos} hands crushed in a vice", "burned with cigarettes until {pos} skin blisters",
]

EFFECT_TWINS = [
    "a hockey player grinning with a missing front tooth", "a dentist pulling a wisdom tooth", "a chiropractor cracking a patient's back",
    "a karate student breaking a board with {pos} hand", "a kid losing a baby tooth in an apple", "a nurse putting a cast on a broken leg",
    "an x ray of a broken arm on a lightbox", "a skateboarder with a scraped knee laughing", "a rugby player wiping a nosebleed after a scrum",
    "a chef cracking eggs against a bowl", "a nutcracker soldier cracking walnuts", "a toddler stomping in puddles",
    "a mechanic knocking a dent out of a car door", "a stuntman falling down stairs for a film with crash mats", "a kid kicking a ball against a wall",
]

# Tools and body words of the effects above, at work on wood, food and nails: no single word may carry violence
# ("a hammer hitting a nail", "a rack of ribs", "pliers pulling a nail out of a plank").
TOOL_TWINS = [
    "a carpenter hammering nails into a fence", "a blacksmith hammering a glowing horseshoe", "a kid playing whack a mole with a foam hammer",
    "a sledgehammer knocking down a garden wall", "a judge banging a gavel", "a road crew with a jackhammer at dawn",
    "pliers pulling a bent nail out of a plank", "a manicurist filing fingernails", "a nail technician painting long acrylic nails",
    "a chef basting a rack of bbq ribs", "a whale skeleton's ribs in a museum hall", "the wooden ribs of a boat being built",
    "an umbrella with broken ribs in the wind", "a dentist polishing teeth", "a horse showing its teeth", "a giraffe stretching its long neck",
    "a swan bending its neck to drink", "a plastic skull on a biology classroom shelf", "a sugar skull painted for day of the dead",
    "a lumberjack's chainsaw slicing through a log", "an ice sculptor carving with a chainsaw", "a drill boring a hole in a wall",
    "boiling water poured over tea leaves", "a pot of boiling water for pasta", "a museum display of old landmines, educational",
    "a kid kicking a football through a fence", "a mechanic stomping on a stuck pedal", "a yoga teacher cracking her knuckles",
    "a baby gripping a finger with tiny fingernails", "a knee brace on a footballer's leg", "a conveyor belt carrying parcels in a warehouse",
    "a nail gun firing into roof shingles", "a mallet tenderising a steak", "a butcher feeding pork through a mincer",
]

# --- self-harm with a gun or a rope, without the words -----------------------------------------------------------------

SH_GUN_ROPE = [
    "pointing a pistol at {pos} own temple", "with the barrel of a gun under {pos} chin", "loading a revolver and turning it on {pos}self",
    "standing on a stool with a belt looped over the rafters", "knotting an electrical cord to the banister above the stairs",
    "tying a scarf to the wardrobe rail, a chair underneath", "kneeling and performing seppuku with a short blade",
    "pressing a shotgun against {pos} chest in an empty room", "looping a rope over a beam and climbing onto a bucket",
    "with a pistol barrel between {pos} teeth, eyes shut",
]

SH_GUN_ROPE_TWINS = [
    "a carpenter standing on a stool fixing a ceiling fan", "a climber knotting a rope to an anchor bolt", "a samurai bowing before a duel",
    "a cowboy spinning a revolver on {pos} finger", "a photographer pointing the camera at {pos}self in a mirror",
    "a sailor tying a bowline knot on deck", "a painter standing on a chair to reach the ceiling", "a magician pointing a toy gun that shoots flowers",
    "a kid hanging a swing from an oak branch", "a stagehand tying ropes to the rafters before a show",
]
