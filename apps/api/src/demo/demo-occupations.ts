import type { ContractType, Shift } from '@ponte/domain';

/**
 * The occupations of protected placement the showcase uses: ESCO v1.1.1 URIs that the
 * built-in reference set and the full ESCO data both hold (with their official Italian
 * labels), grouped by sector, each with the Italian wording of its offers and courses.
 */
export type Sector = 'cleaning' | 'care' | 'hospitality' | 'retail' | 'logistics' | 'office' | 'manufacturing';

export interface DemoOccupation {
  key: string;
  uri: string;
  sector: Sector;
  /** Offer titles, as employers write them (feminine: the offers are addressed to women). */
  titles: readonly string[];
  /** What the work is, one sentence each; the listing adds place and conditions. */
  tasks: readonly string[];
  shifts: readonly (readonly Shift[])[];
  hours: readonly number[];
  contracts: readonly ContractType[];
  /** Course titles of training bodies that teach its skills. */
  courses: readonly string[];
}

const ESCO = 'http://data.europa.eu/esco/occupation/';
const o = (key: string, id: string, sector: Sector, rest: Omit<DemoOccupation, 'key' | 'uri' | 'sector'>): DemoOccupation => ({
  key,
  uri: `${ESCO}${id}`,
  sector,
  ...rest,
});
const DAY: Shift[][] = [['morning'], ['morning', 'afternoon'], ['afternoon']];
const SHOP: Shift[][] = [['morning', 'afternoon'], ['afternoon', 'weekend'], ['morning', 'weekend']];
const FIXED: ContractType[] = ['tempo_determinato', 'tempo_indeterminato'];

export const DEMO_OCCUPATIONS: readonly DemoOccupation[] = [
  o('domesticCleaner', 'cbad55a4-c7cf-4ab6-9540-eac72b26729b', 'cleaning', {
    titles: ['Collaboratrice domestica per servizi alle famiglie', 'Addetta ai servizi domestici, part time'],
    tasks: ['Pulizia e riordino di abitazioni private, stiratura e piccole commissioni.', 'Cura della casa presso famiglie seguite dalla cooperativa, con calendario concordato.'],
    shifts: DAY, hours: [15, 20, 25], contracts: ['tempo_determinato', 'tempo_indeterminato', 'other'],
    courses: ['Collaboratrice familiare: cura della casa e sicurezza domestica'],
  }),
  o('buildingCleaner', '303a1e34-cb16-4054-b323-81e5eec17397', 'cleaning', {
    titles: ['Addetta alle pulizie di uffici', 'Addetta alle pulizie civili e industriali', 'Operatrice di pulizia in ambito sanitario'],
    tasks: ['Pulizia di uffici, scale e parti comuni con macchinari e prodotti forniti.', 'Sanificazione di ambienti e servizi igienici secondo i protocolli del cliente.'],
    shifts: [['morning'], ['evening'], ['morning', 'evening']], hours: [15, 20, 25, 30], contracts: FIXED,
    courses: ['Tecniche di pulizia professionale e uso dei macchinari', 'Sanificazione degli ambienti sanitari'],
  }),
  o('roomAttendant', '731ecac4-06e8-4ec2-a559-101fecbd9183', 'hospitality', {
    titles: ['Cameriera ai piani', 'Addetta al riassetto delle camere'],
    tasks: ['Riassetto delle camere e cambio della biancheria in una struttura alberghiera.', 'Pulizia delle camere e delle aree comuni, controllo del minibar e segnalazione dei guasti.'],
    shifts: [['morning'], ['morning', 'weekend']], hours: [20, 24, 30], contracts: ['tempo_determinato', 'apprendistato'],
    courses: ['Housekeeping alberghiero'],
  }),
  o('laundryWorker', '0da51178-e386-4534-ae71-15ba789ad756', 'cleaning', {
    titles: ['Operatrice di lavanderia industriale', 'Addetta alla stireria'],
    tasks: ['Smistamento, lavaggio e stiratura della biancheria di alberghi e strutture sanitarie.', 'Uso di lavatrici e mangani industriali, piegatura e confezionamento dei capi.'],
    shifts: DAY, hours: [25, 30, 36], contracts: FIXED,
    courses: ['Lavanderia e stireria professionale'],
  }),
  o('streetSweeper', '503ea267-93e9-4b8c-ae5e-817fe7e4a245', 'cleaning', {
    titles: ['Operatrice ecologica', 'Addetta allo spazzamento stradale'],
    tasks: ['Pulizia di strade, parchi e aree mercato, svuotamento dei cestini.', 'Raccolta differenziata porta a porta in affiancamento a una squadra esperta.'],
    shifts: [['morning']], hours: [30, 36, 38], contracts: FIXED,
    courses: ['Igiene urbana e raccolta differenziata'],
  }),
  o('homeCareAide', '1391bdf9-bd61-4fb5-91ca-c29036ab2b60', 'care', {
    titles: ['Assistente domiciliare per il servizio di assistenza comunale', 'Operatrice di assistenza domiciliare'],
    tasks: ['Aiuto nella cura della persona e della casa presso utenti anziani del servizio comunale.', 'Sostegno nelle attività quotidiane, accompagnamento a visite e commissioni.'],
    shifts: DAY, hours: [18, 24, 30], contracts: FIXED,
    courses: ['Assistente familiare: cura della persona anziana', 'Assistenza domiciliare e primo soccorso'],
  }),
  o('socialCareWorker', '8d703e8f-1e57-4246-8a6b-cb87a760d4ab', 'care', {
    titles: ['Operatrice socio assistenziale (ASA) in RSA', 'ASA per centro diurno disabili'],
    tasks: ['Assistenza di base agli ospiti, igiene, alimentazione e animazione in équipe.', 'Accompagnamento nelle attività educative e nella vita quotidiana del centro.'],
    shifts: [['morning'], ['afternoon'], ['morning', 'afternoon', 'weekend']], hours: [24, 30, 36], contracts: FIXED,
    courses: ['Qualifica ASA: ausiliaria socio assistenziale'],
  }),
  o('healthcareAssistant', 'd38c2107-98f2-47b7-8bb4-f69750d51082', 'care', {
    titles: ['Operatrice socio-sanitaria (OSS)', 'OSS per reparto di degenza'],
    tasks: ['Assistenza agli ospiti in collaborazione con il personale infermieristico.', 'Cura dell’igiene, mobilizzazione e sorveglianza dei pazienti.'],
    shifts: [['morning', 'afternoon'], ['morning', 'afternoon', 'night'], ['afternoon', 'weekend']], hours: [30, 36, 38], contracts: FIXED,
    courses: ['Qualifica OSS: operatrice socio-sanitaria', 'Riqualifica da ASA a OSS'],
  }),
  o('childCareWorker', '3413f234-6230-47a8-8cc7-2691fd54ce3a', 'care', {
    titles: ['Assistente all’infanzia per asilo nido', 'Educatrice di supporto per il pre e post scuola'],
    tasks: ['Sorveglianza e cura dei bambini, aiuto nei pasti e nel riposo.', 'Accoglienza dei bambini e attività di gioco prima e dopo l’orario scolastico.'],
    shifts: [['morning'], ['afternoon'], ['morning', 'afternoon']], hours: [15, 20, 25], contracts: ['tempo_determinato', 'other'],
    courses: ['Assistente all’infanzia: cura e sicurezza dei bambini'],
  }),
  o('companion', 'd5954a2b-a525-45b7-b6d9-b62efafc6c78', 'care', {
    titles: ['Assistente familiare per persona anziana', 'Assistente familiare a ore'],
    tasks: ['Compagnia e aiuto quotidiano a una persona anziana autosufficiente.', 'Preparazione dei pasti, commissioni e accompagnamento a passeggio.'],
    shifts: DAY, hours: [15, 20, 25], contracts: ['tempo_determinato', 'tempo_indeterminato', 'other'],
    courses: ['Assistente familiare: relazione e cura quotidiana'],
  }),
  o('kitchenPorter', 'f756fdab-7726-4c48-bfcc-94ff8810fc08', 'hospitality', {
    titles: ['Lavapiatti per ristorante', 'Addetta al lavaggio stoviglie in mensa'],
    tasks: ['Lavaggio di stoviglie e attrezzature, riordino e pulizia della cucina.', 'Supporto alla brigata di cucina nel servizio del pranzo.'],
    shifts: [['morning'], ['evening'], ['afternoon', 'evening']], hours: [20, 25, 30], contracts: ['tempo_determinato', 'tirocinio'],
    courses: ['Igiene e sicurezza alimentare (HACCP) per la ristorazione'],
  }),
  o('kitchenAssistant', 'e1cf6897-158d-4b48-a39e-2a3a8cac216c', 'hospitality', {
    titles: ['Aiuto cuoca', 'Aiuto cuoca per mensa aziendale', 'Addetta alla preparazione dei pasti'],
    tasks: ['Preparazioni di base, porzionatura e pulizia della cucina, in squadra con la cuoca.', 'Preparazione dei pasti e delle diete speciali di una mensa scolastica.'],
    shifts: [['morning'], ['morning', 'afternoon']], hours: [20, 25, 30], contracts: ['tempo_determinato', 'tirocinio', 'apprendistato'],
    courses: ['Aiuto cuoca: corso professionale con tirocinio', 'Preparazioni di cucina di base'],
  }),
  o('cook', '90f75f67-495d-49fa-ab57-2f320e251d7e', 'hospitality', {
    titles: ['Cuoca per ristorazione collettiva', 'Cuoca per trattoria'],
    tasks: ['Preparazione di primi e secondi piatti, gestione delle scorte e dell’igiene in cucina.', 'Cucina tradizionale, menù del giorno e cura delle preparazioni di base.'],
    shifts: [['morning'], ['morning', 'evening'], ['evening', 'weekend']], hours: [25, 30, 38], contracts: FIXED,
    courses: ['Cucina professionale: tecniche e organizzazione'],
  }),
  o('waiter', 'd5db9d5c-2ebf-4a54-a79a-1b7e7ff70471', 'hospitality', {
    titles: ['Cameriera di sala', 'Cameriera per bar e caffetteria'],
    tasks: ['Servizio ai tavoli, accoglienza dei clienti e riassetto della sala.', 'Servizio al banco e ai tavoli, preparazione di caffetteria e cassa.'],
    shifts: [['morning', 'afternoon'], ['evening', 'weekend'], ['morning', 'weekend']], hours: [20, 25, 30], contracts: ['tempo_determinato', 'apprendistato'],
    courses: ['Servizio di sala e bar'],
  }),
  o('shopAssistant', '0b15375e-dfdd-4047-9efb-096e0aaee7d2', 'retail', {
    titles: ['Commessa per negozio di quartiere', 'Addetta alle vendite in emporio solidale'],
    tasks: ['Assistenza ai clienti, riordino della merce e tenuta del negozio.', 'Accoglienza dei clienti, esposizione della merce e piccole operazioni di cassa.'],
    shifts: SHOP, hours: [20, 24, 30], contracts: ['apprendistato', 'tempo_determinato', 'tirocinio'],
    courses: ['Addetta alle vendite: tecniche di vendita e relazione con il cliente'],
  }),
  o('salesAssistant', '9ba74e8a-c40c-4228-9998-eb3c7a5c11df', 'retail', {
    titles: ['Addetta alle vendite', 'Commessa reparto abbigliamento'],
    tasks: ['Consulenza ai clienti, gestione dei camerini e riassortimento del reparto.', 'Vendita assistita e cura dell’esposizione in un punto vendita di catena.'],
    shifts: SHOP, hours: [20, 24, 30, 36], contracts: ['apprendistato', 'tempo_determinato'],
    courses: ['Vendita e visual merchandising'],
  }),
  o('cashier', '2b871272-bd61-4206-bd1a-0b96d7023098', 'retail', {
    titles: ['Cassiera per supermercato', 'Addetta alla cassa e all’accoglienza'],
    tasks: ['Operazioni di cassa, gestione dei pagamenti elettronici e assistenza ai clienti.', 'Cassa, resi e informazioni al banco accoglienza del punto vendita.'],
    shifts: SHOP, hours: [18, 24, 30], contracts: ['tempo_determinato', 'apprendistato'],
    courses: ['Cassiera: operazioni di cassa e servizio al cliente'],
  }),
  o('shelfFiller', 'd35f9e79-5778-43b4-8667-0e3ba1fcb19a', 'retail', {
    titles: ['Addetta al rifornimento scaffali', 'Scaffalista per la grande distribuzione'],
    tasks: ['Rifornimento degli scaffali, controllo delle scadenze e dei prezzi.', 'Ricevimento della merce e allestimento del reparto prima dell’apertura.'],
    shifts: [['morning'], ['evening'], ['morning', 'afternoon']], hours: [18, 24, 30], contracts: ['tempo_determinato', 'tirocinio'],
    courses: ['Gestione del punto vendita e del magazzino'],
  }),
  o('warehouseWorker', 'bea705fe-06ac-4147-b8e0-6e8ac1208d8f', 'logistics', {
    titles: ['Magazziniera', 'Addetta al picking in magazzino', 'Operatrice di magazzino e inventario'],
    tasks: ['Ricevimento e stoccaggio della merce, preparazione degli ordini con lettore ottico.', 'Movimentazione merci, inventario e controllo delle spedizioni.'],
    shifts: [['morning'], ['afternoon'], ['morning', 'afternoon']], hours: [30, 36, 38], contracts: ['tempo_determinato', 'tempo_indeterminato', 'tirocinio'],
    courses: ['Logistica di magazzino e gestione delle scorte'],
  }),
  o('handPacker', 'f5cb9901-86fc-48d0-9cde-667fbe8cef3a', 'logistics', {
    titles: ['Addetta al confezionamento', 'Operaia all’imballaggio manuale'],
    tasks: ['Confezionamento e imballaggio dei prodotti, etichettatura e controllo qualità.', 'Preparazione di pacchi per il commercio elettronico, in turni regolari.'],
    shifts: [['morning'], ['afternoon'], ['morning', 'afternoon']], hours: [20, 30, 36], contracts: ['tempo_determinato', 'tirocinio'],
    courses: ['Confezionamento e controllo qualità'],
  }),
  o('forkliftOperator', 'eeac6251-1974-42f5-91ed-513c6c883755', 'logistics', {
    titles: ['Carrellista con patentino', 'Magazziniera con patentino per il carrello elevatore'],
    tasks: ['Carico e scarico dei mezzi, movimentazione dei bancali con il carrello elevatore.', 'Stoccaggio in scaffalature alte e gestione delle aree di spedizione.'],
    shifts: [['morning'], ['afternoon'], ['morning', 'afternoon']], hours: [36, 38, 40], contracts: FIXED,
    courses: ['Patentino per carrello elevatore e sicurezza in magazzino'],
  }),
  o('officeClerk', '6c999fc7-c6b7-4ef3-a4b9-af124a1783a2', 'office', {
    titles: ['Impiegata amministrativa junior', 'Addetta alla segreteria'],
    tasks: ['Archiviazione, registrazione dei documenti e supporto all’amministrazione.', 'Gestione della posta, dell’agenda e dei documenti dell’ufficio.'],
    shifts: [['morning'], ['morning', 'afternoon']], hours: [20, 30, 36], contracts: ['apprendistato', 'tempo_determinato', 'tirocinio'],
    courses: ['Segreteria e office automation', 'Contabilità di base per l’ufficio'],
  }),
  o('receptionist', 'f7b04542-d8c7-42db-8475-e63b507cce82', 'office', {
    titles: ['Receptionist', 'Addetta all’accoglienza e al centralino'],
    tasks: ['Accoglienza dei visitatori, gestione delle chiamate e della posta in arrivo.', 'Front office, prenotazione delle sale e informazioni al pubblico.'],
    shifts: [['morning'], ['afternoon'], ['morning', 'afternoon']], hours: [20, 25, 30], contracts: ['apprendistato', 'tempo_determinato'],
    courses: ['Accoglienza e front office'],
  }),
  o('dataEntry', '6353b3e8-e8f2-4ecb-b230-186927139892', 'office', {
    titles: ['Operatrice data entry', 'Addetta all’inserimento dati'],
    tasks: ['Inserimento e verifica di dati in un gestionale, da remoto o in sede.', 'Digitalizzazione di pratiche e controllo della qualità dei dati.'],
    shifts: [['morning'], ['afternoon'], ['morning', 'afternoon']], hours: [20, 25, 30], contracts: ['tempo_determinato', 'tirocinio'],
    courses: ['Informatica di base e data entry'],
  }),
  o('callCentre', '0ededdc2-050a-4ec3-8e70-6295105fcd19', 'office', {
    titles: ['Operatrice di call center', 'Operatrice di contact center da casa'],
    tasks: ['Assistenza telefonica ai clienti di un servizio pubblico, con postazione fornita.', 'Gestione delle chiamate in entrata e delle richieste di informazioni.'],
    shifts: [['morning'], ['afternoon'], ['morning', 'afternoon']], hours: [20, 25, 30], contracts: ['tempo_determinato', 'tirocinio'],
    courses: ['Comunicazione telefonica e gestione del cliente'],
  }),
  o('customerService', '13d1b2b4-99dd-44da-9734-c9f74bae18f7', 'office', {
    titles: ['Addetta al servizio clienti', 'Operatrice dello sportello clienti'],
    tasks: ['Risposta alle richieste dei clienti via telefono e chat, gestione dei reclami.', 'Sportello al pubblico per pratiche, pagamenti e informazioni.'],
    shifts: [['morning'], ['morning', 'afternoon']], hours: [24, 30, 36], contracts: ['apprendistato', 'tempo_determinato'],
    courses: ['Servizio clienti: ascolto, reclami e strumenti digitali'],
  }),
  o('sewingOperator', '7d4266b3-2108-4330-b27b-430a96012c21', 'manufacturing', {
    titles: ['Cucitrice per laboratorio sartoriale', 'Operatrice di macchine da cucire industriali'],
    tasks: ['Confezione e riparazione di capi con macchine da cucire industriali.', 'Cucitura di borse e accessori in un laboratorio di sartoria sociale.'],
    shifts: DAY, hours: [20, 30, 36], contracts: ['tempo_determinato', 'tirocinio', 'apprendistato'],
    courses: ['Sartoria e macchine da cucire industriali'],
  }),
  o('welder', '7aedaa07-3884-4c5b-88f9-80997b2aa54b', 'manufacturing', {
    titles: ['Saldatrice junior', 'Addetta alla saldatura'],
    tasks: ['Saldatura a filo di componenti metallici in officina, con tutor dedicato.', 'Preparazione dei pezzi, saldatura e controllo visivo dei giunti.'],
    shifts: [['morning'], ['morning', 'afternoon']], hours: [36, 38, 40], contracts: ['apprendistato', 'tirocinio'],
    courses: ['Saldatura: corso base con patentino'],
  }),
];

export const OCCUPATIONS_BY_SECTOR = (sector: Sector): DemoOccupation[] => DEMO_OCCUPATIONS.filter((x) => x.sector === sector);
