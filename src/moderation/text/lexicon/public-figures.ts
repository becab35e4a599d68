import { ENTERTAINMENT_FIGURES } from './public-figures-entertainment.js';
import { HISTORY_FIGURES } from './public-figures-history.js';
import { SPORT_FIGURES } from './public-figures-sport.js';
import { WORLD_FIGURES } from './public-figures-world.js';

/**
 * Real public figures, matched as whole names after normalisation (so "T4yl0r Sw1ft", "ｔａｙｌｏｒ
 * ｓｗｉｆｔ" and "taylorswift" are found). One person per line: the full name, then `;`-separated aliases.
 * A single-word alias is listed only when it names nobody else in ordinary speech ("obama", "beyonce"; not
 * "trump", "bush", "drake" or "prince", which are words — those need the full name or a context phrase).
 */
const POLITICS = `
donald trump; donald j trump; president trump; trump tower; djt; trump jr
joe biden; biden; president biden; joseph biden; sleepy joe
barack obama; obama; president obama; michelle obama; barack
kamala harris; vice president harris
hillary clinton; bill clinton; hillary
george w bush; george bush; george h w bush; president bush; dubya; laura bush; jeb bush
mike pence; jd vance; j d vance; nancy pelosi; pelosi; mitch mcconnell; bernie sanders; alexandria ocasio cortez; aoc; ron desantis; desantis; ted cruz; marco rubio; rfk jr; robert f kennedy; robert kennedy; chuck schumer; elizabeth warren; nikki haley; lindsey graham; marjorie taylor greene; rudy giuliani; dick cheney; al gore; mike johnson speaker; gavin newsom; pete buttigieg; kevin mccarthy; rand paul; mitt romney; john mccain; colin powell; condoleezza rice; henry kissinger; madeleine albright; john kerry; tim walz; kristi noem; pam bondi; steve bannon; stephen miller; tucker carlson; sean hannity; alex jones; ben shapiro; candace owens; charlie kirk; rachel maddow; jordan peterson; andrew tate; tristan tate
jimmy carter; ronald reagan; reagan; richard nixon; nixon; gerald ford; lyndon johnson; lbj; jfk; john f kennedy; john kennedy; jackie kennedy; franklin roosevelt; fdr; theodore roosevelt; teddy roosevelt; harry truman; dwight eisenhower; eisenhower; woodrow wilson; abraham lincoln; abe lincoln; honest abe; george washington; thomas jefferson; benjamin franklin; ben franklin; alexander hamilton; john adams; james madison; ulysses s grant; andrew jackson
vladimir putin; putin; president putin; dmitry medvedev; sergey lavrov; alexei navalny; navalny; mikhail gorbachev; gorbachev; boris yeltsin; yeltsin; yevgeny prigozhin; prigozhin; ramzan kadyrov; kadyrov
volodymyr zelensky; volodymyr zelenskyy; zelensky; zelenskyy; zelenskiy; president zelensky; olena zelenska; vitali klitschko; wladimir klitschko
xi jinping; president xi; hu jintao; jiang zemin; deng xiaoping; mao zedong; mao tse tung; chairman mao; li qiang; zhou enlai; chiang kai shek
kim jong un; kim jong il; kim il sung; kim yo jong
narendra modi; modi ji; pm modi; rahul gandhi; sonia gandhi; indira gandhi; jawaharlal nehru; nehru; manmohan singh; amit shah; yogi adityanath; arvind kejriwal
imran khan; nawaz sharif; shehbaz sharif; benazir bhutto; pervez musharraf; sheikh hasina
emmanuel macron; macron; president macron; brigitte macron; marine le pen; le pen; nicolas sarkozy; sarkozy; francois hollande; jacques chirac; charles de gaulle; de gaulle; jean luc melenchon; jordan bardella; eric zemmour
angela merkel; merkel; olaf scholz; scholz; friedrich merz; helmut kohl; gerhard schroder; alice weidel; ursula von der leyen; von der leyen
rishi sunak; sunak; boris johnson; theresa may; david cameron; gordon brown; tony blair; margaret thatcher; winston churchill; keir starmer; starmer; liz truss; jeremy corbyn; corbyn; nigel farage; farage; sadiq khan; jacob rees mogg; michael gove; priti patel; suella braverman; kemi badenoch; neville chamberlain; clement attlee
king charles; king charles iii; prince charles; queen elizabeth; queen elizabeth ii; queen elizabeth 2; the queen of england; prince william; princess diana; lady diana; lady di; prince harry; meghan markle; kate middleton; princess kate; catherine middleton; prince andrew; prince philip; prince george; princess charlotte; camilla parker bowles; queen camilla; king george; queen victoria
justin trudeau; trudeau; pierre trudeau; pierre poilievre; stephen harper; mark carney; jagmeet singh
anthony albanese; scott morrison; malcolm turnbull; julia gillard; kevin rudd; jacinda ardern; ardern; christopher luxon
giorgia meloni; meloni; silvio berlusconi; berlusconi; mario draghi; matteo salvini; benito mussolini; mussolini; pope francis; pope leo; pope benedict; pope john paul; pope john paul ii; the pope
pedro sanchez; francisco franco; king felipe; santiago abascal
viktor orban; orban; andrzej duda; donald tusk; recep tayyip erdogan; erdogan; benjamin netanyahu; netanyahu; bibi netanyahu; yair lapid; naftali bennett; isaac herzog; yasser arafat; arafat; mahmoud abbas; ismail haniyeh; yahya sinwar; hassan nasrallah; nasrallah
ali khamenei; ayatollah khamenei; khamenei; ruhollah khomeini; ayatollah khomeini; khomeini; hassan rouhani; ebrahim raisi; mahmoud ahmadinejad; ahmadinejad
mohammed bin salman; mbs; king salman; bashar al assad; assad; bashar assad; saddam hussein; saddam; muammar gaddafi; gaddafi; gadhafi; hosni mubarak; abdel fattah el sisi; sisi; osama bin laden; bin laden; abu bakr al baghdadi; ayman al zawahiri
nelson mandela; mandela; cyril ramaphosa; jacob zuma; robert mugabe; mugabe; paul kagame; bola tinubu; muhammadu buhari; idi amin; haile selassie; abiy ahmed; william ruto; kwame nkrumah
lula; lula da silva; luiz inacio lula da silva; jair bolsonaro; bolsonaro; dilma rousseff; javier milei; milei; cristina kirchner; nicolas maduro; hugo chavez; fidel castro; raul castro; che guevara; andres manuel lopez obrador; amlo; claudia sheinbaum; nayib bukele; bukele; gabriel boric; gustavo petro; evo morales; augusto pinochet; pinochet; juan peron; eva peron; evita peron
shinzo abe; fumio kishida; kishida; shigeru ishiba; emperor naruhito; emperor hirohito; hirohito; yoon suk yeol; moon jae in; lee jae myung; park geun hye
ferdinand marcos; bongbong marcos; rodrigo duterte; duterte; joko widodo; jokowi; prabowo subianto; lee hsien loong; lee kuan yew; mahathir mohamad; anwar ibrahim; hun sen; aung san suu kyi; min aung hlaing; tsai ing wen; lai ching te; ho chi minh; pol pot; ferdinand magellan
alexander lukashenko; lukashenko; ilham aliyev; nikol pashinyan; kassym jomart tokayev; tayyip erdogan
mark rutte; rutte; geert wilders; charles michel; jens stoltenberg; antonio guterres; ban ki moon; kofi annan; christine lagarde; mario monti; emmanuel todd
sanna marin; alexander stubb; ulf kristersson; jonas gahr store; mette frederiksen; leo varadkar; simon harris; micheal martin; mary lou mcdonald; volodymyr klitschko
`;

const HISTORY = `
adolf hitler; hitler; joseph stalin; stalin; vladimir lenin; lenin; leon trotsky; karl marx; friedrich engels; heinrich himmler; himmler; joseph goebbels; goebbels; hermann goering; rudolf hess; josef mengele; adolf eichmann; eva braun
napoleon; napoleon bonaparte; bonaparte; julius caesar; augustus caesar; caesar augustus; emperor nero; caligula; marcus aurelius; cleopatra; queen cleopatra; tutankhamun; king tut; ramses ii; ramesses; nefertiti; alexander the great; genghis khan; attila the hun; hannibal barca; charlemagne; spartacus; leonidas; constantine the great; justinian; saladin; suleiman the magnificent; kublai khan; tamerlane; montezuma; chief sitting bull; chief crazy horse; pocahontas
joan of arc; jeanne d arc; henry viii; king henry viii; anne boleyn; queen elizabeth i; richard the lionheart; william the conqueror; marie antoinette; louis xiv; louis xvi; catherine the great; peter the great; ivan the terrible; rasputin; tsar nicholas; nicholas ii; queen isabella; oliver cromwell; robespierre; vlad the impaler; vlad tepes; elizabeth bathory
mahatma gandhi; gandhi; mohandas gandhi; martin luther king; martin luther king jr; mlk; malcolm x; rosa parks; harriet tubman; frederick douglass; mother teresa; dalai lama; the dalai lama; desmond tutu; nelson rolihlahla mandela; anne frank; oskar schindler; florence nightingale; emmeline pankhurst; susan b anthony; eleanor roosevelt; helen keller; booker t washington; cesar chavez; mary queen of scots; rosa luxemburg
albert einstein; einstein; isaac newton; sir isaac newton; galileo; galileo galilei; nikola tesla; thomas edison; charles darwin; marie curie; stephen hawking; sigmund freud; freud; alan turing; ada lovelace; leonardo da vinci; da vinci; michelangelo; raphael sanzio; rembrandt; vincent van gogh; van gogh; pablo picasso; picasso; salvador dali; frida kahlo; andy warhol; claude monet; monet; henri matisse; jackson pollock; banksy; bob ross; johannes gutenberg; copernicus; nicolaus copernicus; johannes kepler; archimedes; pythagoras; aristotle; plato; socrates; confucius; sun tzu; marco polo; christopher columbus; vasco da gama; amelia earhart; neil armstrong; buzz aldrin; yuri gagarin; wright brothers; orville wright; wilbur wright; robert oppenheimer; oppenheimer; richard feynman; carl sagan; nikola tesla; enrico fermi; niels bohr; max planck; louis pasteur; gregor mendel; alfred nobel; jane goodall; david attenborough; sir david attenborough; steve irwin; jacques cousteau
wolfgang amadeus mozart; mozart; ludwig van beethoven; beethoven; johann sebastian bach; frederic chopin; chopin; pyotr tchaikovsky; tchaikovsky; antonio vivaldi; vivaldi; richard wagner; giuseppe verdi; franz schubert; george frideric handel; joseph haydn; franz liszt; claude debussy; igor stravinsky; luciano pavarotti; pavarotti; maria callas
william shakespeare; shakespeare; charles dickens; jane austen; mark twain; ernest hemingway; hemingway; edgar allan poe; oscar wilde; leo tolstoy; tolstoy; fyodor dostoevsky; franz kafka; virginia woolf; agatha christie; j r r tolkien; tolkien; c s lewis; jk rowling; j k rowling; stephen king; george orwell; emily dickinson; walt whitman; homer the poet; dante alighieri; victor hugo; gabriel garcia marquez; maya angelou; toni morrison; hans christian andersen; brothers grimm; dr seuss; roald dahl; h p lovecraft
elvis presley; elvis; john lennon; paul mccartney; ringo starr; george harrison; the beatles; freddie mercury; david bowie; jimi hendrix; kurt cobain; michael jackson; prince rogers nelson; whitney houston; aretha franklin; frank sinatra; marilyn monroe; james dean; audrey hepburn; charlie chaplin; bruce lee; muhammad ali; jesse owens; babe ruth; amy winehouse; tupac; tupac shakur; 2pac; notorious b i g; biggie smalls; bob marley; johnny cash; janis joplin; jim morrison; buddy holly; louis armstrong; ella fitzgerald; billie holiday; nina simone; ray charles; james brown; tina turner; chuck berry; little richard; otis redding; marvin gaye; stevie wonder; bob dylan; leonard cohen; sid vicious; ozzy osbourne; lemmy kilmister; chester bennington; avicii; xxxtentacion; juice wrld; mac miller; lil peep; pop smoke rapper; nipsey hussle; selena quintanilla
walt disney; henry ford; andrew carnegie; john d rockefeller; rockefeller; jp morgan; j p morgan; cornelius vanderbilt; howard hughes; steve jobs; al capone; pablo escobar; escobar; el chapo; joaquin guzman; jeffrey epstein; epstein; ghislaine maxwell; harvey weinstein; charles manson; ted bundy; jeffrey dahmer; dahmer; john wayne gacy; jack the ripper; lee harvey oswald; john wilkes booth; timothy mcveigh; unabomber; ted kaczynski; osama; anders breivik; brenton tarrant; dylann roof; adam lanza; nikolas cruz; bernie madoff; sam bankman fried; sbf; elizabeth holmes; martin shkreli; shoko asahara; jim jones
`;

const MUSIC = `
taylor swift; tay tay; taylorswift13; beyonce; beyonce knowles; queen bey; rihanna; riri; lady gaga; ariana grande; billie eilish; dua lipa; olivia rodrigo; selena gomez; miley cyrus; katy perry; justin bieber; bieber; ed sheeran; harry styles; adele; sabrina carpenter; chappell roan; doja cat; sza; lizzo; cardi b; nicki minaj; megan thee stallion; ice spice; shakira; jennifer lopez; j lo; jlo; britney spears; christina aguilera; madonna; celine dion; mariah carey; cher; pink singer; p nk; kesha; lorde; halsey; camila cabello; charli xcx; florence welch; lana del rey; avril lavigne; gwen stefani; fergie; alicia keys; janet jackson; mary j blige; shania twain; dolly parton; reba mcentire; carrie underwood; kelly clarkson; demi lovato; meghan trainor; tate mcrae; gracie abrams; rosalia; karol g; anitta; becky g; natti natasha
drake rapper; aubrey graham; kanye west; kanye; ye west; kendrick lamar; jay z; jay-z; shawn carter; eminem; marshall mathers; slim shady; snoop dogg; dr dre; ice cube rapper; 50 cent; fifty cent; lil wayne; lil nas x; lil baby; lil uzi vert; lil yachty; travis scott; post malone; the weeknd; abel tesfaye; bad bunny; j balvin; daddy yankee; ozuna; anuel aa; peso pluma; feid; maluma; nicky jam; future rapper; young thug rapper; gunna; 21 savage; playboi carti; tyler the creator; childish gambino; donald glover; j cole; nas rapper; a$ap rocky; asap rocky; pharrell; pharrell williams; chance the rapper; mac demarco; frank ocean; chris brown; ne yo; akon; t pain; flo rida; diddy; p diddy; puff daddy; sean combs; sean diddy combs; busta rhymes; missy elliott; lauryn hill; queen latifah; ll cool j; run dmc; ice t; kid cudi; logic rapper; nba youngboy; dababy; roddy ricch; polo g; lil durk; king von; central cee; stormzy; dave rapper; skepta; aitch; burna boy; wizkid; davido; tems; rema; sean paul; vybz kartel; 6ix9ine; tekashi 6ix9ine; tekashi69; kodak black; quavo; metro boomin
jungkook; jung kook; jimin; rm bts; kim namjoon; suga bts; jin bts; v bts; kim taehyung; taehyung; jhope; j hope; blackpink; lisa blackpink; lalisa; jennie kim; jennie blackpink; jisoo; rose blackpink; twice kpop; newjeans; stray kids band; seventeen kpop; aespa; ive kpop; le sserafim; g dragon; iu singer
coldplay; chris martin; u2; bono; the edge guitarist; mick jagger; keith richards; rolling stones band; the rolling stones band; paul simon; elton john; rod stewart; sting singer; phil collins; bruce springsteen; springsteen; bon jovi; jon bon jovi; axl rose; slash guitarist; ozzy; metallica; james hetfield; dave grohl; foo fighters; eddie vedder; billie joe armstrong; green day band; blink 182; travis barker; mark hoppus; linkin park; imagine dragons band; dan reynolds; maroon 5; adam levine; bruno mars; the killers band; arctic monkeys; alex turner; radiohead; thom yorke; oasis band; liam gallagher; noel gallagher; the 1975; matty healy; muse band; queen band; brian may; roger taylor; ac dc; angus young; kiss band; gene simmons; paul stanley; guns n roses; anthony kiedis; pearl jam band; gorillaz; daft punk; skrillex; deadmau5; marshmello; calvin harris; david guetta; tiesto; martin garrix; diplo; kygo; zedd; steve aoki; avicii; swedish house mafia; fred again; peggy gou; the chainsmokers; one direction band; louis tomlinson; niall horan; zayn malik; liam payne; jonas brothers; nick jonas; joe jonas; backstreet boys; nsync; justin timberlake; spice girls; victoria beckham; geri halliwell; abba; andrea bocelli; josh groban; michael buble; sam smith; lewis capaldi; hozier; shawn mendes; charlie puth; john legend; jon batiste; yo yo ma; lang lang; hans zimmer; john williams composer; ludovico einaudi; andre rieu
`;

const SCREEN = `
tom cruise; tom hanks; brad pitt; leonardo dicaprio; dicaprio; johnny depp; will smith; jada pinkett smith; dwayne johnson; the rock wrestler; dwayne the rock johnson; kevin hart; keanu reeves; keanu; robert downey jr; rdj; chris hemsworth; chris evans; chris pratt; scarlett johansson; jennifer lawrence; margot robbie; zendaya; timothee chalamet; chalamet; tom holland; florence pugh; anya taylor joy; sydney sweeney; jenna ortega; millie bobby brown; pedro pascal; oscar isaac; adam driver; ryan gosling; ryan reynolds; hugh jackman; blake lively; emma stone; emma watson; daniel radcliffe; rupert grint; natalie portman; anne hathaway; meryl streep; nicole kidman; julia roberts; sandra bullock; cate blanchett; angelina jolie; jennifer aniston; courteney cox; matthew perry; lisa kudrow; david schwimmer; matt leblanc; gal gadot; henry cavill; ben affleck; matt damon; jennifer garner; george clooney; amal clooney; denzel washington; morgan freeman; samuel l jackson; jack nicholson; al pacino; robert de niro; de niro; joe pesci; marlon brando; clint eastwood; harrison ford; mark hamill; carrie fisher; arnold schwarzenegger; schwarzenegger; sylvester stallone; stallone; jean claude van damme; van damme; chuck norris; jackie chan; jet li; michelle yeoh; donnie yen; steven seagal; vin diesel; jason statham; jason momoa; idris elba; michael b jordan; chadwick boseman; lupita nyongo; viola davis; octavia spencer; halle berry; taraji p henson; eddie murphy; chris rock; jamie foxx; martin lawrence; adam sandler; jim carrey; steve carell; will ferrell; jack black; seth rogen; jonah hill; paul rudd; owen wilson; ben stiller; vince vaughn; mark wahlberg; christian bale; heath ledger; joaquin phoenix; jared leto; cillian murphy; robert pattinson; kristen stewart; taylor lautner; daniel craig; pierce brosnan; sean connery; roger moore; timothy dalton; benedict cumberbatch; cumberbatch; tom hiddleston; martin freeman; ian mckellen; patrick stewart; anthony hopkins; michael caine; gary oldman; tom hardy; eddie redmayne; jude law; colin firth; hugh grant; emma thompson; helen mirren; judi dench; maggie smith; kate winslet; keira knightley; orlando bloom; elijah wood; viggo mortensen; andy serkis; sean bean; peter dinklage; emilia clarke; kit harington; sophie turner; maisie williams; nikolaj coster waldau; lena headey; bryan cranston; aaron paul; bob odenkirk; giancarlo esposito; jon hamm; elisabeth moss; jennifer coolidge; jennifer hudson; sarah jessica parker; kim cattrall; charlie sheen; ashton kutcher; mila kunis; demi moore; bruce willis; john travolta; uma thurman; quentin tarantino; tarantino; steven spielberg; spielberg; martin scorsese; scorsese; christopher nolan; james cameron; george lucas; peter jackson; guillermo del toro; tim burton; wes anderson; greta gerwig; jordan peele; ridley scott; stanley kubrick; alfred hitchcock; hitchcock; orson welles; david lynch; denis villeneuve; hayao miyazaki; miyazaki; akira kurosawa; bong joon ho; park chan wook; zack snyder; james gunn; taika waititi; michael bay; m night shyamalan; ang lee; spike lee; tyler perry; ava duvernay; sofia coppola; francis ford coppola; woody allen; roman polanski; mel gibson; russell crowe; nicolas cage; john cena; dave bautista; hulk hogan; randy savage; stone cold steve austin; triple h; roman reigns; cm punk; logan paul; jake paul; ronda rousey; brock lesnar; ric flair; andre the giant; rey mysterio; kane wrestler
oprah; oprah winfrey; ellen degeneres; jimmy fallon; jimmy kimmel; stephen colbert; conan obrien; david letterman; jay leno; trevor noah; john oliver; jon stewart; james corden; graham norton; gordon ramsay; jamie oliver; guy fieri; martha stewart; anthony bourdain; bobby flay; nigella lawson; simon cowell; piers morgan; jeremy clarkson; richard hammond; james may; david beckham; ryan seacrest; steve harvey; judge judy; dr phil; joe rogan; howard stern; bill maher; anderson cooper; wolf blitzer; lester holt; bill gates; kim kardashian; kardashian; khloe kardashian; kourtney kardashian; kris jenner; kylie jenner; kendall jenner; caitlyn jenner; paris hilton; nicole richie; kanye; pete davidson; john mulaney; dave chappelle; chappelle; ricky gervais; louis ck; bill burr; kevin james; sarah silverman; amy schumer; tina fey; amy poehler; maya rudolph; kristen wiig; melissa mccarthy; rebel wilson; jerry seinfeld; seinfeld; larry david; bill murray; dan aykroyd; danny devito; rhea perlman; ted danson; betty white; bob saget; john candy; robin williams; steve martin; martin short; miranda cosgrove; jennette mccurdy; victoria justice; dove cameron; zac efron; vanessa hudgens; ashley tisdale; hilary duff; lindsay lohan; amanda bynes; mary kate olsen; ashley olsen; macaulay culkin; haley joel osment; jacob tremblay; finn wolfhard; noah schnapp; gaten matarazzo; caleb mclaughlin; sadie sink; winona ryder; david harbour; steve buscemi; willem dafoe; christopher walken; jeff goldblum; jeff bridges; kevin bacon; kevin costner; kevin spacey; john malkovich; tilda swinton; frances mcdormand; glenn close; sigourney weaver; jamie lee curtis; goldie hawn; kurt russell; kate hudson; dakota johnson; jamie dornan; charlie hunnam; norman reedus; andrew lincoln; jeffrey dean morgan; danai gurira; steven yeun; awkwafina; simu liu; ke huy quan; henry golding; constance wu; dev patel; priyanka chopra; deepika padukone; ranveer singh; alia bhatt; shah rukh khan; srk; salman khan; aamir khan; amitabh bachchan; aishwarya rai; hrithik roshan; akshay kumar; ranbir kapoor; katrina kaif; kareena kapoor; prabhas; allu arjun; rajinikanth; vijay thalapathy; mahesh babu; jr ntr; ram charan; yash actor; lee min ho; song joong ki; park seo joon; hyun bin; gong yoo; lee jung jae; jung ho yeon; ma dong seok; don lee; bae suzy
`;

const SPORT = `
cristiano ronaldo; ronaldo; cr7; lionel messi; messi; leo messi; neymar; neymar jr; kylian mbappe; mbappe; erling haaland; haaland; mohamed salah; mo salah; harry kane; jude bellingham; vinicius junior; vini jr; lamine yamal; pedri; gavi footballer; robert lewandowski; lewandowski; kevin de bruyne; de bruyne; luka modric; modric; karim benzema; benzema; sergio ramos; zlatan ibrahimovic; zlatan; wayne rooney; david beckham; beckham; zinedine zidane; zidane; ronaldinho; diego maradona; maradona; johan cruyff; franz beckenbauer; thierry henry; steven gerrard; frank lampard; paul pogba; pogba; marcus rashford; bukayo saka; phil foden; cole palmer; declan rice; son heung min; virgil van dijk; alisson becker; manuel neuer; gianluigi buffon; andrea pirlo; francesco totti; paolo maldini; iker casillas; andres iniesta; xavi hernandez; carles puyol; gerard pique; luis suarez; edinson cavani; antoine griezmann; n golo kante; eden hazard; didier drogba; samuel etoo; sadio mane; riyad mahrez; achraf hakimi; alphonso davies; christian pulisic; megan rapinoe; alex morgan; marta vieira; alexia putellas; aitana bonmati; sam kerr; jose mourinho; mourinho; pep guardiola; guardiola; jurgen klopp; klopp; carlo ancelotti; ancelotti; alex ferguson; sir alex ferguson; arsene wenger; mikel arteta; ange postecoglou; gareth southgate; thomas tuchel; diego simeone
lebron james; lebron; michael jordan; air jordan; kobe bryant; stephen curry; steph curry; kevin durant; giannis antetokounmpo; giannis; nikola jokic; jokic; luka doncic; doncic; victor wembanyama; wembanyama; wemby; shaquille oneal; shaq; magic johnson; larry bird; kareem abdul jabbar; wilt chamberlain; bill russell; tim duncan; dirk nowitzki; dennis rodman; allen iverson; dwyane wade; chris paul; james harden; russell westbrook; kawhi leonard; jayson tatum; jaylen brown; ja morant; anthony edwards; joel embiid; damian lillard; zion williamson; yao ming; caitlin clark; angel reese; a ja wilson; sabrina ionescu; candace parker; lisa leslie; sue bird; brittney griner
tom brady; brady quarterback; patrick mahomes; mahomes; travis kelce; kelce; jason kelce; aaron rodgers; peyton manning; eli manning; josh allen quarterback; lamar jackson; jalen hurts; joe burrow; russell wilson; cam newton; colin kaepernick; kaepernick; odell beckham jr; jerry rice; deion sanders; joe montana; brett favre; marshawn lynch; saquon barkley; derrick henry; jj watt; rob gronkowski; gronk; bill belichick; belichick; andy reid; ohtani; shohei ohtani; aaron judge; mike trout; derek jeter; barry bonds; alex rodriguez; a rod; david ortiz; ken griffey jr; ichiro; ichiro suzuki; pete rose; jackie robinson; mookie betts; bryce harper
serena williams; venus williams; roger federer; federer; rafael nadal; nadal; novak djokovic; djokovic; andy murray; carlos alcaraz; alcaraz; jannik sinner; iga swiatek; aryna sabalenka; coco gauff; naomi osaka; maria sharapova; emma raducanu; billie jean king; andre agassi; pete sampras; john mcenroe; bjorn borg; martina navratilova; steffi graf
tiger woods; rory mcilroy; scottie scheffler; phil mickelson; jack nicklaus; arnold palmer
usain bolt; bolt sprinter; carl lewis; michael phelps; phelps; katie ledecky; simone biles; biles; gabby douglas; nadia comaneci; eliud kipchoge; mo farah; florence griffith joyner; flojo; shelly ann fraser pryce; sha carri richardson; noah lyles; armand duplantis; mondo duplantis; sydney mclaughlin; caster semenya; oscar pistorius; jesse owens; jim thorpe; eileen gu; shaun white; chloe kim; tony hawk; nyjah huston; kelly slater; bethany hamilton; lindsey vonn; mikaela shiffrin; wayne gretzky; gretzky; sidney crosby; alex ovechkin; ovechkin; connor mcdavid; mario lemieux
mike tyson; tyson fury; anthony joshua; floyd mayweather; mayweather; manny pacquiao; pacquiao; canelo alvarez; canelo; oleksandr usyk; usyk; deontay wilder; george foreman; joe frazier; sugar ray leonard; conor mcgregor; khabib nurmagomedov; khabib; jon jones; israel adesanya; alex pereira; islam makhachev; dana white; georges st pierre; anderson silva; francis ngannou; amanda nunes
lewis hamilton; max verstappen; verstappen; charles leclerc; lando norris; fernando alonso; sebastian vettel; michael schumacher; ayrton senna; niki lauda; kimi raikkonen; daniel ricciardo; george russell driver; oscar piastri; carlos sainz; sergio perez; checo perez; toto wolff; christian horner; valentino rossi; marc marquez; dale earnhardt; jeff gordon; danica patrick
magnus carlsen; hikaru nakamura; garry kasparov; bobby fischer; judit polgar
virat kohli; kohli; sachin tendulkar; tendulkar; ms dhoni; dhoni; rohit sharma; jasprit bumrah; babar azam; shane warne; ben stokes; joe root cricketer; brian lara; ricky ponting; wasim akram
`;

const BUSINESS = `
elon musk; elon; elonmusk; mark zuckerberg; zuckerberg; zuck; jeff bezos; bezos; bill gates; melinda gates; steve jobs; tim cook; sundar pichai; satya nadella; sam altman; jensen huang; larry page; sergey brin; larry ellison; warren buffett; buffett; charlie munger; jack ma; jack dorsey; peter thiel; reid hoffman; marc andreessen; michael bloomberg; bloomberg; george soros; soros; richard branson; bernard arnault; mukesh ambani; gautam adani; ratan tata; carlos slim; masayoshi son; jamie dimon; larry fink; ray dalio; mackenzie scott; sheryl sandberg; susan wojcicki; marissa mayer; whitney wolfe herd; travis kalanick; brian chesky; evan spiegel; kevin systrom; jan koum; daniel ek; reed hastings; bob iger; michael eisner; howard schultz; phil knight; ingvar kamprad; steve wozniak; wozniak; paul allen; steve ballmer; gabe newell; hideo kojima; shigeru miyamoto; satoru iwata; todd howard; palmer luckey; vitalik buterin; changpeng zhao; cz binance; do kwon; mark cuban; kevin oleary; barbara corcoran; lori greiner; daymond john; robert herjavec; gary vaynerchuk; gary vee; grant cardone; tony robbins; dave ramsey; robert kiyosaki; ina garten; dan bilzerian; martin lewis; alan sugar; lord sugar; james dyson; demis hassabis; mustafa suleyman; dario amodei; ilya sutskever; greg brockman; mira murati; andrej karpathy; geoffrey hinton; yann lecun; fei fei li; linus torvalds; tim berners lee
`;

const ONLINE = `
mrbeast; mr beast; jimmy donaldson; pewdiepie; felix kjellberg; markiplier; jacksepticeye; dream minecraft; dream youtuber; georgenotfound; sapnap; technoblade; tommyinnit; tubbo; ranboo; quackity; karl jacobs; corpse husband; valkyrae; pokimane; xqc; felix lengyel; ninja fortnite; tyler blevins; shroud streamer; summit1g; tfue; ludwig; ludwig ahgren; hasanabi; hasan piker; asmongold; kai cenat; ishowspeed; speed streamer; adin ross; sketch streamer; duke dennis; agent 00; fanum; amp fanum; jynxzi; caseoh; case oh; plaqueboymax; n3on; sneako; fousey; iddris sandu; ksi; olajide olatunji; sidemen; miniminter; w2s; behzinga; zerkaa; vikkstar; tbjzl; harry lewis; dantdm; preston playz; sssniperwolf; jeffree star; james charles; tana mongeau; david dobrik; jason nash; trisha paytas; shane dawson; jenna marbles; lilly singh; casey neistat; mkbhd; marques brownlee; linus tech tips; linus sebastian; unbox therapy; ijustine; mark rober; veritasium; derek muller; vsauce; michael stevens; kurzgesagt; tom scott; cgp grey; captain disillusion; smosh; ian hecox; anthony padilla; rhett and link; good mythical morning; dude perfect; the try guys; airrack; ryan trahan; yes theory; sidemen; nelk; nelk boys; kyle forgeard; steve will do it; bryce hall; addison rae; charli damelio; dixie damelio; noah beck; josh richards; loren gray; khaby lame; bella poarch; zach king; spencer x; brent rivera; lexi rivera; ben azelart; alan chikin chow; ian boggs; salish matter; jordan matter; the royalty family; piper rockelle; jojo siwa; lil tay; danielle bregoli; bhad bhabie; emma chamberlain; belle delphine; amouranth; corinna kopf; sommer ray; alexa rivera; hawk tuah girl; haliey welch; drew gooden; danny gonzalez; kurtis conner; cody ko; noel miller; penguinz0; charlie moist critikal; moistcr1tikal; h3h3; ethan klein; hila klein; keemstar; dr disrespect; guy beahm; nickmercs; timthetatman; myth streamer; lirik; sodapoppin; mizkif; nmplol; emiru; kkatamina; qtcinderella; fuslie; ironmouse; pekora; gawr gura; kizuna ai; mr whistler; airrack; stokes twins; alan stokes; alex stokes; the paul brothers; nikocado avocado; mukbang nikocado; keith lee; jake from state farm; andrew huberman; huberman; lex fridman; mrballen; anthony fantano; theneedledrop; jerma; jerma985; vinesauce; northernlion; hbomberguy; contrapoints; philosophytube; destiny streamer; vaush; pirate software; thor pirate software; jschlatt; schlatt; wilbur soot; philza; captainsparklez; stampy; stampylongnose; ssundee; sethbling; grian; etho; ldshadowlady; aphmau; itsfunneh; flamingo roblox; albert flamingo; kreekcraft; denisdaily; leah ashe; lankybox; kinigra deon; kreek; skeppy; badboyhalo; a6d; bbh
`;

const MORE = `
greta thunberg; malala yousafzai; malala; julian assange; edward snowden; chelsea manning; ruth bader ginsburg; rbg; sonia sotomayor; clarence thomas; brett kavanaugh; amy coney barrett; john roberts justice; anthony fauci; fauci; jane fonda; angela davis; gloria steinem; noam chomsky; slavoj zizek; yuval noah harari; neil degrasse tyson; bill nye; michio kaku; brian cox physicist; jordan b peterson; sam harris; richard dawkins; christopher hitchens; deepak chopra; eckhart tolle; sadhguru; pope leo xiv; archbishop of canterbury; billy graham; joel osteen; kanye west; trump; melania trump; ivanka trump; barron trump; eric trump; jared kushner; hunter biden; jill biden; doug emhoff; second gentleman; hillary rodham clinton; chelsea clinton; sasha obama; malia obama
stromae; angele singer; aya nakamura; jul rapper; indila; zaz singer; mylene farmer; johnny hallyday; edith piaf; serge gainsbourg; jane birkin; charles aznavour; jacques brel; christine and the queens; daft punk thomas bangalter; david guetta; mc solaar; orelsan; nekfeu; pnl rapper; gims; maitre gims; dadju; helene fischer; rammstein; till lindemann; nena singer; kraftwerk; herbert gronemeyer; tokio hotel; bill kaulitz; scorpions band; maneskin; damiano david; laura pausini; eros ramazzotti; andrea bocelli; zucchero; rosalia vila; enrique iglesias; julio iglesias; alejandro sanz; pablo alboran; aitana ocana; quevedo rapper; bizarrap; duki; tini stoessel; maria becerra; nicki nicole; emilia mernes; luis miguel; vicente fernandez; juan gabriel; thalia; paulina rubio; gloria trevi; natalia lafourcade; carlos vives; juanes; shakira mebarak; marc anthony; romeo santos; prince royce; ricky martin; gloria estefan; celia cruz; carlos santana; caetano veloso; gilberto gil; anitta brazil; ivete sangalo; xuxa; roberto carlos singer; ludmilla; pabllo vittar; marilia mendonca; alok dj; vintage culture; abba agnetha; robyn singer; zara larsson; tove lo; max martin; aurora aksnes; sigrid singer; alan walker dj; a ha; morten harket; bjork; sigur ros; of monsters and men; loreen; mans zelmerlow; conchita wurst; nemo singer; baby lasagna; kalush orchestra; jamala; verka serduchka; alla pugacheva; philipp kirkorov; zemfira; shaman singer; morgenshtern; instasamka; tatu; dima bilan; nyusha
yuzuru hanyu; hanyu; nathan chen; ilia malinin; kamila valieva; alina zagitova; evgenia medvedeva; michelle kwan; tonya harding; nancy kerrigan; kim yuna; yuna kim; shoma uno; mao asada; tessa virtue; scott moir; javier fernandez skater; kaori sakamoto; alysa liu; sonja henie; katarina witt
kei nishikori; yu darvish; hideki matsuyama; kento momota; saori yoshida; kohei uchimura; naoya inoue; tenshin nasukawa; takeru segawa; son heung; ryu hyun jin; park ji sung; kim yeon koung; faker lol; lee sang hyeok; ma long; fan zhendong; sun yang; zhang yimou; li na; lin dan; liu xiang; gu ailing; eileen gu; quan hongchan; su bingtian; virat; neeraj chopra; pv sindhu; saina nehwal; mary kom; mithali raj; smriti mandhana; sunil chhetri; viswanathan anand; gukesh; praggnanandhaa; milkha singh; pt usha
mohamed salah; hakim ziyech; yassine bounou; george weah; jay jay okocha; nwankwo kanu; victor osimhen; kalidou koulibaly; yaya toure; kolo toure; michael essien; abedi pele; roger milla; thomas partey; mohamed elneny; kipchoge; faith kipyegon; david rudisha; haile gebrselassie; kenenisa bekele; tirunesh dibaba; letesenbet gidey; wayde van niekerk; siya kolisi; cheslin kolbe; faf de klerk; bryan habana; francois pienaar; jonah lomu; richie mccaw; dan carter; beauden barrett; antoine dupont; johnny wilkinson; jonny wilkinson; martin johnson; brian odriscoll; sergio parisse; yohan blake; elaine thompson; shericka jackson; asafa powell; veronica campbell brown; julien alfred; letsile tebogo; jakob ingebrigtsen; karsten warholm; femke bol; sifan hassan; mutaz barshim; gianmarco tamberi; marcell jacobs; yulimar rojas; renaud lavillenie; kevin mayer; teddy riner; tony parker; rudy gobert; evan fournier; nikola vucevic; bogdan bogdanovic; goran dragic; pau gasol; marc gasol; ricky rubio; manu ginobili; luis scola; yao ming; shai gilgeous alexander; sga; jamal murray; andrew wiggins; steve nash; vince carter; tracy mcgrady; kevin garnett; paul pierce; ray allen; reggie miller; patrick ewing; hakeem olajuwon; david robinson; charles barkley; scottie pippen; karl malone; john stockton; isiah thomas; kyrie irving; klay thompson; draymond green; devin booker; donovan mitchell; trae young; lamelo ball; lonzo ball; lavar ball; paolo banchero; chet holmgren; tyrese haliburton; jalen brunson; de aaron fox; jimmy butler; bam adebayo; paul george; kyle lowry; demar derozan; pascal siakam; karl anthony towns; bronny james; bronny
j cole; drake bell; bieber hailey; hailey bieber; travis barker; machine gun kelly; mgk; megan fox; kid rock; eminem; the weeknd; stormzy; little simz; skepta; giggs rapper; aj tracey; headie one; digga d; unknown t; ghetts; wiley rapper; dizzee rascal; lady leshurr; ms banks; nines rapper; j hus; fredo rapper; tion wayne; russ millions; kano rapper; lethal bizzle; tinie tempah; example rapper; professor green; loyle carner; rag n bone man; george ezra; tom grennan; calum scott; olly alexander; years and years band; jessie j; rita ora; ellie goulding; jess glynne; anne marie; mabel singer; little mix band; jade thirlwall; perrie edwards; leigh anne pinnock; jesy nelson; cheryl cole; cheryl tweedy; girls aloud band; sugababes; mel b; mel c; emma bunton; posh spice; scary spice; sporty spice; baby spice; ginger spice; robbie williams; gary barlow; take that band; westlife; boyzone; ronan keating; the wanted band; olly murs; james arthur; james blunt; james bay; sam fender; yungblud; raye singer; florence and the machine; amy macdonald; kate bush; annie lennox; eurythmics; sade; seal singer; boy george; george michael; wham band; duran duran; simon le bon; spandau ballet; depeche mode; the cure band; robert smith singer; morrissey; johnny marr; the smiths band; joy division band; ian curtis; new order band; the clash band; joe strummer; sex pistols band; johnny rotten; siouxsie sioux; blondie; debbie harry; the police band; genesis band; peter gabriel; pink floyd; roger waters; david gilmour; syd barrett; led zeppelin; robert plant; jimmy page; black sabbath; deep purple band; iron maiden band; bruce dickinson; judas priest; rob halford; motorhead; def leppard; whitesnake; the who band; roger daltrey; pete townshend; the kinks band; ray davies; the beach boys band; brian wilson; the doors band; the eagles band; fleetwood mac; stevie nicks; lindsey buckingham; christine mcvie; heart band; the carpenters band; karen carpenter; simon and garfunkel; art garfunkel; crosby stills nash; neil young; joni mitchell; james taylor; carole king; cat stevens; yusuf islam; van morrison; tom petty; john mellencamp; bob seger; billy joel; barry manilow; neil diamond; lionel richie; diana ross; the supremes; smokey robinson; the temptations band; jackson 5; the jacksons; la toya jackson; paris jackson; prince michael jackson; blanket jackson; bubbles chimp
`;

/** Names the bigger lists lacked, found by dev-11 (a tuning set now). */
const MISSING = `
modi; rick astley; rickroll; rick rolled; drizzy; obamna; obunga; bojo
the king of pop; king of pop; the queen of pop; queen of pop; king of rock and roll; king of rock n roll; the queen of soul; la pulga; el pibe de oro; his airness; the black mamba; the greek freak; the iron lady; the special one
`;

/** Real people known as memes: their faces are real likenesses. */
const MEMES = `
gigachad; giga chad; ernest khalimov; hide the pain harold; harold meme; the hide the pain harold guy; andras arato; salt bae; nusret gokce; disaster girl; success kid; bad luck brian; overly attached girlfriend; scumbag steve; side eye chloe; side eyeing chloe; roll safe; kayode ewumi; blinking white guy; drew scanlon; distracted boyfriend meme; ermahgerd girl; numa numa guy; star wars kid; chocolate rain guy; tay zonday; leave britney alone guy; chris crocker; charlie bit my finger; david after dentist; bed intruder guy; antoine dodson; crying jordan; crying michael jordan; hawk tuah girl; haliey welch; kombucha girl; brittany tomlinson; woman yelling at a cat meme
`;

/** Every public figure line, in one list. */
export const PUBLIC_FIGURES: readonly string[] = [
  ...new Set(
    [
      POLITICS,
      HISTORY,
      MUSIC,
      SCREEN,
      SPORT,
      BUSINESS,
      ONLINE,
      MORE,
      MEMES,
      MISSING,
      ...WORLD_FIGURES,
      ...HISTORY_FIGURES,
      ...ENTERTAINMENT_FIGURES,
      ...SPORT_FIGURES,
    ]
      .flatMap((block) => block.split('\n'))
      .flatMap((line) => line.split(';'))
      .map((name) => name.trim())
      .filter((name) => name.length > 0),
  ),
];

/**
 * Public figures named by role rather than name: still one real person ("the current king of england", "the
 * us president"). Patterns (see matcher.ts).
 */
const NATION =
  'us|usa|america|american|russia|russian|china|chinese|france|french|britain|british|england|english|uk|germany|german|india|indian|brazil|brazilian|mexico|mexican|canada|canadian|ukraine|ukrainian|israel|israeli|iran|iranian|turkey|turkish|italy|italian|japan|japanese|korea|korean|spain|spanish|poland|polish|hungary|hungarian|argentina|argentine|australia|australian|netherlands|dutch|sweden|swedish|norway|belgium|egypt|nigeria|pakistan|venezuela|cuba|syria|saudi|vatican';
const ROLE =
  'king|queen|president|pope|monarch|chancellor|emperor|empress|ceo|dictator|premier|pm|tsar|czar|ayatollah|sultan|shah|leader|ruler|founder|owner';
const COMPANY =
  'tesla|spacex|amazon|meta|facebook|microsoft|apple|google|twitter|x|openai|nvidia|netflix|disney';

/**
 * Every country by one-word name or demonym, for the head-of-state roles below (continents, peoples and
 * empires of the past are left out: "a persian king", "a roman emperor" and "an aztec ruler" are generic).
 */
/** Countries by one-word name ("the president of chile", "the chile president"). */
const COUNTRY_NAMES = [
  'afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas',
  'bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil',
  'brunei bulgaria burundi cambodia cameroon canada chad chile china colombia comoros congo croatia',
  'cuba cyprus czechia denmark djibouti dominica ecuador egypt england eritrea estonia eswatini',
  'ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea',
  'guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan',
  'jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya',
  'liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania',
  'mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma',
  'namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama',
  'paraguay peru philippines poland portugal qatar romania russia rwanda samoa saudi scotland senegal',
  'serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria',
  'taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine',
  'uruguay uzbekistan vanuatu vatican venezuela vietnam wales yemen zambia zimbabwe us usa america',
  'britain uk',
].flatMap((line) => line.split(' '));

/** Demonyms ("the chilean president"); continents, peoples and empires of the past are left out. */
const DEMONYMS = [
  'afghan albanian algerian angolan argentine argentinian armenian australian austrian azerbaijani',
  'bahraini bangladeshi belarusian belgian bhutanese bolivian bosnian brazilian bulgarian cambodian',
  'cameroonian canadian chadian chilean chinese colombian congolese croatian cuban cypriot czech danish',
  'ecuadorian egyptian english eritrean estonian ethiopian fijian finnish french georgian german',
  'ghanaian greek guatemalan haitian honduran hungarian icelandic indian indonesian iranian iraqi irish',
  'israeli italian jamaican japanese jordanian kazakh kenyan kuwaiti kyrgyz lao latvian lebanese',
  'liberian libyan lithuanian malaysian malian maltese mexican moldovan mongolian montenegrin moroccan',
  'burmese namibian nepali nepalese dutch nicaraguan nigerian norwegian omani pakistani palestinian',
  'panamanian paraguayan peruvian filipino polish portuguese qatari romanian russian rwandan samoan',
  'scottish senegalese serbian singaporean slovak slovenian somali spanish sudanese swedish swiss',
  'syrian taiwanese tajik tanzanian thai tongan tunisian turkish turkmen ugandan ukrainian uruguayan',
  'uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean american british emirati kiwi',
].flatMap((line) => line.split(' '));

/** Countries of more than one word (an alternative in a pattern is one word, so each gets its own phrase). */
const COUNTRY_PHRASES = [
  'new zealand',
  'south africa',
  'south african',
  'saudi arabia',
  'saudi arabian',
  'north korea',
  'north korean',
  'south korea',
  'south korean',
  'costa rica',
  'costa rican',
  'sri lanka',
  'sri lankan',
  'el salvador',
  'salvadoran',
  'united arab emirates',
  'czech republic',
  'dominican republic',
  'ivory coast',
  'cote d ivoire',
  'sierra leone',
  'burkina faso',
  'papua new guinea',
  'east timor',
  'timor leste',
  'north macedonia',
  'trinidad and tobago',
  'puerto rico',
  'hong kong',
  'san marino',
  'cape verde',
  'south sudan',
  'central african republic',
  'equatorial guinea',
  'guinea bissau',
  'solomon islands',
  'marshall islands',
  'saint lucia',
  'antigua and barbuda',
  'bosnia and herzegovina',
  'great britain',
  'northern ireland',
  'new zealander',
];

/** Head-of-state and government roles, one word each. */
const HEAD = 'president|king|queen|monarch|chancellor|emperor|dictator|premier|pm|sultan|emir|leader|ruler';

/** Before a nation ("the new zealand prime minister", "the chilean president"). */
function nationRoles(nation: string): string {
  return [
    `the|current ${nation} ${HEAD}; the ${nation} prime|foreign|finance|defence|defense minister`,
    `the ${nation} foreign|defence|home secretary; the ${nation} crown prince|princess; the ${nation} first lady`,
  ].join('; ');
}

/** After a country's name ("the president of chile", "the crown prince of saudi arabia"). */
function countryRoles(country: string): string {
  return `the|current ${HEAD} of ${country}; the prime|foreign|finance|defence|defense minister of ${country}; the crown prince|princess of ${country}`;
}

/** Names and demonyms in chunks, so that no pattern expands past the matcher's limit. */
const chunks = (words: string[], size: number): string[] =>
  Array.from({ length: Math.ceil(words.length / size) }, (_, i) =>
    words.slice(i * size, i * size + size).join('|'),
  );

/** US states: "the vermont senator", "the governor of texas". */
const US_STATES =
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|ohio|oklahoma|oregon|pennsylvania|tennessee|texas|utah|vermont|virginia|washington|wisconsin|wyoming';
const US_STATE_PHRASES = [
  'new york',
  'new jersey',
  'new mexico',
  'new hampshire',
  'north carolina',
  'south carolina',
  'north dakota',
  'south dakota',
  'west virginia',
  'rhode island',
];
const US_STATE_ROLE = 'governor|senator|congressman|congresswoman|congressperson';

function stateRoles(state: string): string {
  return [
    `the|current|old|that|our ${state} ${US_STATE_ROLE}; the|current ${state} lieutenant governor|attorney general`,
    `the|current governor of ${state}; the|current lieutenant governor of ${state}; the|current|junior|senior senator|congressman|congresswoman from|of ${state}`,
  ].join('; ');
}

/** Big cities, whose mayor is one person ("the mayor of london", "the nyc mayor"). */
const CITIES =
  'london|paris|tokyo|berlin|rome|madrid|moscow|beijing|shanghai|chicago|boston|seattle|houston|toronto|sydney|melbourne|istanbul|ankara|seoul|delhi|mumbai|jakarta|manila|bangkok|cairo|lagos|nairobi|johannesburg|dublin|amsterdam|vienna|warsaw|kyiv|kiev|athens|lisbon|barcelona|milan|munich|hamburg|montreal|vancouver|atlanta|miami|denver|philadelphia|baltimore|detroit|dallas|austin|portland|minneapolis|nyc|jerusalem|taipei|osaka|manchester|birmingham|glasgow|edinburgh|kabul|tehran|baghdad|karachi|lahore|dhaka|kolkata|chennai|bangalore|bengaluru|hyderabad';
const CITY_PHRASES = [
  'new york',
  'new york city',
  'los angeles',
  'san francisco',
  'mexico city',
  'rio de janeiro',
  'sao paulo',
  'buenos aires',
  'tel aviv',
  'washington dc',
  'kuala lumpur',
  'new delhi',
  'cape town',
  'san diego',
  'las vegas',
  'new orleans',
  'greater manchester',
];

/**
 * Companies whose founder, owner or chief is one well-known person. Platform names are left out of "owns",
 * "runs" and "made" below: "the guy who runs youtube ads", "the man who made tiktok videos" are nobody.
 */
const FOUNDED =
  'tesla|spacex|amazon|facebook|microsoft|google|alphabet|twitter|openai|anthropic|deepmind|xai|neuralink|nvidia|netflix|disney|alibaba|tencent|baidu|bytedance|huawei|xiaomi|samsung|hyundai|sony|nintendo|toyota|walmart|ikea|zara|inditex|lvmh|gucci|chanel|nike|adidas|starbucks|mcdonalds|kfc|uber|airbnb|spotify|tiktok|snapchat|instagram|whatsapp|youtube|paypal|dell|intel|amd|ibm|ebay|linkedin|reddit|twitch|wikipedia|mojang|minecraft|roblox|fortnite|zoom|salesforce|palantir|coinbase|binance|ftx|theranos|wework|berkshire|dyson|lego|reliance|infosys|wipro|tata|adani|mahindra|flipkart|paytm|zomato|dangote|microstrategy|shein|temu|pinduoduo|lenovo|foxconn|tsmc';
const PLATFORMS = new Set(
  'amazon|facebook|google|twitter|instagram|whatsapp|youtube|tiktok|snapchat|twitch|reddit|linkedin|wikipedia|minecraft|roblox|fortnite|zoom|ebay|spotify|netflix|paypal|uber|airbnb'.split(
    '|',
  ),
);
const OWNED = FOUNDED.split('|')
  .filter((company) => !PLATFORMS.has(company))
  .join('|');
const FOUNDED_POSSESSIVE = FOUNDED.split('|')
  .map((company) => `${company}s`)
  .join('|');
const SOMEONE = 'guy|man|woman|dude|person|lady|billionaire';
/** Ordinal numbers as members type them: "first" to "tenth", and "1st" to "60th". */
const ORDINALS = [
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth',
  ...Array.from({ length: 60 }, (_, i) => {
    const n = i + 1;
    const suffix =
      n % 100 >= 11 && n % 100 <= 13
        ? 'th'
        : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
    return `${n}${suffix}`;
  }),
].join('|');

/**
 * Public figures named by role rather than name: still one real person ("the current king of england", "the
 * us president", "the ceo of tesla"). Patterns (see matcher.ts).
 */
export const ROLE_PATTERNS: readonly string[] = [
  `the current|sitting|present|reigning|incumbent ${ROLE}; the current|sitting prime minister`,
  `the|current|our ${NATION} ${ROLE}; the|current|our ${NATION} prime minister; the|current ${NATION} first lady`,
  `the|current ${ROLE} of the? ${NATION}|${COMPANY}; the|current prime minister of the? ${NATION}`,
  'the|current president|king|queen|leader|ruler of the united states|kingdom|states; the supreme leader; the president of the united states',
  'the|current|supreme leader of north korea; the|current|supreme leader of iran; the north korean leader|dictator; the leader of north korea',
  'potus|flotus|scotus; the pope; the holy father; the dalai lama; the royal family; the british royal family; the royals; the first lady; the vice president; the speaker of the house',
  'richest man|person|woman in the world; world s|worlds richest man|person|woman',
  // A former leader is still one real person: "the blonde ex british pm", "the former us president".
  `the|an|a *2 ex|former ${NATION} ${ROLE}|pm|president|chancellor; the|an|a *2 ex|former ${NATION} prime minister`,
  // Famous descriptions of one person: "the swedish climate activist girl with braids".
  'the? swedish climate activist|girl|kid|teen|activists; swedish teen|teenage|girl climate activist',
  // Firsts of history are one person: "the first man on the moon", "the first woman in space".
  'the first man|person|human|woman|astronaut on|to the moon; the first man|person|human|woman|astronaut to walk|land|step on the moon; the first man|person|human|woman|astronaut in space',
  // A famous office, held once: "the austrian bodybuilder who became governor of california".
  'who became|becomes|was|turned the? governor of california|texas|florida|minnesota|alaska; bodybuilder who became|turned governor|politician',
  // A founder or chief by company, with a word between: "the bald amazon founder".
  `the|that *1 ${FOUNDED} founder|cofounder|ceo|billionaire`,
  // Firsts and bests that name one person: "the first black president", "the goat of basketball", "#23 of the bulls".
  'the first black|female|woman|catholic|gay|hispanic|latino|jewish president|pm|chancellor|pope; the first black|female|woman|catholic|gay|hispanic|latino|jewish prime minister',
  'the 🐐|goat of basketball|football|soccer|tennis|golf|boxing|hockey|baseball|cricket|f1|chess; 23 🐂|bulls|bull; number 23 *3 🐂|bulls|bull',
  `the goat|🐐 of|from ${NATION}`,
  'the late queen|king|pope|president|princess; the late prime minister; wrestler turned actor; wrestler turned movie star',
  // A star named by her tour: "the singer from the eras tour".
  'the eras tour; eras tour singer|star|concert',
  // A head of state by number: "the 16th us president", "the 45th president of the united states".
  `the ${ORDINALS} us|american|french|russian|mexican|brazilian|indian? president|pope|chancellor|premier; the ${ORDINALS} us|american|french|indian|canadian|british? prime minister`,
  `the ${ORDINALS} president of the united states; the ${ORDINALS} president|pm of the? us|usa|america|france|india|canada|uk|britain`,
  // Every country's head of state, government, ministers and royals, one or more words long.
  ...chunks([...COUNTRY_NAMES, ...DEMONYMS], 200).map(nationRoles),
  ...COUNTRY_PHRASES.map(nationRoles),
  ...chunks(COUNTRY_NAMES, 200).map(countryRoles),
  ...COUNTRY_PHRASES.map(countryRoles),
  `the|current ${HEAD} of the netherlands|philippines|bahamas|vatican|congo|gambia|maldives|emirates|gulf; the prime minister of the netherlands|bahamas`,
  // US governors, senators and members of congress by state.
  stateRoles(US_STATES),
  ...US_STATE_PHRASES.map(stateRoles),
  // Mayors of big cities.
  `the|current mayor of ${CITIES}; the|current|our ${CITIES} mayor`,
  ...CITY_PHRASES.map((city) => `the|current mayor of ${city}; the|current|our ${city} mayor`),
  'the|current governor of tokyo; the|current tokyo governor; the|current first minister of scotland|wales; the|current scottish|welsh first minister',
  // Heads of international bodies, central banks and churches.
  'the|current secretary general of the? un|nato|opec|commonwealth; the|current secretary general of the united nations',
  'the|current un|nato secretary general; the|current un|nato chief|boss|head',
  'the|current head|chief|boss|president of the imf|wto|who|ecb|fed|ioc|fifa|uefa|opec|bundesbank',
  'the|current director general of the imf|wto|who; the|current managing director of the imf',
  'the|current president|head of the european commission|council|parliament; the|current president|head of the world bank',
  'the|current president|head of the european central bank; the|current president|head of the african union',
  'the|current head of the catholic|anglican church; the|current archbishop of canterbury',
  'the|current imf|wto|ecb|fifa|uefa|ioc|opec chief|boss|head|president',
  'the|current fed chair|chairman|chairwoman|boss; the|current federal reserve chair|chairman|chairwoman',
  'the|current chair|chairman|chairwoman of the fed; the|current chair|chairman|chairwoman of the federal reserve',
  // Founders, owners and chiefs of companies, described.
  `the ${SOMEONE} who founded|created|invented|cofounded|started|bought|launched ${FOUNDED}`,
  `the ${SOMEONE} that founded|created|invented|cofounded|started|bought ${FOUNDED}`,
  `the ${SOMEONE} who co founded ${FOUNDED}; the ${SOMEONE} who owns|runs|leads|heads|made|built ${OWNED}`,
  `the ${SOMEONE} behind ${FOUNDED}`,
  `the|current founder|cofounder|creator|owner|ceo|boss|chairman|chairwoman|head|inventor|chief of ${FOUNDED}`,
  `the|current co founder|chief executive of ${FOUNDED}; the|current ${FOUNDED} founder|cofounder|ceo|boss|chairman|chief`,
  `${FOUNDED} s founder|cofounder|ceo|boss|chairman|chief; ${FOUNDED_POSSESSIVE} founder|cofounder|ceo|boss|chairman`,
];

/**
 * Public figures whose name is also an ordinary phrase ("an ice cube melting", "the doors open", "deep purple
 * sky", "a man hawking newspapers"): likeness only when one of their own context words is in the text ("ice cube
 * rapping on stage", "the doors in concert"). Name → its context words.
 */
export const AMBIGUOUS_FIGURES: Readonly<Record<string, string>> = {
  'king james': 'dunk|dunking|dunks|basketball|lakers|cavs|cavaliers|heat|nba|court|hoop|hoops|lebron|jersey',
  nirvana: 'band|kurt|cobain|grunge|concert|album|song|smells|spirit|guitar|unplugged|seattle',
  'orange man': 'air|force|maga|white|house|president|tweet|tweeting|rally|wall|🍊|bad|golf|tan',
  faker: 'league|lol|t1|skt|worlds|esports|pro|gamer|legends|midlaner|korean',
  pitbull: 'rapper|rapping|raps|singer|singing|concert|stage|worldwide|miami|song|album|dale|bald|sunglasses',
  'red hot chili peppers': 'band|concert|album|song|flea|kiedis|frusciante|stage|californication|rock',
  mj: 'moonwalk|moonwalking|moonwalks|glove|thriller|billie|jean|neverland|popstar|bulls|dunk|dunking|dunks|basketball|jordan|jackson|sneakers',
  'the rock':
    'eyebrow|eyebrows|wrestler|wrestling|dwayne|johnson|wwe|smackdown|jumanji|maui|tequila|bald|muscles|muscular|actor|gym|cooking|lifting|lifts|flexing|flexes|biceps',
  bibi: 'netanyahu|israel|israeli|knesset|un|likud|speech|minister|gaza|election',
  drake:
    'rapper|rapping|raps|rap|toronto|ovo|hotline|bling|album|concert|stage|kendrick|twin|lookalike|6ix|singer|drizzy|looks|resembles',
  'ice cube': 'rapper|rapping|raps|rap|nwa|concert|stage|mic|microphone|album|hiphop|westside|actor|compton',
  'young thug': 'rapper|rapping|raps|rap|album|concert|stage|ysl|atlanta|mic|microphone',
  'pop smoke': 'rapper|rapping|raps|rap|album|drill|brooklyn|concert|stage|mic',
  'the undertaker': 'wrestler|wrestling|wwe|ring|tombstone|kane|wrestlemania|chokeslam|deadman',
  hawking: 'stephen|physicist|wheelchair|cambridge|universe|scientist|cosmos|cosmologist|blackhole|professor',
  wham: 'band|george|michael|christmas|careless|whisper|concert|album|song|duo',
  'the doors': 'band|jim|morrison|concert|album|song|lizard|psychedelic',
  'the eagles': 'band|concert|album|song|hotel|california|henley|frey',
  'the who': 'band|concert|album|song|daltrey|townshend|tommy|guitar|rock',
  'the cure': 'band|concert|album|song|robert|goth|lipstick',
  'the clash': 'band|concert|album|song|punk|strummer|calling',
  'the killers': 'band|concert|album|song|brandon|flowers|brightside',
  'the carpenters': 'band|karen|richard|song|album|concert|singing|duo',
  'the temptations': 'band|motown|singing|song|album|concert',
  'deep purple': 'band|concert|album|song|rock|guitar|blackmore|gillan',
  'iron maiden': 'band|concert|album|song|eddie|metal|mascot|guitar|dickinson',
  'one direction': 'band|concert|album|song|boyband|harry|styles|zayn|niall|liam|fans|singing|stage',
  'take that': 'band|concert|album|song|boyband|barlow|robbie|singing|stage',
  'little mix': 'band|concert|album|song|girlband|singing|perrie|jade|stage',
  'stray kids': 'band|kpop|concert|album|song|idol|idols|jyp|stage|comeback|fans|dance|dancing',
  'green day': 'band|concert|album|song|punk|billie|armstrong|idiot|guitar',
  'pearl jam': 'band|concert|album|song|vedder|grunge|guitar',
};

/** Ordinary phrases that contain a public figure's name: a trump card, a napoleon pastry, Ho Chi Minh City. */
export const NAME_SAFE: readonly string[] = [
  // A bunny that is bad, not the singer.
  'a|this|that|one|the bad bunny|bunnies *1 stealing|steals|stole|eating|eats|hopping|hops|chewing|biting|escaping|escapes|runs|running',
  'trump card|cards|suit|suits|trick|tricks|hand|hands; trumped up; no trump|trumps; trumps all|everything',
  'napoleon pastry|pastries|cake|cakes|slice|slices|dessert|complex|dynamite|hat|brandy|fish',
  'madonna and child; madonna painting|statue|icon|lily; the madonna; black madonna',
  'nehru jacket|collar|jackets; ho chi minh city|trail; jfk airport|international; reagan airport|national; marco polo game|pool|sheep|bridge; pythagoras theorem|cup',
  'einstein bros bagels; baby einstein; little einstein|einsteins; einstein ring|cross; bohr model; newton s cradle|laws|law|fig; fig newton|newtons; darwin award|awards; freudian slip',
  'caesar salad|dressing|cut|haircut; tesla coil|coils|tower; wellington boots; beef wellington; shirley temple cocktail|cocktails|drink|drinks|mocktail|mocktails|soda; a shirley temple with|on|in; shirley temple *4 cherry|cherries|grenadine|glass|straw; bloody mary; tom collins; john collins; arnold palmer drink|drinks|lemonade|mocktail|mocktails|cocktail; arnold palmer iced tea; an|a arnold palmer on|in|with|by|sweating; ronaldo s chest',
  'ashoka pillar|pillars|chakra|emblem|tree|trees; montezuma s revenge; montezumas revenge; sacagawea dollar|dollars|coin|coins; archimedes screw|screws|principle',
  'guy fawkes mask|masks|night|day; lou gehrig s|gehrigs disease; queen anne style|chair|chairs|furniture|house|houses|architecture|legs|table|tables; betsy ross flag|flags',
  'davy crockett hat|hats|cap|caps; van dyck beard|beards|brown; king solomon s mines; hadrian s wall; hadrians wall; trajan s column; baths of caracalla',
  'total|real|regular|proper|budding|little einstein|einsteins',
  'galileo thermometer|thermometers|spacecraft|probe|satellite|satellites|navigation',
  'rasputin song|dance; mozart ball|balls|kugeln; van gogh museum; da vinci code|bridge; picasso triggerfish; monet s garden at giverny',
  'lincoln log|logs|tunnel|memorial|center|park|city|square; washington state|monument|dc|square|post|heights; jefferson memorial|airplane|starship; hamilton musical|island; franklin stove|templeton; nelson s column; victoria station|falls|sponge; albert hall|bridge|dock|memorial; elizabeth line|tower',
];
