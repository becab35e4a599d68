import { CHARACTER_NAMES } from './ip-characters.js';
import { MORE_IP_DESCRIPTIONS } from './ip-descriptions.js';
import type { Section } from './types.js';

/**
 * Others' intellectual property: trademarked characters, franchises and brands, matched as whole names
 * after normalisation. `;`-separated names, one franchise per line. Public-domain literary characters
 * (Sherlock Holmes, Dracula, Frankenstein's monster, Alice, Robin Hood) and mythological figures (Zeus,
 * Thor the god) are not here. Brand names that are ordinary words (apple, amazon, shell, dove, jaguar)
 * are in `AMBIGUOUS_BRANDS`, matched only next to a brand context ("apple logo", "shell gas station").
 */
const FILM_TV = `
illumination entertainment; stitch disney; lilo and stitch experiment 626; inside out movie; inside out pixar; turning red movie; turning red pixar; wall e robot; ratatouille movie; ratatouille pixar; kristoff frozen; big bird sesame street; gremlins movie; transformers movie; transformers robots; transformers autobot; spirited away movie; spirited away ghibli; the boys homelander; minions movie
pink panther; the pink panther; inspector clouseau; magneto marvel; magneto x men; bobs burgers; bob s burgers; dory finding nemo; finding dory; maui moana; maui from moana; mirabel madrigal; forrest gump; chuck e cheese; jollibee; m and ms; m ms characters; wendys; under armour; strawberry shortcake doll; strawberry shortcake cartoon; puss in boots shrek; xenomorph alien
mickey mouse; minnie mouse; donald duck; daisy duck; pluto disney; scrooge mcduck; huey dewey and louie; chip and dale; oswald the lucky rabbit; disney; walt disney world; disneyland; disney princess; disney castle; pixar; dreamworks
elsa frozen; elsa and anna; queen elsa; olaf snowman; olaf from frozen; arendelle; moana; simba; mufasa; scar lion king; timon and pumbaa; timon; pumbaa; rafiki; nala; the lion king; lion king; buzz lightyear; woody toy story; toy story; jessie toy story; mr potato head; lightning mcqueen; tow mater; walle; remy rat; nemo; finding nemo; marlin clownfish; sulley; mike wazowski; monsters inc; boo monsters inc; the incredibles; mr incredible; elastigirl; edna mode; frozone; jack jack; carl fredricksen; dug the dog; luca pixar; mei lee; coco pixar; miguel coco; encanto; bruno madrigal; lilo and stitch; baymax; big hero 6; wreck it ralph; vanellope; zootopia; judy hopps; nick wilde; flash sloth; bolt disney; ariel mermaid; ariel little mermaid; sebastian crab; ursula sea witch; belle and the beast; lumiere; cogsworth; mrs potts; gaston disney; jasmine aladdin; genie aladdin; iago parrot; abu monkey; rapunzel tangled; flynn rider; maximus horse; pascal chameleon; tiana princess; merida brave; mulan disney; mushu; pocahontas disney; hercules disney; megara; hades disney; tarzan disney; jane porter; kuzco; emperors new groove; kronk; winnie the pooh disney; tigger; eeyore; piglet pooh; christopher robin disney; bambi; dumbo; pinocchio disney; jiminy cricket; peter pan disney; tinker bell; tinkerbell; captain hook disney; maleficent; cruella de vil; cruella; 101 dalmatians; lady and the tramp; the aristocats; the jungle book disney; baloo; king louie; sherkhan disney; mowgli disney; robin hood disney; lilo; cinderella disney; prince charming disney; fairy godmother disney; snow white disney; seven dwarfs disney; sleeping beauty disney; aurora disney; the little mermaid disney; beauty and the beast disney; frozen 2; frozen movie; sven reindeer; hans frozen
shrek; donkey shrek; fiona shrek; princess fiona; lord farquaad; gingerbread man shrek; kung fu panda; po panda; master shifu; tigress kung fu panda; madagascar movie; alex the lion; marty zebra; king julien; skipper penguin; penguins of madagascar; how to train your dragon; hiccup viking; astrid hofferson; megamind; boss baby; trolls movie; poppy trolls; branch trolls; the croods; bad guys movie; gru; despicable me; kevin minion; stuart minion; bob minion; agnes gru; the secret life of pets; sing movie; the grinch; grinch; the lorax; lorax; cat in the hat; horton hears a who; sonic the hedgehog; sonic movie; knuckles echidna; tails fox sonic; shadow the hedgehog; dr robotnik; eggman; spongebob; spongebob squarepants; sponge bob; squarepants; patrick star; squidward; squidward tentacles; mr krabs; plankton spongebob; sandy cheeks; gary the snail; krusty krab; the simpsons; simpsons; homer simpson; bart simpson; marge simpson; lisa simpson; maggie simpson; mr burns; ned flanders; apu simpsons; krusty the clown; family guy; peter griffin; stewie griffin; brian griffin; lois griffin; meg griffin; south park; cartman; eric cartman; kenny mccormick; stan marsh; kyle broflovski; butters stotch; rick and morty; rick sanchez; morty smith; pickle rick; bojack horseman; futurama; bender robot; fry futurama; leela futurama; bobs burgers; bob belcher; tina belcher; louise belcher; hank hill; archer sterling; adventure time; finn the human; jake the dog; princess bubblegum; gumball watterson; regular show; mordecai and rigby; steven universe; gravity falls; dipper pines; mabel pines; bill cipher; phineas and ferb; perry the platypus; doofenshmirtz; avatar the last airbender; aang; zuko; katara; toph; the legend of korra; korra; scooby doo; scooby; shaggy rogers; velma dinkley; daphne blake; fred jones mystery; mystery machine; tom and jerry; bugs bunny; daffy duck; elmer fudd; tweety bird; tweety; sylvester cat; taz looney; wile e coyote; speedy gonzales; pepe le pew; yosemite sam; marvin the martian; looney tunes; lola bunny; space jam; the flintstones; fred flintstone; barney rubble; wilma flintstone; pebbles flintstone; the jetsons; george jetson; yogi bear; boo boo bear; huckleberry hound; popeye the sailor; olive oyl; bluto; garfield; odie; jon arbuckle; charlie brown; peanuts gang; woodstock peanuts; linus van pelt; lucy van pelt; the powerpuff girls; powerpuff girls; blossom bubbles and buttercup; mojo jojo; dexters laboratory; dexter s lab; johnny bravo; courage the cowardly dog; ed edd n eddy; samurai jack; teen titans; beast boy; cyborg titans; raven teen titans; starfire; danny phantom; jimmy neutron; fairly oddparents; timmy turner; cosmo and wanda; hey arnold; rugrats; tommy pickles; angelica pickles; reptar; the wild thornberrys; aaahh real monsters; invader zim; gir invader zim; catdog; rocko s modern life; ren and stimpy; bluey; bingo heeler; bandit heeler; peppa pig; george pig; daddy pig; paw patrol; chase paw patrol; marshall paw patrol; skye paw patrol; ryder paw patrol; rubble paw patrol; thomas the tank engine; thomas and friends; bob the builder; fireman sam; postman pat; teletubbies; tinky winky; dipsy; laa laa; po teletubbies; igglepiggle; barney the dinosaur; barney dinosaur; elmo; cookie monster; oscar the grouch; bert and ernie; kermit the frog; kermit; miss piggy; fozzie bear; gonzo muppet; the muppets; muppets; sesame street; blues clues; dora the explorer; boots the monkey; swiper the fox; diego go; caillou; arthur aardvark; curious george; clifford the big red dog; the magic school bus; ms frizzle; cocomelon; baby shark pinkfong; pinkfong; masha and the bear; pocoyo; peppa; ben and holly; hey duggee; duggee; octonauts; pj masks; doc mcstuffins; daniel tiger; sofia the first; vampirina; mickey mouse clubhouse; gabby s dollhouse; gabbys dollhouse; pandy paws; spidey and his amazing friends
star wars; darth vader; vader; luke skywalker; skywalker; princess leia; leia organa; han solo; chewbacca; chewie; yoda; baby yoda; grogu; the mandalorian; mandalorian; din djarin; boba fett; jango fett; obi wan kenobi; obi wan; kenobi; anakin skywalker; padme amidala; emperor palpatine; palpatine; darth sidious; darth maul; count dooku; general grievous; kylo ren; rey skywalker; finn stormtrooper; poe dameron; bb 8; bb8; r2 d2; r2d2; c 3po; c3po; stormtrooper; stormtroopers; ewok; ewoks; jabba the hutt; jabba; lando calrissian; ahsoka tano; ahsoka; death star; millennium falcon; x wing; tie fighter; at at walker; lightsaber duel jedi; jedi knight; jedi; sith lord; sith; tatooine; wookiee; porg; porgs
star trek; captain kirk; james t kirk; mr spock; spock; jean luc picard; captain picard; data star trek; worf; uss enterprise; klingon; klingons; borg star trek; vulcan salute; the doctor tardis; tardis; dalek; daleks; cyberman; cybermen
harry potter; hermione granger; hermione; ron weasley; weasley; albus dumbledore; dumbledore; lord voldemort; voldemort; severus snape; snape; rubeus hagrid; hagrid; draco malfoy; malfoy; dobby; hogwarts; gryffindor; slytherin; hufflepuff; ravenclaw; quidditch; the golden snitch; golden snitch; bellatrix lestrange; sirius black; luna lovegood; neville longbottom; minerva mcgonagall; hedwig; fantastic beasts; newt scamander; the boy who lived; boy wizard with a lightning scar; lightning bolt scar wizard; sorting hat; nimbus 2000; hogwarts express; diagon alley; platform 9 3 4; platform nine and three quarters; deathly hallows; the dark mark; dementor; dementors
lord of the rings; gandalf; frodo; frodo baggins; bilbo; bilbo baggins; samwise gamgee; samwise; gollum; smeagol; aragorn; legolas; gimli; sauron; eye of sauron; saruman; galadriel; arwen; boromir; faramir; eowyn; middle earth; mordor; rivendell; minas tirith; balrog; nazgul; ringwraith; ringwraiths; uruk hai; the hobbit; smaug
game of thrones; house of the dragon; daenerys targaryen; daenerys; khaleesi; jon snow; tyrion lannister; tyrion; cersei lannister; cersei; jaime lannister; arya stark; sansa stark; ned stark; the night king; night king; hodor; the iron throne; iron throne; targaryen; drogon; white walkers; the witcher; geralt of rivia; geralt; yennefer; jaskier
neo the matrix; morpheus matrix; trinity matrix; agent smith; john wick; james bond; agent 007; 007; indiana jones; indy jones; jurassic park; jurassic world; terminator; the terminator; t 800; t800; robocop; rambo; rocky balboa; predator alien; xenomorph; ellen ripley; ghostbusters; slimer; stay puft marshmallow man; stay puft; back to the future; marty mcfly; doc brown; delorean time machine; e t extraterrestrial; et the extra terrestrial; gizmo gremlins; gremlin mogwai; mogwai; the goonies; sloth goonies; ferris bueller; top gun; maverick top gun; mission impossible; ethan hunt; dominic toretto; toretto; pirates of the caribbean; jack sparrow; captain jack sparrow; davy jones pirates; optimus prime; bumblebee transformer; bumblebee autobot; megatron; autobots; decepticons; godzilla; king kong; mothra; ghidorah; avatar navi; na vi; pandora avatar; jake sully; neytiri; the hunger games; katniss everdeen; katniss; peeta; twilight saga; edward cullen; bella swan; jacob black werewolf; dune movie; paul atreides; muad dib; shai hulud; arrakis; blade runner; deckard; jack torrance; here s johnny; pennywise; chucky; chucky doll; annabelle doll; freddy krueger; jason voorhees; michael myers; ghostface; ghost face scream; leatherface; pinhead hellraiser; billy the puppet; hannibal lecter; norman bates; the exorcist; regan exorcist; samara ring; sadako; the nun valak; valak; m3gan; megan doll; art the clown; terrifier; the babadook; babadook; siren head; five nights at freddy s; five nights at freddys; fnaf; freddy fazbear; chica fnaf; foxy fnaf; bonnie fnaf; springtrap; huggy wuggy; poppy playtime; kissy missy; skibidi toilet; skibidi; cameraman skibidi; rainbow friends; bendy and the ink machine; cuphead; mugman; garten of banban; banban
barbie; barbie doll; ken doll; barbie movie; oppenheimer movie; wednesday addams; the addams family; addams family; morticia addams; gomez addams; uncle fester; cousin itt; thing addams; the munsters; herman munster; beetlejuice; edward scissorhands; jack skellington; sally nightmare before christmas; nightmare before christmas; oogie boogie; coraline; the other mother coraline; corpse bride; willy wonka; wonka; oompa loompa; oompa loompas; charlie and the chocolate factory; matilda wormwood; mary poppins; paddington; paddington bear; wallace and gromit; gromit; shaun the sheep; pingu; the gruffalo; gruffalo; thomas tank; the smurfs; smurfs; smurf; papa smurf; smurfette; gargamel; tintin; snowy tintin; captain haddock; asterix; obelix; asterix and obelix; lucky luke; the moomins; moomin; moomins; miffy; hello kitty; kuromi; cinnamoroll; pompompurin; keroppi; badtz maru; sanrio; rilakkuma; gudetama; pusheen; totoro; my neighbor totoro; howl s moving castle; howls moving castle; kiki s delivery service; kikis delivery service; princess mononoke; ponyo; nausicaa; laputa; studio ghibli; ghibli; calcifer; catbus; jiji cat
the office dunder mifflin; dunder mifflin; michael scott; dwight schrute; jim halpert; pam beesly; friends tv; central perk; seinfeld show; breaking bad; walter white; heisenberg; jesse pinkman; saul goodman; better call saul; gus fring; the sopranos; tony soprano; stranger things; eleven stranger things; vecna; hopper stranger things; squid game; squid game guard; squid game doll; young hee doll; the walking dead; rick grimes; negan; daryl dixon; the last of us; joel and ellie; clicker last of us; homelander; billy butcher; peaky blinders; thomas shelby; tommy shelby; money heist; la casa de papel; dali mask; sherlock bbc; downton abbey; the crown netflix; bridgerton; euphoria hbo; ted lasso; the mandalorian; wandavision; loki series; the last airbender; jinx arcane; vi arcane; jayce arcane; viktor arcane; cyberpunk edgerunners; lucy edgerunners; omni man; invincible mark grayson; atom eve; castlevania; dexter morgan; mr robot; westworld; the x files; fox mulder; dana scully; agent cooper; the twilight zone; buffy the vampire slayer; buffy summers; xena warrior princess; xena; power rangers; mighty morphin power rangers; teenage mutant ninja turtles; tmnt; ninja turtles; leonardo ninja turtle; donatello ninja turtle; raphael ninja turtle; michelangelo ninja turtle; master splinter; shredder tmnt; april o neil; he man; she ra; skeletor; masters of the universe; thundercats; voltron; gi joe; g i joe; cobra commander; my little pony; twilight sparkle; rainbow dash; pinkie pie; fluttershy; rarity pony; applejack pony; care bears; polly pocket; bratz; bratz doll; monster high; lol surprise; furby; tamagotchi; beanie babies; cabbage patch kids; troll doll; sylvanian families; calico critters; hot wheels; nerf gun; nerf blaster; play doh; playdoh; rubik s cube; rubiks cube; etch a sketch; mr potato head; lite brite; lego minifigure; lego minifigures; lego movie; emmet lego; duplo; meccano; k nex; knex; monopoly man; rich uncle pennybags; mr monopoly; uno cards; jenga; twister game; operation game; hungry hungry hippos; chutes and ladders
`;

const COMICS = `
marvel comics; marvel studios; marvel universe; marvel superhero; marvel superheroes; marvel logo; venom marvel; black panther marvel; wolverine x men; wolverine marvel; punisher skull; green lantern ring; green lantern dc; the flash dc; poison ivy dc
marvel comics; mcu; marvel studios; the avengers; avengers; avengers assemble; spider man; spiderman; spidey; peter parker; miles morales; spider gwen; gwen stacy; carnage symbiote; green goblin; doctor octopus; doc ock; mysterio; sandman marvel; vulture marvel; kraven the hunter; electro marvel; mary jane watson; iron man; ironman suit; tony stark; pepper potts; captain america; steve rogers; bucky barnes; falcon marvel; thor odinson; thor marvel; mighty thor; loki marvel; loki laufeyson; hulk; the hulk; incredible hulk; bruce banner; she hulk; natasha romanoff; hawkeye; clint barton; t challa; wakanda; wakanda forever; shuri; okoye; killmonger; doctor strange; dr strange; stephen strange; wong marvel; scarlet witch; wanda maximoff; vision marvel; ant man; antman; scott lang; captain marvel; carol danvers; ms marvel; kamala khan; nick fury; phil coulson; groot; i am groot; rocket raccoon; star lord; peter quill; gamora; drax the destroyer; drax; mantis marvel; nebula marvel; guardians of the galaxy; thanos; infinity gauntlet; infinity stones; ultron; hydra marvel; shield marvel; deadpool; wade wilson; logan wolverine; x men; xmen; professor x; charles xavier; cyclops x men; phoenix marvel; storm x men; rogue x men; beast x men; colossus marvel; kitty pryde; jubilee marvel; cable marvel; domino marvel; fantastic four; mister fantastic; reed richards; sue storm; johnny storm; the thing marvel; ben grimm; doctor doom; dr doom; galactus; silver surfer; moon knight; matt murdock; kingpin marvel; frank castle; luke cage; elektra; blade marvel; ghost rider; morbius; shang chi; eternals; black bolt; inhumans; squirrel girl; howard the duck; namor; she-hulk; america chavez; kang the conqueror; dormammu; venom symbiote; madame web
dc comics; dc universe; dceu; justice league; batman; bat man; the batman; bruce wayne; batmobile; batcave; bat signal; batsignal; robin batman; dick grayson; nightwing; jason todd; tim drake; damian wayne; batgirl; barbara gordon; alfred pennyworth; commissioner gordon; gotham city; the joker; joker batman; joker clown prince; harley quinn; catwoman; selina kyle; the riddler; riddler; the penguin batman; oswald cobblepot; harvey dent; scarecrow batman; bane batman; mr freeze; killer croc; ras al ghul; talia al ghul; deathstroke; hush batman; the court of owls; superman; super man; clark kent; kal el; lois lane; jimmy olsen; lex luthor; supergirl; kara zor el; superboy; krypto; kryptonite; krypton planet; metropolis daily planet; daily planet; general zod; zod; doomsday dc; darkseid; wonder woman; diana prince; themyscira; flash dc; barry allen; wally west; reverse flash; hal jordan; john stewart lantern; sinestro; aquaman; arthur curry; black manta; cyborg dc; martian manhunter; oliver queen; shazam; captain marvel dc; black adam; hawkman; hawkgirl; booster gold; zatanna; john constantine; suicide squad; rick flag; amanda waller; teen titans go; raven dc; starfire dc; beast boy dc; watchmen; doctor manhattan; dr manhattan; the comedian watchmen; silk spectre; ozymandias watchmen; sandman dc; dream of the endless; death of the endless; hellboy; invincible comic; the walking dead comic; 300 spartans movie; v for vendetta; judge dredd; tank girl; sonic comics; archie comics; archie andrews; jughead; riverdale; casper the friendly ghost; casper ghost; wendy the good little witch
`;

const GAMES_ANIME = `
master chief; elsa from frozen; anna from frozen; olaf from frozen; pikachu from pokemon; link from the legend of zelda
sonic the hedgehog; sonic hedgehog; sonic sega; sonic and tails; among us crewmate; among us game; among us impostor; call of duty game; call of duty warzone; call of duty modern warfare; halo master chief; master chief halo; halo spartan; halo game; god of war kratos; street fighter game; fallout game; fallout vault boy; diablo game; angry birds game; half life game; piccolo dbz; one piece anime; one piece luffy; demon slayer anime; death note anime; berserk manga; animal crossing game; animal crossing villager; animal crossing island
nintendo; super mario; super mario bros; mario bros; mario; luigi; princess peach; peach mario; bowser; bowser jr; yoshi; toad mario; toadstool mario; wario; waluigi; donkey kong; diddy kong; goomba; goombas; koopa troopa; koopa; boo mario; rosalina; mario kart; super smash bros; smash bros; the legend of zelda; legend of zelda; zelda; princess zelda; link zelda; link from zelda; link hylian; ganon; ganondorf; navi fairy; hyrule; triforce; tears of the kingdom; breath of the wild; kirby; king dedede; meta knight; metroid; samus; samus aran; star fox; fox mccloud; falco lombardi; fire emblem; marth; ike fire emblem; tom nook; isabelle animal crossing; splatoon; pikmin; captain olimar; ness earthbound; xenoblade; wii fit trainer; mii; game boy; gameboy; nintendo switch; wii remote
pokemon; pokémon; pokeball; poke ball; pokedex; pikachu; raichu; pichu; ash ketchum; ash and pikachu; misty pokemon; brock pokemon; meowth; charmander; charmeleon; charizard; squirtle; wartortle; blastoise; bulbasaur; ivysaur; venusaur; eevee; vaporeon; jolteon; flareon; espeon; umbreon; leafeon; glaceon; sylveon; jigglypuff; snorlax; psyduck; mewtwo; mew pokemon; gengar; gastly; lucario; greninja; magikarp; gyarados; dragonite; gardevoir; lapras; togepi; ditto pokemon; vulpix; ninetales; growlithe; arcanine; onix; geodude; machamp; abra pokemon; cubone; marowak; mimikyu; rowlet; litten; popplio; sprigatito; fuecoco; quaxly; pokemon trainer; pokemon go; pokemon card; pokemon cards; gym leader pokemon; professor oak; rayquaza; groudon; kyogre; lugia; celebi; jirachi; deoxys; arceus; zekrom; reshiram; dialga; palkia; giratina; darkrai; zacian; zamazenta; koraidon; miraidon; tinkaton; wooper; quagsire; pachirisu; piplup; turtwig; chimchar; torchic; mudkip; treecko; cyndaquil; totodile; chikorita; sandshrew; diglett; zubat; oddish; bellsprout; tentacool; ponyta; rapidash; farfetch d; dodrio; grimer; shellder; cloyster; drowzee; voltorb; exeggcute; hitmonlee; hitmonchan; lickitung; koffing; rhyhorn; chansey; tangela; kangaskhan; horsea; goldeen; staryu; starmie; mr mime; scyther; jynx; electabuzz; magmar; pinsir; tauros; porygon; omanyte; aerodactyl; articuno; zapdos; moltres; dratini; dragonair; mewtwo; ekans; arbok; nidoran; nidoking; nidoqueen; clefairy; clefable; zorua; zoroark
sega; sonic the hedgehog; tails prower; knuckles the echidna; dr eggman; shadow hedgehog; silver the hedgehog; big the cat; chao sonic; metal sonic; ristar; nights into dreams; yakuza kiryu; kazuma kiryu; persona 5; joker persona; morgana persona
minecraft; steve minecraft; alex minecraft; creeper minecraft; minecraft creeper; creepers minecraft; enderman; endermen; ender dragon; minecraft villager; wither minecraft; herobrine; fortnite; fortnite dance; fortnite skin; battle bus fortnite; jonesy; peely; fishstick fortnite; roblox; roblox noob; oof roblox; among us crewmate; crewmate; impostor among us; amogus; sus among us; rocket league; league of legends; teemo; jinx league; ahri; yasuo; lux league; valorant; jett valorant; sage valorant; overwatch; tracer overwatch; d va; dva; mercy overwatch; genji overwatch; reaper overwatch; widowmaker; winston overwatch; apex legends; wraith apex; bloodhound apex; pathfinder apex; cod warzone; ghost call of duty; captain price; soap mactavish; cortana; the covenant halo; gears of war; marcus fenix; kratos; the last of us; ellie williams; joel miller; nathan drake; horizon zero dawn; aloy; spider man ps5; ratchet and clank; sly cooper; crash bandicoot; spyro; spyro the dragon; jak and daxter; playstation; ps5; xbox; gordon freeman; portal game; glados; companion cube; team fortress; tf2 heavy; counter strike; cs go; dota 2; left 4 dead; resident evil; leon kennedy; jill valentine; chris redfield; nemesis resident evil; mr x tyrant; lady dimitrescu; silent hill; pyramid head; metal gear solid; solid snake; raiden mgs; final fantasy; cloud strife; sephiroth; tifa lockhart; aerith; chocobo; moogle; cactuar; kingdom hearts; sora kingdom hearts; slime dragon quest; ryu street fighter; chun li; ken masters; blanka; dhalsim; zangief; m bison; akuma street fighter; mortal kombat; scorpion mortal kombat; sub zero mortal kombat; raiden mortal kombat; liu kang; johnny cage; kitana; mileena; sonya blade; goro mortal kombat; tekken; heihachi; kazuya mishima; jin kazama; king tekken; pac man; pacman; ms pac man; blinky inky pinky clyde; space invaders; tetris; tetris blocks; frogger; q bert; galaga; dig dug; donkey kong arcade; mega man; megaman; mega man x; castlevania; simon belmont; alucard; bomberman; dark souls; elden ring; malenia; radahn; sekiro; hollow knight; the knight hollow knight; hornet hollow knight; celeste madeline; undertale; sans undertale; papyrus undertale; toriel; flowey; deltarune; stardew valley; terraria; hades game; the witcher game; cyberpunk 2077; johnny silverhand; v cyberpunk; skyrim; dovahkiin; fus ro dah; elder scrolls; vault boy; vault tec; pip boy; power armor fallout; doom slayer; doomguy; wolfenstein; bioshock; big daddy bioshock; little sister bioshock; mass effect; commander shepard; world of warcraft; warcraft; starcraft; arthas; sylvanas; illidan; red dead redemption; arthur morgan; john marston; gta; gta v; gta 5; gta vi; cj grand theft auto; trevor philips; assassin s creed; assassins creed; ezio auditore; ezio; lara croft; rayman; red angry birds; candy crush; clash of clans; clash royale; subway surfers; flappy bird; geometry dash; plants vs zombies; plants vs zombie; slime rancher; untitled goose game; goat simulator; genshin impact; genshin; raiden shogun; hu tao; zhongli; honkai star rail; honkai; blue archive; azur lane; fate grand order; saber fate; arknights; nikke; zenless zone zero; wuthering waves; hatsune miku; miku hatsune; vocaloid; kagamine rin; touhou; reimu; marisa kirisame; flandre; cirno
naruto; naruto uzumaki; sasuke; sasuke uchiha; sakura haruno; kakashi; kakashi hatake; itachi; itachi uchiha; madara uchiha; hinata hyuga; jiraiya; orochimaru; gaara; rock lee; akatsuki; hokage; sharingan; rasengan; boruto; dragon ball; dragon ball z; dbz; goku; son goku; vegeta; gohan; frieza; freezer dbz; cell dbz; majin buu; trunks dbz; goten; krillin; bulma; master roshi; beerus; whis; broly; shenron; super saiyan; luffy; monkey d luffy; roronoa zoro; nami one piece; sanji; usopp; chopper one piece; tony tony chopper; nico robin; franky one piece; brook one piece; blackbeard one piece; ace one piece; portgas d ace; devil fruit; attack on titan; eren yeager; eren jaeger; mikasa; mikasa ackerman; levi ackerman; captain levi; colossal titan; survey corps; tanjiro; tanjiro kamado; nezuko; nezuko kamado; zenitsu; inosuke; rengoku; muzan; giyu tomioka; shinobu kocho; jujutsu kaisen; gojo; gojo satoru; satoru gojo; yuji itadori; itadori; sukuna; ryomen sukuna; megumi fushiguro; nobara; my hero academia; boku no hero; deku; izuku midoriya; bakugo; katsuki bakugo; shoto todoroki; uraraka; ochaco; endeavor mha; light yagami; ryuk; l lawliet; misa amane; hunter x hunter; gon freecss; killua; hisoka; kurapika; fullmetal alchemist; edward elric; alphonse elric; roy mustang; sailor moon; usagi tsukino; sailor mercury; sailor mars; sailor jupiter; sailor venus; tuxedo mask; luna sailor moon; cardcaptor sakura; neon genesis evangelion; evangelion; shinji ikari; rei ayanami; asuka langley; eva unit 01; cowboy bebop; spike spiegel; faye valentine; ein corgi bebop; bleach anime; ichigo kurosaki; rukia; aizen; one punch man; genos; mob psycho; mob psycho 100; reigen; chainsaw man; denji; pochita; power chainsaw man; makima; spy x family; anya forger; loid forger; yor forger; bond forger; frieren; fern frieren; sword art online; kirito; asuna; re zero; rem re zero; emilia re zero; subaru natsuki; konosuba; aqua konosuba; megumin; darkness konosuba; tokyo ghoul; kaneki; ken kaneki; guts berserk; griffith berserk; jojo s bizarre adventure; jojos bizarre adventure; jotaro; jotaro kujo; dio brando; giorno giovanna; josuke; za warudo; yu gi oh; yugioh; yugi muto; blue eyes white dragon; kaiba; seto kaiba; exodia; digimon; agumon; gabumon; patamon; beyblade; bakugan; yo kai watch; jibanyan; doraemon; nobita; shin chan; crayon shin chan; detective conan; case closed conan; astro boy; gundam; mobile suit gundam; rx 78; zaku; macross; code geass; lelouch; steins gate; haikyuu; hinata shoyo; kageyama; sakuragi; kuroko no basket; blue lock; isagi; initial d; takumi fujiwara; inuyasha; kagome; sesshomaru; ranma; lupin iii; lupin the third; captain tsubasa; kimi no na wa; your name anime; weathering with you; akira anime; kaneda bike; ghost in the shell; motoko kusanagi; vampire hunter d; hellsing; alucard hellsing; trigun; vash the stampede; natsu dragneel; asta black clover; senku; the promised neverland; vinland saga; thorfinn; made in abyss; violet evergarden; toradora; clannad; lucky star anime; haruhi suzumiya; nichijou; azumanga daioh; bocchi the rock; oshi no ko; ai hoshino; kaguya sama; chika fujiwara; dandadan; solo leveling; sung jinwoo; tower of god; the god of high school; kimetsu no yaiba; shingeki no kyojin; boku no pico
`;

/**
 * Characters of children's and family media, games and anime that earlier lists lacked: full names, and single
 * words that name nobody and nothing else ("bidoof", "zoidberg"). Names that are also ordinary words ("stitch",
 * "goofy", "olaf", "elsa") are in `AMBIGUOUS_CHARACTERS` instead.
 */
const CHARACTERS = `
winnie the pooh; winnie the poo; pooh bear; winnie pooh; christopher robin and pooh; hundred acre wood; lilo pelekai; lilo and stitch; stitch and lilo; experiment 626; goofy and pluto; goofy and mickey; mickey and minnie; sheriff woody; woody and buzz; lotso bear; lots o huggin bear; forky toy story; eve wall e; remy the rat; mater tow truck; finding dory; dory and nemo; vanellope von schweetz; wreck it ralph; hiro hamada; heihei moana; zazu lion king; flounder little mermaid; ursula little mermaid; sebastian little mermaid; belle beauty and the beast; jafar aladdin; princess jasmine; princess tiana; princess merida; princess aurora; princess ariel; little mermaid ariel; sleeping beauty aurora; meeko pocahontas; kristoff and sven; thumper bambi; cheshire cat disney; mirabel madrigal; luisa madrigal; isabela madrigal; alberto scorfano; luca paguro; inside out joy; anxiety inside out; hector coco; dug the talking dog; dash parr; violet parr; syndrome incredibles; pinocchio disney; bambi and thumper; seven dwarfs disney; cinderella disney; tinkerbell fairy
my melody sanrio; kuromi and my melody; pochacco; chococat; hangyodon; tuxedosam; aggretsuko; retsuko; korilakkuma; sumikko gurashi; kerokerokeroppi; hello kitty and friends
king k rool; waddle dee; waddle dees; captain falcon; falcon punch; k k slider; kk slider; blathers animal crossing; isabelle animal crossing; tom nook; inkling splatoon; inklings splatoon; octoling; palutena; toadette; epona zelda; midna; tingle zelda; fox mccloud; slippy toad; peppy hare; kid icarus; lucina fire emblem; byleth; shulk xenoblade
bidoof; wobbuffet; slowpoke pokemon; slowbro; slowking; marill; azumarill; mareep; ampharos; sneasel; tyranitar; garchomp; gible; riolu; lillipup; oshawott; tepig; snivy; froakie; fennekin; chespin; dedenne; rockruff; lycanroc; sobble; scorbunny; grookey; pawmi; wooloo; yamper; corviknight; dragapult; munchlax; metapod; caterpie; butterfree; weedle; pidgey; pidgeot; pidgeotto; rattata; spearow; sandslash; golduck; poliwag; poliwhirl; poliwrath; kadabra; alakazam; machop; machoke; magnemite; magneton; dewgong; exeggutor; rhydon; ho oh; entei; suicune; raikou; blaziken; combusken; sceptile; grovyle; swampert; marshtomp; ralts; kirlia; absol; salamence; bagon; metagross; beldum; lucario; snom; frosmoth; pikachu and ash; team rocket pokemon; jessie and james team rocket; meowth that s right; piplup; bunnelby; sylveon; togekiss; mimikyu; alolan vulpix; quagsire; wingull; pelipper; shinx; luxray; buizel; bidoof and bibarel; cinderace; rillaboom; inteleon; eternatus; mewtwo and mew; ditto pokemon
no face spirited away; kaonashi; chihiro spirited away; chihiro ogino; yubaba; haku spirited away; kiki s delivery service; kikis delivery service; jiji the cat; soot sprites; susuwatari; sosuke and ponyo; porco rosso; howl pendragon; sophie hatter; calcifer fire demon; anpanman; chibi maruko chan; hamtaro; ojamajo doremi; speed racer; tamagotchi; sanrio characters; pompompurin and friends; rilakkuma bear
scooby doo; scooby dooby doo; scooby snacks; scooby; scrappy doo; shaggy and scooby; shaggy rogers; velma dinkley; daphne blake; fred jones scooby; mystery machine; mystery inc; bugs bunny; daffy duck; porky pig; elmer fudd; tweety; tweety bird; tweety pie; sylvester and tweety; sylvester the cat; wile e coyote; road runner and coyote; beep beep road runner; yosemite sam; foghorn leghorn; marvin the martian; speedy gonzales; tasmanian devil taz; taz looney tunes; pepe le pew; lola bunny; looney tunes; tom and jerry; jerry mouse; tom cat and jerry; popeye; popeye the sailor; popeye the sailor man; olive oyl; bluto; betty boop; felix the cat; woody woodpecker; casper the friendly ghost; the flintstones; flintstones; fred flintstone; barney rubble; wilma flintstone; pebbles flintstone; bamm bamm; the jetsons; jetsons; george jetson; yogi bear; boo boo bear; huckleberry hound; snagglepuss; the powerpuff girls; powerpuff girls; powerpuff girl; blossom bubbles and buttercup; mojo jojo; dexter s laboratory; dexters laboratory; johnny bravo; courage the cowardly dog; ed edd n eddy; ed edd and eddy; ben 10; ben ten; omnitrix; samurai jack; the amazing world of gumball; gumball watterson; mordecai and rigby; steven universe; phineas and ferb; perry the platypus; agent p platypus; doofenshmirtz; dr doofenshmirtz; gravity falls; dipper pines; mabel pines; bill cipher; kim possible; danny phantom; jimmy neutron; the fairly oddparents; fairly oddparents; fairly odd parents; invader zim; rugrats; tommy pickles; angelica pickles; reptar; doug funnie; catdog; rocko s modern life; animaniacs; pinky and the brain; yakko wakko and dot; tiny toons; darkwing duck; ducktales; chip n dale; chip and dale rescue rangers; amphibia; star vs the forces of evil; avatar aang; aang avatar; aang the last airbender; korra; legend of korra; zuko; prince zuko; toph beifong; katara; sokka; appa the sky bison; momo the lemur; uncle iroh; azula
peppa pig; george pig peppa; bluey; bluey and bingo; bluey heeler; bingo heeler; bandit heeler; chilli heeler; paw patrol; chase paw patrol; marshall paw patrol; skye paw patrol; rubble paw patrol; ryder paw patrol; dora the explorer; swiper the fox; boots the monkey; blue s clues; blues clues; barney the dinosaur; barney and friends; teletubbies; teletubby; tinky winky; laa laa; dipsy teletubby; po teletubby; thomas the tank engine; thomas the train; thomas and friends; fireman sam; postman pat; bob the builder; the very hungry caterpillar; very hungry caterpillar; clifford the big red dog; curious george; arthur the aardvark; caillou; franklin the turtle; daniel tiger; elmo; tickle me elmo; elmo sesame street; cookie monster; oscar the grouch; bert and ernie; grover sesame street; count von count; the count sesame street; snuffleupagus; sesame street; kermit the frog; kermit; miss piggy; fozzie bear; gonzo muppet; animal muppet; the muppets; muppets; fraggle rock; pj masks; cocomelon; baby shark pinkfong; pinkfong; blippi; hey duggee; iggle piggle; upsy daisy; sofia the first; doc mcstuffins; vampirina; puppy dog pals; odie garfield; garfield and odie; garfield the cat; jon arbuckle; snoopy and woodstock; charlie brown; linus van pelt; lucy van pelt; peanuts gang; woodstock peanuts
milhouse; milhouse van houten; ralph wiggum; moe szyslak; moes tavern; sideshow bob; chief wiggum; principal skinner; duff beer; kwik e mart; zoidberg; dr zoidberg; bender futurama; beavis and butthead; beavis and butt head; daria morgendorffer; stan smith american dad; roger american dad; quagmire family guy; glenn quagmire; cleveland brown; bob s burgers; the simpsons family; homer and marge; bart and lisa; big mouth netflix; hazbin hotel; helluva boss; the amazing digital circus; pomni; poppy playtime; huggy wuggy; kissy missy; bendy and the ink machine; cuphead; mugman; sackboy; fall guy bean; rayman; gex; sly cooper; toothless night fury; night fury dragon; hiccup and toothless; po kung fu panda; master shifu; tai lung; puss in boots dreamworks; amy rose sonic; cream the rabbit; tails the fox; miles tails prower; knuckles the echidna; shadow and sonic; sonic and knuckles; sonic and tails; dr robotnik; chun li; ryu and ken; cammy street fighter; kirby and meta knight
`;

const BRANDS = `
red bull can; red bull energy; red bull logo; red bull drink; five guys burger; five guys burgers; chipotle restaurant; chipotle burrito; snickers bar; skittles candy; hennessy cognac; baileys irish cream; meta logo; meta quest; twitch logo; twitch stream; twitch streamer; uber eats driver; uber driver; intel logo; new balance sneakers; new balance shoes; converse all stars; vans sneakers; crocs shoes; crocs clogs; tinder app; tinder logo; grimace shake
coca cola; cocacola; coke bottle; coke can; coca cola polar bear; pepsi; pepsico; sprite soda; fanta; dr pepper; mountain dew; mtn dew; redbull; monster energy; gatorade; powerade; prime hydration; starbucks; starbucks cup; dunkin; dunkin donuts; tim hortons; costa coffee; nespresso; mcdonalds; mcdonald s; ronald mcdonald; big mac; mcflurry; golden arches; burger king; taco bell; kfc; kentucky fried chicken; colonel sanders; popeyes; chick fil a; chickfila; in n out; in and out burger; shake shack; dominos pizza; pizza hut; papa johns; little caesars; panda express; arbys; arby s; sonic drive in; whataburger; dairy queen; krispy kreme; baskin robbins; ben and jerry s; ben and jerrys; haagen dazs; oreo; oreos; nutella; kit kat; kitkat; m and m s; mms candy; twix; reeses; reese s; hershey; hersheys; toblerone; cadbury; milka; ferrero rocher; kinder egg; kinder surprise; lindt; pringles; doritos; cheetos; chester cheetah; lays chips; takis; funyuns; ritz crackers; cheez it; pop tarts; eggo; kellogg s; kelloggs; tony the tiger; frosties; froot loops; toucan sam; trix rabbit; cap n crunch; cheerios; heinz; heinz ketchup; kraft mac; campbell s soup; campbells soup; spam can; nestle; maggi; knorr; hellmanns; tabasco; sriracha huy fong; budweiser; bud light; heineken; guinness; stella artois; corona beer; corona extra; jack daniels; jack daniel s; johnnie walker; smirnoff; absolut vodka; bacardi; captain morgan; jagermeister; moet; dom perignon; jose cuervo; patron tequila; malibu rum; marlboro; camel cigarettes; juul
apple logo; apple store; apple inc; iphone; ipad; macbook; imac; airpods; apple watch; ipod; samsung; galaxy s24; samsung galaxy; google; google logo; chrome logo; pixel phone; youtube; youtube logo; gmail; microsoft; microsoft logo; windows logo; windows xp; bliss wallpaper; clippy; xbox controller; playstation controller; sony; nintendo switch; facebook; facebook logo; instagram; instagram logo; whatsapp; threads app; twitter; twitter bird; tiktok; tiktok logo; snapchat; snapchat ghost; discord logo; clyde discord; wumpus; reddit; reddit alien; snoo; twitch logo; spotify; spotify logo; netflix; netflix logo; hulu; disney plus; hbo; hbo max; amazon prime; prime video; amazon logo; amazon warehouse; amazon delivery; alexa echo; amazon alexa; ebay; paypal; venmo; cash app; visa card; mastercard; american express; amex; uber eats; lyft; airbnb; doordash; grubhub; deliveroo; zoom logo; slack logo; skype; linkedin; pinterest; tumblr; wikipedia logo; openai; chatgpt; chat gpt; gpt 4; gpt4; dall e; dalle; midjourney; claude ai; gemini ai; google gemini; nvidia; nvidia logo; geforce; rtx 4090; intel inside; amd; qualcomm; ibm; oracle corporation; hp laptop; lenovo; asus; razer; logitech; alienware; canon camera; nikon; gopro; dji drone; bose; beats by dre; beats headphones; sonos; jbl speaker; tesla cybertruck; cybertruck; tesla model 3; tesla model s; tesla model y; tesla logo; tesla car; spacex; starship spacex; falcon 9; blue origin; boeing; airbus; lockheed martin; nasa logo; nasa meatball
nike; nike logo; nike swoosh; swoosh logo; air jordans; jordans sneakers; jumpman logo; adidas; adidas logo; three stripes adidas; yeezy; yeezys; reebok; converse all star; chuck taylors; vans sneakers; puma logo; puma sneakers; lululemon; north face jacket; patagonia jacket; columbia sportswear; supreme logo; supreme box logo; bape; a bathing ape; stussy; palace skateboards; carhartt; levis; levi s; wrangler jeans; gap hoodie; h&m; h and m; uniqlo; shein; primark; gucci; louis vuitton; lv monogram; prada; chanel; chanel no 5; hermes birkin; birkin bag; dior; christian dior; versace; balenciaga; burberry; fendi; givenchy; armani; giorgio armani; dolce and gabbana; dolce gabbana; yves saint laurent; ysl; calvin klein; ralph lauren; polo ralph lauren; tommy hilfiger; lacoste; michael kors; kate spade; tiffany and co; tiffany co; cartier; rolex; omega watch; patek philippe; audemars piguet; tag heuer; casio; g shock; birkenstock; ugg; uggs; dr martens; doc martens; timberland; timberlands; ray ban; ray bans; oakley; victoria s secret; victorias secret; fenty; fenty beauty; kylie cosmetics; sephora; mac cosmetics; loreal; l oreal; maybelline; revlon; nivea; dove soap; axe body spray; old spice; gillette; colgate; crest toothpaste; listerine; tide pods; tide detergent; clorox; lysol; febreze; windex; duracell; energizer bunny; ikea; ikea logo; walmart; walmart logo; target store; target logo; costco; kmart; home depot; 7 eleven; tesco; sainsbury s; sainsburys; aldi; lidl; trader joe s; trader joes; cvs; walgreens; toys r us; geoffrey giraffe; gamestop; macys; harrods; selfridges
ferrari; ferrari logo; lamborghini; lambo; porsche; porsche 911; bugatti; mclaren; aston martin; bentley; rolls royce; maserati; bmw; mercedes benz; mercedes logo; audi; volkswagen; vw beetle; vw bus; volkswagen beetle; toyota; honda civic; nissan gtr; nissan skyline; subaru; mazda; mazda miata; hyundai; kia; volvo; chevrolet; chevy; corvette; camaro; cadillac; buick; gmc; ford mustang; ford f150; ford f 150; ford logo; ford truck; dodge charger; dodge challenger; dodge ram; ram truck; jeep wrangler; jeep logo; chrysler; lincoln continental; tesla roadster; rivian; harley davidson; ducati; kawasaki; yamaha; suzuki motorcycle; vespa; john deere; caterpillar tractor; cat excavator; fedex; fedex truck; ups truck; dhl; usps; royal mail; amazon van; greyhound bus
fifa; fifa world cup trophy; uefa; champions league trophy; premier league; nfl; nfl logo; super bowl; nba; nba logo; larry o brien trophy; mlb; nhl; nascar; formula 1; formula one; f1 car; wwe; wwe championship belt; ufc; ufc octagon; olympic rings; olympic logo; stanley cup; real madrid; fc barcelona; barca; manchester united; man united; man utd; manchester city; man city; liverpool fc; chelsea fc; arsenal fc; tottenham hotspur; spurs fc; juventus; ac milan; inter milan; bayern munich; borussia dortmund; psg; paris saint germain; ajax amsterdam; celtic fc; rangers fc; boca juniors; river plate; flamengo; inter miami; la galaxy; new york yankees; yankees; boston red sox; la dodgers; dodgers; chicago cubs; los angeles lakers; lakers; golden state warriors; chicago bulls; boston celtics; miami heat; new york knicks; knicks; dallas cowboys; new england patriots; kansas city chiefs; green bay packers; pittsburgh steelers; san francisco 49ers; 49ers; philadelphia eagles; las vegas raiders; toronto maple leafs; montreal canadiens; harlem globetrotters; red bull racing; mercedes amg petronas
mtv; cnn; fox news; bbc; bbc logo; nbc; abc news; cbs; espn; hbo logo; paramount logo; universal studios; universal pictures; warner bros; warner brothers; mgm lion; mgm; 20th century fox; sony pictures; lionsgate; a24; marvel logo; dc logo; lucasfilm; legendary pictures; crunchyroll; funimation; toho; studio trigger; kyoto animation; mappa studio; ufotable; bandai namco; bandai; square enix; capcom; konami; ubisoft; ea sports; activision; blizzard entertainment; rockstar games; epic games; riot games; valve corporation; mojang; insomniac games; fromsoftware; hoyoverse; mihoyo; hasbro; mattel; fisher price; lego group; lego logo; playmobil; funko pop; funko pops; build a bear; american girl doll; crayola; sharpie; post it notes; frisbee brand; hoover vacuum; dyson vacuum; roomba; kleenex; q tips; zippo; bic lighter; swiss army knife victorinox; victorinox; yeti cooler; stanley cup tumbler; stanley tumbler; hydro flask; owala; kitchenaid; le creuset; weber grill; traeger; fitbit; garmin; whoop band; onlyfans logo; pornhub logo; grindr; hinge app; duolingo; duolingo owl; duo owl; calm app; wordle; minecraft logo; roblox logo; steam logo; epic games logo; playstation logo; xbox logo; nintendo logo; sega logo; atari; atari logo; gamecube; nintendo 64; n64; super nintendo; snes; nes console; sega genesis; dreamcast; ps1; ps2; ps3; ps4; psp; ps vita; xbox 360; xbox one; wii u; nintendo ds; 3ds
michelin man; bibendum; pillsbury doughboy; the kool aid man; kool aid man; kool aid; mr peanut; jolly green giant; snap crackle and pop; the noid; geico gecko; aflac duck; progressive flo; flo from progressive; the most interesting man in the world; mr clean; the brawny man; quaker oats man; uncle ben; aunt jemima; chef boyardee; the burger king; the monopoly man; mr bubble; pepto bismol; the energizer bunny; nipper rca; mascot mcdonalds; hamburglar; grimace shake; birdie mcdonalds; mayor mccheese
`;

const names = (block: string): string[] =>
  block
    .split('\n')
    .flatMap((line) => line.split(';'))
    .map((name) => name.trim())
    .filter((name) => name.length > 0);

/** Every IP name, in one list. */
export const IP_NAMES: readonly string[] = [
  FILM_TV,
  COMICS,
  GAMES_ANIME,
  CHARACTERS,
  ...CHARACTER_NAMES,
  BRANDS,
].flatMap(names);

/** The names of brands, products and companies (not characters): "no logos" sets them aside. */
export const BRAND_NAMES: readonly string[] = names(BRANDS);

/**
 * Asking for no branding: a brand's name in such a text is the ordinary thing it names ("a windows xp style
 * hill, no logos", "a generic cola can"). Characters are IP whatever is asked ("mickey mouse, no logos").
 */
export const NO_BRAND =
  'no|without|zero|remove|removed|hide|hidden|blur|blurred logo|logos|branding|brands|brand|labels|label|trademarks; no|without brand names|marks; unbranded; logoless; logo free; brand free; off brand; offbrand; generic brand|version|can|bottle|box|sneaker|sneakers|phone|laptop|car|soda|cola';

/**
 * Brand names that are ordinary words (an apple, the Amazon, a shell, a dove, a jaguar): a brand only next
 * to one of its own context words ("apple logo", "amazon delivery van", "shell gas station").
 */
export const AMBIGUOUS_BRANDS: Readonly<Record<string, string>> = {
  apple:
    'logo|store|stores|iphone|ipad|macbook|airpods|airtag|watch|computer|laptop|headquarters|hq|ceo|commercial|keynote|product|products|inc|pencil|vision|tv|music|park|campus|genius',
  // Not box, package or parcel: "a cat in an amazon box" is a cardboard box.
  amazon:
    'logo|delivery|deliveries|driver|drivers|van|vans|truck|trucks|warehouse|warehouses|prime|alexa|echo|kindle|headquarters|hq|ceo|employee|employees|worker|workers|store|website|smile|fulfillment',
  shell: 'logo|gas|petrol|station|stations|gasoline|fuel|oil',
  dove: 'soap|bar|shampoo|deodorant|chocolate|logo|commercial|ad|lotion|beauty|bodywash',
  jaguar: 'car|cars|xj|xk|ftype|etype|sedan|suv|logo|dealership|emblem|badge|coupe|convertible',
  puma: 'sneakers|shoes|trainers|logo|shirt|tracksuit|jersey|hoodie|store|brand|cleats|sportswear',
  subway:
    'sandwich|sandwiches|footlong|footlongs|restaurant|restaurants|logo|franchise|employee|employees|worker|workers|sub|subs|cookie|cookies|store',
  corona: 'beer|beers|bottle|bottles|extra|logo|light|lime',
  mustang: 'car|cars|gt|convertible|logo|shelby|coupe|fastback|mach',
  target:
    'store|stores|logo|employee|employees|worker|workers|cashier|aisle|aisles|parking|brand|bag|bags|redcard',
  gap: 'store|hoodie|hoodies|logo|jeans|brand|sweatshirt|sweatshirts',
  oracle: 'database|corporation|software|logo|headquarters|cloud|ceo',
  visa: 'card|cards|logo|credit|debit|payment',
  tesla:
    'car|cars|logo|cybertruck|model|roadster|semi|dealership|showroom|autopilot|charging|supercharger|charger|factory|gigafactory|robot|optimus|bot|ceo|headquarters|truck|suv|sedan',
  ford: 'truck|trucks|car|cars|pickup|f150|logo|dealership|bronco|mustang|explorer|ranger|focus|fiesta|transit|motor|motors|badge|emblem|raptor|lightning',
  mercedes: 'car|cars|logo|benz|amg|suv|sedan|dealership|badge|emblem|gwagon|sprinter|coupe',
  lincoln: 'car|cars|continental|navigator|dealership|logo|suv|limo|limousine',
  dodge: 'charger|challenger|viper|ram|durango|car|cars|truck|trucks|logo|dealership|hellcat|demon|caravan',
  jeep: 'wrangler|cherokee|logo|dealership|gladiator|renegade|compass',
  fiat: 'car|cars|500|logo|panda|punto',
  lego: 'logo|minifigure|minifigures|minifig|minifigs|store|movie|brand|ninjago|technic|duplo|friends|city|starwars',
  sprite: 'soda|can|cans|bottle|bottles|drink|logo|commercial|cranberry',
  tide: 'pods|pod|detergent|logo',
  crest: 'toothpaste|logo|whitestrips',
  axe: 'spray|deodorant|commercial|logo|bodyspray',
  mars: 'bar|bars|chocolate|wrapper',
  bounty: 'bar|bars|chocolate|towel|towels',
  chase: 'bank|atm|logo|sapphire',
  bp: 'gas|petrol|station|stations|logo|spill',
  mobil: 'gas|station|logo|oil',
  kia: 'car|cars|logo|soul|sportage|telluride',
  lexus: 'car|cars|logo|suv|sedan',
  cadillac: 'car|cars|escalade|logo|dealership',
  patagonia: 'jacket|jackets|fleece|vest|logo|store|brand',
  columbia: 'jacket|jackets|logo|sportswear|brand|fleece',
  timberland: 'boots|boot|logo',
  coach: 'bag|bags|handbag|handbags|purse|purses|wallet|logo|store',
  guess: 'jeans|logo|store|brand',
  sonic: 'drivein|restaurant|burger|slush|logo',
  walmart: 'store|stores|logo|employee|employees|greeter|parking|cart|bag',
  nike: 'logo|sneakers|shoes|trainers|shirt|hoodie|store|swoosh|jersey|ad|ads|commercial|campaign|air',
  rolex: 'watch|watches|logo',
};

/**
 * Character names that are also ordinary words ("stitch" in sewing, "goofy", "olaf", "the planet pluto", "a
 * minion" of a villain): IP only when one of the character's own context words is somewhere in the text
 * ("stitch surfing in hawaii", "a minion stealing a banana"). Name → its context words.
 */
export const AMBIGUOUS_CHARACTERS: Readonly<Record<string, string>> = {
  // A nickname (Mickey Rourke, "a mickey" of liquor), or the mouse.
  mickey: 'mouse|minnie|disney|disneyland|steamboat|willie|goofy|donald|pluto|clubhouse|ears|cartoon',
  // The sound barrier, or the hedgehog.
  sonic: 'hedgehog|loop|loops|rings|tails|knuckles|sega|eggman|emerald|emeralds|chili|spindash|shadow',
  // A one-piece swimsuit, or the pirates' manga.
  'one piece': 'luffy|zoro|nami|sanji|pirate|pirates|anime|manga|straw|gear|devil|fruit|grand|line',
  // Zorro is a public-domain swordsman; Zoro is the manga's.
  zoro: 'luffy|swords|swordsman|pirate|pirates|anime|manga|green|santoryu|onepiece',
  // Nosy, as often as the beagle.
  snoopy: 'peanuts|charlie|woodstock|beagle|doghouse|linus|schulz|baron|sopwith|lucy',
  // A typo of "wheezing" as often as the Pokémon.
  weezing: 'pokemon|koffing|smog|trainer|pokeball|rocket|evolves|evolution',
  stitch:
    'lilo|hawaii|hawaiian|alien|experiment|ohana|disney|koala|ukulele|surfing|surfs|surfboard|plush|plushie|nani|626',
  goofy: 'mickey|minnie|donald|pluto|disney|disneyland',
  pluto: 'mickey|minnie|donald|goofy|disney|disneyland',
  olaf: 'snowman|frozen|elsa|anna|arendelle|disney|kristoff|sven',
  elsa: 'frozen|anna|olaf|arendelle|disney|kristoff|sven|ice|snowflake|snowflakes|castle|queen|icy|powers',
  'woody|woodys': 'buzz|lightyear|pixar|sheriff|jessie|bullseye',
  'buzz|buzzs': 'lightyear|woody|pixar|infinity',
  'dory|dorys': 'nemo|marlin|pixar|finding',
  'ariel|ariels': 'mermaid|flounder|sebastian|ursula|disney',
  aurora: 'maleficent|disney|spindle|phillip',
  'belle|belles': 'beast|disney|lumiere|gaston',
  'jasmine|jasmines': 'aladdin|genie|abu|jafar|rajah|agrabah|disney',
  'genie|genies': 'aladdin|jasmine|abu|jafar|agrabah|disney',
  'inkling|inklings': 'splatoon|squid|nintendo|turf',
  'villager|villagers': 'crossing|nook|isabelle|nintendo',
  'toad|toads': 'mario|luigi|bowser|nintendo|kart|yoshi',
  'link|links': 'zelda|hyrule|ganon|ganondorf|triforce|epona|hylian|ocarina|nintendo',
  'bowser|bowsers': 'mario|luigi|koopa|nintendo|kart|yoshi',
  slowpoke: 'pokemon|slowbro',
  'chihiro|haku': 'spirited|ghibli|bathhouse|yubaba|miyazaki|kaonashi',
  toothless: 'hiccup|berk|fury|dreamworks',
  'tails|knuckles': 'sonic|hedgehog|echidna|sega|eggman|robotnik',
  'bingo|bandit': 'bluey|heeler',
  'shaggy|velma|daphne': 'scooby|mystery|scrappy',
};

/**
 * Characters whose name is also what a villain's henchmen are called: IP unless the text is about a villain
 * ("a minion stealing a banana" is the character; "a dark lord and his minions" is not).
 */
export const IP_UNLESS: readonly Section[] = [
  {
    signals: ['ip'],
    patterns: ['minion|minions'],
    unless: [
      'lord',
      'lords',
      'evil',
      'villain',
      'villains',
      'wizard',
      'sorcerer',
      'sorceress',
      'warlord',
      'overlord',
      'necromancer',
      'witch',
      'demon',
      'dungeon',
      'army',
      'armies',
      'henchmen',
      'henchman',
      'underlings',
      'dark',
      'emperor',
      'tyrant',
      'cult',
      'boss',
      'bosses',
      'darkness',
      'fantasy',
      'rpg',
      'horde',
      'undead',
      'skeleton',
      'skeletons',
      'orc',
      'orcs',
      'goblin',
      'goblins',
    ],
  },
];

/**
 * A brand's name used for a camera, a format or a look rather than for the brand ("gopro pov", "a tiktok dance",
 * "bbc earth vibes", "polaroid photo"): nothing of the brand is shown. Safe phrases, so they cancel the
 * brand's name inside them; a character is never a look ("mickey mouse style" stays IP: not listed here).
 */
export const BRAND_AS_STYLE: readonly Section[] = [
  {
    signals: ['safe'],
    patterns: [
      'gopro|iphone|dji|insta360 pov|footage|shot|shots|view|angle|style|video|clip|clips|selfie|vlog|look',
      'for|on someone s|my|his|her|their|your linkedin|instagram|insta|tiktok|facebook|twitter|profile; linkedin headshot|photo|profile|post',
      'tiktok|instagram|insta|snapchat|youtube|twitch dance|dances|trend|trends|style|challenge|filter|filters|vlog|aesthetic|format|edit|transition|transitions|reel|reels|shorts|stream|streamer|vibes',
      'bbc earth|nature|wildlife|planet? vibes|style|documentary|narration|narrator|footage; nat geo vibes|style|documentary|footage|photo|photography; national geographic vibes|style|documentary|footage|photo|photography',
      'polaroid|kodak|kodachrome|fujifilm|instax photo|photos|picture|pictures|look|film|aesthetic|style|frame|frames|vibes|snapshot|snapshots',
      // An animation studio named for its look ("pixar style", "in the style of studio ghibli"): no character.
      'studio? pixar|disney|dreamworks|ghibli|aardman|laika|illumination|ufotable|mappa|toei style|styled|esque|inspired|aesthetic|vibes|vibe|look|animation|render|rendered|artstyle',
      'style|manner of studio? pixar|disney|dreamworks|ghibli|aardman|laika|illumination|ufotable|mappa|toei; inspired by studio? pixar|disney|dreamworks|ghibli|aardman|laika|illumination|ufotable|mappa|toei',
    ],
  },
];

/**
 * Ordinary things a character's or brand's name also is: "the golden arches of the cathedral", "the rusting hulk
 * of a ship", "birds twittering". Safe phrases, so they cancel the name inside them.
 */
export const IP_SAFE: readonly Section[] = [
  {
    signals: ['safe'],
    patterns: [
      'golden arches of|in|inside|above|over|along|under a|the|an? cathedral|church|chapel|temple|palace|mosque|bridge|aqueduct|colonnade|cloister|basilica|monastery|hall|gate|gateway',
      'hulk|hulks of a|an|the; rusting|rusted|rusty|burned|burnt|charred|abandoned|old|wrecked|derelict|sunken|empty|great|massive hulk|hulks',
      'twitter|twittering|twitters of birds|sparrows|finches|swallows; birds|sparrows|finches twitter|twittering',
      'corvette|corvettes warship|warships|ship|ships|navy|naval|frigate|frigates|hull|crew; naval|navy|warship corvette|corvettes',
      // A playing card, and the goddess of victory.
      'joker|jokers card|cards; cards|card|deck *8 joker|jokers; joker|jokers *4 deck|card|cards|poker|solitaire',
      'goddess|winged nike; nike goddess|statue|temple; nike of samothrace; winged victory; statue|statues|sculpture of nike; nike *4 goddess|victory',
      // Batman is a city and a province in Turkey, on the Tigris.
      'batman city|province|river|dam|turkey|university|airport|tigris; city|province|town of batman; batman *6 turkey|tigris|kurdish|anatolia',
    ],
  },
];

/** Places a retail brand is visited or works from: "shopping at target", "delivered by amazon". */
export const BRAND_VENUE_VERBS =
  'shopping|shops|shop|working|works|work|worker|workers|employee|employees|cashier|eating|lunch|dinner|breakfast|order|ordered|ordering|bought|buying|delivered|delivery|driver|drivers|line|queue';
export const VENUE_BRANDS = 'target|subway|amazon|walmart|costco|gap|apple|starbucks|mcdonalds|ikea';

/**
 * Trademarked characters and brands described without their names. Each has a few distinctive features;
 * two different features of the same one name it ("a yellow sponge … lives in a pineapple under the sea"),
 * one alone does not ("a plumber fixing pipes", "a yellow electric mouse", "a superhero in a red cape").
 */
const DESCRIBED: Readonly<Record<string, readonly string[]>> = {
  'spider-man': [
    '🕷 🧑|👨|👦|🙍|🧍|🦸',
    'spider logo|emblem|symbol|suit|mask|costume|sense; spiderweb|cobweb|web patterned? suit|costume|mask',
    'swinging|swings|swing|slinging|slings|shooting|shoots|shoot on|from|between|with? webs|web; web slinger|slinging|shooter|shooters|swinging; wall crawler|crawling',
    'red and blue suit|costume|spandex|outfit|superhero|hero; red blue suit|costume; blue and red suit|costume|superhero',
    'friendly neighborhood|neighbourhood; with great power comes great responsibility',
  ],
  mario: [
    'plumber|plumbers',
    'red cap|hat with an? m; m on it|his cap|his hat; letter m on|cap|hat; m logo cap|hat',
    'jumping|jumps|jump|stomping|stomps on mushrooms|turtles|goombas|koopas|turtle; power up mushroom|mushrooms; magic|super mushroom|mushrooms; green warp? pipe|pipes; warp pipe|pipes; question mark blocks|block; princess in another castle',
    'italian plumber; mustache and red overalls; red cap and blue overalls',
  ],
  sonic: [
    'blue cartoon|anime|animated|speedy|fast? hedgehog|hedgehogs',
    'spinning|spins|spin into a ball *8 hedgehog|rings|sneakers; collecting|collects|collect gold|golden rings',
    'red sneakers|shoes|trainers; gold|golden rings; collecting rings; chili dogs; chaos emeralds',
    'super sonic speed; speed of sound hedgehog; gotta go fast',
  ],
  spongebob: [
    'yellow sponge|sponges; sea sponge in|with square|brown pants; talking sponge',
    'square pants|shorts; squarepants',
    'pineapple under the sea; lives|living in a pineapple; pineapple house|home',
    'krabby patty|patties; jellyfishing; pink starfish best friend; fry cook at a burger restaurant under the sea; krusty krab|place|restaurant|burger|burgers; flipping burgers *6 under the sea|krusty|pineapple',
    '🧽; yellow square|sponge guy|man|dude|boy|kid|fella; square yellow guy|man|dude|sponge',
  ],
  garfield: [
    'orange|ginger|fat|lazy|chubby cat|tabby|kitty',
    'loves|eating|eats|obsessed lasagna|lasagne; lasagna|lasagne loving|obsessed|eating cat',
    'hates|hating mondays|monday; monday hating',
  ],
  'hello kitty': [
    'white cartoon? cat|kitty|kitten',
    'red|pink bow on her|its|one ear',
    'no mouth; without a mouth',
  ],
  batman: [
    'bat symbol|logo|emblem|signal|suit|cowl|costume; caped crusader; dark knight of gotham',
    'gotham|batmobile; utility belt; billionaire vigilante|orphan; billionaire *4 bat costume|suit|cowl',
    'clown criminal|villain|enemy|nemesis|prince *6 bat|billionaire; bat costume|suit *8 clown',
    'black bat suit|costume; pointy bat ears cowl|mask',
  ],
  superman: [
    's symbol|logo|emblem|shield on his chest; big red s on|his; man of steel; kryptonian; last son of krypton',
    'red cape and blue suit|tights; blue suit|tights and red cape',
    'faster than a speeding bullet; daily planet reporter; mild mannered reporter',
  ],
  'harry potter': [
    'boy|young|teen|teenage|orphan wizard|wizards',
    'lightning bolt|shaped scar; lightning scar; scar on his forehead',
    'round glasses; wizarding school|castle; school of witchcraft; magic castle school; owl delivering letters; flying broomstick game',
  ],
  'mickey mouse': [
    'cartoon|black|classic|famous mouse',
    'red shorts|pants with white buttons; red shorts',
    'white gloves; big|round|famous black? ears; yellow shoes|clogs',
    'steamboat',
  ],
  pikachu: [
    'yellow electric|lightning|electrical mouse|rodent|creature; electric mouse|rodent',
    'red cheeks|cheek; rosy red cheeks',
    'lightning bolt|zigzag|zig zag shaped? tail; pocket monster|monsters',
    'trainer|boy|kid in|with|wearing a red and? white? cap|hat; on his|her|the shoulder *4 electric|yellow|mouse; yellow|electric mouse *4 on his|her shoulder',
  ],
  'darth vader': [
    'black helmet|mask|armor|armour|cape; dark lord',
    'heavy|mechanical|raspy|loud breathing; breathing mask|respirator',
    'red lightsaber|laser sword; i am your father; galactic empire; death star',
  ],
  yoda: [
    'small|little|tiny green alien|creature|master|wise man|sage',
    'pointy|pointed|long|big ears',
    'speaks|speaking|talks|talking backwards|backward; jedi|lightsaber|swamp planet',
  ],
  shrek: [
    'green ogre|ogres',
    'swamp|swamps',
    'talking donkey; layers like an onion; fairytale creatures evicted',
  ],
  minions: [
    'small|little|tiny? yellow pill|capsule|bean shaped? creatures|henchmen|guys|men|helpers',
    'goggles|goggle',
    'blue? overalls|dungarees; banana|bananas obsessed; gibberish language; yelling|shouting|screaming|saying|chanting banana|bananas',
  ],
  elsa: [
    'ice|snow queen|princess',
    'platinum|white|blonde braid; blue ice gown|dress',
    'ice powers|magic; let it go; arendelle; snowman named olaf; sister named anna',
  ],
  'iron man': [
    'red and gold *1 armor|armour|armored|armoured|suit; red gold armor|armour|armored|armoured|suit; gold and red *1 armor|armour|armored|armoured|suit',
    'arc reactor; repulsor|repulsors',
    'billionaire genius|inventor|playboy; genius billionaire',
  ],
  hulk: [
    'giant|huge|big|massive|enormous green man|monster|giant|guy|scientist|brute|muscleman',
    'purple|torn shorts|pants',
    'smash|smashing; rage|angry|anger transforms|transformation',
  ],
  'captain america': [
    'star spangled|patriotic superhero|suit|costume|soldier|hero; stars and stripes superhero|suit|costume',
    'round|circular shield with a star; star shield; vibranium shield',
    'super soldier serum; frozen in ice since ww2|wwii',
  ],
  'wonder woman': [
    'amazon warrior|amazonian princess',
    'lasso of truth; golden lasso',
    'tiara and silver? bracelets|cuffs; bulletproof bracelets',
  ],
  joker: ['clown|jester', 'purple suit', 'green hair', 'gotham; batman s nemesis|enemy; why so serious'],
  kermit: ['green frog puppet|muppet; felt frog', 'banjo', 'pig puppet girlfriend|lover; miss piggy'],
  'winnie the pooh': [
    'yellow|honey loving|chubby|stuffed|teddy bear|bears',
    'red shirt|crop top|tshirt',
    'honey pot|jar|pots; hunny; hundred acre wood; with a piglet|donkey|tiger friend',
  ],
  snoopy: [
    'white beagle',
    'red doghouse; red dog house',
    'flying ace; sopwith camel; little yellow bird friend',
  ],
  'pac-man': [
    'yellow circle|ball|sphere|pie|disc|disk|wedge',
    'eating|eats|chomping|chomps|munching|gobbling dots|pellets|pac dots',
    'ghosts in a maze; chased by ghosts; colorful|colourful ghosts; maze game',
  ],
  link: [
    'green tunic|cap|hat elf|hero|boy|warrior',
    'pointy|pointed elf? ears',
    'master sword; hylian shield; triforce; princess zelda; ocarina',
  ],
  'master chief': [
    'green armored|armoured|armor|armour spartan|supersoldier|soldier; green power armor|armour',
    'gold|golden|orange visor',
    'halo ring|rings; covenant aliens; ai named cortana; energy sword',
  ],
  totoro: [
    'giant|big|huge|chubby|fat|round|fluffy|large grey|gray forest spirit|creature|cat|rabbit|owl; leaf umbrella',
    'umbrella at a bus stop; bus stop in the rain; cat bus|catbus',
    'camphor tree; soot sprites',
  ],
  'among us': [
    'bean shaped|like astronaut|astronauts|crewmate|crewmates|characters; space bean|beans; astronaut bean',
    'impostor|imposter|sus|vent|vents|venting; emergency meeting',
  ],
  minecraft: [
    'blocky|pixelated|cubic|voxel world|man|guy|character|steve|landscape|creeper; block world',
    'green exploding creature|monster|zombie; exploding green creeper; creeper',
    'diamond pickaxe|pickaxes|sword; crafting table; nether portal; ender dragon',
  ],
  tardis: ['blue police box|phone box', 'time travel|traveling|travelling|machine; bigger on the inside'],
  'optimus prime': [
    'red and blue truck|semi; red blue truck',
    'transforms|turns|transforming|changes into a robot|giant; robot that transforms|turns into a truck; truck robot',
    'autobot|autobots|decepticon|decepticons; energon',
  ],
  mcdonalds: [
    'golden arches',
    'clown mascot; red haired clown mascot|burger',
    'big mac; happy meal; burger restaurant with|fast food',
  ],
  'coca-cola': [
    'red can|cans|bottle|bottles|truck|trucks of|with cola|soda; red and white cola|soda',
    'white swirly|cursive|script logo',
    'polar bears drinking soda|cola; holidays are coming truck',
  ],
  nike: ['swoosh|checkmark|tick logo|symbol', 'just do it'],
  apple: ['bitten|half eaten apple logo|symbol; apple logo with a bite', 'iphone|macbook|ipad'],
  starbucks: ['green mermaid|siren logo|cup', 'coffee cup|cups|shop'],
  pokemon: [
    'red and white ball|balls|sphere; capture ball|balls',
    'catch|catching|capture|capturing monsters|creatures; pocket monsters',
  ],
  'sailor moon': [
    'magical girl|girls sailor|schoolgirl uniform; sailor uniform magical|heroine',
    'crescent moon wand|tiara|on her forehead; blonde twin buns|pigtails|odango',
  ],
  naruto: [
    'orange jumpsuit|tracksuit ninja; ninja in orange',
    'whisker marks|whiskers; headband with a leaf symbol; leaf village',
    'ramen loving ninja; nine tailed fox inside',
  ],
  goku: [
    'spiky black hair|haired martial artist|fighter; orange gi|martial arts uniform',
    'golden|blonde spiky hair super form|transformation; super saiyan|kamehameha; energy wave from his hands; seven dragon balls|orbs',
  ],
};

/** Described characters of both lists (`ip-descriptions.ts`); a key in both gets the features of both. */
export const IP_DESCRIPTIONS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  [...new Set([...Object.keys(DESCRIBED), ...Object.keys(MORE_IP_DESCRIPTIONS)])].map((key) => [
    key,
    [...(DESCRIBED[key] ?? []), ...(MORE_IP_DESCRIPTIONS[key] ?? [])],
  ]),
);
