/**
 * More IP names (merged into `IP_NAMES` in `ip.ts`): characters of games, anime, cartoons, comics, films, toys,
 * mascots, brands and products. Same format as the blocks in `ip.ts`: `;`-separated names, normalised (lower
 * case, no apostrophes). Full names always; a single word only when it names nothing else in ordinary English
 * (checked against a dictionary, the common first names and surnames in `harassment.ts`, and the public
 * figures). A name that is an ordinary phrase ("a new hope", "red hood", "road runner", "olive garden") or a
 * real person's ordinary name ("stan smith", "jean grey") is left out or carries its franchise ("cell dragon
 * ball", "spike rugrats"). Public-domain and mythological figures are never names here: Mjolnir, Asgard,
 * Heimdall, Mephisto, Taweret (use "odin marvel", "zeus marvel").
 */

/** Video games: fighting games, RPGs, gacha games, shooters, platformers, indie hits and their characters. */
const GACHA_FIGHTING_RPG = `
zhongli genshin; paimon genshin; kamisato ayaka; yae miko; ganyu genshin; klee genshin; venti genshin; diluc genshin; kaedeharu kazuha; kaedehara kazuha; kafka honkai; march 7th; dan heng; firefly honkai
silver wolf honkai; artoria pendragon; gilgamesh fate; amiya arknights; uma musume; nikke goddess of victory; chunli; guile street fighter; sagat street fighter; blanka street fighter; kitana mortal kombat; shao kahn; baraka mortal kombat; kano mortal kombat
jax briggs; heihachi mishima; yoshimitsu; devil jin; guilty gear; sol badguy; ky kiske; bridget guilty gear; king of fighters; kyo kusanagi; iori yagami; terry bogard; mai shiranui; smash bros ultimate
aerith gainsborough; barret wallace; zack fair; squall leonhart; lightning final fantasy; noctis lucis caelum; tonberry; riku kingdom hearts; dragon quest; persona 5 joker; melina elden ring; solaire of astora; bloodborne; hades zagreus
zagreus; ori and the blind forest; shovel knight; fortnite peely; fortnite jonesy; dva overwatch; reinhardt overwatch; jinx league of legends; lux league of legends; team fortress 2; tf2 spy; headcrab; the witcher 3; garrus vakarian
skyrim dovahkiin; bioshock big daddy; albert wesker; mr x resident evil; alcina dimitrescu; silent hill pyramid head; big boss metal gear; raiden metal gear; death stranding; sam porter bridges; carl johnson gta; altair assassins creed; uncharted nathan drake; the last of us joel
god of war atreus; little big planet; kingdom hearts sora; neo cortex; banjo kazooie; conker s bad fur day; earthworm jim; qbert; donkey kong country; dixie kong; funky kong; cranky kong; waddle doo; ridley metroid
metroid prime; wolf o donnell; earthbound ness; lucas mother 3; pit kid icarus; marth fire emblem; lucina; robin fire emblem; olimar pikmin; mr game and watch; villager animal crossing; pyra xenoblade; mythra; inkling girl
octoling girl; ring fit adventure; miiverse; chi yu pokemon; chien pao pokemon; ho oh pokemon; ting lu pokemon; wo chien pokemon
`;

/** Pokémon, every generation. Names that are ordinary words carry "pokemon" ("gloom pokemon", "persian pokemon"). */
const POKEMON = `
kakuna; beedrill; raticate; fearow; nidorina; nidorino; wigglytuff; golbat; gloom pokemon; vileplume; paras pokemon; parasect; venonat; venomoth
dugtrio; persian pokemon; mankey; primeape; weepinbell; victreebel; tentacruel; graveler; golem pokemon; farfetchd; doduo; seel pokemon; muk pokemon; haunter
hypno pokemon; krabby; kingler; electrode pokemon; seadra; omastar; kabuto pokemon; kabutops; sudowoodo; murkrow; misdreavus; unown; girafarig; dunsparce
steelix; scizor; heracross; teddiursa; ursaring; houndoom; kingdra; phanpy; donphan; smeargle; miltank; blissey; larvitar; gallade
shedinja; sableye; mawile; aron pokemon; aggron; plusle; minun; wailord; torkoal; spinda; flygon; cacnea; altaria; zangoose
seviper; lunatone; solrock; feebas; milotic; kecleon; shuppet; banette; duskull; wynaut; spheal; regirock; regice; registeel
latias; latios; infernape; empoleon; starly; staraptor; bibarel; drifloon; buneary; lopunny; mismagius; honchkrow; glameow; bronzong
gabite; hippowdon; croagunk; weavile; magnezone; rhyperior; electivire; magmortar; yanmega; gliscor; mamoswine; porygon z; dusknoir; froslass
rotom; uxie; mesprit; azelf; heatran; regigigas; cresselia; shaymin; victini; purrloin; pidove; blitzle; roggenrola; woobat
drilbur; audino; timburr; sewaddle; venipede; cottonee; sandile; krookodile; darumaka; sigilyph; yamask; minccino; gothita; vanillite
vanillish; vanilluxe; emolga; karrablast; foongus; amoonguss; joltik; ferroseed; litwick; chandelure; axew; haxorus; cubchoo; beartic
mienfoo; golett; golurk; bouffalant; rufflet; braviary; vullaby; heatmor; deino; hydreigon; larvesta; volcarona; cobalion; terrakion
virizion; tornadus; thundurus; landorus; kyurem; keldeo; meloetta; genesect; fletchling; talonflame; scatterbug; vivillon; litleo; pyroar
flabebe; florges; skiddo; pancham; pangoro; furfrou; espurr; meowstic; honedge; aegislash; spritzee; swirlix; slurpuff; inkay
malamar; binacle; skrelp; clauncher; helioptile; tyrunt; tyrantrum; amaura; hawlucha; carbink; goomy; goodra; klefki; phantump
trevenant; pumpkaboo; gourgeist; bergmite; avalugg; noibat; noivern; xerneas; yveltal; zygarde; diancie; volcanion; decidueye; incineroar
primarina; pikipek; toucannon; yungoos; grubbin; vikavolt; crabrawler; oricorio; cutiefly; wishiwashi; mareanie; mudbray; dewpider; fomantis
morelull; salandit; stufful; bewear; bounsweet; tsareena; comfey; oranguru; passimian; wimpod; golisopod; sandygast; palossand; pyukumuku
minior; turtonator; togedemaru; bruxish; drampa; dhelmise; jangmo o; kommo o; tapu koko; tapu lele; cosmog; cosmoem; solgaleo; lunala
nihilego; buzzwole; pheromosa; xurkitree; celesteela; kartana; guzzlord; necrozma; magearna; marshadow; poipole; naganadel; stakataka; blacephalon
zeraora; meltan; melmetal; skwovet; greedent; rookidee; blipbug; nickit; gossifleur; dubwool; chewtle; drednaw; boltund; rolycoly
applin; flapple; appletun; silicobra; cramorant; arrokuda; toxel; toxtricity; sizzlipede; clobbopus; sinistea; polteageist; hatenna; hatterene
impidimp; grimmsnarl; obstagoon; perrserker; cursola; sirfetchd; mr rime; runerigus; milcery; alcremie; falinks; pincurchin; stonjourner; eiscue
indeedee; morpeko; cufant; copperajah; dracozolt; arctozolt; dracovish; duraludon; dreepy; drakloak; kubfu; urshifu; zarude; regieleki
regidrago; glastrier; spectrier; calyrex; wyrdeer; kleavor; ursaluna; basculegion; sneasler; overqwil; enamorus; meowscarada; skeledirge; quaquaval
lechonk; pawmot; tandemaus; maushold; fidough; dachsbun; smoliv; arboliva; nacli; garganacl; charcadet; armarouge; ceruledge; tadbulb
wattrel; maschiff; mabosstiff; shroodle; bramblin; toedscool; klawf; capsakid; rellor; rabsca; flittle; tinkatink; wiglett; bombirdier
finizen; palafin; revavroom; cyclizar; orthworm; glimmet; greavard; houndstone; flamigo; cetoddle; veluza; dondozo; tatsugiri; annihilape
clodsire; farigiraf; dudunsparce; kingambit; ogerpon; terapagos; gimmighoul; gholdengo; iron valiant
`;

/** Anime and manga characters, full names (and single words that name nothing else). */
const ANIME = `
vinsmoke sanji; jinbe; trafalgar law; shanks one piece; boa hancock; whitebeard; kaido one piece; buggy the clown; gol d roger; zenitsu agatsuma; inosuke hashibira; kyojuro rengoku; muzan kibutsuji; tengen uzui
mitsuri kanroji; nobara kugisaki; sukuna jujutsu; maki zenin; toge inumaki; kento nanami; armin arlert; hange zoe; reiner braun; annie leonhart; armored titan; bakugou; ochaco uraraka; all might
tomura shigaraki; endeavor my hero; eraser head aizawa; shota aizawa; himiko toga; dabi my hero; ryuk death note; winry rockbell; saitama one punch; genos one punch; denji chainsaw; aki hayakawa; killua zoldyck; leorio
misato katsuragi; jet black bebop; ein corgi; card captor sakura; sakura kinomoto; kero chan; josuke higashikata; joseph joestar; star platinum; bleach ichigo; rukia kuchiki; byakuya kuchiki; aizen sosuke; sosuke aizen
kenpachi zaraki; naruto shippuden; minato namikaze; kurama nine tails; pain naruto; obito uchiha; tsunade; might guy; dragon ball super; vegeta saiyan; trunks dragon ball; piccolo dragon ball; chi chi dragon ball; cell dragon ball
whis dragon ball; goku black; pokemon trainer red; jessie and james; officer jenny; asuna yuuki; ram re zero; kazuma satou; shigeo kageyama; reigen arataka; shoyo hinata; tobio kageyama; isagi yoichi; himmel frieren
hitori gotoh; lucky star konata; k on; yui hirasawa; your name mitsuha; taki tachibana; suzume no tojimari; lelouch lamperouge; lelouch vi britannia; c c code geass; rx 78 2; char aznable; amuro ray; voltron lion
atom tezuka; nobita nobi; shizuka minamoto; gian doraemon; suneo; shinnosuke nohara; chi s sweet home; kirby anime; kagome higurashi; ranma saotome; lum invader; urusei yatsura; akira kaneda; tetsuo shima
trigun vash; berserk guts; hellsing alucard; fate stay night; rin tohsaka; taiga aisaka; okabe rintaro; kurisu makise; nanachi; sung jin woo; kaiju no 8; blue exorcist; rin okumura; emma promised neverland
dr stone; senku ishigami; soma yukihira; the apothecary diaries; maomao apothecary; pokemon horizons; kagamine len; megurine luka; kasane teto; vocaloid miku
`;

/** Western animation: Hanna-Barbera, Looney Tunes, Disney TV, Nickelodeon, Cartoon Network, web series and their characters. */
const WESTERN_ANIMATION = `
scooby doo and shaggy; fred flintstone and barney; betty rubble; dino flintstones; elroy jetson; astro jetsons; judy jetson; rosie the robot; jane jetson; magilla gorilla; quick draw mcgraw; hong kong phooey; captain caveman; jabberjaw
dastardly and muttley; dick dastardly; penelope pitstop; wacky races; muttley; birdman harvey; jonny quest; josie and the pussycats; the smurfs papa smurf; brainy smurf; clumsy smurf; hefty smurf; azrael smurfs; inspector gadget
penny and brain; dr claw; he man and she ra; orko; teela; mumm ra; lion o; cheetara; tygra; panthro; bravestarr; jem and the holograms; jem hologram; rainbow brite
the get along gang; the snorks; the biskitts; the littles; alvin and the chipmunks; alvin chipmunk; simon chipmunk; theodore chipmunk; the chipettes; garfield and friends; u s acres; orson pig; heathcliff cat; tiny toon adventures
buster bunny; babs bunny; hamton j pig; elmyra duff; yakko warner; wakko warner; dot warner; slappy squirrel; rita and runt; freakazoid; taz mania; tasmanian devil looney; marvin martian; granny looney tunes
gossamer looney; michigan j frog; acme looney tunes; goofy goof troop; max goof; pete disney; launchpad mcquack; webby vanderquack; gyro gearloose; magica de spell; beagle boys; chip n dale rescue rangers; gadget hackwrench; zipper rescue rangers
talespin; baloo talespin; kit cloudkicker; gummi bears; gargoyles goliath; goliath gargoyles; recess tv; t j detweiler; patti mayonnaise; rocko wallaby; heffer wolfe; filburt; ren hoek; stimpy cat
i am weasel; dee dee dexter; mandark; the grim adventures; billy and mandy; grim reaper billy mandy; codename kids next door; numbuh one; foster s home; bloo foster s; mac and bloo; chowder cartoon; camp lazlo; robot jones
the marvelous misadventures of flapjack; regular show mordecai; rigby raccoon; benson regular show; skips regular show; pops regular show; muscle man regular show; high five ghost; uncle grandpa; steven universe garnet; amethyst steven universe; pearl steven universe; lapis lazuli steven; peridot steven universe
connie maheswaran; greg universe; wirt and greg; the beast over the garden wall; we bare bears; grizzly panda and ice bear; clarence cartoon; craig of the creek; ok ko; amphibia anne; anne boonchuy; luz noceda; eda clawthorne; king owl house
hooty owl house; gravity falls grunkle stan; grunkle stan; soos ramirez; wendy corduroy; waddles gravity falls; ron stoppable; rufus naked mole rat; shego; dr drakken; american dragon jake long; lilo and stitch the series; the emperor s new school; phineas flynn
ferb fletcher; dr heinz doofenshmirtz; major monogram; isabella phineas; buford and baljeet; the ghost and molly mcgee; moon girl and devil dinosaur; kiff cartoon; hilda netflix; she ra princess adora; catra she ra; glimmer she ra; bow she ra; entrapta
hordak; voltron legendary defender; kipo; tuca and bertie; big mouth maurice; hormone monster; f is for family; bojack; princess carolyn; mr peanutbutter; final space gary; mooncake final space; alastor hazbin; charlie morningstar
angel dust hazbin; vaggie; husk hazbin; niffty; lucifer morningstar hazbin; blitzo; moxxie; millie helluva; loona helluva; stolas; jax digital circus; caine digital circus; ragatha; gangle
kinger; zooble; uzi doorman; serial designation n; smiling critters; catnap poppy playtime; dogday; bobby bearhug; mommy long legs; boxy boo; cartoon cat trevor henderson; the backrooms; scp 173; scp 096
scp 682; slenderman; jeff the killer; momo challenge; sprunki; incredibox; garten of banban jumbo josh; opila bird; nabnab; stinger flynn; hilda and twig; tom and jerry show; darwin watterson; anais watterson
nicole watterson; richard watterson; tobias wilson; banana joe; we bare bears panda; robin teen titans; cyborg teen titans; beast boy titans; raven titans; starfire titans; ben tennyson; gwen tennyson; kevin levin; vilgax
heatblast; xlr8; diamondhead; grey matter ben 10; upgrade ben 10; ghostfreak; wildmutt; stinkfly; ripjaws; generator rex; kick buttowski; sanjay and craig; harvey beaks; lincoln loud
lori loud; luna loud; lynn loud; lucy loud; lana loud; lola loud; lisa loud; lily loud; casagrandes; rugrats chuckie finster; chuckie finster; phil and lil; dil pickles; stu pickles
spike rugrats; the wild thornberrys eliza; eliza thornberry; darwin thornberry; nigel thornberry; as told by ginger; ginger foutley; danny fenton; vlad plasmius; ember mclain; jimmy neutron goddard; goddard robot dog; cindy vortex; carl wheezer
sheen estevez; timmy turner cosmo; wanda fairly odd; poof fairly odd; mr crocker; jorgen von strangle; chip skylark; my life as a teenage robot; jenny wakeman; el tigre; catscratch; tak and the power of juju; the mighty b; back at the barnyard
t u f f puppy; fanboy and chum chum; sanjay; spongebob gary; larry the lobster; mermaid man and barnacle boy; barnacle boy; pearl krabs; karen plankton; mrs puff; bubble bass; squilliam fancyson; flying dutchman spongebob; king neptune spongebob
man ray spongebob; doodlebob; patrick star spongebob; rock bottom spongebob; bikini bottom; goo lagoon; hey arnold helga; helga pataki; gerald johanssen; stinky peterson; harold berman; wanda fairly odd parents; avatar korra; appa
momo lemur; iroh; mai avatar; suki avatar; bumi avatar; ozai; fire lord ozai; amon korra; tenzin; asami sato; bolin; mako avatar; naga polar bear dog; kuvira
zaheer; jinora
`;

/** Adult animation: The Simpsons, Family Guy, Futurama, Rick and Morty, South Park, Archer and others. */
const SIMPSONS_FAMILYGUY_ADULT = `
abe simpson; grampa simpson; patty and selma; patty bouvier; selma bouvier; nelson muntz; haw haw nelson; edna krabappel; seymour skinner; superintendent chalmers; groundskeeper willie; barney gumble; comic book guy; professor frink
dr hibbert; dr nick riviera; troy mcclure; lionel hutz; kent brockman; waylon smithers; mr smithers; itchy and scratchy; itchy and scratchy show; radioactive man; fallout boy; santa s little helper; snowball ii; hans moleman
kang and kodos; bumblebee man; cletus spuckler; rainier wolfcastle; jimbo jones; sherri and terri; todd flanders; rod flanders; maude flanders; reverend lovejoy; helen lovejoy; snake jailbird; disco stu; gil gunderson
sideshow mel; lurleen lumpkin; squeaky voiced teen; blinky three eyed fish; stonecutters; herbert the pervert; consuela family guy; tricia takanawa; ernie the giant chicken; carter pewterschmidt; adam west family guy; mayor adam west; roger the alien; klaus heissler
hayley smith; bob s burgers gene; gene belcher; linda belcher; teddy bob s burgers; jimmy pesto; the cleveland show; dale gribble; boomhauer; bill dauterive; luanne platter; beavis; butthead; daria
jane lane daria; aeon flux; the maxx; duckman; the critic jay sherman; brickleberry; paradise pd; solar opposites; korvo; terry solar opposites; central park cartoon; bean disenchantment; elfo; luci disenchantment
futurama leela; turanga leela; philip j fry; hermes conrad; professor farnsworth; hubert farnsworth; kif kroker; zapp brannigan; nibbler futurama; hypnotoad; hedonism bot; calculon; slurms mckenzie; slurm
mom futurama; morbo; lrrr; roberto futurama; hattie mcdoogal; rick sanchez c 137; morty smith c 137; mr meeseeks; meeseeks; birdperson; squanchy; mr poopybutthole; evil morty; unity rick and morty
krombopulos michael; scary terry; abradolf lincler; noob noob; tammy gueterman; gearhead; space beth; pickle rick rat suit; plumbus; szechuan sauce; south park kenny; randy marsh; mr garrison; mr mackey
chef south park; mr hankey; timmy burch; jimmy valmer; wendy testaburger; towelie; terrance and phillip; scott tenorman; big gay al; tweek tweak; mysterion; professor chaos; manbearpig; shelly marsh
ike broflovski; sheila broflovski; liane cartman; pc principal; officer barbrady; satan south park; archer tv; malory archer; cyril figgis; pam poovey; cheryl tunt; krieger archer; woodhouse archer
`;

/** Film franchises: Star Wars, Harry Potter and Fantastic Beasts, Tolkien, Pirates of the Caribbean, Jurassic Park, Ghostbusters, Toy Story, WALL-E, Kirby, Sonic. */
const FILM_TV_FRANCHISES = `
qui gon jinn; mace windu; jar jar binks; jar jar; watto; sebulba; darth plagueis; kit fisto; plo koon; ki adi mundi; aayla secura; asajj ventress; savage opress; cad bane
clone trooper; clone troopers; hunter bad batch; omega bad batch; admiral ackbar; it s a trap; wicket the ewok; wicket ewok; nien nunb; bossk; ig 88; dengar; greedo; tusken raider
tusken raiders; sand people star wars; bantha; tauntaun; wampa; sarlacc; dianoga; mynock; gonk droid; k 2so; k2so; chirrut imwe; jyn erso; cassian andor
saw gerrera; grand moff tarkin; director krennic; death trooper; scout trooper; snowtrooper; royal guard star wars; emperor s royal guard; supreme leader snoke; snoke; captain phasma; general hux; rose tico; maz kanata
dj star wars; zorii bliss; babu frik; d o droid; bb 9e; cal kestis; bd 1 droid; cere junda; trilla suduri; thrawn; grand admiral thrawn; ezra bridger; kanan jarrus; hera syndulla
sabine wren; zeb orrelios; chopper droid; baylan skoll; shin hati; bo katan; moff gideon; paz vizsla; greef karga; cara dune; kuiil; ig 11; fennec shand; boba fett book
grogu baby; krrsantan; andor series; luthen rael; mon mothma; bail organa; galen erso; qira star wars; enfys nest; l3 37; dryden vos; beckett star wars; lightsaber jedi; darksaber
x wing fighter; tie fighters; star destroyer; super star destroyer; at st walker; at at walkers; speeder bike; sand crawler; sandcrawler; razor crest; tantive iv; mos eisley; mos eisley cantina; cantina band
dagobah; hoth; naboo; coruscant; mustafar; kashyyyk; jakku; exegol; starkiller base; kamino; geonosis; scarif; lothal; kessel run
the force awakens; the last jedi; rise of skywalker; the phantom menace; attack of the clones; revenge of the sith; the empire strikes back; return of the jedi; the deathly hallows; philosopher s stone; sorcerer s stone; prisoner of azkaban; half blood prince; ron and hermione
ginny weasley; fred and george weasley; fred weasley; george weasley; percy weasley; molly weasley; arthur weasley; bill weasley; charlie weasley; cedric diggory; cho chang; seamus finnigan; oliver wood quidditch; remus lupin
nymphadora tonks; mad eye moody; alastor moody; kingsley shacklebolt; peter pettigrew; wormtail; lucius malfoy; narcissa malfoy; dolores umbridge; gilderoy lockhart; quirinus quirrell; professor quirrell; horace slughorn; sybill trelawney
filius flitwick; pomona sprout; argus filch; madam pomfrey; madam hooch; ollivander; griphook; kreacher; winky house elf; nagini; fawkes phoenix; buckbeak; aragog; fluffy three headed dog
norbert dragon; crookshanks; scabbers; grimmauld place; azkaban; gringotts; hogsmeade; honeydukes; the leaky cauldron; knockturn alley; whomping willow; the shrieking shack; marauders map; marauder s map
the elder wand; resurrection stone; invisibility cloak harry; triwizard tournament; goblet of fire cup; time turner; pensieve; horcrux; horcruxes; patronus charm; expecto patronum; avada kedavra; crucio; wingardium leviosa
expelliarmus; alohomora; lumos maxima; accio; obliviate; petrificus totalus; riddikulus; sectumsempra; bertie botts beans; bertie bott s; chocolate frog card; butterbeer; polyjuice potion; felix felicis
howler letter; remembrall; deluminator; sneakoscope; mandrake root harry potter; the mirror of erised; mirror of erised; quidditch world cup; death eaters; dumbledore s army; grindelwald; gellert grindelwald; credence barebone; queenie goldstein
tina goldstein; jacob kowalski; niffler; bowtruckle; pickett bowtruckle; frodo and sam; meriadoc brandybuck; merry and pippin; peregrin took; pippin took; tom bombadil; treebeard; ents lord of the rings; elrond
celeborn; thranduil; tauriel; bard the bowman; thorin oakenshield; balin dwarf; kili and fili; dain ironfoot; radagast; witch king of angmar; the witch king; mouth of sauron; grima wormtongue; wormtongue
theoden; eomer; denethor; isildur; elendil; glorfindel; shelob; lurtz; azog; bolg; the necromancer tolkien; gil galad; celebrimbor; annatar
galadriel rings of power; the rings of power; one ring to rule them all; anduril; glamdring; orcrist; mithril shirt; hobbiton; weathertop; mines of moria; lothlorien; fangorn; isengard; orthanc
helms deep; helm s deep; edoras; gondor; osgiliath; mount doom; barad dur; cirith ungol; the grey havens; mirkwood; erebor; lonely mountain tolkien; laketown; dale tolkien
ered luin; numenor; valinor; silmarillion; the silmarils; morgoth; melkor; ungoliant; feanor; fingolfin; luthien; beren and luthien; turin turambar; glaurung
ancalagon; mearas; shadowfax; bill the pony; gwaihir; great eagles tolkien; mumakil; oliphaunt; warg riders; watcher in the water; barrow wights; old man willow; goldberry; the prancing pony
jack sparrow pirates; hector barbossa; captain barbossa; elizabeth swann; the flying dutchman pirates; bootstrap bill; joshamee gibbs; tia dalma; calypso pirates; cutler beckett; captain salazar; blackbeard pirates; queen anne s revenge; isla de muerta
jurassic park t rex; jurassic world indominus; indominus rex; indoraptor; blue velociraptor; claire dearing; ellie sattler; dennis nedry; mr dna; isla nublar; isla sorna; dilophosaurus spitter; ghostbusters afterlife; peter venkman
ray stantz; egon spengler; winston zeddemore; janine melnitz; louis tully; zuul; gozer; vigo the carpathian; ecto 1; no ghost logo; proton pack; mini pufts; muncher ghost; slimer ghost
woody and buzz lightyear; jessie cowgirl; bullseye horse toy story; hamm toy story; slinky dog; mr potato head toy story; little green men toy story; the claw toy story; bo peep toy story; lotso; big baby toy story; ken toy story; barbie toy story; forky
gabby gabby; duke caboom; bunny and ducky; andy davis toy story; stinky pete; zurg; emperor zurg; al s toy barn; pizza planet; pizza planet truck; wall e and eve; m o wall e; hal cockroach wall e; captain mccrea
buy n large; wall e; walle robot; m o robot; kirby and the forgotten land; kirby star allies; bandana waddle dee; magolor; marx kirby; zero kirby; dark matter kirby; gooey kirby; rick kirby; kine kirby
coo kirby; adeleine; ribbon kirby; dyna blade; whispy woods; kracko; tiff kirby; tuff kirby; escargoon; nightmare kirby; miles prower; rouge the bat; cheese chao; e 102 gamma
e 123 omega; blaze the cat; espio the chameleon; vector the crocodile; charmy bee; team chaotix; jet the hawk; wave the swallow; storm the albatross; infinite sonic; chaos sonic; mephiles; zavok; deadly six
sticks the badger; tangle the lemur; whisper the wolf; orbot and cubot; orbot; cubot; dr ivo robotnik; ivo robotnik; green hill zone; chemical plant zone; chaos emerald; chaos emeralds; master emerald; sonic boom cartoon
sonic adventure; sonic mania; sonic frontiers
`;

/** Comics: DC, Marvel, Image, Dark Horse, British comics, TMNT, The Boys, Watchmen. */
const COMICS_MORE = `
peacemaker dc; blue beetle jaime reyes; swamp thing; doctor fate; black canary; jason todd red hood; damian wayne robin; stephanie brown spoiler; huntress dc; batwoman; azrael dc; edward nygma; clayface; mad hatter batman
slade wilson; billy batson; mary marvel; apokolips; steppenwolf dc; brainiac; bizarro; metallo; parasite dc; toyman; power girl; krypto the superdog; streaky the supercat; jor el
lara lor van; fortress of solitude; the daily planet; metropolis dc; smallville; cheetah wonder woman; ares wonder woman; circe dc; hippolyta dc; wonder girl; j onn j onzz; the atom dc; firestorm dc; green lantern corps
john stewart green lantern; kyle rayner; simon baz; kilowog; larfleeze; atrocitus; parallax dc; star sapphire; eobard thawne; zoom dc; gorilla grodd; mera dc; ocean master; aqualad
orm marius; the suicide squad; captain boomerang; bloodsport; polka dot man; ratcatcher; the sandman dc; morpheus sandman; lucifer dc; the watchmen; rorschach watchmen; nite owl; guy fawkes mask v; abe sapien
spawn comics; al simmons spawn; the maxx comics; allen the alien; conquest invincible; saga comic; the umbrella academy; number five umbrella; hazel and cha cha; the boys comic; starlight the boys; a train the boys; black noir; queen maeve
stormfront; hughie campbell; kimiko the boys; frenchie; teenage mutant hero turtles; casey jones tmnt; krang; bebop and rocksteady; bebop tmnt; rocksteady tmnt; baxter stockman; karai; leatherhead tmnt; foot clan
the foot clan; technodrome; usagi yojimbo; mega city one; dennis the menace beano; gnasher; minnie the minx; bash street kids; desperate dan; roger the dodger; the beano; dan dare; silk marvel; spider man 2099
miguel o hara; spider ham; peter porker; spider punk; hobie brown; spot marvel; scarlet spider; kaine parker; agent venom; flash thompson; anti venom; toxin marvel; riot symbiote; knull
black cat marvel; j jonah jameson; jj jameson; daily bugle; norman osborn; the lizard marvel; rhino marvel; scorpion marvel; shocker marvel; chameleon marvel; hammerhead marvel; tombstone marvel; the sinister six; morlun
jackal marvel; iron spider; nick fury jr; agent coulson; howard stark; iron monger; whiplash marvel; mandarin marvel; aldrich killian; obadiah stane; jarvis marvel; friday marvel; edwin jarvis; baron zemo
helmut zemo; arnim zola; crossbones marvel; batroc; john walker marvel; falcon sam wilson; odin marvel; hela marvel; valkyrie marvel; korg; miek; the grandmaster; sakaar; stormbreaker
erik selvig; fandral; hogun; volstagg; sif marvel; lady sif; enchantress marvel; executioner marvel; malekith; kurse marvel; gorr the god butcher; gorr; zeus marvel; kree
skrull; skrulls; talos skrull; yon rogg; ronan the accuser; korath; nova corps; yondu; kraglin; ego the living planet; adam warlock; cosmo the spacedog; cosmo space dog; taneleer tivan
howard duck; sovereign marvel; ebony maw; proxima midnight; corvus glaive; cull obsidian; infinity war; endgame; avengers endgame; avengers tower; stark tower; helicarrier; the raft marvel; sanctum sanctorum
cloak of levitation; eye of agamotto; book of vishanti; darkhold; kamar taj; mordo; baron mordo; kaecilius; clea marvel; gargantos; multiverse of madness; quantumania; hank pym; janet van dyne
hope van dyne; the wasp marvel; yellowjacket marvel; ghost marvel; modok; ultron sentry; vision jarvis; white vision; agatha harkness; billy and tommy maximoff; speed marvel; monica rambeau; photon marvel; maria rambeau
goose the cat marvel; flerken; kamala khan ms marvel; lucky the pizza dog; yelena belova; red guardian; the sentry marvel; thunderbolts marvel; echo maya lopez; kingpin wilson fisk; wilson fisk; bullseye marvel; foggy nelson; luke cage marvel
stick marvel; the punisher; jigsaw marvel; moon knight marc spector; khonshu; werewolf by night; elsa bloodstone; blade vampire; deacon frost; whistler marvel; morbius the living vampire; namor the sub mariner; talokan; ironheart
riri williams; shang chi and the legend; xialing; the mandarin wenwu; morris hundun; sersi; ikaris; sprite eternals; druig; gilgamesh marvel; makkari; ajak; phastos; arishem
tiamut; she hulk jennifer walters; abomination marvel; emil blonsky; leader marvel; red hulk; thunderbolt ross; skaar; hulkling; amadeus cho; maestro hulk; professor hulk; world war hulk; planet hulk
x men 97; ororo munroe; logan x men; iceman x men; angel x men; archangel x men; warren worthington; gambit x men; remy lebeau; psylocke; bishop x men; forge x men; white queen marvel; raven darkholme
cain marko; toad x men; pyro x men; avalanche marvel; blob x men; pietro maximoff; polaris marvel; apocalypse marvel; en sabah nur; mister sinister; sentinels marvel; bolivar trask; xavier s school; x mansion
genosha; krakoa; legion marvel; david haller; x 23; honey badger marvel; daken; lady deathstrike; silver samurai; magik; illyana rasputin; cypher marvel; warlock new mutants; cannonball marvel
sunspot marvel; moonstar; karma marvel; jamie madrox; banshee marvel; siryn; shatterstar; cable and deadpool; domino x force; negasonic teenage warhead; yukio marvel; colossus x men; dopinder; vanessa carlysle
weasel deadpool; lady deadpool; kidpool; dogpool; headpool; deadpool and wolverine; cassandra nova; zarathos; silver surfer norrin radd; norrin radd; shalla bal; frankie raye; terrax; firelord marvel
herbie robot; the watcher marvel; uatu; molecule man; annihilus; super skrull; puppet master marvel; the impossible man; victor von doom; latveria; doombots; kristoff vernard
`;

/** Brand mascots, logos and products by their full names ("red m m", "golden arches logo", "the nike swoosh"). */
const BRANDS_MASCOTS = `
grimace mcdonalds; birdie the early bird; officer big mac; burger king mascot; wendy s girl; kfc colonel; little caesar mascot; jack in the box mascot; chuck e cheese mouse; dominos noid; taco bell chihuahua; gidget chihuahua; lucky the leprechaun; lucky charms leprechaun
capn crunch; captain crunch; count chocula; franken berry; boo berry; sonny the cuckoo bird; cocoa puffs bird; snap crackle pop; the honey nut cheerios bee; buzz the bee; dig em frog; cornelius the rooster; cornelius rooster; chip the wolf
the frosted mini wheats; quisp; wendell keebler; ernie keebler; keebler elves; keebler elf; mr owl tootsie; mr clean mascot; brawny man; the maytag man; maytag repairman; mr whipple; the snuggle bear; snuggle bear
charmin bears; charmin bear; the gerber baby; gerber baby; the morton salt girl; morton salt girl; the sun maid girl; sun maid girl; land o lakes maiden; the coppertone girl; coppertone girl; the brawny lumberjack; elsie the cow; elsie borden
the california raisins; chiquita banana lady; miss chiquita; the michelin man; bibendum michelin; the pillsbury doughboy; poppin fresh; the jolly green giant; green giant sprout; duracell bunny; the geico gecko; geico caveman; geico cavemen; the aflac duck
flo progressive; mayhem allstate; old spice guy; the old spice man; the dos equis man; captain morgan pirate; johnnie walker striding man; the striding man; the budweiser clydesdales; budweiser frogs; spuds mackenzie; the hamm s bear; hamms bear; joe camel
the marlboro man; marlboro man; mr peanut planters; planters peanut; the planters mascot; cheetos cheetah; the nesquik bunny; nesquik bunny; quicky nesquik; the kool aid pitcher; kool aid pitcher; hawaiian punch punchy; punchy hawaiian punch; the m m characters
red m m; yellow m m; green m m; blue m m; orange m m; brown m m; purple m m; red m and m; yellow m and m; green m and m; ms green m m; red and yellow m ms; m ms spokescandies; the pringles man
julius pringles; mr pringles; the quaker oats man; quaker man; uncle sam pringles; the hamburglar; the trix bunny; twinkie the kid; the little debbie girl; little debbie; the starkist tuna; charlie the tuna; the jif mascot; mr goodwrench
the duolingo owl; duo the owl; duolingo bird; reddit snoo; snoo reddit; the android robot; android bugdroid; bugdroid; the firefox fox; firefox logo; the chrome dino; chrome dinosaur game; github octocat; octocat
wikipedia globe; the twitter bird; larry the bird; twitter bird logo; the discord logo; discord clyde; wumpus discord
the snapchat ghost; ghostface chillah; the instagram logo; instagram camera logo; the tiktok logo; the youtube play button; youtube play button; the netflix n; netflix tudum; the hbo logo; the disney castle; disney castle logo; the pixar lamp; pixar lamp
luxo jr; the dreamworks boy on the moon; dreamworks moon logo; the mgm lion; leo the lion mgm; the paramount mountain; the 20th century fox logo; the columbia lady; columbia pictures lady; the tristar pegasus; tristar pegasus; the warner bros shield; wb shield; the nbc peacock
nbc peacock; the cbs eye; cbs eye logo; the pbs logo; golden arches logo; golden arches sign; mcdonalds golden arches; the nike swoosh; swoosh nike; the apple logo; bitten apple logo; the starbucks siren; starbucks siren; starbucks mermaid
the target bullseye; bullseye target dog; target dog bullseye; the shell logo; shell oil logo; the mercedes star; mercedes star logo; the ferrari horse; ferrari prancing horse; prancing horse logo; the lamborghini bull; lamborghini bull logo; the porsche crest; the bmw roundel
bmw logo; the audi rings; audi rings; the toyota logo; the chevy bowtie; chevy bowtie; chevrolet bowtie; the ford oval; the vw logo; volkswagen logo; the jeep grille; the tesla t; the playboy bunny; playboy bunny logo
playboy bunny ears; the monster energy claw; monster energy logo; the red bull logo; red bull bulls; the pepsi globe; pepsi globe; pepsi logo; the coca cola logo; coca cola script; coke logo; the sprite logo; the doritos logo; doritos bag
the lays logo; the pringles can; pringles can; pringles tube; the oreo cookie; oreo cookie; the kitkat logo; kit kat bar; kitkat bar; the toblerone; the nutella jar; the heinz ketchup bottle; heinz 57; the tabasco bottle
tabasco sauce; the spam can; the campbell s soup can; campbells soup can; campbell s soup can; the hershey kiss; hershey kiss; hersheys kisses; hershey s bar; reeses cup; reese s cups; reese s peanut butter cup; twix bar; milky way bar
three musketeers bar; butterfinger bar; skittles rainbow; starburst candy; jolly ranchers; warheads candy; nerds candy; airheads candy; sour patch kids; swedish fish candy; haribo gold bears; haribo goldbears; gummy bears haribo; tic tac
mentos; pez dispenser; pez candy; chupa chups; lindt bunny; lindt chocolate; cadbury egg; cadbury creme egg; cadbury dairy milk; toblerone bar; kinder bueno; milka cow; milka chocolate; the milka cow
ben jerry s; dairy queen blizzard; dq blizzard; cold stone creamery; krispy kreme donut; tim hortons double double; dunkin donuts cup; starbucks frappuccino; pumpkin spice latte starbucks; big mac burger; happy meal box; happy meal toy; chicken mcnuggets; mcnuggets
quarter pounder; whopper burger; baconator; frosty wendys; crunchwrap supreme; doritos locos tacos; baja blast; mountain dew baja blast; kfc bucket; popeyes chicken sandwich; chick fil a cow; eat mor chikin; in n out burger; white castle slider
carl s jr; hardee s; del taco; applebee s; chilis grill; chilis bar and grill; denny s; ihop; hooters restaurant; buffalo wild wings; dave and buster s; rainforest cafe; hard rock cafe; planet hollywood; benihana
domino s pizza; papa john s; little caesars pizza; chuck e cheese s; peter piper pizza
`;

/** Toys, dolls, action figures, collectibles, board games and tabletop games. */
const TOYS_MORE = `
barbie dreamhouse; barbie convertible; malibu barbie; ken barbie; skipper barbie; chelsea barbie; midge barbie; allan barbie; stacie barbie; american girl dolls; bitty baby; cabbage patch doll; cabbage patch dolls; polly pocket compact
my little pony g1; twilight sparkle pony; princess celestia; princess luna pony; spike my little pony; discord my little pony; starlight glimmer; sunset shimmer; equestria girls; sweetie belle; scootaloo; cutie mark crusaders; derpy hooves; big macintosh
trixie lulamoon; queen chrysalis; lord tirek; king sombra; care bear stare; tenderheart bear; funshine bear; love a lot bear; pupcake; rainbow brite doll; starlite horse; popples; pound puppies; teddy ruxpin
glo worm; glow worm toy; betsy wetsy; trolls dolls; treasure trolls; dam trolls; poppy troll; branch troll; beanie baby; ty beanie babies; peanut the elephant beanie; princess diana beanie; webkinz; littlest pet shop
lps pets; zhu zhu pets; hatchimals; lol surprise doll; lol dolls; rainbow high dolls; shopkins; num noms; squishmallows; squishmallow; jellycat; jellycat bunny; bashful bunny; build a bear workshop
labubu; labubus; the monsters labubu; pop mart; molly pop mart; skullpanda; crybaby pop mart; bearbrick; be rbrick; kaws companion; kaws figure; nendoroid; figma figure; gunpla
hot wheels track; hot wheels car; matchbox car; matchbox cars; tonka truck; tonka trucks; radio flyer wagon; fisher price little people; little tikes cozy coupe; cozy coupe; speak and spell; see n say; furby boom; furbies
tamagotchi pet; gatomon; tentomon; palmon; gomamon; biyomon; greymon; metalgreymon; wargreymon; omnimon; guilmon; renamon; terriermon; veemon
impmon; beelzemon; digivice; beyblades; let it rip beyblade; whisper yo kai; komasan; pikachu plush; pokeball plush; transformers toys; optimus prime toy; megatron toy; starscream; soundwave
shockwave transformers; jazz autobot; ironhide; ratchet transformers; grimlock; dinobots; devastator transformers; unicron; galvatron; rodimus prime; ultra magnus; arcee; cliffjumper; hot rod transformers
wheeljack; sunstreaker; blaster transformers; ravage transformers; laserbeak; the fallen transformers; sentinel prime; optimus primal; rhinox; cheetor; megatron predacon; beast wars; go bots; gobots
zoids; m a s k toys; silverhawks; sectaurs; inhumanoids; dino riders; starcom; he man action figure; skeletor figure; castle grayskull; battle cat figure; beast man figure; mer man; evil lyn
hordak he man; she ra princess of power; g i joe real american hero; scarlett gi joe; duke gi joe; destro; baroness gi joe; serpentor; zartan; roadblock gi joe; flint gi joe; lady jaye; cobra commander figure; stretch armstrong
weebles; etch a sketch toy; magna doodle; slinky toy; silly putty; play doh fun factory; gak nickelodeon; floam; kinetic sand brand; nerf elite; super soaker; water wiggle; slip n slide; hula hoop wham o
frisbee wham o; lego city; lego star wars; lego ninjago; ninjago; lloyd ninjago; kai ninjago; jay ninjago; cole ninjago; zane ninjago; nya ninjago; sensei wu; lord garmadon; lego friends
lego technic; lego creator; lego harry potter; lego batman; lego marvel; lego minecraft; lego movie emmet; emmet brickowski; wyldstyle; lord business; unikitty; benny spaceman; bad cop lego; president business
duplo blocks; mega bloks; k nex set; lincoln logs; erector set; meccano set; sylvanian families figure; calico critters figure; hungry hungry hippos game; operation board game; candyland; chutes and ladders game; sorry board game; connect four
connect 4; twister mat; jenga tower; kerplunk; don t break the ice; pie face game; scrabble board; cluedo; clue board game; colonel mustard; professor plum; mrs white clue; catan; settlers of catan
dungeons and dragons; d and d beholder; mind flayer; illithid; owlbear; displacer beast; tarrasque; drizzt do urden; drizzt; warhammer 40k; warhammer 40000; space marines warhammer; ultramarines; the emperor of mankind
god emperor of mankind; primarch; horus lupercal; adeptus astartes; adeptus mechanicus; tyranids; necrons; orks warhammer; eldar warhammer; chaos space marines; magic the gathering; planeswalker magic; jace beleren; chandra nalaar
liliana vess; gideon jura; nicol bolas; yu gi oh cards; dark magician girl; kuriboh; red eyes black dragon; slifer the sky dragon; obelisk the tormentor; winged dragon of ra
`;

/** Every block, for `IP_NAMES`. */
/**
 * Characters of children's and family media outside the English-speaking world, which the first lists lacked:
 * Latin American, Indian, Japanese, Korean, Chinese, Russian and European cartoons, comics and mascots.
 */
const WORLD_ANIMATION = `
pepe the frog; pepe frog; this is fine dog; this is fine meme; doge meme; cheems; nyan cat; trollface; wojak; doomer wojak;
el chavo del ocho; chavo del ocho; el chavo animado; el chapulin colorado; chapulin colorado; don ramon chavo; quico chavo; la chilindrina; condorito; topo gigio; mafalda comic; mafalda quino; turma da monica; monica e cebolinha; cebolinha; cascao turma;
chhota bheem; chota bheem; motu patlu; little singham; roll no 21; ninja hattori; oggy and the cockroaches; oggy cockroaches; mighty raju; gattu battu; pakdam pakdai; honey bunny cartoon;
ultraman; ultraman tiga; kamen rider; super sentai; power rangers; godzilla; mothra; king ghidorah; kumamon; gudetama; rilakkuma; korilakkuma; sumikko gurashi; chibi maruko chan; chibi maruko; crayon shin chan; nobita nobi; nobita; suneo; shizuka minamoto; gian doraemon; takeshi goda; hamtaro; doraemon gadget; ojamajo doremi; sailor mercury; sailor mars; tamagotchi; digimon; agumon; gabumon; yokai watch; jibanyan; pokemon trainer red; beyblade; bakugan; inuyasha; ranma; lupin the third; lupin iii; conan edogawa; detective conan; case closed conan; anpanman and baikinman; baikinman; hello kitty and friends;
pororo; pororo the little penguin; crong pororo; tayo the little bus; tayo bus; robocar poli; larva cartoon; pinkfong; hogi pinkfong; bt21; line friends; brown and cony; kakao friends; ryan kakao;
xi yang yang; big big wolf; boonie bears; xiong da xiong er; calabash brothers; huluwa;
cheburashka; crocodile gena; smeshariki; kikoriki; nu pogodi; masha and the bear; luntik; fixiki; three cats cartoon;
asterix and obelix; obelix; getafix; dogmatix; captain haddock; thomson and thompson; moomin; moomins; moomintroll; little my moomin; snufkin; barbapapa; babar the elephant; babar; celeste babar; spirou; lucky luke; marsupilami; gaston lagaffe; blake and mortimer; the snorks; bamse; pettson and findus; alfons aberg; pingu; shaun the sheep; wallace and gromit; timmy time; bob the builder; fireman sam; postman pat; thomas the tank engine; thomas and friends; peppa pig; teletubbies; tinky winky; dipsy; laa laa; igglepiggle; makka pakka; the clangers; bagpuss; little miss sunshine mr men; paddington bear; the wombles; bananas in pyjamas; bluey heeler; hey duggee; duggee; twirlywoos; pocoyo; pocoyo elly; caillou; franklin the turtle; babar and zephir; tchoupi; trotro; petit ours brun; les shadoks; pat et mat; krtek; mole krtek; rumcajs; bolek and lolek; reksio; maya the bee; vicky the viking; heidi anime; nils holgersson; tabaluga; sandmannchen; die sendung mit der maus;
`;

export const CHARACTER_NAMES: readonly string[] = [
  GACHA_FIGHTING_RPG,
  POKEMON,
  ANIME,
  WESTERN_ANIMATION,
  SIMPSONS_FAMILYGUY_ADULT,
  FILM_TV_FRANCHISES,
  COMICS_MORE,
  BRANDS_MASCOTS,
  TOYS_MORE,
  WORLD_ANIMATION,
];
