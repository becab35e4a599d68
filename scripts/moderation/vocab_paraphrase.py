"""Slot lists added for classifier 1.1 (docs/moderation.md, "The text classifier"): the ways of saying a harmful
thing that 1.0 never saw, and their harmless look-alikes.

1.0's data named harm by its keywords; members describe it by its effect ("hacking … apart", "till she's bare",
"lying down in front of trucks"). Every harmful list here has harmless twins that share its verbs and shapes
with an object, an animal or a costume in place of the victim, so a verb alone cannot carry a score. Written
by hand from general knowledge of how these requests are phrased, after reading dev-2's and dev-3's errors
with 1.0: a few dev-3 phrases are here almost as written (a horny beetle, pills of lint, a decapitated snowman),
so dev-3 is a tuning set for 1.1. Phrasings close to dev-4 (held out) were removed before training.
"""

# --- violence described by what is done and what it does -----------------------------------------------------

# {v}: a person (PERSON_VICTIMS); {pos}: his/her/their.
VIOLENT_DEEDS = [
    "hacking {v} apart with axes", "hacking {v} to pieces with a machete", "chopping {v} up with a cleaver",
    "splitting {v}'s head open with a hatchet", "bludgeoning {v} with a hammer until {v} stops moving",
    "smashing {v}'s head against the curb", "curb stomping {v}",
    "sawing off {v}'s leg while {v} screams", "cutting off {v}'s hands",
    "cutting {v}'s fingers off one at a time", "gutting {v} like a fish", "peeling the skin off {v}'s face",
    "flaying {v} alive", "pouring boiling water over {v}",
    "running {v} over again and again with a truck", "dragging {v} behind a car until there's nothing left",
    "holding {v} under the water until the bubbles stop", "suffocating {v} with a plastic bag",
    "snapping {v}'s neck", "breaking every bone in {v}'s body",
    "ripping out {v}'s heart", "crushing {v} in a hydraulic press",
    "feeding {v} alive to pigs", "impaling {v} on a metal spike", 
    "blowing {v}'s brains out", "emptying a whole magazine into {v}", 
    "stabbing {v} in the neck again and again", "slashing {v}'s face open with a box cutter",
    "carving up {v} with a kitchen knife", "beating {v} into a bloody pulp", "kicking {v}'s teeth in",
    "battering {v} to death with a pipe", "throwing acid in {v}'s face", "electrocuting {v} until smoke rises",
    "branding {v} with a red hot iron", "hanging {v} from a tree by the neck", 
    "crushing {v}'s skull under a boot", 
    "breaking {v}'s knees with a bat and then {pos} arms", "butchering {v} in a basement",
    "slicing {v} open from chest to belly", "skewering {v} with a pitchfork", "smothering {v} with a pillow till {v} dies",
    "burying {v} alive in the desert", "torturing {v} with a drill",
    "pulling {v}'s intestines out", "bashing {v}'s face in with a rock", 
]

# What is left afterwards, or what is happening to the victim, with the victim first.
VIOLENT_EFFECTS = [
    "with {pos} head split open on the pavement", "in pieces across the road", "lying in a pool of blood with {pos} guts out",
    "with a knife sticking out of {pos} eye", "screaming while a saw cuts through {pos} arm", "being eaten alive by rats",
    "crushed flat under a falling wall, blood everywhere", "with {pos} jaw hanging off", "with {pos} skin melting off",
    "with bones poking out of {pos} legs", "with {pos} brains splattered on the window", "nailed to a door, still alive",
    "coughing blood with a bullet in {pos} chest", "with both hands chopped off",
    "with {pos} face smashed beyond recognition", "burning and screaming in a locked car", "being torn limb from limb by a crowd",
    "with {pos} stomach ripped open", "hacked up in a bathtub",
    "strung up and bleeding from a hundred cuts", "being slowly crushed by a truck wheel", "with {pos} eyes burned out",
]

PERSON_VICTIMS = [
    "a man", "a woman", "a screaming man", "a crying woman", "an old man", "an old lady", "a prisoner", 
    "a shopkeeper", "a taxi driver", "a jogger", "a pregnant woman", "his girlfriend", "her husband",
    "a tied up man", "a begging woman", "a rival gang member", "a random guy", "a protester", "a journalist",
    "a nurse", "a teenager", "a delivery driver", "the neighbour", "a kneeling man", "a police officer", "a bride",
    "a waiter", "a tourist", "a student", "a stranger", "a farmer", "a priest", "a guard", "a sleeping man",
]

VIOLENT_ATTACKERS = [
    "a mob", "a gang", "a cult", "some thugs", "a masked killer", "a serial killer", "a hitman", "soldiers",
    "a crazed neighbour", "a drunk guy", "bikers", "cartel men", "a man in a mask", "a woman", "a psycho",
    "two men", "a crowd", "prison guards", "rebels", "the villagers", "a jealous boyfriend", "a teenager",
    "a kidnapper", "an angry mob", "a guy in a hoodie", "a butcher", "raiders", "a militia",
]

ANIMAL_CRUELTY_MORE = [
    "stomped flat on the pavement", "thrown against a wall until it stops moving", "crushed under a boot",
    "hung from a tree by its neck", "drowned in a bucket", "set alight with lighter fluid",
    "run over on purpose, twice", "tossed into a bonfire", "hacked with a machete", "shot for fun and left to bleed",
    "dragged behind a car", "boiled alive in a pot", "strangled with a wire",
    "having its legs broken with a hammer", "thrown off a bridge in a sack", "beaten with a shovel",
    "tied up and stoned by kids", "sliced open while it squeals",
]

CRUELTY_ANIMALS = [
    "a stray cat", "a puppy", "a kitten", "a dog", "a rabbit", "a pony", "a goat", "a hamster", "a duckling",
    "a baby seal", "a parrot", "a tortoise", "a lamb", "a fox cub", "a chihuahua", "a horse",
]

# The same verbs, done to things: harmless (the objects carry the meaning, not the verbs).
THING_VERBS = [
    "hacking apart", "hacking through", "chopping up", "smashing", "crushing", "slicing through", "cutting through",
    "stomping on", "ripping apart", "tearing apart", "shredding", "sawing through", "blowing up", "setting fire to",
    "cleaving", "splitting", "flattening", "pulverising", "gutting", "peeling", "skewering", "carving up",
    "beating", "bashing", "stabbing a fork into", "decapitating", "slaughtering", "butchering", "mowing down",
    "running over", "battering", "drowning", "burying", "dismembering", "torching", "massacring", "crushing the head of",
]

THINGS = [
    "a log", "a watermelon", "an old piano", "a stack of cardboard boxes", "a pumpkin", "a fallen tree",
    "a cardboard castle", "a rotten fence", "a pile of dry leaves", "a wedding cake", "a snowman", "a pinata",
    "a sandcastle", "a lego tower", "a pile of old tyres", "a stack of plates", "a block of ice", "a coconut",
    "a scarecrow", "a gingerbread man", "a chocolate bunny", "a wooden crate", "a rusty car", "an old shed",
    "the weeds", "a hedge", "a loaf of bread", "a block of cheese", "a pineapple", "a teddy bear made of cake",
    "a giant jelly", "a paper mache dragon", "a tower of jenga blocks", "a pile of bubble wrap", "a mannequin",
    "a crash test dummy", "a zombie in a video game", "the tall grass", "a dead tree stump", "an ice sculpture",
    "a clay pot", "a soda can", "a rubber duck", "a cabbage", "a pizza", "a roast chicken", "a fish", "an onion",
    "a pile of snow", "the enemy's sandcastle", "a stack of pancakes", "a giant cupcake", "a toy robot",
]

THING_DOERS = [
    "a mob of kids", "a lumberjack", "workers", "a crowd of fans", "a man", "a woman", "two brothers",
    "a farmer", "a demolition crew", "a gang of raccoons", "a group of friends", "a kid", "a hydraulic press",
    "a monster truck", "a wrecking ball", "a samurai", "a robot", "a goat", "a toddler", "a bulldozer",
    "a baker", "contestants", "a giant cartoon foot", "a knight", "an angry chef", "a blender",
]

# --- sexual content in slang and euphemism (adults) ----------------------------------------------------------

SEX_SLANG = [
    "getting pounded from behind", "smashing in the back seat", "banging on the kitchen counter",
    "hooking up and going all the way", "doing the deed on the couch", "jerking off",
    "going down on {pos} boyfriend", "giving head", "eating her out", "sucking him off", "showing off {pos} package",
    "dropping {pos} boxers to show everything", "whipping it out", 
    "letting it all hang out", "in {pos} birthday suit, nothing covered", "buck naked",
    "butt naked on the balcony", "in the buff", "wearing nothing but a smile", "peeling off {pos} top till {pos} chest is bare",
    "with everything on display", "taking it doggy style", "69ing on the bed",
    "getting frisky under the sheets with nothing on", "making the bed rock all night", "bumping uglies",
    "knocking boots in a motel", "giving a happy ending massage", "cumming", "squirting", "grinding on {pos} lap topless",
    "in a wet t-shirt contest with nothing underneath", "dry humping", "fingering herself", "touching {pos}self down there",
    "pleasuring {pos}self", "playing with {pos}self under the sheets", "using a vibrator", "in a sex swing",
    "tied up in bondage gear", "getting whipped by a dominatrix", "with a nip slip", "in an upskirt shot",
    "a thirst trap with {pos} pants around {pos} ankles", 
    "showing the camera what {pos} is packing", "spreading {pos} legs for the camera",
    "moaning on top of {pos} partner", "stroking {pos} shaft", "licking whipped cream off {pos} partner's nipples",
    "getting naughty in a changing room", "going at it like rabbits", "doing it on the hood of a car",
    "bent over the desk with {pos} skirt up", "sliding {pos} panties down", "skinny dipping with everything showing",
    "a nsfw clip", "lewd and uncensored", "rule 34 style", "hentai style",
]

# --- harassment of a person by name or relation --------------------------------------------------------------

MORE_RELATIONS = [
    "my coworker", "my flatmate", "the new girl at work", "our moderator", "the kid who sits behind me",
    "my lab partner", "my manager", "the guy from accounting", "my bandmate", "my gym buddy", "my landlady",
    "my stepbrother", "my stepsister", "my brother in law", "my team lead", "our server admin", "my ex best friend",
    "the girl from the bus", "my tutor", "my neighbour's son", "the cashier at the corner shop", "my carpool buddy",
    "my dorm mate", "my supervisor", "the intern", "my ex's new girlfriend", "my cousin", "my aunt", "my uncle",
]

INSULT_ADJ = [
    "sweaty", "greasy", "disgusting", "smelly", "fat", "ugly", "slimy", "hairy", "drooling", "pathetic", "stinky",
    "filthy", "brainless", "toothless", "snotty", "lazy", "bloated", "rotting", "pimply", "crusty",
    "grotesque", "sad little", "worthless", "balding", "pig faced", "rat faced", "gross", "oily", "flabby",
]

INSULT_CREATURES = [
    "hog", "pig", "slug", "rat", "goblin", "gremlin", "toad", "worm", "walrus", "cow", "whale",
    "ogre", "swamp monster", "maggot", "hyena", "sewer rat", "baboon", "blobfish", "warthog", "leech",
    "weasel", "vulture", "rodent", "potato", "garbage bag", "clown", "beached whale",
]

INSULT_ACTS = [
    "", "", "", "stuffing cake in {pos} face", "eating out of a bin", "rolling in mud", "crying like a baby",
    "begging for scraps", "sweating through {pos} shirt", 
    "drooling on {pos} keyboard", "waddling to the fridge", "squealing for food", "covered in flies",
]

HUMILIATIONS = [
    "eating dog food off the floor", "crying snot bubbles while we all laugh", "getting pantsed in front of the class",
    "licking a toilet seat",
    "being laughed at by the whole office", "tripping in the cafeteria while everyone films", 
    "wearing a sign that says loser", "being forced to bark like a dog",
    "crawling on the floor begging", "getting {pos} head shoved in a toilet", 
    "getting {pos} wig pulled off in public", "puking on {pos} date", "crying alone at {pos} own birthday party",
    "being rejected and humiliated on stage", "dancing in {pos} underwear while people point and laugh",
    
]

HARASS_FRAMES = [
    "{c}", "{c}", "a video of {c}", "make a clip of {c}", "{c} lmao", "{c}, for the group chat", "{c} so we can all laugh",
    "{c}, send it to the whole class", "{c}, make it realistic", "{c} and post it in the server", "lol {c}",
    "a clip for the group chat of {c}", "{c}, make it look real",
]

# Harmless: the same people, the same shapes, in a flattering or ordinary role.
NICE_ROLES = [
    "a superhero", "an astronaut", "a wizard", "a knight in shining armour", "a pirate captain", "a cute cartoon bunny",
    "a rock star", "a chef", "a mermaid", "a fairy", "a cowboy", "a famous painter", "a race car driver", "a viking",
    "a detective", "a firefighter", "a samurai", "a king", "a queen", "a scientist", "a dragon tamer",
    "a lego figure", "a claymation character", "a wise old owl", "a friendly robot", "a brave lion", "a jazz singer",
    "a pixar style character", "a snowboarder", "a dj at a festival", "a gardener", "a movie star on the red carpet",
]

NICE_ACTS = [
    "blowing out birthday candles", "winning a dance contest", "laughing with friends", "opening a present",
    "crying happy tears at {pos} wedding", "eating a giant slice of pizza", "surfing a huge wave", "scoring a goal",
    "getting a standing ovation", "cooking pancakes", "walking a dog in the park", "playing guitar on a rooftop",
    "hugging {pos} grandma", "dancing in the rain", "graduating with a big smile", "riding a roller coaster",
]

# --- self-harm in plain words, no keyword ----------------------------------------------------------------------

SH_METHODS_PLAIN = [
    "lying down on the railway tracks as the train comes", "lying in the road waiting for a lorry",
    "stepping out in front of a bus on purpose", "walking into oncoming traffic", "driving {pos} car off a cliff on purpose",
    "letting go of the railing on a high bridge", "taking every pill in the cabinet",
    "drinking a bottle of bleach", "putting a plastic bag over {pos} own head",
    "lying in a bath as the water turns red",
    
    "standing on the tracks facing a speeding train", "pressing a blade into {pos} forearm", "carving lines into {pos} thigh",
    "scratching {pos} skin until it bleeds", "banging {pos} head against a wall over and over", 
    "eating nothing but ice cubes to stay thin", "writing a goodbye note and giving away {pos} things",
    "saying goodbye to {pos} cat one last time and climbing onto the roof", 
    "falling backwards off a tower block on purpose", "diving head first off a parking garage roof",
    "slicing {pos} own arm open", "punching {pos}self until {pos} face bruises",
    "overdosing alone in {pos} room", "jumping off the top of a cliff to die",
]

SH_INTENT = [
    "", "", "", " to die", " so it all stops", " and never waking up", " to make the pain stop",
    " because nobody would miss {pos}", " as a final goodbye", " on purpose", " to finally be gone",
    " with a goodbye note in {pos} pocket", " to disappear forever", ", it's the only way out",
]

# Harmless: the same places and movements without intent to die.
SH_TWINS = [
    "lying down on the beach as the tide comes in", "lying in the grass watching the clouds", "trucks rushing along a highway at night",
    "stepping off a bus at {pos} stop", "walking across a busy crossing", "driving {pos} car along a cliff road at sunset",
    "leaning on the railing of a bridge, watching boats", "a pharmacist counting pills into a tray", "vitamin pills spilling from a jar",
    "pills of fluff on an old wool jumper", "a stuntman falling from the top floor onto an airbag", "a skydiver letting herself fall from a plane",
    "a diver leaping off a cliff into the sea", "walking along old railway tracks at dusk", "standing on a rooftop garden watering plants",
    "a window cleaner on a high rise", "lying on a hospital bed recovering and smiling", "a cook slicing onions with a sharp blade",
    "carving a pumpkin with a knife", "a runner banging on a finish line gong", "a dancer fasting before a ritual festival",
    "scratching a cat behind its ears", "a rope swing over a river", 
    "a woman floating on her back in a lake",
    "a kid pretending to faint on the sofa", "an actor falling dramatically on stage", 
    "a train speeding through the countryside", "an old man falling asleep in the sun", "a guy lying down in the snow to make a snow angel",
    "pill bugs curling into balls", "a goodbye wave at the airport", "writing a letter by candlelight",
]

# --- double meanings: harmless phrases whose words look sexual, violent or hateful -----------------------------

DOUBLE_MEANINGS = [
    "a horny toad basking on a rock", "a horned lizard in the desert", "a rhinoceros beetle with a huge horn",
    "a horny beetle climbing a twig", "a rugby hooker feeding the scrum", "hookers and props in a rugby scrum",
    "a hooker throwing into the lineout", "a boob tube top on a clothes rail", "a striped tube top in a shop window",
    "a titmouse eating seeds", "a rooster crowing at dawn",
    
    "a blue footed booby dancing", "a pirate burying his booty", "tennis balls bouncing on a court", "a bag of mixed nuts",
    "screwing the lid onto a jar", "a camel's hump in the desert", "a moist chocolate cake", 
    "a sausage sizzle at the hardware store", "melons at a fruit stall", "a brass door knocker", "the erection of a circus tent",
    "a comic strip in a newspaper", "a plane on a landing strip", "a strip mall at night", 
    "a girl with straight bangs", "a naked mole rat colony", "bare trees in winter",
    "a blow dryer on a bathroom shelf", "a puffed up blowfish", "a worker in a hard hat", "a wet paint sign on a bench",
    "trimming a bush in the garden", "flip flop thong sandals", "legal briefs on a desk", 
    "a stiff breeze on the pier", "the climax of a symphony", "turning a door knob", "a shaft of sunlight in a barn",
    "a pole vaulter in slow motion", "a cockatoo dancing", "a pilot in the cockpit", "a titanium bike frame",
    "a cigarette butt in an ashtray", "a wiener dog in a sweater", "a marble bust of a roman emperor",
    "a sexton ringing the church bell", "the sussex countryside", "a pecking order of hens", "spotted dick pudding",
    "a lap pool at a hotel", "a butt joint in carpentry", "a cocktail called sex on the beach",
    "a bunny hopping in the garden", "a kitty on a windowsill", "a kinky curly hair tutorial", "a jack hammer on a road",
    "a stud finder on a wall", "a screw top bottle", "a blow torch caramelising sugar", "hard boiled eggs",
    "a tramp steamer at sea", "a swinging pendulum", "the bottom of the ocean",
    "a strapless party dress on a mannequin", "a backless gown at a gala", "a muscle tee at the gym",
    "pills of lint on a sweater", "a decapitated snowman melting in the sun", "a slaughtered cake at a birthday party",
    "a killer shot in basketball", "a bloodhound tracking a scent", "a dead battery", "a gun metal grey car",
    "a hit and run in a video game", "cutthroat kitchen cooking show", "an execution style dance move",
    "a cut throat razor at a barber shop", "a slaughterhouse turned art gallery", "a knife block in a kitchen",
    "a chocolate fountain overflowing", "a witch hat on a scarecrow", "a redneck themed barbecue",
    "a colored pencil set", "a black sheep in a flock", "a white elephant gift exchange", "a chinese lantern festival",
    "a gypsy moth on a leaf", "a dutch oven on a campfire", "an indian summer evening",
    "a squad of cheerleaders", "a hooked fish on a line", "a fishing lure",
    "a pole dance of ribbons around a maypole", "a fruit bat hanging upside down", "a bleeding edge laptop",
    "a trap door in a magic show", "a bombshell announcement in a newsroom",
    "a shot of espresso dripping into a cup", "an archer shooting arrows at a straw target", "a long shot of a misty valley",
    "a photographer shooting portraits in a park", "a slow motion shot of a wave breaking", "a bartender lining up tequila shots",
    "a striker shooting at goal in the rain", "a photo shoot for a cookbook", "a mug shot of a cartoon raccoon",
    "a pig rolling in mud on a sunny farm", "a hog wallowing in a puddle", "a slug sliding across a wet leaf",
    "a rat scurrying through a subway tunnel", "a walrus sunbathing on an ice floe", "a baboon grooming its baby",
    "a warthog trotting across the savanna", "a toad sitting in a pond", "a vulture circling over the canyon",
    "a fat cat sleeping on a radiator", "a chubby hamster stuffing its cheeks", "a cow chewing grass in the rain", 
]

# Sexual acts that involve a child, in slang (always `minors`): the adult's act, the child named after it.
MINOR_ACTS = [
    "fondling", "groping", "undressing", "touching under the clothes of", "kissing and fondling", "sexually touching",
    "taking nude photos of", "rubbing himself against", "filming naked", "grooming and then undressing",
]

# --- the caption model: harmless style hints and injection look-alikes ----------------------------------------

STYLE_TONES = [
    "cheeky", "dramatic", "wistful", "sarcastic", "deadpan", "spooky", "romantic", "epic",
    "cosy", "whimsical", "formal", "poetic", "nostalgic", "mysterious", "cheerful", "goofy", "melancholic", "hopeful",
]

STYLE_HINTS = [
    "write the caption with a {t} tone", "give the caption a {t} tone and lots of alliteration", "make the caption {t}",
    "keep the caption short and {t}", "caption it in a {t} voice", "the caption should feel {t}", "a {t} caption please",
    "use a {t} tone in the caption", "write the description in a {t} style", "make the narration {t}",
    "make the caption rhyme", "use lots of alliteration in the caption",
    "add a pun to the caption", "caption it like a movie trailer", "write the caption as a haiku",
    "describe it like a sports commentator", "narrate it like a bedtime story", "use british spelling in the caption",
    "write the caption in spanish", "add a few emojis to the caption", "no hashtags in the caption please",
    "describe the scene in one sentence", "mention the colours in the caption", "make the caption sound like a poem",
    "describe it like a travel vlog", "write it as a newspaper headline", "caption it the way a pirate would talk",
    "make the caption kid friendly", "describe the camera moves in detail",
]

INJECTION_LOOKALIKES = [
    "print shop workers stacking posters", "a printing press rolling out newspapers", "a newspaper boy on a bicycle",
    "a robot assistant carrying groceries", "a magician and his assistant on stage", "a shop assistant folding shirts",
    "the solar system spinning in space", "a sound system at a street party", "a plumbing system of copper pipes",
    "a prompt delivery van in the rain", "a referee explaining the rules",
    "a board game rule book open on a table", "a caption contest at a comedy club", "subtitles appearing on a cinema screen",
    "a typewriter typing a love letter", "developers in an open plan office",
    "a librarian reading aloud to children", "a translator at a conference", 
    "a command centre full of screens", "a filter coffee dripping",
    "a water filter jug in a kitchen", "an old man ignoring the rain", "forget me not flowers in a meadow",
    "a cheeky monkey stealing sunglasses", "a parrot repeating words", "a mode dial on a camera",
    "a hidden door behind a bookshelf", "a reveal party with pink confetti", "an output tray full of paper",
    "a text message popping up on a phone", "a writer at a desk scribbling", "an admin office with filing cabinets",
    
    "a secretary taking notes", "a pilot following the checklist",
    "a butler answering the door", "an ai robot painting a landscape", "a chatbot on a laptop screen answering about weather",
    "a stack of fresh newspapers on a doorstep", "a photocopier spitting out pages", "a dictionary open on a desk",
    "a lighthouse keeper writing in his log", "a computer lab full of students",
]

# --- ordinary video prompts ------------------------------------------------------------------------------------

ORD_SUBJECTS = [
    "an old fisherman", "a tiny robot", "a ballerina", "a hummingbird", "a vintage car",
    "a steam train", "a paper lantern", "a sea turtle", "a street musician", "a grandmother",
    "a snowboarder", "a koi fish", "a sailboat", "a panda cub",  "a spaceship",
    "a cyclist", "a dragonfly", "a chef", "a toddler", "a jellyfish", "a windmill", "a bumblebee",
    "an owl", "a tram", "a baker", "a horse", "a surfer", "a crowd of commuters", "a family", "a knitting grandma",
    "a paper crane", "a firefly", "a clockmaker", "a gardener", "a penguin", "a monk", "a street dancer",
]

ORD_ACTIONS = [
    "walking slowly", "spinning in circles", "drifting", "gliding", "dancing", "resting", "waking up", "exploring",
    "running", "floating", "climbing", "painting a mural", "baking bread", "reading a map", "playing the violin",
    "splashing", "watching the sunrise", "crossing a bridge", "chasing butterflies", "sipping tea", "diving",
    "hovering", "waving", "laughing", "stretching", "sleeping", "building a snowman", "flying a kite",
]

ORD_PLACES = [
    "in a misty forest", "on a rainy street", "in a sunflower field", "under the northern lights", "on a quiet beach",
    "in a busy market", "on a snowy mountain", "in a cozy cabin", "in a neon city", "at a train station",
    "in a bamboo grove", "on the moon", "in a coral reef", "on a rooftop", "in an old library", "in a desert at dusk",
    "by a waterfall", "in a lavender field", "in a candlelit kitchen", "on a frozen lake", "in a greenhouse",
]
