/**
 * Data for finding a full personal name ("kaja kallas", "ngozi okonjo iweala", "my neighbour tomasz wozniak")
 * in a normalised, lowercase prompt: a given name followed by a surname, whoever the person is (see
 * person-name.ts).
 *
 * Conventions for every list here:
 * - Lowercase ASCII, accents folded ("tomás" → "tomas", "müller" → "muller", "ø" → "o", "ł" → "l", "ß" →
 *   "ss").
 * - The word lists are template literals of whitespace-separated words (split them on /\s+/); FULL_NAME_SAFE
 *   and SURNAME_SHAPES are arrays.
 * - The normaliser splits tokens on hyphens and apostrophes, so "o'brien" arrives as "o brien" and
 *   "okonjo-iweala" as "okonjo iweala". Hyphenated names are listed as their separate parts ("okonjo",
 *   "iweala"); apostrophe names are listed only in their joined form ("obrien", "oconnor", "dangelo"), which
 *   is how members often type them. A finder that wants "o brien" must join a one-letter "o"/"d" with the
 *   next token itself.
 * - Particles are not surnames and are left out: "van", "von", "de", "der", "den", "del", "della", "da",
 *   "di", "du", "la", "le", "al", "el", "bin", "ibn", "ben". Arabic "al-X" arrives as "al x": X is listed.
 *
 * Sources. GIVEN_NAMES and SURNAMES were written by hand for the cultures named in each doc comment, then
 * widened with the person-name data of @faker-js/faker 10.6.0 (its Latin-script locales, and Russian,
 * Ukrainian, Macedonian and Greek transliterated), keeping faker's given names only where they occur in three
 * or more of its locales or come from the smaller Baltic, Nordic, Slavic, Greek, Hungarian and West/South
 * African locales, and dropping faker entries that are English words unless they are well-known names. That
 * data is MIT-licensed: "Faker - Copyright (c) 2022-2025 [faker-js contributors]; faker.js - Copyright (c)
 * 2011-2020 Marak Squires. Permission is hereby granted, free of charge, to any person obtaining a copy of
 * this software and associated documentation files (the "Software"), to deal in the Software without
 * restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute,
 * sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to
 * do so, subject to the following conditions: The above copyright notice and this permission notice shall be
 * included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT
 * WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE
 * LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE,
 * ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE."
 *
 * GIVEN_NAME_WORDS is computed, not written: the lowercase entries of /usr/share/dict/words (Debian's
 * `wamerican`, `apt-get install -y wamerican`) in GIVEN_NAMES, two-letter ones ("ed", "mo") included, which the
 * shipped dictionary (`english-words.txt`, three letters or more) cannot answer. After editing GIVEN_NAMES,
 * rerun `python3 scripts/moderation/person_names.py --write` (`--check` fails when the file is out of date).
 * Which surnames are English words, and which shaped words are, the finder asks the shipped dictionary.
 */

/**
 * Given names, including common nicknames (dave, mike, liz, sasha), from English/American,
 * Irish/Scottish/Welsh, Spanish, Portuguese and Latin American, French, Italian, German, Dutch, Nordic,
 * Finnish, Baltic (Estonian kaja, kersti, toomas; Latvian; Lithuanian), Polish, Czech, Slovak, Russian,
 * Ukrainian, Serbian/Croatian, Hungarian, Romanian, Greek, Turkish, Arabic, Persian, Hebrew, Indian (Hindi,
 * Tamil, Telugu, Bengali, Punjabi, Marathi…), Pakistani, Bangladeshi, African (Yoruba, Igbo, Hausa, Akan,
 * Swahili/Kenyan, Zulu/Xhosa/Sotho, Amharic, Somali, Wolof/Mandinka), Japanese, Korean, Chinese, Vietnamese,
 * Thai, Filipino, Indonesian/Malay, Maori/Pacific, Caribbean/African-American, Armenian, Georgian and Central
 * Asian use. Korean and Chinese given names are usually two syllables: they are listed joined as one token
 * ("minjun", "jiwoo", "xiaoming"), as romanised names are most often typed; the spaced form ("min jun")
 * arrives as two tokens that are common syllables, not listed one by one here. Some entries are also English
 * words (will, mark, rose): see GIVEN_NAME_WORDS. Two-letter names are kept only where they are common on
 * their own (jo, ed, bo, ty, di, vi, li, yu, mo); "al" is left out because it is the Arabic article in "al
 * x".
 */
export const GIVEN_NAMES = `
conan
aadhavan aaliyah aanuoluwapo aanya aarav aare aaron aarti aba abayomi abbas abbey abbie abby abdallah abdel
abdelaziz abdi abdiaziz abdirahman abdou abdoul abdoulaye abdul abdulaziz abdullah abdullahi abdulrahman abe
abebe abebi abeiku abel abena abeni abhijit abhishek abibatou abigail abigel abimbola abiodun abiola abiona
abisola abisoye abiy abosede abou aboubacar abraham abu abubakar aby achieng ada adaeze adam adama adams adan
adaugo addie addison ade adebankole adebayo adebiyi adebola adebowale adeboye adebukola adedaramola adedayo
adedeji adedoyin adeel adegoke adekitan adekola adekunle adel adela adelaida adelayida adele adeleke adelina
adenike adeniyi adeola adeolu adeoti adepeju aderopo adesewa adeshina adesoji adesua adetayo adetoke adetoun
adewale adeyi adi adigun adina aditi aditya adjoa adnan adolf adolfo adolfs adonis adrian adriana adriano
adrien adriyan adunni advait adwoa afa afanasii afanasiy afanasiya afia afinogen afolabi afolarin afonso
afsaneh afua afzal agafon agafya agap agata agathe aggey agne agnes agneta agnieszka agung agus agustin
agustina ahafiya ahapiya aharon ahata ahmad ahmed ahmet ahnesa ahniya ahrypyna ahsan aicha aida aidan aiden
aidos aigerim aija aikaterini aila aileen aime aimee ainars aino ainsley aisha aishah aishwarya aissa aissata
aissatou aiste aivar aivars aizhan ajala ajani ajay ajinkya ajoke akande akane akanmu akanni akash ake akeem
akiko akim akinkunmi akinlabi akinwale akinyi akira akofa akorfa akos akosua akram aksel akshay akua akulina
akumaa akunna akvelina akwasi akwesi alaba alade alain alamu alan alana alassane alba albane albert alberta
alberte albertine alberto albin albina alda alea alec aleem alejandra alejandro aleksandar aleksander
aleksandr aleksandra aleksei aleksey aleksi alemayehu alena alessandra alessandro alessia alessio alevtina
alevtyn alevtyna alex alexa alexander alexandra alexandre alexandrea alexandros alexandru alexei alexey alexis
aleyna alfie alfio alfonso alfred alfreda alfredo alfreds algirdas algirds algis ali alia alice alicia alida
alima alina aliou alioune alisa alisha alisher alison alistair aliya aliyah aliyu aliz alla allen allie alma
almaz alois aloizs alok alonso alva alvaro alvina alvine aly alyona alyson alyssa alzbeta ama amadou amady
amahle amaka amal amalia amalie amalija amanda amandeep amandine amani amanuel amar amara amarjit amath amber
amdy amedeo amelia amelie ameth ami amie amina aminat aminata aminu amir amira amit amita amitabh amitava
amjad amoke amol amope amos amparo amr amrita amvrosiy amy ana anabela anahera anahit anais analyn anand
ananiy ananya anas anastas anastasia anastasii anastasios anastasiya anat anatol anatolie anatolii anatoliy
anatoliya anatoly anbu andela anders anderson andi andile andras andre andrea andreas andrei andrej andres
andrew andrey andrii andris andriy andron andronik andrzej andy andzejs andzs anele aneta anette anezka anfisa
angel angela angeles angelica angeliki angelina angelique angelo angelos angie anh anhelina anica anik aniket
anikey anikita aniko anil anindita anirban anisim anisur anita anja anjali anjaneyulu anjolaoluwa anka anke
ankit ankur ann anna annabel annabelle anne annegret anneli annette annie annika annikki anong anouk anqi
anrijs ans anslavs antek antero anthony antin antip antoine antoinette anton antonella antonia antonii antonin
antonina antonio antonis antoniya antony antonyda antti anucha anupam anupama anushka anwar aoi apinya apisai
apollinariy apollinariya apollon apolloniya apostolos april aqsa ara araceli aram arame arash archibald archie
arda ardalan arefiy ari aria ariadna arian ariana ariane arianna arief ariel arielle aries arif arifur arija
arijs arike ariki arina arindam arinola aris aristarkh aristeidis aristide arivu arjan arjen arjun arkadii
arkadijs arkadiy arkadiya arkady arkhip arkhyp arman armand armando armen armin armins arnab arnas arnaud arne
arnel arno arnold aroha aron arona arsen arsenii arseniy arshad artak artem artemiy artemiya arthit arthur
artur arturo arturs artyom arumugam arun aruna arunas arunthavanathan arup aruzhan arvid arvids arvind arvo
arya aryan asa asad asaf asake asfaw asha ashish ashkan ashley ashok ashot ashraful ashton ashwini asia asif
asim asiya askar askold aslam asma asta astou astrid astrida asuka asya atanu athanasia athanasios atharv
atieno atinuke atsushi atta attila aubrey audra audrey audrius augustin augustina auma aurel aurelia aurelian
aurelie aurelien aurelija aurelio aurora austeja austin autumn ava avdey averkiy avery averyan avgust avhustyn
avi avigail avijit avital avksentiy avner avraham avrelii avreliya avrora avtonom awa awero awesi awino axel
ayaan ayaka ayako ayan ayana ayanda ayaz ayden ayebatari ayelet ayesha ayinde ayinke ayize ayla aylin ayman
ayo ayodeji ayodele ayoka ayomide ayomikun ayotude ayse aysegul aysel ayu ayumi azadeh azaliya azarii azariy
azhar aziz azlan azra azubuike azusa baaba baba babacar babajide babak babar babasola babatunji babawale
baekhyun bafana bahar bahram baiba bailey bakary bakhtiyor bakhyt balaji balarabe balazs balbir balint baljit
balwinder bambam bambang bambi bangchan bangizwe banji bankole banna banuta bao baptiste baraka baran barasa
barbala barbara barbora barbro baris barnabas barnaby barney barry bart bartek bartosz barty baruch bas bashar
bashir basia bassam bastien bayu beata beate beatrice beatriz beau becca becky behnaz behrouz bekele bela
belinda bella belle bello bembol ben bence bende bendeguz benedek benedetta benett bengt benito benjamin benji
bennie benny benoit bente beomgyu bep beppe berhane berit berk berkay bernadette bernard bernardo bernd
bernice bernie bert berta bertalan bertie bertram bertrand beryl bess bessie beth bethany betina betsy betty
bev beverly bhargav bhavna bhekimuzi bhekizizwe bhekumbuso bianca bianka bibiana biborka bijan bilal bill
billy bilomyr biloslav biloslava bilyana bindi bineta bingbong binh binta bintou birane birgit birgitta
birgitte birute bisi biswajit bjarne bjorn blahovista blake blanca blanche blanka blazej bo boaz bob bobbie
bobby bogdan bogdana boglarka bohdan bohdana bohumil bohuslav bohuslava boitumelo bojan bojana bolaji bolat
bolatito boldizsar boleslav boleslava boleslavs boluwatife bongani bongbong bonginkosi bonnie boonsong borbala
bori boris borislav borka boroka borymyr borymysl borys boryslav boryslava botond bouba boubacar boubou boyan
bozena bozidar brad bradley brady brajen bram brandon brandy branimir branislav branka branko bratomyl
bratoslav bratymyr bratyslav brenda brendan brenna brent brett brian brianna bridget brigita brigitte britney
britt brittany brody bronislav bronislava bronislavs bronwyn brook brooke bruce bruna bruno bryachyslav bryan
bryce brynn bryony buchi bud buddy budi budimir budymyr buhle buitur bukola bulent bunmi burak burcu burevist
busayo buse bushra busisiwe cagla caitlin caleb callie callum calvin camelia cameron camila camilla camille
candela candice cansu capucine carina carl carla carlo carlos carlota carlotta carly carmela carmen carol
carole carolina caroline carrie carter casey cass cassandra cassie catalin catalina caterina catherine cathy
cawo cecil cecile cecilia cecilie cedric celeste celia celina celine cem cemal cengiz cesar cesare cezar chad
chaewon chaeyoung chai chaim chaiwat chala chalerm chana chandler changbin chanida chantal chanyeol
charalampos charity charlene charles charlie charlotte charmaine chase chatchai chatri chau chaz chebet cheikh
cheikhou chekhouna chelsea chen chenguang chenle cherechi cherif cheruiyot cheryl cheslav chester chiaki
chiamaka chiara chidi chidinma chie chiemeka chihiro chika chimamanda chinedu chinonso chinwe chinyere chioma
chiranjeevi chisom chitra chizoba chloe chornota chris chrissie chrissy christelle christer christian
christiane christin christina christine christoffer christophe christopher christos chrysoula chuck chukwu
chukwudi chukwuemeka cindy ciro cissy claes claire clancy clara clare claude claudia claudine claudio claus
clay clayton clemens clement clemente clementine cleo clifford clint clive clyde codrin cody colette colin
colins colleen collin conceicao concepcion connie connor conor conrad constance constantin consuelo cooper
cora corentin corey corina cornelia cory coumba courtney craig cressida cristian cristina cristobal crystal
csaba csanad csenge csongor cuong curt curtis cynthia cyril daan dace daesung dafna dag dagmar dagmara dags
dahlia dahyun daiki daina dainius dainuvite daisuke daisy dakota dale dalemyr daleslava dalia dalila daljit
dallas damian damien damife damilare damilola damla damola dan dana dane danica daniel daniela danielle danila
danilo danish daniyar danjuma danka danny dante danute danylo dao daouda daphne dapo darasimi darcie darcy
daria darian darii darina darinka dario darius dariush dariusz darko darla darnell daromyr darren darryl
darshan darta darya daryl daryna daryslava dasha dashawn dave davi david davide davids davis davyd dawit dawn
dawson dayo dean deandre deanna deb debashish debbie debjani debora deborah debra declan dedi dee deepa deepak
deepika deeqa defne dejan delfina delia della delphine demba dementiy demetrius demid demilade demyan denis
denisa denise denisz deniz dennis denys derek derrick derya deshawn desmond despina despoina desta destiny dev
devi devin dewi dexter dhruv diah dian diana diane diarra dick didier diego diep dierdre dieter dieynaba
digong dilara dilnoza dima dimas dimitra dimitri dimitrios dimitris dina dinara dinesh dino diogo dion
dionysios dior dipankar dirk ditte divina divna divya dixie diya diyana djibril dmitri dmitriy dmitry dmytro
dobromyla dobromyr dobromyra dobromysl dobromysla dobroslav dobroslava dobrynka dokyeom doleslava dolly
dolores dolyana dom domantas domenico dominic dominik dominique don donald donat donata donatella dong donghae
donghyun dongwook donna donnie dora dorcas dorian dorin dorina doris dorit dorka dorofey dorota dorotea
dorothy dorottya dorthe dottie doug douglas dov dovydas doyinsola doyoung doyun draga dragan dragana dragos
drake drew duarte dubravka duc duduzile dumisani duncan durodola dusan dustin dusty dvora dwayne dwi dwight
dwyane dylan dzile dzintra dzirkstite earl ebba ebele ebiere ebiowei ebony ebrahim ebru ebuka ebunoluwa ece
ecem ed eda eddie eddy edgar edgardo edgars edie edita edite edith edmond edmund edna edoardo edouard edson
eduard eduarda eduardo eduards edvin edvins edward edwin edyta edzus eero eeva efe effie efim efrat efrem
efren efua egils egle egon egor ehsan ehud eileen eimantas einar einars eino eirik eirini eitan eizens ejaz
eka ekaterina eko ekow ekundayo ela elaine eleanor elena elene eleni eleonora elevtherios elfrida elham eli
elia eliabeth eliana eliane elias eliezer elif elijah elin elina eline elisa elisabet elisabeth elisaveta
elise elisey elisheva eliza elizabet elizabeth elizar elizaveta elke ella ellen ellie elliot elliott ellis
elmars elmer elmira elodie eloisa eloise elsa elsie elton elvira elvis elza elzbieta ema emanuel emanuela
emanuele emeka emel emelie emelyan emery emese emi emil emile emili emilia emilian emiliano emilie emilija
emilio emiliya emils emily emin emine emma emmanouil emmanuel emmanuelle emmanuil emmett emmy emre endang
endel enes engin enid eniko eniola enn enrico enrique ensar ensio enzo epifan erap erast erdal eremey eren eri
eric erica erich erick erik erika eriks erin erki erkki erlan ermil ermins ermolay ernest ernestina ernestine
ernesto ernie ernst erofey ervin ervins erwin erzsebet esben esi esma esme esmeralda espen esperanza esra esse
esteban estela estella estelle estera esther esupofo eszter ethan ethel etienne etta eugen eugene eugenia
eugenio eunhyuk eunice eunji eunwoo eva evalds evan evangelia evangelos evdokim evdokiya eve eveliina evelina
eveline evelyn evfrosiniya evgenia evgeniy evgeniya evgeny evgraf evie evija evlampiy evpraksiya evsey
evstafiy evstathios evstigney ewa ewatomi eyal eyram ezekiel ezgi ezra fabian fabiana fabien fabienne fabio
fabrice fabrizio facundo fadekemi faderera fadey fadi fahad fahd faina faisal faith fajar fangfang fanni fanny
fanta fanyana farah faraji faranak faraz farhad farhan farhiya farid faridah farnaz farooq farrukh farshid
fartun fatih fatim fatima fatimata fatma fatou fatoumata fawad fawzi fay fayez fayina federica federico fedor
fedosiy fedot fehintola fekla felicia feliciano felicita felicity feliks felipe felix femi femke feng fenna
feodosiya feofan feoktist ferapont ferdinand ferenc fereshteh ferhat fern fernanda fernando fevroniya fibikemi
fiifi fikayomi fikre filaret filimon filip filipa filipp filippo filomena fily finley finn fiona firas fitri
fiza flavia flavie flavio fletcher fleur flo flora florante flore florence florencia florentin florian florin
floyd foka folafoluwa folake folasade folashade folu foma forest fortunat fotios fotiy frances francesca
francesco francis francisca francisco franco francois francoise franek frank frankie frantisek franz fred
freddie freddy frederic frederick frederik fredrik freja freya frida friedrich fritz frol fruzsina fumiko
fumio funani funke funmilade funmilayo furaha fynn fyodor gabby gabe gabija gabor gabriel gabriela gabriele
gabriella gabrielle gabrijela gael gaelle gaetano gagik gail galaktion galih galina gamze ganesan ganesh garba
garegin garrett gary gaspar gaspard gaston gatis gatsha gaurav gavin gavrila gbadebo gbeminiyi gbemisola
gbenga gbolahan gbowoade gebre gebremedhin gede gedeon gederts gediminas geert geeta gela gellert gemma gene
genet genevieve gennadiy gennady gennaro geoff geoffrey georg george georges georgia georgina georgios georgiy
gerald geraldine geraldo gerard gerardo gerasim gergely gergo gerhard gerlie german gerry gert gertruda
gertrude gevorg ghada ghassan gheorghe ghulam giacomo giada giang gianluca gianni gideon giedre gifty gigi
gila gilad gilang gilbert gilberto gilda gilles gilly gina ginevra ginger ginny gino gintaras gioia giorgi
giorgia giorgio giorgos giovanna giovanni girish girma gisela gita gitte giulia giuliana giuliano giulio
giuseppe giuseppina gizem gladys glafira gleb glen glenda glenn gloria godfrey gokhan golnaz golshifteh
goncalo gonzalo gopal gopi goran gordana gordey gordon gosia gostomysl gottfried govind graca grace graciela
graham grant graziella grazyna greg gregg gregor gregorio gregory gremislav greta griffin grigorios grigoriy
grigory gry grzegorz guadalupe gudrite gudrun guido guilherme guillaume guillermo guiying gul gulnara gulnora
gulsen guna gunars gunilla gunnar gunnel gunter gunther guoqiang gurdeep guriy gurmeet gurpreet gus gustav
gustavo guus guy gwen gwendolyn gyorgy gyula habib habiba habibur haby hadas hadi hadiya hadiza haechan haerin
haeun hafeez hafez hafiz hai haifa haile hailey hailu haitham haiyan hajun hakan hakim hakon hal hala halil
halima halina halvard halyna hamad hamdan hamdi hamed hamid hamidou hamish hamza hamzah hana hanae hanako
hanan handayani hande hanga hanh hani hank hanna hannabel hannah hanne hannele hannelore hanni hannu hans
hansi hao haoran haoyu harald harbhajan hari harika harish harjit harley harmony harnoslav harold haroon
haroun harper harpreet harriet harry haru haruhi haruka haruki haruna haruto harvey hasan hasina haslinda
hassan hassane hatem hatice hattie hauwa haven havrylo hawa hawo hayato hayden hayk hayley hayoon hazal hazel
hazem heath heather hector hedda hedi hedvig heechul heeseung heidi heike heikki heiko heinrich heinz helen
helena helene helga helge helin helle helmut hemant hemi hendra hendrik henk hennadii henri henrietta
henriette henrik henry heorhii herasym herbert herman hermina hermine hershel herve heungmin hiba hibo hideki
hideo hien hieu hikari hila hilda hilde hildegard hillar hina hinata hira hiro hiroki hiroko hiromi hiroshi
hiroto hirut hisham hitomi hlengiwe hlib hnat hoa hoai hoang hodan hollie holly homer hong hope horace horacio
hordii horst horymyr horyslav hoseok hoshi hossam hossein hovhannes howard hradymyr hryhorii hua hubert
hueningkai hugh hugo hui hulya humaira hunor hunter huong huseyin hussain hussein huy huyen hyein hyejin
hyerin hyoyeon hyuna hyunjin hyunjoo hyunwoo ian ibidapo ibironke ibou ibra ibrahim ibrahima ibukunoluwa
ichiro ida idan idowu idris idrissa idy ieremii ieva ievhen ifeanyi ifeanyichukwu ifeoluwa ifeoma ifunanya ige
ignacio ignatiy igor ihor ijeoma ika ike ikenna ikeoluwa ikhidie ilan ilango ilaria ilarion ildiko ileana
ilgmars ilhan ilias ilja ilker ilkka illya ilmari ilmars ilona ilse ilya ilyas ilze imad iman imani imants
imelda imogen imoleoluwa imran imre ina inara inars indah inderjit indira indra indrani indrek indrikis ines
inese inga inge ingeborg inger ingmars ingrid ingrida inguna inioluwa iniya inka inkeri inna innesa innokentiy
insa inta intan inyoni ioana ioanna ioannis ionut iosif ipat ipatiy ippolit iqbal iqra ira iraida irakli
irakliy irem iremide irena irene ireti iretioluwa irfan irina iris irisa irma irmeli iryna isa isaac isabel
isabela isabella isabelle isaiah isak isay iseoluwa ishaan ishan ishita ishola isidor isioma isisa isla islam
ismail ismaila isobel issa issy istvan itai itamar itsuki itunuoluwa iulia iva ivan ivana ivanka ivanna ivars
iveta ivica ivo ivy iwona iya iyabode iyadunni iyanuoluwa iyinoluwa izabela izabella izmail izot izyaslav
izzah izzy jaak jaakko jaan jabari jabir jabulile jacek jack jackie jackson jacob jacqueline jacques jade
jaden jadesola jadranka jadwiga jaebum jaehee jaehyun jaemin jaesuk jaewon jaeyun jafar jagjit jagmeet
jahanara jahangir jaime jake jakob jakub jalal jalen jamal james jamie jamila jamshid jan jana jane janet
janice janina janine janis janka janna janne janni janos janusz jara jared jari jarl jaron jaroslav jaroslaw
jarrod jasbir jasmeet jasmin jasmina jasmine jasna jason jaspal jasper jaspreet jasur jaswinder jautrite javed
javier jawad jaxon jay jaya jayakumar jayden jaylen jayson jazeps jazmin jean jeanette jeanne jed jeff jeffrey
jejomar jekabs jelani jelena jelle jemima jen jenna jennie jennifer jenny jeno jens jeonghan jeongin jeongyeon
jepkosgei jeppe jeremie jeremy jericho jermaine jerome jerry jerzy jesper jess jesse jessica jessie jesus
jesusa jethro jette jevgenijs jewel jhun jiahao jian jianguo jianhua jianjun jiawei jiaying jibril jide jie
jieun jiho jihoon jihyo jihyun jill jim jimena jimin jimmy jing jinggoy jingjing jinhee jinki jinwoo jinyoung
jiri jisoo jisung jitendra jitka jiwon jiwoo jiyeon jiyong jiyoo jiyun jo joakim joan joana joanna joanne joao
joaquin jodie joe joel joelle joep joey johan johann johanna johanne johannes john johnny johnson jojo joko
jolanta jolayemi jolene jolie jolien jomari jon jona jonah jonas jonatan jonathan jone jonel jonghyun jongin
jongsuk jonny joohyun joojo joonho joost jordan jorg jorge jorgen joris jose josef josefa josefin josefina
josefine joselito joseph josephine josh joshua josiah josie josip jovan jovana joy joyce jozef jozefina jozsef
juan juana juanita judd jude judit judite judith judy juha juhan juhani juho jukka jules julia julian juliana
julie julien juliet julieta juliette julija julijs julio julius juma jumoke jun juna junaid june jungkook
jungwon junichi junior junjie junjun junko junmyeon junseo jurate jurgen jurgis juri juris jusma justin
justina justine justyn justyna jutta juwon jyoti kaan kaarel kaarina kabir kabiru kacey kadiatou kadri kaede
kagiso kahu kai kaido kaimana kainoa kairat kairi kaisa kaito kaj kaja kajal kajus kalani kalervo kalev kalevi
kalidou kalju kalle kallistrat kalyan kalyani kalyna kamal kamaljit kamau kambiz kamil kamila kamile kamilla
kamran kamrul kana kanako kangin kannan kanokwan kanya kaori kaoru kapiton kara karabo kareem kareena karel
karen kari karim karin karina karl karla karlis karoliina karolina karoline karp karthik kartik kartika kasem
kasey kashif kasia kasper kassym kasumi kasyan kat kata katalin katariina katarina katarzyna kate katelyn
katerina kateryna katharina katherine kathleen kathrine kathryn kathy kati katie katrin katrina katrine katy
katya kaupo kaveh kavita kavitha kavya kawika kay kaya kayal kayla kayode kazem kazimierz kazimir kazuki
kazuko kazuo kazuya keanu keba kebede kees kehinde kei keiko keira keisha keith keji kelechi kelly kelsey
kemal kemi ken kenan kendall kende kendra kendrick kenichi kenji kenneth kenny kent kenta keola kerem keren
kerry kersti kerstin kertu kestutis ketevan ketut kev kevin keyvan kgabu kgosi khadar khadidiatou khadija
khadim khady khaled khalid khalifa khalil khanh khanyisile khariton kharlampiy kharytyna khethiwe khoa khoryv
khoudia khristofor khrystya khrystyna khulekani khurram khvalymyr kian kiara kibet kibum kidane kieran
kikelomo kilian kim kimberly kimmo kincso kine kinga kipchoge kiprono kiprotich kipruto kir kira kiran kiri
kirill kirk kirsten kirsty kit kittipong kittisak kitty kiyoshi kjell klara klaus klavdiy klavdiya klavs
kliment knut kobe kobina koen kofi koji kojo kola kolawole kolos kolya komang kondrat kondratiy konon konrad
konrads konstantin konstantina konstantinos konstantins korede kornel kornelii kornii kornil kornylii kornylo
kostas kostyantyn kota kourosh krentta kresimir kris krishna krisjanis kriss krista kristaps kristen kristian
kristiana kristians kristie kristiina kristijan kristin kristina kristine kristjan kristof kristoffer kristyna
krisztian krisztina krisztofer krystal krystyna krzysztof ksenia kseniya kuba kubra kubura kujoe kuldeep
kulwant kumar kumaran kumiko kunal kunle kupava kupriyan kurt kuzma kvitka kvitoslava kwabena kwadwo kwaku
kwame kwamena kwasi kweku kwesi kyi kyle kylie kyllikki kyoko kyra kyriakos kyuhyun kyungsoo lacey lacy lada
ladimir ladislav lado ladomyr ladyslav laetitia laila laima lajos lakshmanan lakshmi lala lalisa lalita
lalitha lamai lamar lambert lamine lan lana lance lane langa lanre laquan lara larisa larissa larry lars
larysa lasha lashonda lasma lassana lasse laszlo lata latoya lauma laura laure laurel lauren laurence laurent
lauri laurie lautaro lavanya lavinia lavize lavr lavrentii lavrentiy lavrin lawal lawrence lawrencia layla
lazar lea leah leana leandro leanne lebron leda lee leena lefteris leib leif leila leilani leke lelia lemlem
len lena lene leni lenka lenn lennart lennox lenny lenore leo leon leona leonard leonardo leonid leonida
leonidas leonids leonie leonor leonora leontina leontine leontiy leopold lerato lere leroy lesedi leslie
lestari lester lesya leszek leticia letizia lev levan levent levente levi levko levon lewis lex lexi leyla li
lia liam liana liat liba libby lidia lidija lidiya lieke liene liga liis liisa lijuan liksma lila lili lilia
lilian liliana lilien lilit liliya lilla lillian lilly lily limor lina linas linda lindiwe lindsay linett
lingling linh linn linnea lino linus lionel lis lisa lisbeth litia liv liva livia livija liviu livvy liyana
liying liz liza lize lizzie ljubica lloyd logan loic lois lokelani lola lolade longin lonnie lora loredana
lorena lorenz lorenzo loris lorna lorraine losana lothar lotte lotti lottie lou louie louis louisa louise
lourdes lovisa lualhati luan luana luay lubna luc luca lucas luchezar lucia lucian luciana luciano lucie
lucien lucienne lucija lucille lucy ludmila ludovica ludvig luhan luigi luis luisa luiz luiza luize lujza luka
lukas lukasz luke lukhona lukiya lukyan lulu luna lungelo lungile lupe luther luuk luz lwandle lwazi lydia
lykera lykke lyla lynda lynette lynn lyosha lystvych lyuba lyubava lyubim lyubodar lyubomir lyubomyla lyubomyr
lyubomyra lyuborada lyuboslava lyubosmysl lyubov lyubozar lyubyslava lyudmila lyudmyla lyudomyla maarit maarja
maarten mabel maciej mack mactar maddie maddox maddy madeleine madeline madhu madhuri madi madis madison mads
mady mae maelle mafalda magda magdalena maggie magnus maguette mahathir mahbub mahesh mahina mahir mahira
mahmoud mahnaz mahsa mai maia maida maija maik maimouna maite maiya maja majed majid makana makar makhtar
makinwa makoto maksim maksimilyan maksym malak malar malcolm malee malene malgorzata malia malick malik malika
malin malina malthe malva malvina malvine mamadou mamady mami mamie mamour mamta mana manaia mandla mandy
manfred mani manish manjit manny manoel manoj manolis manon manpreet mansour mantas manuel manuela maphikelela
mara marat marc marcel marcela marcell marcello marcelo marcia marcin marcio marcis marco marcos marcus marek
mareme maren marfa margaret margareta margaux marge margers margherita margot margrethe margus mari maria
mariam mariama marian mariana mariangela marianna marianne mariano marica maricel marichka marie marieke
mariel marieme marija marika mariko marilou marilyn marin marina mario marion maris marisa marisol marite
marites marius mariusz marivic mariya marja marjatta marjorie mark marketa markiyan markku marko markus
marlene marlies marlon marnie marta marte martha martin martina martine marton martti marty martyan martyn
marvin marwa marwan mary maryam maryan maryana maryna masa masaki masako masao masaru masato masha mason
massamba massimo massoud masud matar matas matej mateo mateus mateusz matheus mathew mathias mathieu mathilde
mathis mati matias matilda matilde matiss matt matteo matthew matthias matti mattias matvey matvii matyas maud
maureen maurice maurizio mauro mavis mawuena mawusi max maxim maxime maximilian maximo maxine maxwell maya
mayra mayu mayya mazen mbalienhle mbaye mechislav mechyslav mechyslava medina medoune meelis meena meenakshi
meera mefodiy meg megan megawati meghan megumi mehdi mehmet mehran mehrdad mehwish mei meili meiling meir
meissa mekdes mekonnen mel melania melanie melaniya mele melek melike melina melinda melisa melissa melody
meltem menachem mendel merav mercedes mercy mereoni merete merike merle merlin meron mert merve meryem meryl
metra mette mhambi mia micaela michael michaela michail michal michalis micheal michel michela michele
michelle michiko mick mickey micky midori miguel mihaela mihai mihaly miho mika mikael mikaela mike mikelis
mikhail mikheil mikhey miki mikkel mikko miklos mila milagros milan milana mildred milen milena miles milica
militsa miliy milla mille millicent millie milly milo milos miloslav milovan mimmo mina minah mindaugas ming
mingyu minh minho minhyuk minji minjun minna minnie minoru minseo minseok mir mira miran miranda mircea
mireille mirela mirella miriam mirjana mirka mirko miro miron miroslav miroslava miroslaw mirta misaki misato
misha misty mitali mitch mitchell mitofan mitra mitsuko miyu mizanur mladen mo moa moana mobolaji moctar modou
modrite modupe moe mofifoluwa mohamadou mohamed mohammad mohammed mohamud mohan mohsen mohsin moira moisey
mojisola mojisoluwa mojtaba mokey mokryna molly momo momoko mona monica monika monique monty monvids moradeke
morayo mordechai morenike morgan morolake morris morten morteza moshe mosinmileoluwa mostafa mosunmola motrya
motunrayo mouhamadou mouhamed mouhameth mouhammadou moushumi moussa moustapha moyosore mpho mpilo mpumelelo
mrunal msizi mstislav mstyslav mstyslava mthunzi muchen mudite muhammad muhammed muhyiddin mukesh mukhtar
mulugeta muna murat muriel murray murugan musa musawenkosi musii mustafa muthu muyiwa mwajuma mwangi mykhailo
mykola mykyta mylodara myloslava myra myron myroslav myroslava myrtle naama nabil nabila nada nadav nadeem
nader nadezda nadezhda nadia nadine nadiya nadja naga nagarjuna naif naina najib nalani naledi nalesoni nalini
nam namjoon nan nana nanami nancy nandi nandini nandor nanna naoki naoko naomi nara narasimha narek narkis
narong naruhito nasiru nasrin nasser nastya nat natalia natalie nataliia nataliya natalya natan natasa natasha
nate nathalie nathan nathanael nathaniel natia natsuki natsumi nattapong nattawut naum navdeep naveed naveen
navid navjot nawal nawaz nayeon nazar nazarii nazli ndeye ndleleni ndondoloza ned neda neema negar neha neil
nektarios nela nell nellie nelya nemyr nemyra nenad nene neo nestor neta neva nevena nevenka neville nga ngoc
ngozi nguyet nhan nhlakanipho nhung nia nicholas nick nicklas nicky nico nicola nicolae nicolas nicole
nicoleta nicoletta nicoline niels nienke nifont nigel nihat niina nijole nika nikandr nikanor nikau nikhil
niki nikifor nikita niklas niklavs niko nikodem nikodim nikola nikolai nikolaos nikolas nikolasz nikolay
nikolina nikon nikos nila nilanjana niloufar nils nima nimakoah nimco nimrod nina ninel ning ninioluwa nino
ninoy niran nisa nisha nitin niyi niyilolawa nizar njeri nkanyezi nkechi nkem nkosenye nkosingiphile nkosinhle
nkosiyabo nnamdi nneka noa noah noam nobu nobuko nobuyuki nodira noe noel noemi noemie nofoto noi nojus nok
nokuthula nolan nolen nolwazi noman nomsa nomvula nomzamo nona nonhlanhla nonjabulo nonkululeko nonna noor
nora norah norazlina norbert norberto noriko norina norma norman nosipho nour nova novak noynoy nozipho
ntokozo ntombi ntombizodwa nune nuno nur nura nurhaliza nurlan nursultan nurul nyambura nyokabi nyoman oana
oba obanijesu obi obinna obioma octavio oda odhiambo odunayo oduya ofelia ofer ofra ogechi ogooluwa oguz
ohnyana oili ojars oke okhrim okiki oksana oktay oktyabrina ola oladara oladare oladimeji olaf olaide
olajumoke olakunle olamide olanrewaju olansile olaoluwa olasunmbo olatunbosun olav olavi olayinka ole oleg
olegs oleh oleksandr oleksandra oleksii oleksiy olelko olena oles olesya olev olga olgerts olha olimpia
olimpiada olimpiy olive oliver olivia olivier olivija olle ollie olly olof ololade olufeyisayo olufunke
olufunmi olufunmilayo olumide olumorotimi olusola olutomiwa oluwafemi oluwagbemiga oluwakemi oluwamumibori
oluwamuyiwa oluwasanmi oluwasegun oluwasemilore oluwaseun oluwaseyi oluwatimilehin oluwatobi oluwatobiloba
oluwatofunmi oluwatosin oluwatoyosi oluwatumise oluwole oluwunmi omar omawunmi omelyan omer omid omkar
omobobola omobolanle omodunni omolabake omolara omolola omondi omosalewa omotara omotayo omotola omotolani
omotoun omowumi ondrej onome onoriode onufriy onur onyeka opal opemipo opeoluwa opeyemi ora orathai oren
oreofe orest oresta orhan oriyana orkhyp orla orly ornella orsolya orvokki oryna oryslava orysya osama osamu
oscar osip oskar oskari oskars osman ostap ostromir osunleke otar otieno otilia otilija otis otto oumar oumou
ousmane outi ovidiu owen oyenike oyindamola oyindasola ozan ozge ozlem ozzie paavo pablo pacquiao padma
padmavathi paige pairoj paivi pakhom palani palesa palila pallavi paloma pam pamela panagiota panagiotis panas
panfil panka pankaj pankrat pankratiy panna panteleimon panteleymon panya paola paolo paramjit paramon
paraskevas paraskevi parfen paris parisa parker parminder paromita parsa parsla partha parvati parviz pascal
pascale pat pathe patience patrice patricia patricija patrick patrik patrizia patsy patty paul paula paulette
pauliina paulina pauline paulo pavel pavils pavla pavlina pavlo pavlos pawel payam pearl pedro peeter pegah
peggy pekka pelageya pelaheya pelahiya pelumi penda penelope peng penny pentti percy peri perla pernilla pero
petar pete peter peteris petr petra petri petro petronela petros petru petteri petya phairat phil phila
philani philip philipp philippe phillip phiwokwakhe phoebe phong phuc phuong phyllis pia pichai pierce piero
pierre pieter pietro pilar pille pim pimen pinar pino piotr piper pippa piret pirjo pirkko piroska pius platon
podolyan polikarp polina polly polya polyana pontus pooja pooya poppy porfiriy pornthip porntip potap
potishana poul pouya povilas prabhas prabowo pradeep prakash pranali pranav prasad prasert prashant praskovya
prathamesh predrag preecha preeti priit priscila priscilla priya priyanka prokhor prokl prokofiy prokop
prosenjit prov prudence przemyslaw puspita putri putu pylyp pyotr qiang qing quan quang quentin quinn quinten
quoc quyen rabia rabiu rachael rachel rachelle radek radeke radha radim radislav radmila radomir radoslav
radoslava radovan radu radym radymyr rae rafael rafaela rafal rafe raffaele raffaella rafiq ragnar ragnhild
rahim rahman rahmat rahul raili raimondas raimonds raimundo rainer raisa raivo raj raja rajan rajendran rajesh
rajinder rajiv rajko rakesh ralf ralph raluca rama ramasamy ramata ramatoulaye ramesh rami ramin ramiro ramon
ramona ramu ranbir rand randy rangi rani rania ranjan ranjit ranko raphael raquel rasa rasha rashad rasheed
rasheedah rashid rashida rasma rasmus ratibor ratmir ratna rattana ratu ratybor ratymyr raul raven ravi
ravinder ray rayan rayina rayisa raymond raza razvan reba rebeca rebecca rebeka recep reed reem reena reese
reet refilwe reg reggie regina reginald regitze regnars rehan rehema rei reiko reina reinhard reka rekha remi
remilekun ren renars renata renate renato renaud rene renee renjun reuben reuven revathi revaz rex reyansh
reza rezaul rhea rhoda rhonda rhys ria riana ricardo ricards riccardo richard richie rick rickard ricky rico
rie rihanna rihards riho riikka riitta rika rikke riku riley rima rimas rin rina rini risa rishi risto rita
ritu rituparna ritva river rivka riya riyad rizky rizwan rob robbie robert roberta roberto robin robyn rocco
rocio rocky rod roddy rodel rodion rodney rodoslav rodrigo rogelio roger rogerio rohan rohit rokeya rokhaya
roksolan roksolana roland rolf romain roman romana romans romena romeo romina rommel romy ron ronald ronaldo
ronan roni ronit ronke ronnie rory rosa rosalba rosalia rosalie rosalind rosalinda rosanna rosario rose
roselyn rosemarie rosemary rosie rosmah ross rossella rostislav rostyslav rostyslava rotem rotimi rowena
roxana roxanne roxy roy roya roza rozalia rozina rozsa ruben ruby ruchi rudis rudite rudolf rudolfs rudolph
rudy rufus rugile rui ruoxi rupa rupert ruqayya rusins ruslan ruslana russ russell rustam rusty ruta ruth
rutuja ruud ryan ryo ryota ryszard ryu ryuichi ryurik saad saanvi sabina sabine sabri sabrina sabyasachi
sachiko sachin sada sade sadie sadio saeed saer safa safiatou safietou sagal sagar sage sahar sahra sai saiful
saima sajid sakari sakda sakura sal saleh salem salif salim salimata salimatou saliou sally salma salmah
salman salome salomey salote salvador salvatore saly sam saman samantha samatar sami samir samira sammy samson
samuel samuil samukelisiwe sana sanaz sanda sandeep sandis sandor sandra sandrine sandro sandy sanele sangeeta
sanghoon sangwoo sani sanja sanjar sanjay sanjeev sanket sanna sanne santa santiago santino santosh saori
saqib sara sarah saranya saravanan sargis sarit sarita sarmite saroj sasa sasha satoko satoru satoshi satu
satyajit saud saul saulcerite saule saulius sava savannah saveliy savva savvatiy sayaka sayali sayed scarlett
schmuel scott sean sebastian sebastien seckou seda sefo segilola segun sehun sekinat sekou selam selamawit
selcuk selena selim selin selina selivan seliverst selma selvam selvi sem semih semisi semra semybor sena
senthil seoah seohyun seojin seojoon seojun seokjin seoyeon seoyoung seoyun sepp seppo serafim serafina serena
serge sergei sergey sergio serhii serhiy serkan seryozha serzh seth setiawan seulgi seun seungcheol seungho
seungkwan seungmin seungri seungwoo sevastyan sevda severin seydou seye seymour seynabou sfiso shadi shafiq
shahid shahnoza shahram shahrzad shahzad shai shaka shakib shalewa shalini shalom shamim shan shane shanice
shaniqua shankar shannon shanta shanthi shanti shaq shaquille sharif sharmin sharon shashi shaun shavkat shawn
shchastyslav shchek shehu sheila shekoni shelby sheldon shelley shemar sherry sherzod shigeru shilpa shimon
shinji shinzo shiori shira shirin shirley shiv shivaji shiyu shizuka shlomo shmuel shoaib shobha shohei
shohreh shola shoshana shota shraddha shreya shubhankar shukri shushan shweta shyam siamak siaosi sibel
sibongile sibusiso sibyl sid sidney sidonia sidor sidra sidy siegfried sieglinde sienna sifiso sigal sigizmund
signe sigrid sigurd siim siiri sijuade sila silantiy silas silje silke silvana silvestr silvia sima simen
simeon similoluwa simin simisola simon simona simone simran sinan sindisiwe sindre sinead sinenhlanhla sinikka
sinklitikiya sione siphephelo siphiwe sipho sirikit siriporn sirisha siriwan sirje sirpa sita sithembiso siti
siv sivakumar siwon siwoo siyabonga siyanda sizakele sizani sizwe sjaak skaidrite skye skylar slava slavica
slavka slavko slavolyub slavomyr slavuta slawomir slobodan smiyana sneha snezana sobia sofia sofie sofiya
sofon sofron sohail soheil sokhna sokrat solange soledad solohub solomiia solomiya solomon solveig solvita
soma sombat somboon somchai sompong somporn somsak sonal sondre songul sonia sonja sonny sonya soobin soojin
sooyoung sophia sophie sora soraya soren sorin sota sotirios sotiris souleymane soumitra sowande soyeon
soyoung spartak spencer spidola spiridon spyros sravani srdjan sri srinivas srinivasa stacey stacy stan
stanimir stanislav stanislava stanislaw stanley stanyslava stavros stavroula steen stefan stefania stefanie
stefanii stefano stefanos stela stelios stella stepan stephan stephane stephanie stephen sterling steve steven
stevie stewart stig stijn stine stjepan stoyan stuart stylianos sua subhash subomi subramanian subrata suchart
sudha sudhir sudipta sue suharto sujata sukarno sukhdev sukhwinder sulaiman suleiman suleyman sulistyo suman
sumathi sumaya sumayya sumayyah sumit summer sune sunee sunghoon sungjae sungmin sungwoo sunil sunisa sunita
sunniva sunny sunoo sunwoo supachai supriya suresh surinder susan susana susanna susanne susanto sushil sushma
susie suthep sutrisno suzana suzanne suzy svein sven svend svetlana svetozar svitlana svyatopolk svyatoslav
svyatoslava swapna swapnil swati syafiq sybil syd sydney sylvain sylvia sylvie synne synook syuzana szabolcs
szofi szofia szonja szymon taavi tabitha tade tadesse tadeusz taehyun taehyung taemin taeyang taeyeon taeyong
tahir taisiya taiwo takashi takeshi takis takumi tal talha talia talis talivaldis talrits tama tamar tamara
tamas tamati tami tamika tamilselvi tammy tanawat tane taneli tania tanisha tanjina tanner tanushree tanveer
tanvi tanvir tanya tao tapani tapas tapio tara taraneh taras tarek tareq tari tarik tariq tarja tarmo tash
tasha taslima tasnim tate tatiana tatsuya tatum tatyana tayfun tayisiya taylor tayo ted teddy teja tejas
tejinder tejumola tellervo temi temidayo temitope tena teodor teodora teodoro teofil terence terentiy teresa
tereza tereze terje terrance terrell terri terry tesfaye tess tessa tetiana tetsuya tetyana teun tevita
tewodros thabisa thabo thadie thais thaksin thamsanqa thanasis thanawat thandeka thandiwe thando thanh thanom
thao thea thelma themba theo theodor theodora theodore theodoros theresa therese thi thiago thibault thierno
thierry thijs thinh thiru thitima thobeka thomas thor thorsten thu thulani thulisile thuong thuy tiago tibor
tidiane tien tiffany tigist tigran tiina tiit tijana tikhon tilly tim timmy timo timofey timon timotej timoteo
timothee timothy timur tina tinatin tingting tintin tiril titi titilayo titilope titus toa tobi tobias
tobiloba toby tochukwu todd toivo toki tokunbo tolga tolu tolulope toluwalope toluwani toluwanimi tolya tom
toma tomas tomasz tomi tomiloba tomislav tommaso tommie tommy tomoe tomoko tomomi tomori toni tonie tonino
tonis tony toomas tope torbjorn tornike torsten toshiko totti tova tove toyin tracy trang travis trayvon trent
trevor treyvon tri trieu trifon triin trine trinh trisha tristan trixie troels trofim trond troy trudy trung
truus tsegaye tshepo tsubasa tuan tugba tugce tui tumaini tumelo tuncay tunde tung tuomas tur tuula tuuli
tuulikki tuva tuyet tverdislav tvorimir tykhon tyler tymish tymofii tyreek tyrese tyrone tzuyu tzvi ubah uche
uchenna uffe ugis ugne ugo ugur uldis ulf ulla ulle ulrich ulrik ulrika uluthando ulvi ulwazi ulyan ulyana uma
umair umaru umut una undine uri urmas urmo ursula urszula urte urve usain usha usman ustin ustym ustyna ute
uwe uyen uzodimma vaclav vadim vadym vagn vahe vahid vaida vaidas vaishali val valdas valdemar valdemars
valdis valentin valentina valentino valentins valentyn valentyna valeria valerie valerii valerija valerijs
valerio valeriy valeriya valery valeryan valter valters valtteri valya vanda vandana vanesa vanessa vanna
vanya vardan varfolomey varlaam varun varvara vasanthi vasco vasil vasile vasiliki vasilis vasilisa vasiliy
vasily vasyl vasylyna vatslav veikko vel velaphi velemyr velimir vello velu vencel vendel venedikt veniamin
venkat venkata venkatesh vennila vera vern vernon veronica veronika veronique vesma vesna vibeke vic vicente
vicki vickie vicky victor victoria vida vidar vidya viet viggo vihaan vija vijay vijaya vijolite vika vikas
vikentiy vikram viktor viktoria viktoriia viktorin viktoriya vilde vilena vilenina vilhelm vilhelmine viliami
vilimaka vilina vilis ville villy vilma vilmars vilmos vinay vince vincent vincenzo vinh vinicius vinny vinod
viola violet violeta violetta viorel vira virag virgil virgilio virginia virginie virginijus virhiniya vishal
vissarion vita vitalii vitalijs vitalina vitaliy vitaly vito vitor vitoria vittoria vittorio vivaan vivian
viviana vivien vivienne vizbulite vlad vlada vladilen vladimir vladimira vladislav vladlen vladyslav
vladyslava vlas vlasta vlastimir vlatko vojtech voldemars volkan volker volodymyr volodyslav vova vrushali
vsemil vseslav vseslava vsevlad vsevolod vusumuzi vuyo vyacheslav vyacheslava vysheslav vytautas wade wael
wahyu wairimu walid wallace wally walt walter waltraud waly wambui wanchai wanda wangari wanjiku wanjiru waqar
warren warsame waseem wati wayan wayne weerasak wei weiwei wendell wendy wenjie wenjing wenwen werner wes
wesley whitney wichai widodo wieslaw wietske wiktor wiktoria wilbur wilf wilfred wilhelm will willem william
willie willow willy wilma winifred winston wiremu witold wladyslaw wojciech wolde wolfgang wonwoo woody woojin
woozi wouter wulan wuraola wyatt xander xavier xenia xia xiao xiaohong xiaoli xiaoming xiaowei xiaoyan xiaoyu
ximena xin xinyi xiulan xiuxiu xiuying xolani xuan xue yaa yaakov yacine yael yagmur yahya yair yakov yakub
yakubu yamato yamini yan yana yang yankel yann yannick yannis yanping yanti yanuariy yara yared yarema yaromyl
yaromyr yaropolk yaroslav yaroslava yarovyd yaryna yasemin yash yasin yasir yasmin yasmine yasser yavuz yaya
yazhini yegor yehia yehuda yehudit yejide yejun yekaterina yelena yemi yeonjun yeri yerin yerlan yeshi yesung
yetunde yevgeny yevhen yewande yiannis yibanathi yichen yifan yiling yilmaz yiming ying yingluck yingying
yisrael yitzhak yixing yogesh yohan yohannes yoko yolanda yonatan yong yoona yoongi yoro yosef yoshihide
yoshiki yoshiko yoshio yossi yosuke youngho youngjae yousef yousif youssef youssou youssouph youssoupha yu
yudhoyono yue yugyeom yuhang yui yuka yukhym yukhyma yukhymiya yuki yukiko yuko yulia yulian yulianna yuliia
yuliy yuliya yulya yumei yumi yumiko yun yuna yunus yuri yurii yuriy yury yustyna yusuf yusuke yuta yuto
yutong yuvenaliy yuxuan yuzuru yves yvette yvonne zabava zach zachary zack zafar zafir zaharaddeen zaharah
zahid zahra zaid zain zainab zakhar zakharii zaki zalan zalman zanda zane zanele zaneta zanete zanis zanna
zara zarina zawadi zayed zbigniew zboryslav zdenek zdenka zdravko zeeshan zeev zehra zeina zejnep zelda zeljko
zeltite zemyslav zenija zeno zenovii zente zenzele zeteny zewdu zeynep zhanar zhanna zhen zhenya zhenyu zhi
zhihao zhiqiang zhiwei zhiyi zhou ziad ziba ziedite zigfrida zigfrids zigmars zigrida zihan zile zina zinaida
zinayida zinoviy zion zita zithulele ziv zivile zixuan ziyi zlat zlata zlatko zlatomyr zobuhle zodwa zoe zoey
zofia zohar zola zoltan zora zoran zoremyr zoreslav zoreslava zorka zoryan zoryana zoryna zosia zosima zoya
zselyke zsofia zsolt zsombor zsuzsanna zubair zubite zulkifli zurab zuri zuzana zuzanna zvenyhor zvenymyr
zvenyslav zvenyslava zvonimir zydrunas zynovii
`;

/**
 * The given names that are also lowercase English words in /usr/share/dict/words (will, mark, rose, grace,
 * jack, bill, hope, amber, april, summer, hunter, chase, angel, sunny). After one of these, a following word
 * is taken for a surname only when it is a listed surname that is not itself a word. Computed by
 * scripts/moderation/person_names.py; do not edit by hand.
 */
export const GIVEN_NAME_WORDS = `
abbey amber amir angel aria autumn barney beau belle beryl bill billy bob bobby bonnie brad brandy brook bud
buddy carol chad chandler charity chase chuck clay clement colleen cooper crystal curt dahlia daisy dale dawn
dean deb derrick destiny dick dieter dirk dolly don drake drew dusty earl ebony ed eddy emery eve faith fanny
felicity fern flora florin forest frank gabby gene ginger glen grace grant griffin guy hank harmony harry
haven hazel heath heather hector holly homer hope hunter iris ivy jack jade jasmine jasper jay jewel jimmy
john josh joy junior ken kit kitty lacy lance lane laurel lea lee lily mads maria marina mark martin mason
matt max maxim meg melody mercy mickey mike miles misty mo myrtle nick noel nova olive opal pat patience patsy
patty pearl penny peter phoebe pierce piper poppy prudence raja randy raven ray reed rhea rick river rob robin
rocky rod roger roman rose rosemary ruby rusty sage sally sandy savannah serge sherry sibyl sonny sterling sue
summer sunny tanner terry tom tony troy victor viola violet wade warren will willow woody
`;

/**
 * Surnames from English, Scottish/Irish/Welsh (mc/mac/o forms joined: "mcdonald", "obrien"), Spanish,
 * Portuguese and Latin American, French, Italian, German, Dutch (particles left out), Nordic
 * (-son/-sen/-sson, -dottir), Finnish, Polish, Czech, Slovak, Russian, Ukrainian, Serbian/Croatian/Slovenian,
 * Baltic (kallas, tamm, saar, kask, ozols, kazlauskas), Hungarian, Romanian, Greek, Turkish, Arabic (al-X as
 * X), Persian, Hebrew/Jewish, Indian (sharma, patel, reddy, iyer, nair), Pakistani, Bangladeshi, Nigerian
 * (okonjo, iweala, adeyemi, okafor), Ghanaian, Kenyan, Ethiopian, Somali, South African, Senegalese/Malian,
 * Japanese (tanaka, sato), Korean (kim, park, lee, choi), Chinese (wang, li, zhang, liu, chen, and
 * Cantonese/Hokkien forms wong, chan, tan), Vietnamese (nguyen, tran), Thai, Filipino and Indonesian use.
 * Chinese, Korean and Vietnamese family names are usually written first ("li bai", "park seo joon", "nguyen
 * van an"): they are also in EAST_ASIAN_SURNAMES. Some entries are English words (smith, stone, king): the finder asks the
 * shipped dictionary which, and see DESCRIPTIVE_SURNAMES.
 */
export const SURNAMES = `
aalbers aalerud aalto aaltonen aas aasen abacha abadan abalioglu abay abbas abbasi abbott abdallah abdelrahman
abdi abdullah abdullahi abe abebe abegglen abele aberg abeyta abimanyu abiodun abiola abiputra abiy abodunrin
abolina abolins aboltina aboltins abosede abrahamsson abramov abramova abramovich abrego abreu abu acar
acevedo achari acharya acheampong achebe achim acic acikalin acikgoz ackerman ackermann aclan acosta acuna
adadevoh adal adam adamczak adamczyk adame adamek adamiak adamiec adamowicz adams adamski adamus adan adanir
adaobi adasevic adcock addo adebayo adebisi adegbite adegboye adegoke adekunle adel adelakun adeleke adelusi
adem ademayowa ademiluyi ademola aden adenauer adeniyan adeniyi adenuga adeogun adeoluwa aderibigbe aderinsola
aderogba aderonke adesina adesiyan adewale adewumi adewunmi adewura adeyemi adeyemo adhikari adhitama adichie
adiga adin adisa adivar adjei adkins adler adomah adomaitis adomako adongo adorno adriansyah adu adusei
adutwum aebi aebischer aeby afanasev afanaseva afanasiev afifah afirifa afoakwa afolabi afolayan afonja afridi
afunku agafonov agafonova agaoglu agarwal agboola agca aggarwal agirbas agnes agostini agosto agrawal aguayo
aguero aguilar aguilera aguinaldo aguirre agustian agustina agyapong agyare agyei agyeman agyemang ahern
ahluwalia ahmad ahmadi ahmed ahn ahonen ahortor ahuja ai aidara aigare aigars aigbiniode aigroz airlangga
ajakaiye ajao ajayi ajewole ajose akal akalin akan akande akar akay akaydin akbaba akbari akbay akbulut akcal
akcali akcan akcay akdag akdemir akeem akel akerele akesson akgoz akgul akgun akhtar akihito akimov akinci
akinola akinrinola akintade akisik akkan akkas akkaya akkoc akkor akkoyun akkoyunlu akkurt akman akoto akowua
akpinar akridas aksakal aksel aksenov aksenova aksentijevic aksit aksoy aksungur aktan aktas aktay akter akufo
akyeampong akyel akyena akyildiz akyurek akyuz alabi alafouzos alam alamsyah alanis alaniz alaoui alarcon
alavanos alavi alba albertyn albrecht albu albuquerque alcala alcantar alcaraz aldea alejandro aleksandrov
aleksandrova aleksandrowicz alekseev alekseeva aleman alemu alev alevizopoulos alevizos alexa alexakis
alexander alexandrescu alexandridis alexandrou alexandru alexe alexiadis alexiou alexopoulos alfaro ali alicea
alici aligbe alivizatos alkan alkaya alksne alksnis allen allende allison almanza almaraz almeida almonte
alniacik aloba alonso alonzo alpman alpugan altamirano altan altinay altinbas altinel altinisik altinok
altintas altiok altun altuntas altuve alva alvarado alvarez alves alyanak amado amador amaechi amanta amar
amaral amato amaya ambani amin aminat amini aminu amla ammann amo amoa amoah amoako amoasi amorim ampadu
ampofo amponsah amrein amundsen anagnostakis anagnostou anand ananda anandya anastasiadis anaya anazi anda
andersen anderson andersone andersons andersson andini ando andonov andorful andrada andrade andre andreadis
andreassen andreasson andreev andreeva andrei andreotti andreou andresen andrews andriani andropov
andrukhovych andrzejczak andrzejewski ang angelidis angelidou angelopoulos angelopoulou anggraini anggriawan
anghel anguiano angulo anisimov anisimova anjani anjos ankra annamalai annan anne anokye ansa ansari ansip
anstruther antal antalova antczak antetokounmpo anthony anton antoni antoniadis antonioni antoniou
antonopoulos antonopoulou antonov antonova anttila antunes antwi anwar anyanwu aoki aoun aparicio apodaca
aponte apostol apostolidis apostolou appia appiah aqila aquino aragon arai araja arajs arana aranda aras
araujo arce archer archuleta arda ardana ardelean ardeleanu ardianto ardiyanti aregawi aregger arellano aremu
arevalo arguello argyriadis arias arican arifin arig arik arikan arkhipov arkhipova armani armas armendariz
armenta armijo armstrong arnaud arnesen arnold arora arredondo arreola arriaga arroyo arslan arslanoglu
arteaga artemev artemeva arvanitis arvidsson aryal aryani aryanti asad asadi asamoa asamoah asan asano asante
asare asci asenso ashkenazi ashley ashraf ashworth asiama asiedu asik asikoglu asil askin aslam aslan
aslanoglu aspasios aspere aspers assad assuncao astuti aswandi ata atakan atakol atalik atan atanda atasever
ataturk atay atencio ates athanasiadis athanasiou atici atik atiku atilgan atkins atkinson atli atta attal
attar attenborough aubert aubry aucamp augustyn augustyniak aulakh aurelia austin auzina auzins avalos avan
avci avcioglu avdeev avdeeva avery avgerinos avila aviles avraham avram avramidis avsec awad awan awasthi
awodiran awolowo awuah axelsson axiotis ayala ayana ayandokun ayaydin ayaz aybar aycan aydan aydemir aydin
aydogdu ayele ayers ayew aygun ayhan ayisat aykac aykan aykurt ayobami ayomide ayoola ayoub aytac aytek
aytekin ayverdi azevedo azikiwe aziz azizah azizi aznavour azoulay azzahra ba baafi baah baawia babacan babali
babalola babangida babaoglu babatunde babic babin babis babka babkova babou babtunde babukh baca bach bachei
bachelet bacher bachmann baciu bacova badea bademci badenhorst bader badiane badillo badji badu bae baek
baerbock baez baeza bagaskara baggio baghdadi bagheri baginski bagis bagnoud bahadir bahceli bahena bahna
bahno bahnova bahrami bahringer bai baig bailey bailly bains baird bajaj bajare bajars bajc bajer bajwa bak
bakan bakare baker bakhoum bakirci bakircioglu bakke bakken bakker bakos bakowski bakr bakri bakshi balaban
balabukh balabukha balakun balan balasubramanian balaz balazova balazs balcerzak balci balde balderas baldwin
balint ball balla ballack ballard ballesteros balli ballouhey balmer balode balodis balog balogh balogun
baloyi baltaci balytska balytskyi balzac bamba bambula bamidele bamiloye bamisebi banach banas banasiak
banasik banda bandera bandopadhyay banerjee banica banks bansal banu banuelos bao baptista barajas barak
barakat baral baran baranauskas baranka barankova baranov baranova baranovska baranovskyi baranowski baranski
barbarosoglu barber barbier barbieri barbosa barbu barbulescu bardella bardot barela barella baresi barisic
barker barlas barna barnard barnes barnett baron barone barr barragan barras barraza barre barrera barreto
barrett barrientos barron barros barry barta bartczak bartell bartkowiak bartlett bartnik bartok bartoletti
barton bartos bartosik bartosova bartovic bartovicova basaran basescu basha bashir bashuk basile basmaci
basnet basoglu bass basson bastola basu basynat bates batista batistuta battaglia battig baturalp bauch
baudelaire bauer baumann baumbach baumgartner baur bautista bavaud baxter bayazit baydar bayeni bayer baykam
bayraktar bayraktutan bayram bayrou baysoy bazargan beahan bean beard beasley beatty beauvoir becerra bech
beck beckenbauer becker beckham beckmann bedi bednarczyk bednarek bednarski bednarz beek beerli beethoven
begum beier beil bejan bekavac bekdik bekele bekker bektas bektasoglu belavske belavskis belec belhadj
belkacem bell bellini bello belmondo belmonte belousov belousova belov belova belozerov belozerova beltran
belyaev belyaeva belyakov belyakova ben benali benavides benavidez bender benedetti benes bengtsson bengu
benigni benitez benjamin benjelloun bennani bennett beno benoit benova benson bentley benton benz benzema
berberoglu berdnyk berg berge berger berggren bergkamp berglund bergman bergmane bergmanis bergmann bergqvist
bergstrom beria berk berlioz berlusconi bermudez bernal bernard bernardi bernasconi berney bernhard bernier
bernolak bernolakova bernotas bernstein berntsen berrada berrettini berri berrios berry berset bertelsen
berthoud bertin bertolucci bertrand berzina berzins berzite berzits beserler besigye besikci besok bespalov
bespalova best bester betancourt betschart bevk beye beyeler bezjak bezuidenhout bhadresha bhagat bhalla bhana
bhandari bharadwaj bhardwaj bhasin bhat bhatia bhatt bhattacharya bhattarai bhattathiri bhembe bhengani bhengu
bhonsle bhowmik bhuiyan bhutto bhuyeni bi bialas bialek bialkowski bianchi bianco bicakci bicek bicekova bicer
bidaud bideau biedrzynski bielak bielawski bielecki bielik bielikova bielski bieniek bienkowski bieri
biernacki biernat bijl biko bildik bilen bilgen bilgic bilgin bilski bilych binay binoche birina birinci
birins birla birlik biro biryukov biryukova birzina birzins birzniece birznieks biseniece bisenieks bisgaard
bishop bisset biswas biteye biton bittner bituin biwott biya biyela bizet bizjak bjerke bjerregaard bjork
bjorklund bjornstad black blackburn blackwell blackwood blaga blaho blahova blair blake blanc blanchard
blanckenberg blanco blankenship blaser blaszczak blaszczyk blatter blaua blaus blazek blekte bletsas blevins
blinov blinova blokhin blokhina blom blomqvist bloomberg blum boadi boadu boahen boakye boaten boateng bober
boboc bobrov bobrova bobylev bobyleva bocelli bochenek bodea bodian bodnar boduroglu boer bogan bogdan
bogdanov bogdanova bogdanovic bognar bogucki bogusz bohm boje bolat bolatli bolivar bolle bolliger bolshakov
bolshakova bolsonaro bolton boluarte bolukbas bolukbasi bomestar bona bond bondare bondarenko bondars bonde
bondra bondrova bonifacio bonilla bonnet bonsra bonsu bonucci booker boone boonyarat booth boratav borbely
borek boretska boretskyi borge borgeaud borges boric borisov borisova borkowski borochko boros borovska
borovskyi borowiec borowski borrego bos bosak bosakova bosch bosco bose boshoff boska boskova bosman bossard
bosshard bosson bota botan botello botezatu botha botsaris botsford bottas botticelli bouazizi boucher
boukouvalaioi boumediene bourcard bouteflika boutros bouvier bouzid bowen bowers bowman boyaci boyarchuk boyd
boye boyer boyes boyko boyle boz bozdogan bozek bozic bozkir bozkurt bozoglu bradford bradley bradshaw brady
braga bragin bragina brahms bramley branch branco brancusi brandli brandt brar bratina bratu braun bravo
brazauskas brecht brecko bredenkamp breen brekke brel brenke brenkis brennan breton brewer brezhnev brezina
brezinova breznik bridges briede briedis briggs briones briseno brito brits brix broadbent brock broda brodie
broek brogli bromfield brooks brouwer brown browning brozovic bruce bruen brugger bruijn brun brunet
brunkevica brunkevics brunner bruno bruun bruyn bryan bryant brytska brytskyi brzezinski brzozowski bubka
bucakli buch buchanan bucher buck buckley bucur buczek buczkowski buczynski buda budai budak budanov budiman
budiyanto budreiko budzinski budzynski bueno buffon buhari buhl buhler buhlmann bui buile builis bujak bukele
bukhari bukovska bukovsky bukowski bulak bulat bulgakov bullock bulut bundgaard bunea burch burckhardt burgess
burgos burke burkhard burkhardt burlacu burmylo burnett burns burov burova burri burrows burton buruk
burzynski busa busari busch bush bustamante bustos buthelezi butko butkus butler buuren bykov bykova byrd
byrne byun caballero caban cabrera cadena cagiran cahill cai caillat cailler cain cakir calame caldera
calderon caldwell calhanoglu calhoun cali calin calite calitis callahan calvillo calvo camacho camara
camarillo camavinga camdali cameron campbell campos camus canales candelaria cankar cannavaro cannon cano
cantona cantrell cantu cao capanoglu capek capkovic capkovicova caplovic caplovicova caputo cara caraballo
caravaggio carbajal carbone cardenas cardona cardoso carey carlsen carlson carmona carneiro carnogurska
carnogursky caron carpenter carpentier carr carranza carrasco carrasquillo carre carreon carrera carrero
carrillo carroll carson carstens carter cartwright caruso carvajal carvalho casanova casares casarez casas
case casey casillas casper cassim cassin castaneda castellanos castelyn castens castillo castro catalbas
catana cattaneo cauna caune cavafy cavalcanti cavazos cavic cayetano cazacu cazares ceausescu ceballos
cebekhulu cebula cech cedillo ceja celar cele celik celma celmina celmins celms centeno cepeda cerar cerda
cermak cerne cerny cervantes cervantez cetin cetiner cevik cezanne cha chacon chadha chadwick chae chagall
chahed chai chaiyaporn chaiyasit chakrabarti chakraborty chakwera chalamet chalupka chalupkova chambers
champlin chan chanda chandler chandra chang chao chapa chapman chappuis chapuis chapuisat charalambous charles
charoen charpentier chase chassot chatterjee chattopadhyay chaturvedi chau chaudhary chaudhry chauhan chauke
chavan chavarria chavez chawla cheema chekhov chen cheng chepngetich chernenko chernov chernova chernyshev
cheruiyot chervonii chettiar chettri chetty cheuk cheung chevalier chia chiang chiba chibike chibuike
chidambaram chidinma chidozie chiellini chien chigumba chikore chiliza chirac chiriac chirila chirita chis
chisholm chiu chivu chiwenga chmiel chmielewski chmura cho choi chojnacki chojnowski cholewa chollet
cholmondeley chong choo chopard chopin chopra choquart chou choudhury chow chowdhury choy chraibi christensen
christian christiansen christodoulou chrzanowski chu chua chudik chudikova chudzik chui chuit chukwu chukwuma
chun chung cibula cibulka cibulkova cibulova cichocki cichon cichy cierna cierny ciesielski ciesla cieslak
cieslik ciger cigerova cigoj cilic cilliers cimerman cinar cintron ciobanu ciocan cioran cirule cirulis cisar
cisneros ciss cisse cissokho ciszewski claasen claes claesson claeys clancy clare clark clarke clausen clay
clayton cleary clement clements clerc clifton cline cloete cloos clottu cobb cobrda cobrdova cochran coelho
coffey cohen coinchon cojocaru cokan colaric cole coleman colin collado collazo collet collier collins colombo
colquhoun colunga coly coman comaneci combs compton concepcion conde conley connelly conner conrad conroy
constantin constantinescu conte conti contreras conway cook cooper copeland coppola corboz cordero cordova
corekci coric corkery cormier cornejo cornelissen coronado corrales correa correia corsten cortazar corte
cortes cortez corwin coskun cosma costa costache costantini costea costello costin cotillard cottier cotto
coughlin coulibaly coulon courten covaci covarrubias cox cozma craciun craig crane crawford craxi cresnik
crespo cretu crichton crisan cristea cristescu croitoru cronin cronnje crosby cross crowley crowther
cruickshank cruijff cruyff cruz csonka cuche cucu cudara cudars cuellar cuevas cui cullen cullinan cummings
cunha cunningham curie curiel curry curtis cusack cuthbert cybulski cygan cyprich cyprichova czaja czajka
czajkowski czapla czarnecki czech czechowski czekaj czerniak czerwinski czyz czyzewski daako dabek dabkowski
dabo dabrowski dadova dagdas dagklis daglaroglu dahan dahl dahlberg dai daimler dalgaard dalkiran dallenbach
dalrymple dalton daly damanik damaskinos damato damayanti damian damico damm damore dan danciu dang dangelo
dangote daniel daniels danielsen danielsone danielsons danielsson danila danilov danilova danjuma danko
dankova dano danova danquah danso danylko danylyshyn danylyshyna dao dar darko darmawan darojat darroch darteh
dartey darvish darwish das dascalu dasgupta daskalopoulos daskalopoulou datta daugherty davari davenport david
davidova davids davidsen davidson davies davila davis davutoglu davydov davydova dawson day dayan deak dean
deane debeljak debenjak debnar debnarova debowski debski debussy dec decker declerck declercq decock decoster
degas dege degis dej dejesus dejova dekker dekys dekysova delacruz delafuente delagarza delaney delao delapaz
delarosa delatorre delazy deleon delgadillo delgado delon delosantos delosreyes delrio deluca delvalle dembele
demchyshyn demchyshyna deme dementev dementeva demidov demin demir demirbas demirel demkiv dempsey deneuve
deng denis denisov denisova denkel dennis denzler depardieu depay der deripaska derosa derossi desai desantis
deschamps deshmukh deshpande desmet despotopoulos desta devar deventer devkota devlin devos dewilde dey dhakal
dhaliwal dhar dhawan dhillon dhlamini dhlomo dia diaby diack diaconescu diaconu diagne diakhate diallo
diamanka diamantopoulos diao diarra dias diatta diattara diaw diawara diaz dibaba dickens dickerson dickinson
dickson didaskalou didukh diedhiou dieme diene dieng dietrich dietsche dieye diez dijkstra dikko dillon dima
dimaculangan dimaras dimitrakopoulos dimitriou dinca dingiswayo dinh dinu diome dione diongue diop diouf dioum
dippenaar dirgantara dirie dirike dirikis divac dixit dixon dizdar dizon djebbar djitte djokoto djokovic
djordjevic dlamini dlugosz dmitriev dmitrieva dmytruk dmytryshyn dmytryshyna doan dobosz dobre dobrescu
dobrowolski dobrzynski docolomanska docolomansky dodson dogan dogaru doherty dolan dolezal dolezalova dolinar
dolnicar domagala domanski dombrovska dombrovskis domingues dominguez dominiak dominquez donald donaldson
donati dong dongen dongol donkor donnarumma donnelly donovan dooley doorn dornik dorofeev dorofeeva doronin
doronina dorsey dossari dostoevsky dougherty douglas doumpiotis dourentis dovhalevska dovhalevskyi dower
doxaras doyle drabik dragan draghi draghici dragnea dragoi dragomir dragoumis drake drakos drame drazen
dreimane dreimanis driessen drinjak driscoll drogba droppa droppova droz drozd drozdov drozdova drozdowski
drozdz drummond drzewiecki du duah duan duarte dubashi dube dubey dubiel dubochet dubois dubovska dubovsky
dubuis duca ducommun ducret duda dudas dudek dudekova dudley dudziak dudzik dudzinski duenas duffy dufour
duggan duke dula dulla dullova dulova dumas duminy dumitrache dumitrascu dumitrescu dumitriu dumitru dumont
duncan dunlap dunn dunne duong dupont dupuis dupuy duque durak duran durand durdynets durer durgan durham
durica duricova duris durisova durmaz durrani dusenkalkar dusik dusikova duszynski duta duterte dutoit dutta
duval duygulu dvonc dvoncova dvorak dwamena dwivedi dyachkov dyachkova dybala dyer dyovouniotis dzeko dzene
dzenis dziedzic dzirkale dzirkalis dziuba dzokoto dzurjanin dzurjaninova dzyuba dzyubyak eaton ebert ebrahimi
ebubechukwu eccleston ecevit echevarria ecoffey economou edun edvardsen edwards effendi efimov efimova efremov
efremova egal egan egbochukwu egeli egger egli eglite eglitis egorov egorova ehigiator eichenberger eide
einarsson einstein eisenberg eisenstein ekici ekinci eklund eksioglu eksteen ekstrom ekwueme elbaz elciboga
elebiyo elevtheriadis elevtheriou elevtheropoulos eliade elias eliasson elicin eliseev eliseeva elizabeth
elizondo elliott ellis ellison elmastasoglu els elumelu elvina elworthy elytis emard embranthiri emelyanov
emelyanova emery emig emmanuel emmerich enache endo endzina endzins ene enescu eng engel engels english
engstrom enrile enriquez entwistle eom erasmus erbay erberk erbulak ercetin erdem erdman erdogan eremin erez
erginsoy erickson eriksen eriksson erkan erkekli ermakov ermakova erni ernser ernst eronat ershov ershova
erskine ertepinar erturk esbensen escalante escamilla escobar escobedo escudero esfahani esfandiari esparza
espinal espino espinosa espinoza esposito esquibel esquivel essien esteban estes esteves estevez esther
estrada eto etzebeth eugster evans evdokimov evdokimova evensen everett evers evliyaoglu evseev evseeva
evtaxias eze ezeh fabbri fabian fabianova fabre fadeev fadeeva fadel fadipe fagunwa fahey fairbanks faisal
fajardo fajdiga fajimi fajnor fajnorova falabi falcao faleti falk falkowski faloye fankhauser farago farah
farahani farcas faresta farhadi faria farias farida faris farkas farkasovska farkasovsky farley farmaajo
farmer farooqi farouk farquhar farrell fasasi fasayo fashola fassi fathina faty fauche faulkner faure favre
fay faye fayed fazekas featherstone febian febrianti fedorov fedorova fedoryshyn fedoryshyna fedoseev
fedoseeva fedotov fedotova feeney feest feher fehr feil fekete felber felder feldman feliciano felix fellini
feng ferguson ferjan fermi fernanda fernandes fernandez ferrara ferrari ferraro ferreira ferrer ferretti ferri
ferry fiala fichardt fico ficova fidelis fields fierro figueiredo figueroa fijalkowski filatov filatova filc
filcova filimon filip filipek filipiak filipova filipowicz filippov filippova fillon fink finka finkelstein
finkova finley finnegan finstad fiore firgantoro firmansyah fischer fisher fister fitzgerald fitzpatrick fjeld
flanagan flannery flatley flaubert fleming fletcher fleury flick flis florczak flore florea florek flores
florescu florez floyd fluckiger flynn fodor fofana fofie foged fogele fogelis fok fokin fokina foley fomichev
fomicheva fomin fomina fong fonseca fontaine fontana ford foretay forsberg forster forsyth fossum foster fosu
fourie fournier fowler fox frackowiak fraczek fraga francis franco francois frandsen frank franke franklin
frankowski fransson fraser fratczak fratila frazier frederick frederiksen fredriksen fredriksson freeman frei
freiberga freimane freimanis freitas french freriks freud frey freymond frias frick fridman friedli friedman
friedmann friedrich frolov frolova frost fry frye ftorek ftorekova fu fuchs fuentes fujiati fujii fujimori
fujimoto fujita fujiwara fukuda fuller fulop fung funmilayo furlan furman furrer furtado furukawa gabay
gabhezi gabor gabrovsek gade gadiaga gadomski gaffney gagarin gahwiler gaikwad gaile gailis gailite gailitis
gaillard gaines gainsbourg gaitan gajda gajdos gajewski galani galanis galarza galazka galbraith galilei
galinac galindo galka galkin galkina gallagher gallardo gallego gallegos galli gallo galvan galvez gama gamboa
gamez gamper gan ganaka gandhi ganea ganesan ganguli ganguly gantar gantz gao gaona garay garba garcia gardner
garg garibay garica garner garnier garrett garrido garrison garza gascoigne gasior gasiorowski gasjune gasjuns
gaspar gasparova gasparovic gasparovicova gassama gasser gastelum gatchalian gates gatti gauck gauguin gaulle
gauthier gautier gavaskar gavric gavrila gavrilov gavrilova gawel gawlik gawron gawronski gaye gaytan
gbadamosi gbagbo gbogboade ge gebre gebrselassie gehrig geiger geisendorf gemayel gemechu geng gennadios
genoud gentiloni gentry george georgescu georgiadis georgiou geraghty gerard gerasimov gerasimova gerber
gerhardt germanos germanou gerritsen gerwig gfeller ghaffari ghale ghamdi ghanem ghasemi ghazali gheorghe
gheorghita gheorghiu gherman ghita gholami ghosh giagkos giannakopoulos giannaris giannopoulos gibala gibbs
gibson gielen gigaba giger gil gilani gilbert gilchrist giles gill gillespie gillieron gilmartin gilmore
gimenez ginneken ginsberg giordano girard girardet giraud girma giron giroud giscard giuliani giurgiu gkofas
glab glass glasson gleason glenn glick glogowski gloor glosli glover glowacki glykys gning gningue gocnik
gocnikova godec godinez godlewski godoy goel goethe gogol goh gokce golab golan gold goldberg golden goldman
goldner goldstein golebiewski golebiowski golec gollum golob golshiri golubev golubeva gomes gomez gomis
goncalves goncharov gonultas gonzales gonzalez good goodman goodwin goonam goosen goossens gopalan gora goral
gorbachev gorbacheva gorbunov gorbunova gordeev gordeeva gordhan gordon gorecki gorisek gorka gormley gorniak
gorny gorshkov gorshkova gorski goswami goto goudiaby gould gounaris gousios govender gowda goyal graaf graber
grabowski grachev gracia graczyk gradisar grady graf graham gran granado granados grandjean grant grass grassi
grasso graudina graudins graves gray greco grecu green greenberg greene greenfelder greenholt greenwood greer
gregersen gregor gregorc gregorova gregory gregus gregusova grewal grgic gribuste gribusts griego griezmann
griffin griffith griffiths grigoras grigore grigorescu grigorev grigoreva grigoriev grijalva gril grimes
grinberga grinbergs grishin grishina grob grobelaar grochowski groduma grodums groebli groen gromov gromova
groot groothuizen gros grosjean gross grossman grosu grover groza gruba grube gruber grudzien gruszczynski
gruszka grybauskaite grzegorczyk grzelak grzesiak grzesik grzeskowiak grznar grznarova grzyb grzybowski
grzywacz gu guaido guajardo guardado gucci gudmundsson guerin guerra guerreiro guerrero guevara gueye guha
guillaume guillen guillot guimaraes guinand guisse gul guled guler guliwe gulyaev gulyaeva gulyas gumede gumi
gumuspala gunarto gunawan gunday gundersen gundogan gunes guneta gunn gunnarsson gunther guo gupta gurev
gureva gurmen gurule gurung gusev guseva gushchin gushchina gustafsson gutenberg gutierrez gutmann gutowski
guyot guzik guzman gwacela gwala gwozdz gwozdzik gwynn gyamfi gyan gyasi gyawali gyurcsany haan haas habeck
habeeb habib habibi habibie hablak hablakova habsuda habsudova hackett haddad haddadi hadiwijaya hafliger
hafner hagen haghighi hagi hahn haichuk haiduk haig haikal hail haile hailemariam haiova haiovyi hajdu hajduk
hajek hajri hakala hakansson hakim hakyemez halabi halaienko halak halakova halasz halatei halatsion hald
halda haldar haldova hale halep haley halim halimah hall hallaq halldorsson hallyday haluska haluskova
halvorsen hamada hamal hamalainen haman hamdan hamdi hamdouni hamid hamilton hammad hammes hammond hammoud
hampton hamula hamzaoglu han hancock handayani handel handoko hane hanekom hani hanifat hanko hankova hanlon
hanna hanni hansen hanson hansson hanych hanyu hanzal hanzalova hanzl hao haque hara harada harai harb harber
harbi hardiansyah hardin harding hardy hargreaves harini hariri hariyah harmon haro harper harrell harrington
harris harrison hart hartati hartman hartmann hartono harun harvey haryanti haryanto hasan hasanah hascak
hascakova hasegawa hashem hashemi hashimoto hashmi hasler hassan hassanah hastuti hathorn hatoyama hattingh
haugaard haugen haukelidsaeter hauser havel havertz hawkins haworth hawthorne hay hayashi hayden haydn hayes
haynes hayworth hazan heaney hearne heath heathcote hebert hecko heckova hedegaard hediger hedlund heefer
heerden hegarty hegde hegedus hegel heidari heijden heikkila heikkinen hein heinonen heinrich heisenberg
helgason heller hellstrom henderson hendricks hendriks hendrix heng hennessy hennezel henri henriksen
henriksson henriques henriquez henry hensley henson heo heredia heretik heretikova herlambang herman hermann
hermans hermansen hermansson hermawan hermiston hernadez hernandes hernandez herrera herrero herring herrmann
hersi hertzog herve herzog hess hesse hessel hester hettinger heunis heuvel heyden heywood hichilema hickle
hickman hicks hidalgo hidayanto hidayat higgins higuain hijazi hill hills hiltunen himawan hines hinojosa
hinton hirano hirohito hirsch hirsi hirt hirvonen hitchinson hjort hjorth hladkivska hladkivskyi hladukh
hlatshwayo hlavacek hlavacekova hlinka hlinkova hlongwa hlongwane hlynska hlynskyi hnatyshyn hnatyshyna hoang
hobbs hocevar hochstrasser hodel hodge hodges hoekstra hofer hoff hoffman hoffmann hofman hofmann hofstetter
hogan hoiko holbein holguin holland hollande hollard hollingsworth holloway holm holmberg holmes holmgren
holmqvist holovets holt holub holubova holuby holubyova hommel honasan honda honecker honegger hong hood
hoover hopkins hopland hoppe hora horacek horak horbach hordiichuk horgan horn horne horodotska horodotskyi
horova horovyi horowitz horst horton horvat horvath hossa hossain hosseini hossova hottinguer hotz hou
hougaard houston howard howe howell howells hoza hozova hrabal hrasko hraskova hrechko hribar hric hricova
hrmo hrmova hromyko hrovat hrusovska hrusovsky hrvatin hryhoryshyn hryhoryshyna hrynevetska hrynevetskyi
hrynevska hrynevskyi hryshko hsiao hsieh hsu hu huang huba hubbard huber hubert hubova hudson huel huerta huet
huff huffman hughes huguenin hui huisman huixtlacatl hulkenberg hull humala humbert humphrey humphries hunt
hunter hunziker hurley hurlimann hurst hurtado huseby hussain hussein hutagalung hutapea hutasoit hutchinson
huwiler huynh hwang hyatt hyun iacob iancu ibanez ibarra ibe ibikunle ibrahim ichikawa ichim ichiro idrissi
iemets iermak iersel ievenko ievpak iglesias iglicar ignat ignatev ignateva ignatov ignatova ihnacak
ihnacakova ike ikeda ikenna ilc ilgauskas ilic ilicali ilie iliescu ilin ilina iliopoulos illes ilori ilupeju
ilves ilyin im imai imamoglu imhof immelman ingram innes inonu inoue ioannidis ioannou iohannis ionescu ionita
iordache iorga iosif ip iqbal irawan irfandi irimia irizarry isaac isaev isaeva isakov isakova isaksson ishiba
ishida ishii ishikawa isik islam isler ismail isokun ispas israel issa istrate iswahyudi iten ito ivan ivancic
ivanisevic ivaniv ivanov ivanova ivanovs ivantsiv ivanyshyn ivanyshyna ivascu iversen iveson iwanowski iwanski
iwasaki iweala iwu iyalla iyanda iyengar iyer izdebski izetbegovic jaafari jaarsveld jaber jablonski jabri
jackowski jackson jacobi jacobs jacobsen jacobson jacquet jadhav jafari jafri jager jaggi jagiello jagielski
jagodzinski jagr jahani jaidee jailani jaime jaimes jain jaiyeola jakab jakobsdottir jakobsen jakobsson
jakopic jakubiak jakubowski jalali jama jamal jambor james jamiu jamnik janacek janas jancek jancekova janecek
janecekova jang jangid janiak janicki janik janikova janiszewski jankauskas jankovska jankovskis jankowiak
jankowski janosik janosikova janoska janoskova janowski jansa jansen jansone jansons janssen janssens jansson
jantjies jantosovic jantosovicova januar janus janusz januszewski jaquez jaramillo jarc jaros jarosz jarvinen
jarvis jarzabek jasikevicius jasinski jaskiewicz jasso jastrzebski jatoi javadi javed jaworski jayalalithaa
jayaraman jaziri jean jeanneret jebali jedlovska jedlovsky jedrzejczak jedrzejczyk jedrzejewski jefferson
jekabsone jekabsons jelen jelinek jelita jendek jendekova jenkins jenko jenni jennings jensen jeon jeong
jepchirchir jeppesen jeram jerde jereb jesenicnik jespersen jesus jezierski jha ji jia jiang jimenez jiminez
jimoh jin jinnah jo johal johannessen johannsen johansen johansson johar john johns johnsen johnson johnston
jokanovic jokic jokinen joly jonas jonata jonathan jonatova jones jong jonge jonker jonsdottir jonsson joo
jordaan jordan jorgensen joseph joshi joshua jospin jost joubert jovanovic jozwiak jozwik juarez jubouri
jubran juhani juhart juhasz juhl jukuma jukums julien jumblatt jumike jumikis jung juppe jurado jurek jurgens
juric jurik jurikova jurina jurinova jurisic jurkans jurkiewicz jurkovic jurkovicova jurkowski justesen
justina juszczak juwita kaasik kabange kabanov kabanova kabbani kabila kacavenda kacprzak kaczmarczyk
kaczmarek kaczmarski kaczor kaczorowski kaczynski kadar kaddour kadlec kadyrov kaewkla kafenda kafendova kafka
kafle kagame kagawa kagi kahn kahveci kahyang kaiser kaka kakkar kakridis kalach kalamogdartis kalaris
kalashnikov kalashnikova kale kaleja kalejs kaleta kalin kalinin kalinina kalinowski kaliska kalisky kalisz
kaljulaid kalkan kallas kallay kallayova kalligas kallio kallis kalna kalnaja kalnajs kalnina kalnins kalns
kalogiannis kalou kaluza kalyan kalyvas kam kamal kamali kamara kamat kamath kamau kambic kamble kaminski
kamworor kan kanaan kanakaris kanaria kande kandinsky kandji kandyba kane kanea kaneko kang kania kaniewski
kanimal kaniyar kannan kano kant kante kanu kanzaki kao kaplan kaplangi kapoor kapsis kapusta kapustin
kapustina kar kara karabocek karabulut karaca karadas karaduman karadzic karaer karagiannis karakaya karam
karaman karamanlis karamitsos karan karanja karas karavias karczewski kardache karem karen karikari karim
karimi karins karis kariuki karjalainen karki karklina karklins karlsen karlsone karlsons karlsson karp
karpinski karpov karpova karpukh karras karu karul karulova karunanidhi karwowski kasapoglu kaser kashani
kashyap kasidiaris kask kaskiv kasparov kasperek kasprzak kasprzyk kasse kassem kaszuba katherine kathrada
kato katona katz kaufman kaufmann kaul kaulina kaulins kaunda kaur kaurismaki kavaklioglu kavaliauskas
kavanagh kavcic kawa kawasaki kawecki kaya kayode kazakov kazakova kazaks kazantzakis kazantzis kazemi
kazlauskas kazmi kazmierczak ke keane kearney kebe kebede kececi kedikoglou kedzierski kedziora keegan keeling
keino keita keith keizare keizars kelemen kelleher keller kelley kelly kemal kemmer kemp kempis kenina kenins
keniz kenizova kennedy kenny kent kenyatta keogh kepa kerber kerekes kermani kern kerr keseroglu keskin
kessler keung khadka khalaf khaled khalid khalifa khalil khalili khamenei khan khani khanna kharchenko
kharitonov kharitonova khatami khatib khatri khattak khatun khawaja khawula khokhlov khokhlova khoo khosla
khouma khoury khoza khrushchev khuc khumalo khumalu khurana khuzwayo khytrovo ki kiani kiarostami kibaki kiehn
kieslowski kieu kikuchi kikwete kilic kilicci kilicdaroglu kim kimani kimathi kimberly kimura kincaid kindelan
king kini kinnunen kinoshita kinsella kipchoge kiplagat kiprop kiptum kipyegon kirac kiraly kirby kirchner
kirillov kirillova kirk kirkpatrick kirlin kirsten kis kiselev kiseleva kishida kisiel kita kitano
kittikachorn kitzberg kivi kivirahk kjaer kjeldsen klapka klapkova klaus klausen klavina klavins klein kleiza
klemencic klerk kleven klimczak klimek klimov kline klinsmann klitschko klopp klos klose klosowski kluivert
klusener klymenko kmet kmetova kmiec kmiecik knapik knapp knecht knez knezevic knight knoetze knox knudsen
knyazev knyazeva ko kobayashi kobus koc kocabiyik kocak kocchar koch kocis kocisova kocjan kock kocman kocoglu
kocsis kocyigit kodaly koech koelpin koen koenig kogut koh koha kohl kohler kohli kohs koirala koivisto
koizumi kojima kok koka kokalj koks kolade kolakowski kolar kolarova kolasa kolenc kolesar kolesarova
kolesnikov kolesnikova koliatsos kolk kollar kollarova kolly kolnik kolnikova kolobov kolobova kolodziej
kolodziejczyk kolodziejski kolomiiets koman komarov komarova komatsu komissarov komissarova komninos
komorowski kompaniiets konate konda kondo kondratev kondrateva kondratiev kone kong konieczna konieczny konig
koning kononets kononov kononova konopka konovalov konovalova konstantinou konstantinov konstantinova
konstantopoulos konte kontoleon kontostavlos koo koomson kopczynski kopec koper kopernik koppel koprivec
kopylov kopylova korakas kordun korec korecova koretska koretskyi korhonen korkmaz kormukcu kornaros kornilov
kornilova kornyiichuk korol korolev koroleva koromilas koronaios korosec korovyak korsakov korta kortajarena
korzeniowski kos kose kosgei koshelev kosheleva kosinski koskinen kosmopoulos kosoko kosowski koss kostecki
koster kostic kostin kostina kostka kostkaova kostopoulos kostrec kostrecova kostrzewa kot kotov kotova
kotowski kotsyubynska kotsyubynskyi kotzias koulibaly koundouros kountouriotis kourmoulis kournikova
koutalianos kouvelis kovac kovacek kovacevic kovacic kovacik kovacikova kovacova kovacs kovalchuk kovalenko
kovalev kovaleva kovalska kovalskyi kovar kowal kowalczuk kowalczyk kowalewski kowalik kowalski koya koyama
koybasi koyluoglu koyuncu koza kozak koziel koziol kozlov kozlova kozlowski kozma kozova krajci krajcir
krajcirova krajco krajcova krajcovic krajcovicova krajewski krajicek krajicekova krajinovic krajnc krakowiak
kral kralik kralikova kramer kramnik krance krancis kranz krasilnikov krasilnikova krasnov krasnova krastina
krastins krauel kraule kraulis kraus krause krauze kravchenko kravchuk krawczyk krawiec krcmar kregar kreiger
kreslina kreslins krestenitis kriel krieva krievina krievins krievs krige kris krishnamurthy krishnan
kristensen kristiansen kristjansson kristoffersen kriz krizaj krizan krmelj krogh krol krolikowski kronberga
kronbergs kroos kross krueger krugel kruger kruk krukowski krumina krumins krupa krupinski krupova krupp
kruszewski kruus krylov krylova krysiak kryukov kryukova krzeminski krzyzanowski ksiazek kuang kubacki kubheka
kubiak kubica kubicki kubik kubikova kubli kubo kuc kucera kucharczyk kucharski kuchma kuchta kucinski
kucinskis kucukler kuczynski kuday kudo kudryashov kudryashova kudryavtsev kudryavtseva kufuor kuhar kuhl
kuhlman kuhn kuijpers kuiper kuipers kujawa kujawski kukk kula kulagin kulagina kulakov kulakova kulaksizoglu
kulas kulchytska kulchytskyi kuleba kulesza kulig kulik kulikov kulikova kulinski kulkarni kulmane kulmanis
kulynych kumar kumcuoglu kumi kunc kunde kundera kunene kung kunt kunter kunz kuo kurek kurniawan kurosawa
kurowski kurt kurup kurutluoglu kurzemniece kurzemnieks kus kushner kusi kusmawati kusuma kusumo kuswandari
kuswoyo kutch kutlay kutt kuusik kuusk kuwari kuypers kuzmenko kuzmin kuzmina kuznetsov kuznetsova kuzucu
kvarme kvitova kwaakye kwak kwan kwankwaso kwarteng kwasniewski kwiatkowski kwiecien kwiecinski kwok kwon
kwong kyei kypraios kyra kyriakou kysel kyselova kyung kyvach laakso laaksonen laan laas laboy labuda labudova
labus lacerda lacey lach lacis lacroix lacson lacuesta ladega lagarde lagos lahiri lahm lahoida lahtinen lai
lailasari laimos laine laitinen laivina laivins lakatos lakhman lakin lakshmanan laksita laksmiwati lal lam
lamb lambelet lambert lambrou lameras lamont lampropoulos lamula lancaster landau landmane landmanis landry
landsbergis lane lang langat lange langeveldt langworth lanova lanovyi lanz lapid lapin lapina lapins lapinski
lapsina lapsins lara larijani larionov larionova larkin larsen larson larsson laschet laskowski lasmane
lasmanis lasota laszlo latan latanska latanskyi latanyi latifat latkovska latkovskis latupono lau lauberga
laubergs laubscher laur laureano laurel laurent lauridsen laursen lauterbach lavrentev lavrenteva lavrov law
lawal lawan lawrence lawson lazar lazarev lazareva lazarov lazic lazirko lazuardi le leach leal leannon
lebedev lebedeva leblanc lebron lebrun lech leclerc leclercq lecomte ledesma lee leeuw leeuwen lefebvre
lefevre leffler leger legrand legzdina legzdins lehmann lehtinen lehtla lehto lehtonen lei leilani leinonen
leite leiva leivadas lejina lejins lejniece lejnieks lem lemaire lembede lemmens lemoine lemus lenart lendl
lengyel lenihan lenin leo leon leonard leone leonov lepen lepik lepp leppanen lepsik lepsikova lerma lerner
leroux leroy lesiak lesjak leslie lesmana lesniak lesniewski lestari lester leszczynski letsoalo letta leu
leuba leuenberger leung leutenegger levadovska levadovskyi levchenko levi levin levits levy lewandowski
lewicki lewis leye leyva li liakopoulos lian liang liao liapis licis lidaka lidaks lieberman lielmane
lielmanis liepa liepina liepins likhachev likhacheva likhno lill lim lima limbu limon limoncuoglu lin linares
lind lindberg linden lindgren lindholm lindner lindqvist lindsay lindsey lindstrom ling linsey lipan lipinski
lipka lipski liptak liptakova lis lisicka lisicky lisiecki liska liskova lisowski lissu liszt little liu
livingston llewellyn lloris lloyd lobachevska lobachevskyi lobanov lobanova loca lochner lockhart lockman
lockwood locs lodhi lodina lodins loera loew lofgren logan logar logina loginov loginova loh lok loken
lomachenko lombard lombardi lombardo lomeli lomonosov lomova lomovyi lonergan long longo longoria lontos lopez
loren lorentzen lorenz lorenzo los lotter loubser loughlin louis loulis loum loup loupis loureiro lourenco
lourinho louw lovato love low lowe lowenstein lowery lowry loya lozada lozano lu lubina lubinova luca lucas
lucero luchenko luchko lucio luczak ludwig luevano lugo luhova luhovyi lui luik luk lukac lukacova lukacs
lukasiewicz lukasik lukaszewski lukic lukin lukina lukosevicius lukyanov lula lum lumumba luna lund lundberg
lunde lundgren lundin lundqvist lundstrom lungu luo luong luptak luptakova lupu luscher luse lusis
lustenberger luthi luthuli lutska lutskiv lutskyi lutz luyt luzar ly lyashchuk lykos lykovych lynch lyndyk
lynn lyons lysenko lytkin lytkina lytras lyuta lyutyi maas mabaso mabena mabhida mabini mabizela mabunda
mabuza macapagal macaraeg macaulay macdonald macedo macgregor machado macharia maciag macias maciejewski mack
mackay mackenzie mackie mackiewicz mackintosh mackowiak maclean macleod macmillan macovei macpherson macrae
macri macron madan madden maddox madej madejova mader madera madigan madrid madsen maduma maduro maeda maes
maestas maftei magalhaes magana magar magi magkas magnussen magnusson magoza magsaysay magufuli maguire magyar
mah mahabeer mahajan mahama mahardika maharjan mahathir mahdavi mahendra mahera mahestri maheswara maheswari
mahlaba mahlangu mahler mahmoud mahon mahoney mahrez mai maia maiboroda maier maillard maina maistrenko maitra
maj majcen majcher majchrzak majeska majesky majewski majka major majumdar mak makarov makarova makela
makhanya makhno makhubela makinde makinen makinwa makoni makovetska makovetskyi makowski makri makris maksimov
maksimova maktoum makuachukwu malachovska malachovsky malan malave malaxos maldini maldonado malec malecki
malek malema malevich malhotra malicki malik maliki malinga malinowski malisek malisekova maliszewski malka
malkin malkovych malone malouf maltsev maluleke malyshev mamii mamojka mamojkova mamontov mamontova mamula
manalo mancini mand mandala mandasari mandel mandela mandzukic manea manet mangane mangeshkar manginas
mangubat mangunsong maniakis mann manninen manning manolache manolas manole mansell mansour mansouri mansson
mansur manullang manzanares mao maphisa maradona marais marar marasigan marbun marcet marchal marchand
marchenko marchetti marchewka marciniak marcinko marcinkova marcinkowski marciulionis marconi marcos marcu
marcussen marczak mardhiyah marek marginean marian mariani marianova maric marie mariievska mariievskyi marin
marinescu marini marinkovic marino maris mariz markelj markham markiewicz markiv markopoulos markov markova
markovic markowski marks marpaung marques marquez marrero marroquin marsh marshall marszalek martensson marti
martin martinelli martinez martino martinovic martins martinsen martinsson marton marty martynov martynova
maruyama marvin marx maryadi maryam maryati maryjane marynych marzec masala masaryk masarykova mascarenas
maseko mashhadi mashinini masilela maslanka maslo maslov maslova maslowski mason masri massey masson
mastroianni masuda mata mateescu matei mateo mathebula mathews mathieu mathis mathisen matias matiasko
matiaskova matic matisone matisons matisse matos matsuda matsui matsumoto matsuo mattarella matthaus matthews
matthey mattila mattsson matula matusiak matuszak matuszewski matveev matveeva matviyenko matysiak maulana
maurer mavridis mavrogenis mavros mavundla maxwell may maya mayasari mayer mayhos maynard mayorga mayorov
mayowa mays mazailo mazibuko mazilu mazjane mazjanis mazumdar mazun mazur mazurek mazurkiewicz mazylo mazza
mbacke mballo mbappe mbatha mbaye mbeki mbende mbengue mbodj mboup mbow mboya mbugua mbuso mcallister mcandrew
mcarthur mcauley mcavoy mcbride mccabe mccaffrey mccall mccann mccarthy mccartney mccarty mcclain mcclelland
mccloskey mcclure mcconaughey mcconnell mccormick mccoy mccrae mccready mccullough mcdaniel mcdermott mcdonald
mcdonnell mcdowell mcelligott mcelroy mcewan mcfadden mcfarland mcgee mcgill mcginley mcgovern mcgowan mcgrath
mcgregor mcguinness mcguire mchunu mcilroy mcinerney mcintosh mcintyre mckay mckee mckenna mckenzie mckeown
mckinley mckinney mckinnon mclaren mclaughlin mclean mcleod mcmahon mcmanus mcmillan mcnally mcnamara mcneill
mcnulty mcpherson mcqueen mcshane mctavish mcveigh meadows meciar meciarova medeiros medina medne mednis
medrano medved medvedev medvedeva medvedova meehan meer meeuwis megantara megawati mehloluhlaza mehra mehrotra
mehta meichtry meier meiere meiers meijer meili meintjies meir meireles meister mejia mekonnen meksa mekss
melani melcer melcerova meldere melderis melenchon melendez meletopoulos melgar melinda melioi melker mellett
melngaile melngailis melnikov melnikova melnyk melo meloni melton memon mena menard menchaca mendeleev
mendelsohn mendelssohn menderes mendes mendez mendoza mendy menemencioglu menendez meng mengistu menon mensa
mensah menzies meraz mercado mercier meredith meri merian merkel merkushev merkusheva merlak mermoud merritt
mertens mertoglu merwe merz meskuna meskune meskuns mesquita messi messina messinezis meszaros metaxas mets
mettler meulen meunier meyer meyers meylan meza mezei mfeka mfumu mgenge mhlanga mhlongo mia miah miaoulis
michael michailidis michalak michalczyk michalek michalik michalikova michaloliakos michalowski michalski
michel michiels micu middleton mielczarek mierzejewski miettinen mihai mihaila mihailescu mihailova mihailovs
mihal mihalache mihalcea mihalik mihalikova mihalova mika mikelsone mikelsons mikhailov mikhaylov mikhaylova
mikheev mikheeva mikkelsen miklas miklosko mikloskova mikolajczak mikolajczyk mikula mikulik mikulikova
mikulski mikus mikusova milani milanovic milczarek milea milei miles milewski milik militaru miller mills
milosevic milosz milota milotova milton min minac minacova minamino minamoto minyailo miramontes miranda
mircea mirea mireles miron mironov mironova mirza mishin mishina mishra misiak misik misikova miskiewicz
misztal mitchell mitoma mitra mitrofanov mitrovic mitsotakis mitsubishi mittal mitterrand mitzou miu miura
miyamoto miyazaki mizoguchi mizrahi mizuno mkhatshwa mkhize mladic mlakar mlinar mlynarczyk mnangagwa
mngomezulu mnisi mobolaji mobutu mocanu mocnik modi modise modric modzelewski moe moen mofokeng moga
mogbadunade mohamad mohamed mohammadi mohammed mohamud mohr mohylevska mohylevskyi moi moise moiseev moiseeva
mojica mojzis mojzisova mok mokoena mokros mokrosova mokwena mol molchanov molchanova moldovan moldoveanu
molefe molenaar molenda moliere molina mollah moller molnar moloi moloney molotov monaghan monahan moncrieff
mondal mondragon monet monnard monod monroe monroy montalvo montanari montanez montano monteiro montemayor
montenegro montero monteros montes montessori montez montgomery monti montoya moody moon moonsamy moore moosa
mora moradi moraes morais morales moran morar moraru moravcik moravcikova morawiecki morawo morawski morax
moraz moreau moreira morel morelli moreno moretti morgan mori moriarty morin morissette morita morkel morova
moroz morozov morozova morozovs morris morrison morrow morse mortensen morton mosaddegh moschovakis moseley
moser moses moskal moskalyuk moskowitz mosley moss mostafa mostert mota motalo motaung motloung motriienko
motsoaledi mottaki mottet motyka moulin moura mousavi mouskouri moya moyer moyo mozart mphahlele mpofu mqwebu
mroczek mroczkowski mroz mrozek msibi msimang mthembu mthethwa mtolo mtshali mubarak muceniece mucenieks mucha
mudau mudryk mueller mugabe mughal muinat muizniece muiznieks mukaram mukherjee mukhin mukhina mukhopadhyay
mulcahy mulder mullen muller mulligan mullins mulvaney mulyani mumba mun munguia muniz munk munoz munro
munsamy muntean munteanu murakami murata muravev muraveva murawski muresan murillo muro murphy murray murugan
musa musat muschg musetti museveni musi musial musiala mussolini mussorgsky mustapha mustika mustofa mustonen
musy muszynski mutairi mutasa mutharika muthoni muthusamy mutiat mutua mwale mwangi mwanza myasnikov
myasnikova myburg myburgh mydlo mydlova myers myhrer mykhailyuk myklashevska myklashevskyi myklukho
myloslavska myloslavskyi myung nababan nabokov nader naf nagarajan nagelsmann nagle nagode nagy nahyan naidu
naik nainggolan nair najafi najera najib najjar najmudin nakagawa nakajima nakamura nakano nakata nakayama
nakhleh nalbantoglu nam namaga nambeesan nambiar namboodiri namboothiri namike namikis nanda nandi nanez
napier napierala napitupulu naqvi naranjo narayan narayanan narpati naruhito narvaez nascimento nash
nashiruddin nasiri nasr nassar nasser nastase nasyiah nasyidah natarajan natera nathania natsir naude nauer
naughton naumov naumova nauseda nava navalny navarrete navarro navickas navratil navratilova nawrocki nawrot
nayar nazari nazario nazarov nazarova ncube ncusi ndaba ndandali ndao ndaw ndebele ndiaye ndione ndir ndlovu
ndong ndour ndoye ndukwu ndungu neacsu neagoe neagu neal neamtu nebioglu nechita necula nedelcu nedved negash
negoita negrea negrete negri negron negru nehoda nehru nekrasov nekrasova nel nelson nemcova nemec nemes
nemeth neo neri neruda nesterov nesterova netanyahu neto neubauer neuer neumann nevarez neves newman newton
neymar ngai ngcobo ngcolosi ngema ngo ngom ngozi ngubane nguer nguesso ngugi nguyen ngwazi ngwenya nhlapo
nhleko niane niang niass niasse niazi nica nichols nicholson nicoara nicolae nicolas nicolescu niculae
niculescu nie niedra niedziela niedzielski niedzwiecki niekerk nielsen niemczyk niemi niemiec nieminen nieto
nietzsche nieves niewiadomski niggeler niinisto nijland nijs nikiforov nikiforova nikitin nikitina nikolaev
nikolaeva nikolaidis nikolakos nikolaou nikolic nikonov nikonova nilsen nilsson ninalowo ningrum nino niroula
nishikori nishimura nissen nistor nita nitra nitu niu nixon njoroge njuguna nkabinde nkansa nkansah nkomo
nkosi nkrumah nnaji noble nobre noel noga noguchi nogueira noh nohachevska nohachevskyi nojeem nolan nomura
nomvethe nondlela nonyana norberg nordby nordin nordskaug nordstrom noriega norman norris norton noskov
noskova nosov nosova nouri novak novakova novikov novikova novitasari novotny nowacki nowaczyk nowak
nowakowski nowicki nowinski nowitzki nozulu nsele nsia ntanzi nti ntiamoa ntim ntombela ntuli nugraha nugroho
numanoglu nunes nunez nuraini nurdiyanti nurlaela nussbaum nuur nwachukwu nwogu nwosu nwuzor nxumalo nyaako
nyame nyanda nyantakyi nyarko nyathi nyberg nyerere nygaard nygard nyong nystrom nzimande oancea obasanjo
obeng oberg oberlin oberoi obi obiageli obianuju obiora oblak obrador obradovic obrady obrien obsut obsutova
obuchi ocallaghan ocampo ocasio ocha ochieng ochoa ochse oconnell oconner oconnor oda odegard odetola odhiambo
odinga odintsov odintsova odom odonnell odowd odriscoll odukoya odunayo odunsi oduro oduya ofori ofosu ogawa
ogbonna ogilvie ogindan oginni ogorman ogulana ogunbamigbe ogunbanjo ogunbanwo ogunbiyi ogunbo ogunde ogundipe
ogunleye ogunwande ogunwobi ogunyeye ohalloran ohana ohara ohno ohtani oikonomou ojala ojeda ojo ojua okada
okafor okamoto okane okeefe okeke okocha okoli okonjo okonkwo okoro okoth okoye okpattah oktavian oktaviani
oktovian okumus okunola okur okyere olabode oladeji oladimeji oladipupo olafsson olah olaiya olaniyan olaoluwa
olariu olaru olasunkanmi olasupo olatunji olawale olczak oleary olejniczak olejnik olinn oliphant oliva
olivares olivarez olivas oliveira oliver olivera olivier olivo oliynyk olmert olmos olofsson olowokeere
oloyede olsen olson olsson olstad olszewski oltean olteanu olubode olubukola olubunmi olufeyikemi olugbayila
olujimi olukotun olukunga olumide olusanya olutola oluwagbemi oluwakemi oluwanisola oluwaseun oluwaseyi
oluwashina oluwatosin oluwole olvera omahony omalley omani omar omidina omobolaji omobolanle omojola omolara
omondi omosanya omotola omotoso omowale onal onassis ondrus ondrusova oneal oneill ong onic onishi ono
onohinosen onose ontiveros onuoha onur onyango onyeama onyeka onyekachi onyinyechukwu ooi oosterhuis
oosthuizen oparinde openko opeyemi opoku oppenheim oppenheimer oppliger oppong oprea opris opuku oquendo
oraloglu orban orbay ordonez oreilly orekhov orekhova orellana org orge orlando orlov orlova orlowski ornelas
orosco orosz orourke orozco orr orsos orta ortega ortiz orzechowski osadebe osadko osagie osaka osborne ose
osei oshea oshin oshoala osinbajo osinski osipov osipova osis osman osmena osorio ossowski ostby ostervald
ostli ostrovska ostrovskis ostrowski osuagwu osullivan osuntokun ota otaibi otani otcenas otcenasova otedola
otero othman oti otieno otiwa otoole ots otsuka ott otto otuo ou ouattara ouma oun ouzounidis ovchinnikov
ovchinnikova ovechkin owczarek owen owens owino owokoniran owolabi owoyemi owusu oyadiran oyaifo oyebanji
oyebola oyedepo oyelaran oyelowo oyelude oyeniyi oyetoro oyewole oyeyemi oyinkansola oyinlola oymen ozal
ozansoy ozberk ozbey ozbir ozcan ozdemir ozdenak ozdogan ozer ozere ozers ozgorkey ozil ozkan ozkara ozkok
ozola ozolina ozolins ozols oztonga oztuna ozturk ozu ozuna pabon pace pacheco pacquiao paczkowski paden
padilla padmanabhan padmasari padron paduraru paez paganini pagano page pahlavi pahutyak pai paimo paiva pajak
paju pakalniete pakalnietis pakhomov pakhomova paksut pakula palacios palacz palamarchuk palaniswami palastri
palii palka pallesen palmer palmieri palomo palsson paltere palters paluch palumbo pamuk pana panagiotopoulos
panahi panait pandey pandit panek panfilov panfilova panganiban pangestu pangilinan panicker pankova pannu
panov panova pantazis pantoja papadakis papadopoulos papafilippou papageorgiou papagos papaioannou
papakonstantinou papakostas papandreou papanikolaou papantoniou papastefanou papazoglou papp pappas paracha
paraschiv parashchuk paredes paris parisi parisian park parker parkin parks parlier parn parnell parra parrish
parry parsons partida partyka parvu pasalic pasca pascu pascual pasek pasekova pasichnyk paska pasko paskova
pasolini pasternak paszkowski pasztor pataki patel paterson pathak patil patino patrascu patrick patterson
patton pauko paukova paul paulauskas paulse pauluka pauluks paun pavarotti pavel pavlenko pavlikovska
pavlikovsky pavliv pavlov pavlova pavlovic pavlovska pavlovskis pavlyshyn pavlyshyna pavuk pavukova pawar
pawelec pawlak pawlicki pawlik pawlikowski pawlowski payet payne paz pearson peck pedersen pedraza pedroia
pedroza peeters peixoto pekkan pektemek pelayo pele pelikan pelikanova pellegrini pellegrino pena pencis
pendyk peng pennington perales peralta perdana perea pereira peres peretz perez perisic perkins perkona
perkons perlman permadi permata peron perret perrier perrin perrot perroy perry persson pertiwi pesic pesko
peskov peskova pestov pestova petcu petek peter peters petersen peterson petersone petersons petit petlyura
petrauskas petre petrea petrenko petrescu petriv petro petrov petrova petrovic petrovicka petrovicky petrovska
petrovskis petruska petruskova petryn petryna petryshyn petryshyna pettersen pettersson petukhov petukhova
petyk pfeiffer pfister phadke pham phan phelan phelps philippe phillips phiri phung piaf piaget piasecki
piatek piatkowski pibulsongkram picard pichardo pictet piechota pieczek piekarski pienaar pierce pierre
pieterse pietras pietruszka pietrzak pietrzyk piguet pilarski pilat pilch pilla pillai pillay pimentel pina
pineda pinheiro pinho pinochet pinon pintea pinter pintilie piorkowski piotrowicz piotrowski piras pires pirlo
pirvu pithey pitkanen pittard pittman pitts piwowarczyk pizarro pjanic plaksii planck platini plchova plekanec
plekanecova plenkovic plessis plomb plonka plotnikov pluta pocan podgorski podhradska podhradsky podkonicka
podkonicky podniece podnieks podzina podzins poe poels pogba pohl pohyba poirier pokorny polak polanco
polanski polat pold poliak poliakova polis polishchuk polizzi pollack pollard pollock polyakov polyakova
pompidou ponce ponomarenko ponomarev ponomareva ponomariv pons ponta poole poon poore popa pope popescu
poplawski popov popova popovic popovici porebski porgante porgants poroshenko porras porsche porter portillo
portmann poryvai poryvailo porzingis posada pospisil postma potanin potapov potapova potebenko potgieter
pothuvaal potocnik pototska pototskyi potter potts poulsen pouye powell power powers poyrazoglu prabowo prada
pradana pradhan pradipta prado prajapat prakasa pranowo prasad prasasta prasetya prasetyo prastuti pratama
pratiwi pratt prayoga prayut prebil preciado preda preez prempeh preseren preston pretkalnina pretkalnins
pretorius prevost price pridane pridans priedite prieditis prieto prigozhin prince pringle prins prinsen
prinsloo pritchard probert probst prochazka procter proctor prodan prodi prokhorov prokhorova prokofiev prokop
prosser proust pruitt prus pryadun pryhoda pryimak prytula przybyl przybyla przybylski przybysz ptak puccini
puchalski pudjiastuti puente puga pugh puiu pujols pukite pukitis pulido pupak pupakova puri purnama
purnawarman purnawati purnomo purwadi purwanti pury pushkin puskas puspasari puspita putin putnina putnins
putra putri pyo pytel qahtani qasim qazi qi qian qiao qin qiu quach quan quarshie quartenoud quartey quaye
queiroz quek quesada quevedo quezada quezon quigley quinlan quinn quinodoz quinones quinonez quinta quintairos
quintana quintanilla quintero quiros quiroz qureshi rabin rabinowitz rachmaninoff rachmaninov rachmawati
racordon racz raczynski radebe radecki radoi radomski radovanovic radu radulescu radulic radwanska rael
raffaello rafsanjani rahardian rahayu rahimah rahimi rahman rahmawati rai raikkonen rajagopal rajan rajasa
rajata rajh raju rak rakitic rakova rakowski ramachandran ramadan ramadhani raman ramanathan ramanauskas
ramaphosa ramaswamy ramirez ramon ramos ramsay ramsey rana randall randhawa randolph rangarajan rangel
rangnick rankin rantanen rao raposo rasanen rascon rashid rasmussen rastogi ratajczak ratas rathore ratniece
ratnieks raud raudsepp raut ravel ravet ravn rawlings ray raya rayhan raymond razak razo rebane recto reddy
redmond reed rees reese reeves regalado regan rehak reid reilly reinsalu remy ren renard renaud renault rendon
rendra renen renoir rens rensburg renteria renzi repiska repisky resendez resnik revilla rey reyes reymond
reyna reynold reynolds reynoso rezaei reznikov rhodes ribaupierre ribeiro ribery ricci rice rich richard
richards richardson richmond richter rico riekstina riekstins rietman riley rimbaud rimkus rimsky rinaldi
rincon riner rinkevics riojas rios riquelme ris ritchie ritsma ritter ritz riva rivas rivera rivero rivers
riviere riyanti rizal rizvi rizzi rizzo roach robak robben robbins roberson robert roberts robertson robin
robinson robledo robles robredo rocha rochaix rochat roche rodarte rodgers rodin rodionov rodionova rodrigez
rodrigues rodriguez rodriquez roed rogala rogalski roger rogers rogov rogova rogowski roh rohan rojas rojek
rojo roldan rolfson rolland rollins rolon roman romancik romancikova romanenko romaniv romano romanov romanova
romanovska romanovskis romanowski romanyshyn romanyshyna romario romei romenets romero romo romochko romy
ronaldinho ronaldo rooney roos rooyen roque rosa rosado rosales rosario rosas rosberg rosca rose rosen
rosenberg rosenthal rosiak rosinski ross rossellini rossetti rossi rossini rossouw rostami rosu rotar rotaru
roth rothlisberger rothman rothschild rotich roufos rougemont rouhani roulin rousseau rousseff roussel roux
rowe rowland roxas roy roybal roychowdhury royer rozanski rozenbaha rozenbahs rozite rozitis rozkalne rozkalns
rozputnii rozputnya rozycki rubene rubenis rubik rubin rubio rucinski rudenko rudisha rudnicki rudzinski
rudzite rudzitis rudzki ruegg ruelas ruggiero ruiter ruiz rumyantsev runce runcis rupnik rus rusakov rusakova
rush rusin rusova russel russell russo rusu rutherford rutkowski ruto rutte ruttimann ruud ruutel ruzicka
ruzickova ryabov ryabova ryan rybak rybakov rybakova rybar rybarczyk rybarik rybarikova rybarova rybicki
rybnicek rybnicekova ryu rzepka saad saar saarinen saavedra sabah sabaliauskas sabaly sabau sabbagh sabdat
sabian sabonis sachs sadeghi sadeq sadiklar sadio sadowski saeed saefullah saelim saeng saenz saetang saether
saez safavi safitri safo safonov safonova sagna saha saheed sahin sai saidi saienko saini saito saiz sakai
sakalauskas sakamoto sakharov sakho sakkari saks sakurai sala salahudin salako salas salazar salcedo salcido
saldana saldivar saleh salem salgado saliba salim salinas sall salloum salma salman salmina salminen salmins
salo salonen salsabilla salunkhe salvini salzman samanci samaniego samaras samatar samb sambe sambou samel
samelova samosir samoylov samoylova sampson samson samsonov samsonova samuel samuelsson sanabria sanches
sanchez sandalci sandberg sanders sandhu sandic sandler sandor sandoval sandoz sandstrom sandu sanford sangare
sankaran sanna sano santacruz santana santiago santillan santoro santos santoso sanusi sanyal sanz saptono
saputra saputri sarabia saragih sarah saraiva saraswati sarbu sarioglu sarkar sarker sarkozi sarkozy sarmiento
sarpong sarr sartori sartre sasaki sasek sassou sata satie sato satria sauceda saucedo saud sauer sauliete
saulietis saunders saussure sava savage savary savchenko savelev saveleva savelyev savin savina savoia
savolainen savu savytska savytskyi sawant sawicki sawyer saxena sayed sayegh sayginer sazonov sazonova scaloni
scanlon schaefer schafer schaller schar scharer schaub schauble scheidegger schenk scherrer scheurer schiller
schipper schlatter schlein schmid schmidt schmitt schmitz schneider schnider schnyder schoch schoeman scholten
scholtz scholz schorderet schouten schreiber schrepfer schroder schroeder schubert schuler schulman schulte
schultz schulz schulze schumacher schumann schurch schuster schwab schwartz schwarz schweinsteiger schweitz
schweizer schwizgebel scott scrymgeour seah seck sedillo sedlacek sedliak sedliakova seeder seedorf seferis
segal segnane segovia segunmaru segura seidel seiler sejeja sejejs sekhon sekinat selassie seleznev selezneva
seligman seliverstov seliverstova sellers selvaraj seme semenochko semenov semenova semeshchuk sen sene
senghor sengupta senko senkova senn senzangakhona seo seok seol sepetci sepp sepulveda serafin serban serdyuk
serfontein sergeev sergeeva serna serra serrano serrato serzante serzants seth sethi setiawan sevilla sexton
seydi seydoux seye sezek shabalala shafak shaffer shagari shah shaheen shai shaikh shakya shalhoub shamir
shammari shamrylo shanahan shannon shao shapiro sharabi sharapov sharapova sharif sharifi sharma sharmarke
sharon sharov sharova sharp shashkov shashkova shaw shcherbak shcherbakov shcherbakova shchukin shchukina
sheehan shehadeh shehri sheikh sheinbaum shekoni shelton shen shenoy shepard shepherd sheppard sheridan
sherman sherpa shestak shestakov shestakova shettima shetty shevchenko shevchuk shezi shi shibata shields
shilov shilova shimada shimizu shimoni shinawatra shinde shirazi shiryaev shiryaeva shiu shkaraba shoigu
shongwe short shostakovich shrestha shubin shubina shudryk shukhevych shukla shulman shum shumylo shupyk
shyndarei shyyan sibanda sibelius sibiya siddiqui sidhu sidibe sidler sidletska sidletskyi sidlo sidlova
sidlyak sidorov sidorova siedlecki siegel siegrist siemens sienkiewicz sieradzki sierra sietniece sietnieks
sigrist sigurdardottir sigurdsson sihombing sihotang sikder sikora sikorski sile sileiko silin silina silins
silis silva silver silverman silvestri sima simak simanjuntak simbolon simcic simic simion simionescu simkus
simmen simmons simoes simon simonet simonov simonova simonovic simonovicova simonsen simova simpson sims
simsek sinaga sinanoglu sinclair singer singh singleton sinha sinner sipos sirait sirante sirants sirbu
siregar sirko sirova sirovs sirvydis sisi sisneros sissoko sisulu sitek sithole sithuli sitnikov sitnikova
sitompul sitorus situmorang siu sivaraman siwek siwele siyaya sjoberg sjogren skalski skene skiba skibinski
skinner sklenka sklenkova sklodowska skoczylas skoglund skokan skokanova skora skoropadska skoropadskyi skov
skowron skowronek skowronski skriniar skriniarova skrzypczak skrzypek skudra skultety skultetyova skutecka
skutecky skuterud skvortsov skyba sladek slastan slastanova slatinac slattery slawinski sliwa sliwinski sloan
sloboda slobodnik slobodnikova slobodova slobodyan slota slotova slovak slovakova slowik slowinski slusarczyk
smajda smajdova small smedsrud smeets smet smetana smets smirnov smirnova smit smith smitham smits smogeli
smolinski smrek smrekova smuge smugis smyth snedden sneijder snell snooke snow snyder snyman soare soares
sobchak sobczak sobczyk sobieraj sobolev soboleva sobolewski sobowale socha sochacki socrates soder soderberg
soekarnoputri sofronov soh sokhela sokol sokolov sokolova sokolowski solano solberg soler solheim solis soliz
solli solmaz solomon solorio solorzano solovev soloveva soloviev soltani soltes soltesova soltys soltysiak
soltysova solzhenitsyn somayaji somboon sommer somogyi somoza son sondisa sondore sondors sonko sood soos
sorensen soria sorlie sorokin sorokina sorrentino sosa sosare sosars sosnowski sosyura sotelo sothole soto
sotto souare soumare sousa soutter souza sowa sowinski soyinka sozeri spahn sparks spasojevic spasovski spears
spence spencer spielberg splyukh splyukha spoerri sporri spotykach sproge sprogis sprude sprunger sridharan
srinivasan srisawat srisuk srivastava sroka stachowiak stachowicz stachura stachurski stadelmann staden
stafford staicu stakhiv stalder stalin stan stanciu stancu stanek stanescu stanislawski staniszewski
stankevicius stankiewicz stankova stankovic stanley stanton stark stasiak stastna stastny staszewski staub
stauffer stavros stawicki stec steele steenkamp stefan stefanescu stefaniak stefanka stefankova stefanova
stefanski stefansson steffen steffensen stegmann steiger stein steina steinberg steiner steinmann steinmeier
stelmach stensrud stepanets stepanov stepanova stephens stephenson stepien stepniak stern sternenko stetskiv
stettler stevens stevenson stewart steyn stocker stockli stodola stodolova stoian stoica stojakovic stojanovic
stokes stolarczyk stolarski stone storchak stout stoyan straka strakova strand strauss strautina strautins
strautmane strautmanis stravinsky strazdina strazdins strazds strelkov strelkova strickland strnisko
strniskova stroe strom stromberg strong strukelj strydon strzelczyk strzelecki stuart stubb stucki studer
stutz styger styhailo su suarez suartini subbotin subbotina subedi subianto subramanian suchak suciu sudiati
sudirman sudrajat suen suga sugawara sugimoto sugiyama suharto sukarno sukhanov sukhanova sukhumvit sukprasert
suksawat sukute sukuts sulaimon sulc sulcova suleiman suleymanoglu sulistyo sullivan summers sundaram sundberg
supriyanto surka surkova surma suryatmi suryono susanti susanto sushko suski suter sutermeister suthar
sutherland sutter sutton sutz suvajac suvorov suvorova suwannarat suwarno suzuki svab svehla svehlova svendsen
svensson svoboda svrbik svrbikova svydryhailo swaminathan swamy swanson swart sweeney swiatek swiderski
swierczynski swift sy syahreza syed sykora sykorova syletska syletskyi sylla sylvester symcox symonenko
syrskyi sysoev sysoeva szabo szafranski szalai szasz szatkowski szczepaniak szczepanik szczepanski szczerba
szczesna szczesniak szczesny szczygiel sze szekely szekeres szelag szeto szewczyk szijjarto szilagyi szoke
szostak szucs szulc szwarc szwed szydlowski szymanski szymborska szymczak szymczyk szymkowiak szyszka ta
tabatabai tabet tabrizi tadesse tadic tafoya tagore taha tahincioglu tahir tai taira tait taiwo tajani tak
takacs takada takagi takahashi takayama takeda takeshi takeuchi takyi talberga talbergs talukder talwar tamang
tamas tamayo tamba tambo tambuwal tamez tamimi tamm tamme tampubolon tamunoemi tamura tanaka tanase tandon
tangen taniguchi tanner tannous tanoto tanrikulu tao tapia tarasov tarasova tarasyuk tareen tarihoran
tarkovsky tarnowski tas tasci tasdemir tasli tata tatar tatarka tatarkaova tatarkova tatarova tataru tate
tatis tau tautou tavakoli tavares tawia tawil tay taylor tazegul tazi tchaikovsky tchouameni teder tefera
tehrani teicane teicans teitelbaum teixeira tejada tejeda tekand tekelioglu tekin tella tellez tello tembo
temitope tendulkar teo teodorescu teoh tepes teran terentev terenteva tereshkova terlouw terrazas terrell
terry terzi tesfaye testa teterin teterina tetteh tevez thackeray thai thakur thamrin thanarat thangavel thani
thapa thapar theodorakis theodoridis theodosiou theotokis theron theunissen thiagarajan thiam thiao thiaw
thijs thiongane thioub thioune thomas thomka thomkova thommen thompson thomsen thomson thongchai thoresen
thornton thorsdottir thoyana thumbeza thuram thusi thyssen tian tierney tieu tiits tijerina tikhomirov
tikhonov tikhonova tillman tiltina tiltins timmermans timofeev timofeeva tinguely tinubu tirado tirele tirelis
tissot tito titov titova tiwari tjahaja tkachenko tkachuk tkaczyk toader tobin tobler todd toft toh toivonen
tokarski tokatlioglu tokgoz tokugawa tola toledo tolentino tolstoy tolulope toma tomala tomas tomaszewski
tomczak tomczyk tomecek tomecekova tomescu tomic tomiyasu tomka tomko tomkova tomys toom topaloglu topcuoglu
toprak toraman torgersen tornatore toro torok torp torres torrez torriani toth totti toumi toure tovar towne
townsend toyoda toyotomi trabelsi tracz tran trandafir traore travis trcek trejo tremblay tretyak tretyakov
tretyakova trevino triantafyllou trif trifan trinh trivedi trofimov trofimova trojanowski trotsky troyan
truben trubenova trublaievska trublaievskyi trujillo truong truter tryasun tryasylo trzaskowski trzcinski
trzeciak tsabalala tsai tsang tschudi tse tsegaye tseng tshabalala tshisekedi tshuma tsipras tsitsipas tsoi
tsotetsi tsui tsushko tsvangirai tsvetkov tsvetkova tsyhankov tsymbalistyi tuca tuchel tucker tuckett tucs
tudjman tudor tudorache tudose tuglas tuglu tugluk tuli tunaboylu tunceri tuominen turan turcok turcokova
turcotte turcu turek turgenev turk turkdogan turkoglu turkyilmaz turner turov turova turunen tutuncu tuzun
twardowski tweneboa twomey twumasi tyler tymoshenko tyndarei uca ucar uchechi uchenna uchida uddin udre udris
ueda ueno ugarak ugwu ulibarri ulloa uluhan umanets umeh unal underwood ungureanu unych upadhyay upitis uram
uramova urban urbanczyk urbanek urbaniak urbanowicz urbanski urbina urblik urblikova urbonas urena urias uribe
urquhart urrutia ursu usada usamah usmanov ustinov ustinova usych usyk utama utami uvarov uvarova uwais
uyainah uys uzoma vaca vaciete vacietis vaduva vaher vahidi vaidyanathan vaino vaisanen vaivade vaivads vajcik
vajcikova vajda vajdova valach valachova valachovic valachovicova valadez valanciunas valdes valdez valdivia
valencia valent valente valentin valentine valentini valentino valentova valenzuela valladares valle vallejo
valles vallet valls valtere valters valuska valuskova valverde vamvakas vamvas vanaga vanags vance vandamme
vandenberghe vandenbroeck vandevelde vanegas vanek vanekova vang vangelis varadi varela vares varga vargas
varma varman varnakiotis varoufakis varouxis varrier vasile vasileiadis vasileiou vasilescu vasilev vasileva
vasiliauskas vasiliev vasilikos vasiliu vasilopoulos vasils vaskova vasquez vass vasseur vasylenko vasylkivska
vasylkivskyi vasylyn vasylyshyn vasylyshyna vaughan vaughn vaz vazquez vecumniece vecumnieks vedvik veen
veenstra vega vegge veiga veinberga veinbergs veisa veiss vekselberg vela velasco velasquez velazquez velde
velden veldsman velez velioglu veliz ven venegas venizelos venkataraman venkatesan venter ventura vera verbeek
verbeke verdi verdugo verduzco veredun veres vereshchuk vergara vergas verhaeghe verhoeven verhofstadt verhun
verlaine verma vermeer vermeersch vermeulen versace versfeld verstappen verstraete vesel veselov veselova
vesely vestergaard vettel vezi vicen vicenova vicente vidal vidic vidmar vieira viera viiding vike vikelidis
viklund vilaetis vilakazi vilde viljoen vilka vilks villadsen villagomez villalobos villalpando villanueva
villar villareal villarreal villasenor villegas villepin villiers vilsone vilsons viluma vilums vincent vincze
vink vinogradov vinogradova vintere vinters vinther vintila virag virk virtanen visagie visan visconti
vishnyakov vishnyakova visnovska visnovsky visser vitale vitali vitalis vitina vitins vitola vitolina vitolins
vitols vitryak vituma vitums vivaldi viviers vizcarra vlach vlachopoulos vlachos vlachova vlad vladimirov
vladimirova vlasov vlasova vlastos vlavianos vliet vo vogel vogt voicu voigt voinea vojtek vojtekova volkov
volkova volle vollis voloshchuk volta voltaire vonortas vorobev vorobeva vorobiev voronin voronov voronova
vorontsov vorontsova voros vos vosloo vougiouklakis voulgaris vourdoumpas vracar vries vu vucevac vucic
vukovic vuong vydarena vydareny vytrebenko vyzantios waal wacana wada wade wafula wagenaar wagner wahid
wahyudi wahyudin wahyuni wai wajda wal walczak walder walesa walia walker walkowiak wall wallace waller wallin
walls walsh walter walters walton waluyo wambugu wang wanjiru warchol ward wardana ware warner warren warrier
warsame warshawsky washington wasiak wasik wasilewski wasita wasiu waskita wasowski wasser wasserman wastuti
watanabe waters watkins watson watts waweru wawrzyniak weaver webb weber webster weeks wegmann wegrzyn wehrle
wehrli wei weibel weidel weimann weinberg weinstein weiss welch wells welti wemyss wenger wentzel werner
wesley wesolowski wessels west westhuyzen wettstein wheeler whelan whitaker white whitehead whitney wi wiacek
wiafe wibisono wibowo wicaksono widiastuti widmer widodo wiecek wieckowski wieczorek wierzbicki wiggins wijaya
wijayanti wijk wikstrom wilcox wilczek wilczynski wilderman wilders wiley wilk wilkerson wilkins wilkinson
willane willems willemsen williams williamson willis willoughby wilson winarno winarsih windler winiarski
winkler winter winters winther wirth wirtz wirz wise wisniewski witczak witek witkowski wlodarczyk wlodarski
wnuk wojcicki wojciechowski wojcik wojtas wojtasik wojtczak wojtkowiak wojtowicz wolak wold wolde woldemariam
wolf wolfe wolff wolfson wolinski wolmerans wolny wolski wolters wong wongsawat wood woodard woods woodward
wos wosiyane wouters wozniak wright wrobel wroblewski wrona wronski wu wulandari wulff wuraola wuthrich wuyts
wyatt wypych wysocki wyss wyszynski xaba xacon xairo xana xavier xenia xia xiana xiao xicoy xie xing xiong xu
xue yaamoa yadav yade yago yakovenko yakovlev yakovleva yakushev yakusheva yalcin yalova yalovyi yalyuk yamada
yamaguchi yamamoto yamashita yamato yamazaki yami yan yanes yanez yang yanuar yanukovych yanyuk yao yaqub
yaradua yarmak yarmolenko yashchuk yassin yates yatskiv yatsyshyn yatsyshyna yau yavorivska yavorivskyi yavuz
yawson yazdi yazici ybarra yeboa yeboah yebra yee yeltsin yengwa yeo yeom yerima yermak yesilkaya yetkiner
yeung yi yildirim yildiz yildizoglu yilmaz yilmazer yim yin yirenkyi yiu yoder yohannes yokoyama yolanda yoo
yoon york yorulmaz yosef yoshida younes young yousafzai yousef yu yuan yudhistira yudhoyono yudin yudina yue
yuen yukhno yuksel yulianti yulianto yuliarti yun yung yuniar yunta yurchyshyn yurchyshyna yushchenko yushchuk
yushchyk yussuf yusuf zabaleta zabila zablocki zaborowski zaborska zaborsky zach zachariou zachos
zafeiropoulos zagorski zaharia zahra zahrah zahrani zaidi zaimis zaitsev zajac zajacova zajaczkowski zak
zakharov zakharova zaki zakrzewski zalewski zalite zalitis zaluzhnyi zamani zamarreno zamarripa zambrana
zambrano zamfir zamora zamudio zand zanos zapata zapletal zappas zaragoza zarate zardari zareba zaremba zarif
zarina zarins zarkos zarzycki zatlers zavala zawada zawadzki zayas zayed zaytsev zaytseva zbinden zdunek
zebrowski zedillo zehnder zeidmane zeidmanis zein zelaya zelenka zelensky zelenskyy zeltina zeltins zemaitis
zeman zemmour zeng zepeda zervas zervos zewde zhai zhan zhang zhao zhdanov zheng zhirinovsky zhong zhou zhu
zhukov zhuravlev zibere zibers zico zidane zieba ziegler zielinski zielonka ziemann ziemele ziemelis zietek
zijlstra zilberman zilinskas zima zimin zimina zimka zimkova zimmerman zimmermann zimova zinchenko zingg
zinkevych zinovev zinoveva ziolkowski zivkovic zlenko zmuda zoghbi zografos zografou zola zollinger zondi
zondo zou zubane zubiri zubrik zubrikova zuckerberg zuckerman zuev zueva zuiderveld zuk zukauskas zukowski
zulaika zulkarnain zulu zuma zunda zungu zuniga zurawski zurcher zurek zvaigzne zvarych zvejniece zvejnieks
zverev zviedre zviedrs zvinele zvinelis zwane zwolinski zych zygmunt zygomalas zykov zykova zyl zyla zyuganov
`;

/**
 * Surnames that are also words which, after a first name in a prompt, usually describe what follows instead:
 * colours, sizes and the like ("emma white dress", "sophie long hair", "lily black cat", "tyler young boy").
 * Surnames that are English words, hand-picked, for a finder that wants more than the word itself before taking it
 * for a surname (the end of the clause, or a third name token).
 */
export const DESCRIPTIVE_SURNAMES = `
baker banks baron bell best bishop black bond brown cook day duke fields fisher fox frost gold golden good
gray green hardy hill hunter king knight lane little long love may moody moon noble pope price prince rice
rich rivers rose savage sharp shepherd short silver small snow stone stout strong summers west white winter
winters wise wolf wood woods young
`;

/**
 * Chinese (pinyin, Cantonese, Hokkien and Wade-Giles spellings), Korean and Vietnamese family names, which
 * come FIRST in a full name ("kim jong un", "li bai", "nguyen van an"). English function words among them are
 * left out ("he", "do", "so", "oh", "ha", "ma", "le", "ho", "lo", "la", "ng", "ip"), so are two-letter ones a
 * finder would see everywhere; the rest can be words (park, song, moon, long, sun), so a finder should
 * require that what follows is no English word.
 */
export const EAST_ASIAN_SURNAMES = `
ahn ai ang bae baek bai bao bi bui byun cai cao cha chae chai chan chang chao chau chen cheng cheung chia
chiang chien chiu cho choi chong choo chou chow choy chu chua chun chung cui dai dang dao deng dinh doan dong
du duan duong eng eom fang feng fong fu fung gan gao ge geng gil goh gu guo han hao heng heo hoang hong hou
hsiao hsieh hsu hu huang hui huynh hwang hyun im jang jeon jeong ji jia jiang jin jo joo jung kam kang kao ke
khoo khuc ki kieu kim ko koh kong koo kuang kuo kwak kwan kwok kwon kwong kyung lai lam lau law lee lei leung
li lian liang liao lim lin ling liu loh lok long low lu lui lum luo luong ly mah mai mak mao meng min mok moon
mun myung nam neo ngo nguyen nie niu noh ong ooi ou pang park peng pham phan phung poon pyo qi qian qiao qin
qiu quach quan quek rao ren roh ryu seah seo seok seol shao shen shi shin sim siu soh son song su sun sze ta
tai tak tan tang tao tay teo teoh thai tian tieu toh tong tran trinh truong tsai tsang tse tseng tsoi tsui vo
vu wai wang wei wen wi wong wu xia xiao xie xing xiong xu xue yan yang yao yap yau yee yeo yeom yeung yi yin
yip yiu yoo yoon young yu yuan yue yuen yun zeng zhai zhan zhang zhao zheng zhong zhou zhu zou
`;

/**
 * Romanised Korean, Chinese and Vietnamese given-name syllables, which follow an EAST_ASIAN_SURNAMES family name
 * as separate tokens ("park seo joon", "kim jong un", "wang wei", "nguyen van an"). Some are English words (min,
 * ho, young): a finder takes a family name and its syllables for a name only when at least one syllable is no
 * English word. Written by hand.
 */
export const EAST_ASIAN_GIVEN_SYLLABLES = `
joon jun jae min seo hyun soo woo jin hee yeon jung jong un sung hye eun seok hoon kyung chul sang yong tae won
bin hwan hyuk suk ji yeong gyu seung jeong hyeon sik geun yeol ki kyu nam jo ho wook young ah na yu da ye si ha
rin bai wei jie ming hua xiao yan ying hong lei hao yi ping qing zhi jing qiang feng gang jian lin xin yun zhen bo
chao chen cheng dong fei guo hai hui kai kang liang long mei peng qi rui shan tao ting xia xiu xue yang zi zhong
anh minh thanh tuan hung huong linh lan mai trang thu ngoc quang duc van thi nguyet khanh
`;

/**
 * Spelling patterns typical of surnames, as JavaScript RegExp sources for a WHOLE token: a finder anchors
 * them itself (`new RegExp(`^(?:${SURNAME_SHAPES.join('|')})$`)`). Slavic
 * -ovic/-ovich/-enko/-ski/-ska/-sky/-wicz/-czyk/-chuk, Romanian -escu, Greek -opoulos/-akis/-idis, Turkish
 * -oglu, Armenian -yan, Georgian -shvili/-dze, Nordic -son/-sen/-sson/-dottir, German
 * -stein/-berg/-mann/-baum/-feld, Spanish -ez, Italian -ini/-elli/-etti/-ucci/-otti, Russian
 * -ov/-ev/-ova/-eva, Scottish/Irish mc-/mac-, Lithuanian -auskas/-aitis/-aite/-iene, Finnish -nen, Persian
 * -zadeh/-pour/-nejad, Yoruba/Igbo ade-/olu-/chukwu-, Japanese
 * -moto/-mura/-yama/-kawa/-hara/-saki/-shita/-guchi/ -hashi, Indian -swamy, Portuguese -inho/-eiro. Each was
 * kept only when few dictionary words match it (run scripts/moderation/person_names.py for the counts);
 * dropped as too wordy: -ic (628 words), -ian (87), -ard (147), -ier (681), -ius, -ano, -oni, -ello, -eau,
 * -ault, and "mac" before any letter (macabre, machine: only macd-, macg-, macl-, macp-, macq- and mack- are
 * kept). Foods and brands that fit a shape but are no dictionary word (panini, tortellini, biscotti, improv,
 * jetski) are in NOT_A_SURNAME.
 */
export const SURNAME_SHAPES: readonly string[] = [
  '[a-z]{2,}[oe]vich?',
  '[a-z]{2,}[oe]vic',
  '[a-z]{2,}enko',
  '[a-z]{2,}escu',
  '[a-z]{2,}opoul(?:os|ou)',
  '[a-z]{2,}akis',
  '[a-z]{2,}i?adis',
  '[a-z]{2,}idis',
  '[a-z]{2,}oglu',
  '[a-z]{3,}yan',
  '[a-z]{2,}shvili',
  '[a-z]{3,}dze',
  '[a-z]{3,}sk[aiy]',
  '[a-z]{3,}sk(?:yi|iy|aya)',
  '[a-z]{2,}wicz',
  '[a-z]{2,}czyk',
  '[a-z]{2,}czak',
  '[a-z]{2,}chuk',
  '[a-z]{3,}sson',
  '[a-z]{3,}ssen',
  '[a-z]{3,}sen',
  '[a-z]{3,}son',
  '[a-z]{3,}dottir',
  '[a-z]{2,}stein',
  '[a-z]{2,}berg(?:er)?',
  '[a-z]{2,}mann',
  '[a-z]{3,}baum',
  '[a-z]{3,}feld',
  '[a-z]{3,}ez',
  '[a-z]{2,}ini',
  '[a-z]{2,}elli',
  '[a-z]{2,}etti',
  '[a-z]{2,}ucci',
  '[a-z]{2,}otti',
  '[a-z]{2,}acci',
  '[a-z]{3,}ova',
  '[a-z]{3,}eva',
  '[a-z]{3,}ov',
  '[a-z]{3,}ev',
  'mc[a-z]{3,}',
  'mac[dglpq][a-z]{3,}',
  'mack[a-z]{3,}',
  '[a-z]{2,}y?uk',
  '[a-z]{3,}auskas',
  '[a-z]{3,}aitis',
  '[a-z]{3,}aite',
  '[a-z]{3,}iene',
  '[a-z]{3,}[ai]nen',
  '[a-z]{3,}zadeh',
  '[a-z]{3,}pour',
  '[a-z]{3,}nejad',
  'ade[a-z]{3,}',
  'olu[a-z]{3,}',
  'chukwu[a-z]*',
  '[a-z]{2,}moto',
  '[a-z]{2,}mura',
  '[a-z]{2,}yama',
  '[a-z]{2,}[kg]awa',
  '[a-z]{2,}hara',
  '[a-z]{2,}[sz]aki',
  '[a-z]{2,}shita',
  '[a-z]{2,}guchi',
  '[a-z]{2,}hashi',
  '[a-z]{2,}swamy',
  '[a-z]{3,}inho',
  '[a-z]{3,}eiro',
];

/**
 * Places, which follow a first name in prompts ("emma paris trip", "jack texas ranch") and are not surnames:
 * countries and their demonyms and languages, US states and their usual abbreviations of three letters or
 * more, Canadian provinces, Australian states, the world's best-known cities and regions (single tokens, and
 * the tokens of multi-word ones, such as "york", "angeles", "francisco", "aires", "lumpur"), continents,
 * rivers, mountains and landmark words. Some are also surnames or given names (washington, houston, jordan,
 * florence, victoria, lincoln): the place wins in second position.
 */
export const PLACE_WORDS = `
ababa abidjan aboriginal abuja acapulco accra acropolis addis adelaide adriatic aegean afghan afghanistan
africa african agra ahmedabad aires akihabara ala alabama alaska alaskan albania albanian alberta albuquerque
alegre alexandria algeria algerian algiers alhambra almaty alps amalfi amazon america american americas
amharic amman amritsar amsterdam anchorage andes andorra andorran angeles angkor anglo angola angolan ankara
antananarivo antarctic antarctica antigua antonio antwerp apache appalachia arab arabia arabian arctic area
argentina argentine argentinian ariz arizona ark arkansas armenia armenian asia asian aspen astana asuncion
aswan athens atlanta atlantic auckland aussie austin australia australian austria austrian aviv azerbaijan
azerbaijani azeri baghdad bahamas bahamian bahrain bahraini baku bali balkan balkans baltic baltimore bandung
bangalore bangkok bangladesh bangladeshi barbadian barbados barbuda barcelona basel basque bath bavaria
bavarian bay beijing beirut belarus belarusian belem belfast belgian belgium belgrade belize belizean belo
bengali bengaluru benidorm benin beninese berkeley berlin berliner bern beverly bhopal bhutan bhutanese big
bilbao birmingham bishkek bissau bogota boise bolivia bolivian bologna bora bordeaux bosnia bosnian boston
botswana botswanan brasilia bratislava brazil brazilian bremen bridgetown brighton brisbane bristol brit
britain british briton brits broadway bronx brooklyn bruges brunei bruneian brunswick brussels bucharest
buckingham budapest buffalo bulgaria bulgarian bund burkina burkinabe burma burmese burundi burundian busan
cairns cairo cal calcutta calgary cali calif california californian cambodia cambodian cambridge camden
cameroon cameroonian canada canadian canberra cancun cannes cantonese canyon cape capri caracas cardiff
caribbean carolina casablanca caspian catalan catalonia cebu celtic central chad chadian champs chandigarh
charleston charlotte chelsea chengdu chennai cherokee chicago chile chilean china chinatown chinese chongqing
christchurch cincinnati cleveland coliseum colo cologne colombia colombian colombo colorado colosseum columbia
columbus comoros congo congolese conn connecticut copenhagen cordoba cossack costa crete crimea crimean
croatia croatian cuba cuban curitiba cusco cuzco cypriot cyprus czech czechia dakar dakota dalian dallas
damascus danang dane danish danube darjeeling darwin davao del delaware delhi denmark denpasar denver detroit
dhabi dhaka diego disneyland disneyworld dixie djibouti djiboutian dodoma doha domingo dominica dominican
dongguan dover dresden dubai dublin durban dusseldorf dutch ecuador ecuadorian edinburgh edmonton edward egypt
egyptian eiffel elysees emirates emirati england english equatorial eritrea eritrean estonia estonian eswatini
ethiopia ethiopian etna eurasia europe european everest faso fez fiji fijian filipino finland finnish fla
florence florida floridian fortaleza foshan france francisco frankfurt french fuji fukuoka gabon gabonese
gaborone gaelic galapagos galilee gambia gambian ganges gaza geneva genoa georgia georgian german germany
ghana ghanaian ghent ginza giza glasgow goa gobi granada grand greece greek greenland grenada grenadian
grenadines guadalajara guangzhou guatemala guatemalan guayaquil guinea guinean gujarati guyana guyanese hague
haifa haiti haitian halifax hamburg hampshire hangzhou hanoi hanover harajuku harare harbin harlem hausa
havana hawaii hawaiian hebrew helsinki herzegovina himalaya himalayas hindi hiroshima hispanic hobart holland
hollywood honduran honduras hong honolulu horizonte houston hungarian hungary hyderabad ibadan ibiza iceland
icelandic idaho igbo ill illinois incheon ind india indian indiana indianapolis indonesia indonesian indore
innsbruck inuit iowa iran iranian iraq iraqi ireland irish isfahan islamabad island israel israeli istanbul
italian italy ivorian ivory jacksonville jaipur jakarta jamaica jamaican janeiro japan japanese jeddah jersey
jerusalem jinan johannesburg jordan jordanian jose juan kabul kampala kan kano kanpur kans kansas kaohsiung
karachi kashmiri kathmandu kazakh kazakhstan kazakhstani kensington kentucky kenya kenyan kerala kharkiv
khartoum kiev kigali kilimanjaro kingston kinshasa kiribati kitts kiwi kobe kochi kolkata kong korea korean
kosovar kosovo krakow kremlin kuala kumasi kurdish kurdistan kuwait kuwaiti kyiv kyoto kyrgyz kyrgyzstan
labrador lagos lahore lake lanka lanzarote lao laos laotian lapland latina latino latinx latvia latvian
lausanne lebanese lebanon leeds leicester leipzig lesotho liberia liberian libya libyan liechtenstein lille
lima lisbon lithuania lithuanian liverpool ljubljana london londoner louisiana louvre luanda lucia lucknow
lumpur lusaka luxembourg luxembourgish luxor lviv lyon macao macau macedonia machu madagascar madras madrid
mahal maine majorca malaga malagasy malawi malawian malaysia malaysian maldives maldivian mali malian malibu
mallorca malta maltese managua manaus manchester mandarin manhattan manila manitoba maori maputo marathi
marbella marrakech marrakesh marseille maryland mass massachusetts mauritania mauritanian mauritian mauritius
mecca medellin medina mediterranean melbourne memphis mexican mexico miami mich michigan micronesia midwest
milan milwaukee minn minneapolis minnesota minsk miss mississippi missouri mogadishu mojave moldova moldovan
mombasa monaco monegasque mongolia mongolian mont montana montenegrin montenegro monterrey montevideo
montmartre montreal moroccan morocco moscow mozambican mozambique mumbai munich muscat myanmar mykonos mysore
nagasaki nagoya nagpur nairobi namibia namibian nanjing nantes naples nashville nassau nauru navajo neapolitan
neb nebr nebraska nepal nepalese nepali netherlands nev nevada nevis new newcastle newfoundland niagara
nicaragua nicaraguan nice niger nigeria nigerian nigerien nile nordic norway norwegian notting nottingham nova
nunavut nuremberg oakland oceania odesa odessa ohio okinawa okla oklahoma olympus omaha oman omani ontario ore
oregon oriental orlando orleans osaka oslo ottawa outback oxford pacific pakistan pakistani palau palermo
palestine palestinian panama panamanian pantheon papua paraguay paraguayan paris parisian parthenon pashtun
patagonia patna pattaya paulo paz penang penh penn pennsylvania persian perth peru peruvian peshawar
petersburg petra philadelphia philippines phnom phoenix phuket piccadilly picchu pisa pittsburgh poland polish
polynesian portland porto portugal portuguese prague pretoria principe provence pune punjabi pyongyang
pyramids qatar qatari qingdao quebec queens queensland queenstown quito rabat raleigh rawalpindi recife
reykjavik rhine rhode rica riga rio riviera riyadh romania romanian rome rotterdam russia russian rwanda
rwandan sacramento sahara saigon salaam salt salvador salvadoran salzburg samarkand samoa samoan santiago
santorini sapporo saskatchewan saudi savannah scandinavia scandinavian scot scotia scotland scots scottish
seattle seine senegal senegalese seoul serbia serbian serengeti seville seychelles seychellois shanghai
sheffield shenyang shenzhen shibuya shimla shinjuku shiraz shoreditch siberia siberian sicilian sierra silicon
sinai sindhi singapore singaporean sioux sistine slavic slovak slovakia slovakian slovenia slovenian sofia
soho somali somalia somalian soweto spain spanish sphinx square sri stockholm stonehenge strasbourg stuttgart
sucre sudan sudanese surabaya surat suriname surinamese suzhou swahili swazi swaziland sweden swedish swiss
switzerland sydney syria syrian tabriz tahiti tahoe taipei taiwan taiwanese taj tajik tajikistan tallinn tamil
tampa tangier tanzania tanzanian tashkent tasmania tbilisi tegucigalpa tehran tel telugu tenerife tenn
tennessee territories tex texan texas thai thailand thames tiananmen tianjin tibet tibetan tijuana timbuktu
times timor titicaca tobago togo togolese tokyo toledo tome tonga tongan toronto toulouse trafalgar tribeca
trinidad trinidadian tripoli tucson tunis tunisia tunisian turin turkey turkish turkiye turkmen turkmenistan
tuscan tuscany tuvalu uae uganda ugandan uk ukraine ukrainian ulaanbaatar urdu uruguay uruguayan usa utah
utrecht uzbek uzbekistan valencia valley valparaiso vancouver vanuatu varanasi vatican vegas venetian
venezuela venezuelan venice verde vermont verona versailles vesuvius victoria vienna vientiane vietnam
vietnamese vilnius virginia volga wales warsaw wash washington wat wellington welsh westminster windhoek
winnipeg wis wisc wisconsin wuhan wyo wyoming xhosa xian yangon yangtze yank yankee yellowstone yemen yemeni
yerevan yiddish yogyakarta yokohama york yorker yoruba yosemite yukon zagreb zambia zambian zanzibar zealand
zimbabwe zimbabwean zulu zurich
`;

/**
 * Other tokens that often follow a first name in video prompts and are no surname: internet and video slang
 * and formats (vlog, asmr, pov, irl, tiktok, selfie, livestream, gif, 4k, lol, bruh, ngl), aesthetics
 * (cottagecore, y2k), emoji names, games and platforms, units, numbers as words, suffixes (jr, sr, ii),
 * abbreviations, and foods that fit a surname shape (panini, tortellini, biscotti). Some are dictionary words
 * too; listing them here overrides the surname lists (so "short" is never a surname after a first name).
 */
export const NOT_A_SURNAME = `
feuille pixar disney ghibli dreamworks aardman lego legos frisbee frisbees jacuzzi velcro kleenex taser zamboni segway nerf onesie
onesies popsicle popsicles dumpster crockpot photoshop powerpoint skype uber lyft airbnb netflix spotify tinder roomba
bubblewrap ziplock ziploc dodgeball pickleball
wallah walla wala
1080p 24fps 2d 30fps 3d 4k 4k60 60fps 720p 8k a about ad ads aerial aesthetic aesthetically aesthetics afk ai
aigen aight airpods aka also amaretti americano among amongus amv an and android anime animes ar as asmr at
avatar avatars babe baddie bae barbie barbiecore based bc beatbox bellini bellinis bestie besties bff bffs
billion biscotti blender blessed blog blogger blogging bodycam bokeh boo boss bosses bpm brb bro bros broski
bruh bts btw buff bussin but by cam cannelloni cap cappuccino catgirl cctv celsius cgi challenge challenges
chaotic chibi chill chillin chilling cinematic cinematics clip clips closeup closeups clout clown cm cod
collab collabs comfy commercial compilation coquette cos cosplay cosplayer cosplaying cosplays cottagecore
cover covers coz cozy cpop cringe cringey cringy crostini crying cursed cuz dalle dashcam dawg dds deadass
degrees delulu diffusion discord diy dozen dpi dps dreamcore drill drip drone dubstep dude dudes duet duets
dunno eboy edit edited edits edm eg eggplant egirl eight eighteen eighth eighty eleven emo emoji emojis emote
emotes esports esq etc ez facebook facepalm fahrenheit fam fanart fancam fanfic fanmade fb feral fettuccine
fettuccini fifteen fifth fifty fire first fisheye five flex flexing footage for fortnite forty foryou
foryoupage four fourteen fourth fps fr frappuccino freestyle frfr from ft fyi fyp gal gals gameplay gamer
gamers gaming gb genai genshin gg ghz gif gifs gimme goat goated goblincore gonna gopro goth gothic gotta
grissini groupie grunge grwm gta gyatt hack hacks halo haul hauls hd hdr heart hearteyes hearts highkey hiphop
hmm hmmm homie homies hon horizontal hotwheels howto hp hr hrs hun hundred hype hyped hyperlapse hyperreal
hyperrealistic icon iconic idc idk ie ig ight ii iii imax imho imo improv improvs in infomercial insta
instagram instagrammer interview interviews into intro ipad iphone irl istg iv jetski jetskis jif jk jnr jpop
jr karaoke kawaii kb kdrama kg kgs kidcore kinda kissy kk kling km kms kph kpop lad lads lamborghini landscape
laptop laughing lb lbs lego lemme letsplay lifehack limoncello linguine linguini lipsync lit livestream
livestreamer livestreaming livestreams lmao lmfao lofi lol looksmaxxing lora loras lowkey luigi luv lvl lyric
lyrics macbook macchiato macro manga manhwa mario mashup mate mb md meh meme memeing memes memey mewing mg mhz
mid midjourney million min minecraft mins ml mm mmo mmv moba mog mogging montage mph ms mukbang nah nerd nerf
ngl nine nineteen ninety nintendo ninth nocap noob noobs nope nor np npc npcs nvm octane of ohio ok okay okey
omfg omg on one ong onto ootd op or outro over overwatch owo oz panini paninis parody pavlova pavlovas pc
peach per periodt pfp phd phonk photoreal photorealistic pika pixel playstation plox pls plz pmv podcast
podcasts pokemon poop porcini portrait pov povs prank pranking pranks pro promo pros ps4 ps5 psi pubg pve pvp
px rainbow rap rapping ratio react reaction reactions reacts realistic reddit redditor reel reels remix
remixes render rendered rendering renders rigatoni rizz rizzler roast roasting roblox rocket rofl rotini rpg
rpm runway salty samsung scene sd sdxl sec second secs selfie selfies selfy seven seventeen seventh seventy
sfx short shorts shrug sigma simp simps sis situationship six sixteen sixth sixty sketch skibidi skit skits
skull skulls skyrim slay slayed slaying slomo slowmo smartphone smh smiley smileys snap snapchat snatched snr
so softie sonic sora sorta sparkle sparkles speedrun speedrunning spoof sr stable stan stans steam sticker
stickers stitch stories story stream streamer streamers streaming sus swag swagger switch synthwave tahini tb
tbh teaser telegram ten tenth than thanks the then third thirteen thirty tho thousand three thrice thru
thumbnail thumbnails thumbs thumbsup thx tiktok tiktoker tiktokers tiktoks timelapse tmr tmrw to tonite
tortellini trailer trap trend trending trends tutorial tutorials tweet tweeting tweets twelve twenty twice
twitch twitter two ty tysm uh uhd uhh ultrarealistic um umm unboxing under unhinged unicorn unity unreal uwu
valorant vaporwave veo versus vertical vfx vi via vibe vibes vibin vibing vid video videos vids viral vlog
vlogger vloggers vlogging vlogs vr vs walkthrough wallpaper wallpapers wanna webcam weirdcore whatsapp
wholesome widescreen wink winking with without wtf wth xbox xp y2k ya yah yall yas yass yd yeah yeet yeeted
yep yet youtube youtuber youtubers youtubes yt yup zelda zero
`;

/**
 * Two- and three-word phrases, in normalised form ("jack o lantern", "newton s cradle"), that look like a
 * given name and a surname but are harmless: public-domain literary, legendary and folk characters (sherlock
 * holmes, jane eyre, rip van winkle, paul bunyan), nursery-rhyme figures, placeholder names (john doe, jane
 * doe, joe bloggs, and john smith / jane smith, kept because they are the stock stand-ins for "anyone" and
 * too common to single out one person; the historical Captain John Smith is a matter for the public-figure
 * list), eponymous foods, drinks, dogs, plants and objects (jack russell, tom collins, earl grey, granny
 * smith, lazy susan, teddy bear), places named like people (victoria falls, alice springs, lake louise, port
 * elizabeth), ships and storms, and science terms (venn diagram, bunsen burner). Brands named after people
 * (jack daniels, calvin klein) and real people whose names are also things (mae west, tom ford) are left out.
 * One phrase per entry.
 */
export const FULL_NAME_SAFE: readonly string[] = `
sherlock holmes; mycroft holmes; john watson; james moriarty; irene adler; dorian gray; basil hallward;
jane eyre; edward rochester; oliver twist; ebenezer scrooge; bob cratchit; tiny tim; jacob marley;
david copperfield; pip pirrip; miss havisham; huckleberry finn; huck finn; tom sawyer; becky thatcher;
rip van winkle; ichabod crane; victor frankenstein; jean valjean; javert inspector; phileas fogg; paul bunyan;
john henry; pecos bill; jack frost; peter pan; wendy darling; captain hook; robin hood; maid marian;
little john; friar tuck; long john silver; jim hawkins; ben gunn; anne shirley; gilbert blythe; jo march;
meg march; amy march; beth march; laurie laurence; elizabeth bennet; fitzwilliam darcy; jane bennet;
lydia bennet; emma woodhouse; anne elliot; elinor dashwood; marianne dashwood; catherine morland; fanny price;
heathcliff earnshaw; catherine earnshaw; hester prynne; arthur dimmesdale; captain ahab; moby dick; rob roy;
lorna doone; tess durbeyfield; jude fawley; bathsheba everdene; gabriel oak; dorothy gale; alice liddell;
lemuel gulliver; robinson crusoe; man friday; moll flanders; tom jones; tristram shandy; don quixote;
sancho panza; romeo montague; juliet capulet; king lear; lady macbeth; hamlet prince; prince hamlet;
john falstaff; viola orsino; sir toby belch; puck goodfellow; robin goodfellow; dr jekyll; henry jekyll;
mr hyde; edward hyde; count dracula; jonathan harker; mina harker; lucy westenra; abraham van helsing;
van helsing; dr moreau; captain nemo; allan quatermain; rikki tikki tavi; jay gatsby; nick carraway;
daisy buchanan; tom buchanan; holden caulfield; atticus finch; scout finch; boo radley; winston smith;
big brother; jane porter; john carter; dejah thoris; conan the barbarian; don diego; buck rogers;
flash gordon; frank merriwell; tom swift; nancy drew; frank hardy; joe hardy; pollyanna whittier; mary lennox;
colin craven; dickon sowerby; sara crewe; cedric errol; little lord fauntleroy; black beauty; peter rabbit;
benjamin bunny; jemima puddle duck; squirrel nutkin; mrs tiggy winkle; mr toad; winnie the pooh;
christopher robin; jack sprat; little bo peep; bo peep; little boy blue; jack horner; little jack horner;
georgie porgie; humpty dumpty; old king cole; simple simon; tom thumb; jack and jill; mother goose;
mother hubbard; old mother hubbard; wee willie winkie; polly flinders; tommy tucker; little tommy tucker;
mary mary; lucy locket; solomon grundy; jack spratt; johnny appleseed; davy crockett; daniel boone;
calamity jane; annie oakley; billy the kid; wild bill hickok; buffalo bill; casey jones; stagger lee;
frankie and johnny; john barleycorn; molly malone; danny boy; tom dooley; barbara allen; oh susanna;
sweet caroline; brown eyed girl; uncle sam; john bull; johnny reb; billy yank; tommy atkins; joe sixpack;
joe bloggs; joe blow; john q public; jane q public; average joe; plain jane; jack tar; king arthur;
merlin ambrosius; lancelot du lac; morgan le fay; tristan isolde; william tell; paul revere; betsy ross;
john hancock; rosie the riveter; king kong; father christmas; santa claus; saint nick; kris kringle;
mrs claus; jack skellington; john doe; jane doe; baby doe; richard roe; john smith; jane smith; joe schmo;
joe shmoe; fred bloggs; john q citizen; mary sue; gary stu; johnny doe; joe public; john citizen;
jane citizen; joe average; john everyman; max mustermann; erika mustermann; mario rossi; juan perez;
jan kowalski; ivan ivanov; vasya pupkin; taro yamada; hanako yamada; jean dupont; otto normalverbraucher;
fulano de tal; joe schmoe; ordinary joe; nervous nellie; negative nancy; debbie downer; chatty cathy;
lazy susan; doubting thomas; peeping tom; dear john; nosey parker; nosy parker; smart alec; smart aleck;
clever dick; johnny come lately; jack o lantern; jack o lanterns; billy no mates; billy goat; billy goats;
nanny goat; tom cat; jenny wren; robin redbreast; jack rabbit; jack daw; jack ass; tom turkey; polly parrot;
john law; tom and jerry; punch and judy; darby and joan; bobby pin; bobby pins; bobby socks; bobby soxer;
jack boots; jack knife; jack hammer; jack pot; jack straw; jack straws; jack russell; jack russells;
jack russell terrier; jack russell terriers; parson russell terrier; tom collins; john collins; john dory;
shirley temple; shirley temples; arnold palmer; arnold palmers; granny smith; granny smiths; earl grey;
lady grey; bloody mary; bloody marys; virgin mary; sally lunn; charlotte russe; peach melba; melba toast;
eggs benedict; lazy susans; sloppy joe; sloppy joes; johnny cake; johnny cakes; hail mary; jolly roger;
teddy bear; teddy bears; teddy boy; teddy boys; billy can; billy club; billy clubs; beef stroganoff;
beef wellington; caesar salad; cobb salad; waldorf salad; margherita pizza; pizza margherita;
oysters rockefeller; lobster thermidor; lobster newburg; crepes suzette; crepe suzette; bananas foster;
cherries jubilee; charlie horse; charley horse; jimmy hat; sam browne; sam browne belt; tom thumbs;
tom thumb tomato; jerusalem artichoke; sweet william; black eyed susan; black eyed susans; creeping charlie;
creeping jenny; jack pine; jack pines; lady jane; sweet cicely; morning glory; forget me not; busy lizzie;
busy lizzies; rose mary; johnny jump up; johnny jump ups; bouncing bet; herb robert; sweet annie;
wandering jew; dusty miller; jacob s ladder; solomon s seal; joe pye weed; prince albert; prince albert coat;
albert chain; mary jane; mary janes; mary jane shoes; peter pan collar; peter pan collars; dom perignon;
dom perignon champagne; harvey wallbanger; rob roy cocktail; moscow mule; tommy guns; tommy gun;
molotov cocktail; bowie knife; bowie knives; colt revolver; gatling gun; bunsen burner; petri dish;
petri dishes; erlenmeyer flask; geiger counter; venn diagram; venn diagrams; richter scale; mohs scale;
kelvin scale; fahrenheit scale; celsius scale; rubik s cube; rubiks cube; ferris wheel; ferris wheels;
zamboni machine; morse code; diesel engine; graham cracker; graham crackers; beef bourguignon; caesar cipher;
fibonacci sequence; pascal s triangle; euler s number; newton s cradle; pythagorean theorem; doppler effect;
halley s comet; hubble telescope; james webb telescope; saint bernard; saint bernards; st bernard;
st bernards; king charles spaniel; king charles spaniels; bernese mountain dog; doberman pinscher;
labrador retriever; yorkshire terrier; jack dempsey fish; oscar fish; betta fish; molly fish; gordon setter;
irish setter; boston terrier; rhode island red; plymouth rock; guinea pig; billy goat gruff; daddy long legs;
daddy longlegs; raggedy ann; raggedy andy; kewpie doll; sierra leone; charlotte amalie; victoria falls;
alice springs; port elizabeth; george town; prince edward island; prince george; prince rupert;
mount st helens; mount saint helens; lake louise; lake victoria; lake albert; lake edward; lake george;
lake placid; lake tahoe; port louis; st louis; saint louis; st paul; saint paul; st john s; saint john;
st kitts; saint kitts; st lucia; saint lucia; st vincent; saint vincent; st helena; saint helena;
st petersburg; saint petersburg; san jose; san diego; san antonio; san francisco; santa barbara; santa monica;
santa clara; santa cruz; santa fe; santa rosa; santa ana; santa catalina; los angeles; las vegas; san juan;
san luis; san marino; sao paulo; sao tome; maria island; marie byrd land; queen maud land;
queen elizabeth islands; mount everest; mount rushmore; mount vernon; mount kenya; mount elgin;
mount washington; lake michigan; cape cod; martha s vineyard; fort worth; fort lauderdale; fort william;
fort myers; port arthur; port moresby; port stanley; port talbot; port augusta; port lincoln; port douglas;
port hedland; victoria island; victoria station; victoria harbour; victoria park; victoria peak;
adelaide hills; elizabeth line; elizabeth tower; albert dock; albert hall; royal albert hall; hyde park;
regent s park; st james park; james bay; hudson bay; baffin island; ellis island; rhode island; long island;
staten island; vancouver island; cape town; cape horn; cape verde; charles river; john o groats; lands end;
george street; king street; queen street; oxford street; bond street; baker street; abbey road; penny lane;
carnaby street; portobello road; wall street; lombard street; bourbon street; sunset boulevard; rodeo drive;
hollywood boulevard; lake geneva; jackson hole; jackson square; jackson heights; lincoln center; lincoln park;
lincoln memorial; jefferson memorial; washington monument; washington square; washington heights; grant park;
madison square; madison square garden; madison avenue; lexington avenue; carnegie hall; rockefeller center;
radio city; kennedy space center; george washington bridge; golden gate; alexander hamilton bridge;
james island; prince william sound; william and mary; johns hopkins; george mason; carnegie mellon;
vanderbilt university; stanford university; duke university; brigham young; trinity college; kings college;
st andrews; saint andrews; st ives; st albans; st davids; st tropez; st moritz; san sebastian;
santiago de compostela; santo domingo; ciudad juarez; monte carlo; costa rica; puerto rico; el salvador;
la paz; des moines; baton rouge; santa claus indiana; eau claire; mount pleasant; martin place;
victoria square; nelson s column; marble arch; albert bridge; tower bridge; jacob s creek;
wilson s promontory; ayers rock; ben nevis; ben lomond; loch ness; loch lomond; mary river; charles bridge;
wenceslas square; sistine chapel; queen mary; queen mary 2; queen elizabeth 2; mary rose; mary celeste;
cutty sark; golden hind; santa maria; nina pinta; hms victory; uss enterprise; hms beagle; hurricane katrina;
hurricane sandy; hurricane harvey; hurricane andrew; hurricane maria; hurricane irma; hurricane ian;
hurricane helene; hurricane milton; hurricane ida; hurricane camille; hurricane hugo; hurricane michael;
storm ciara; storm dennis; storm eunice; storm babet; typhoon haiyan; cyclone tracy; big ben; big bertha;
big bertha driver; lady liberty; statue of liberty; tin lizzie; model t; dear abby; davy jones;
davy jones locker; mother nature; father time; old man winter; tooth fairy; easter bunny; grim reaper;
uncle tom; auntie em; hubble space telescope; james webb; doppler radar; fibonacci numbers; fourier transform;
turing test; turing machine; schrodinger s cat; schrodingers cat; heisenberg principle; pavlov s dog;
pavlovs dog; achilles heel; achilles tendon; adam s apple; adams apple; trojan horse; pandora s box;
pandoras box; midas touch; oedipus complex; stockholm syndrome; tourette syndrome; tourette s syndrome;
down syndrome; parkinson s disease; alzheimer s disease; crohn s disease; hodgkin lymphoma; asperger syndrome;
heimlich maneuver; apgar score; salk vaccine; caesarean section; murphy s law; occam s razor; ockham s razor;
hobson s choice; catch 22; sod s law; parkinson s law; peter principle; godwin s law; poe s law; moore s law;
newton s laws; kepler s laws; ohm s law; boyle s law; charles s law; hooke s law; mendel s laws;
planck constant; avogadro s number; mobius strip; moebius strip; klein bottle; rorschach test; myers briggs;
bell curve; gantt chart; pareto principle; nash equilibrium; braille alphabet; dewey decimal;
dewey decimal system; roman numerals; julian calendar; gregorian calendar; big bang; milky way;
`
  .split(';')
  .map((p) => p.trim())
  .filter((p) => p.length > 0);
