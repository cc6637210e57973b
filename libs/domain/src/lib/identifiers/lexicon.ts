/**
 * Word lists used by the identifier detector. All entries are lower case without accents
 * (the detector folds accents before looking a word up).
 *
 * First names: common given names of women and men in Italy, including the largest migrant
 * communities in the Milan area (Romanian, Albanian, Moroccan and Egyptian, Ukrainian and
 * Moldovan, Peruvian and Ecuadorian, Filipino, Sri Lankan and Bangladeshi, West African).
 * Names that are also frequent Italian words (Alba, Luce, Speranza, Fortuna, Celeste, Perla,
 * Franco, Felice, Lino, Santo, Italia, Regina, Mercedes) are left out on purpose: followed by
 * a capitalised word they would flag ordinary text ("Franco Fabbrica", "Mercedes Benz").
 */

function words(list: string): ReadonlySet<string> {
  return new Set(list.trim().split(/\s+/));
}

export const FIRST_NAMES = words(`
maria anna giulia francesca chiara sara laura valentina alessandra elena silvia federica
martina paola roberta giovanna elisa simona monica barbara cristina daniela claudia marta
manuela michela stefania sabrina patrizia rita lucia angela antonella giuseppina rosa carla
teresa luisa franca carmela caterina emanuela elisabetta ilaria alice giorgia sofia aurora
ginevra beatrice emma greta noemi arianna camilla viola nicole irene serena veronica erica
erika jessica debora deborah tiziana luciana gabriella graziella grazia maddalena marisa
mariangela mariella marina nadia natalia nicoletta ornella piera raffaella rossella sonia
silvana susanna vanessa vittoria alessia angelica annalisa antonietta assunta benedetta
bianca carolina cinzia concetta donatella eleonora enrica fabiola fiorella flavia gaia
gloria ida ines isabella lara letizia licia linda lisa livia loredana lorena lorenza
lucrezia ludovica margherita maura melissa milena miriam norma ottavia pamela rachele
rebecca renata rosanna rosaria rosalba sandra samantha stella tamara vera virginia wanda
zaira agnese adele adriana agata amalia anita annamaria antonia augusta carmen cecilia
clara costanza diana dora elda elvira emilia ester eva fernanda filomena gemma giada gianna
gina iolanda immacolata lina liliana lidia luigia marianna matilde mirella nunzia olga
pasqualina pina rina rosetta sabina santina tina vincenza viviana anastasia azzurra
mariagrazia mariarosa annarita elisabeth
ioana andreea mihaela gabriela alina florentina georgiana ionela larisa madalina nicoleta
oana raluca roxana violeta adina anca camelia corina irina lavinia mirela petronela ramona
viorica
ardita blerta dorina elona enkeleda erjona fatjona klodiana lindita mimoza ornela rovena
valbona vjollca xhuljeta entela eriona
fatima fatma aicha aisha amina khadija zahra zineb samira salma yasmina yasmine houda
hanane naima latifa malika meryem maryam mariam nour rania souad hafsa imane ikram asmaa
layla leila laila hind karima rachida hayat hasna siham wafaa dounia loubna fatiha
olena oksana tetiana tatiana tatyana nataliya iryna svitlana svetlana halyna galina lyudmila
liudmyla ludmila yulia julia valentyna larysa nadiya inna alla kateryna ekaterina viktoria
victoria anastasiia natasha
ana guadalupe milagros yolanda gladys marisol patricia jenny jennifer rosario maricel
marites lorna rowena evelyn analyn jocelyn marilyn liza elizabeth yesenia lizbeth karina
katherine stefany
blessing joy mercy precious chioma ngozi adaeze aminata fatou awa mariama kadiatou aissatou
nasrin shirin priya anjali sunita rekha nirosha dilani roshani farzana taslima rehana shahnaz
giuseppe giovanni antonio mario luigi francesco angelo vincenzo pietro salvatore carlo
domenico bruno paolo michele giorgio aldo sergio luciano marco alessandro andrea luca matteo
lorenzo davide simone federico riccardo stefano roberto massimo fabio claudio maurizio
daniele gabriele emanuele alberto enrico fabrizio giacomo filippo tommaso leonardo edoardo
nicola raffaele cristian christian diego emilio enzo ettore fausto flavio gianluca gianni
guido ivan lucio manuel mattia mauro mirko nicolo niccolo oscar pasquale piero renato renzo
rocco samuele sandro silvio tiziano umberto valerio walter alessio antonello arturo attilio
cesare dario dino elia ernesto ezio gaetano gino giulio ignazio jacopo marcello mariano
mirco nino ottavio rino sebastiano ugo vittorio
mohamed mohammed muhammad ahmed ahmad omar youssef yusuf hassan hussein karim mustafa
abdul abdel rachid khalid hamza ibrahim
ion ioan gheorghe vasile constantin mihai florin adrian bogdan dumitru nicolae alexandru
andrei arben artan besnik dritan ardian gentian ilir erion oleksandr serhii sergei dmytro
dmitri andriy volodymyr yuri juan jose carlos luis jorge miguel pedro john michael david
joseph james emmanuel samuel
`);

/** Words that, just before a first name, make it part of a place or an institution's name
 *  ("San Giovanni", "Ospedale Luigi Sacco", "Fondazione Maria Letizia Verga"). */
export const NAME_PREFIX_BLOCKERS = words(`
san santa sant santo santi s st saint ss
istituto ist ospedale policlinico fondazione scuola liceo teatro universita associazione
cooperativa coop centro stadio aeroporto stazione parco museo biblioteca asilo clinica casa
villa residenza rsa parrocchia chiesa oratorio collegio convitto palazzo galleria premio
piazza piazzale viale via corso largo vicolo strada
`);

/** Capitalised words that never act as a surname or as a name before a first name. */
export const NOT_SURNAMES = words(`
gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
january february march april may june july august september october november december
lunedi martedi mercoledi giovedi venerdi sabato domenica
monday tuesday wednesday thursday friday saturday sunday
milano roma torino napoli genova bologna firenze venezia verona padova palermo bari catania
monza brianza bergamo brescia como varese pavia lodi cremona lecco sondrio mantova novara
italia lombardia europa romania albania marocco ucraina egitto peru filippine cina nigeria
senegal tunisia moldavia ecuador bangladesh pakistan india brasile colombia spagna francia
germania svizzera
srl spa snc sas onlus aps odv ets coop
militare ausiliatrice bambina vergine santissima regina addolorata
montessori pilates
`);

/** Sentence words that precede a capitalised word at the start of a clause; never surnames. */
export const FUNCTION_WORDS = words(`
il lo la i gli le un uno una e ed o od ma se che chi cui non ne ci si mi ti vi di da in con
su per tra fra a al allo alla ai agli alle dal dallo dalla dai dagli dalle del dello della
dei degli delle nel nello nella nei negli nelle sul sullo sulla sui sugli sulle col
ho ha hanno sono e era sara anche poi oggi ieri domani dove come quando perche inoltre pero
presso verso dopo prima senza circa oltre mentre infine quindi dunque ogni molto bene
the a an and or of to in on at for with by from is was
`);

/** Titles before a surname: "sig.ra Rossi", "la signora Bianchi", "Mrs Smith". */
export const TITLES = words(`
sig sig.ra sig.na sigra signora signorina signor signore dott dott.ssa dottssa dottoressa
dottor dottore prof prof.ssa professoressa professore avv avvocato ing mrs ms miss mr
`);

/** Italian street words; `via`, `corso`, `largo`, `strada`, `vicolo` also have other meanings
 *  ("via e-mail", "un corso di Excel", "vicolo cieco") and need more evidence. */
export const STREET_WORDS_STRONG = words(`
viale v.le piazza p.za p.zza piazzale p.le piazzetta alzaia bastioni circonvallazione
c.so l.go v.lo contrada localita loc
`);
export const STREET_WORDS_WEAK = words('via corso largo strada vicolo');

/** Capitalised words after "via" that mean "by means of", not a street. */
export const VIA_MEANS = words(`
teams zoom skype whatsapp meet google email e-mail mail pec sms telegram internet web
linkedin facebook instagram webex telefono posta fax app signal messenger viber
`);

/** Particles inside surnames and street names ("De Luca", "via della Spiga"). */
export const PARTICLES = words(`
de di del della dello dei degli delle da dal dalla d dell van von el al ben bin abu dos du le la lo li
sul sulla su sopra con
`);

/** Words before a full date that make it a period, not a birth date ("dal 01/09/2010"). */
export const PERIOD_WORDS = words(
  'dal al dall all fino sino entro from since until till to',
);
