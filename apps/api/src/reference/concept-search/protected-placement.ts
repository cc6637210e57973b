/**
 * How common an occupation is in protected placement: the tie-breaker of occupation search
 * after the words (a counsellor typing "addetto" wants the cleaner and the warehouse worker
 * before the ammunition assembler).
 *
 * Why these: the women whom the anti-violence networks place are mostly hired, after
 * training or a tirocinio, into elementary occupations (ISCO major group 9: cleaning,
 * kitchen help, warehouse, packing), services and sales (5: care, kitchen, retail,
 * hospitality) and clerical support (4: office, reception, call centre); then crafts (7)
 * and plant and machine operators (8). Professionals and managers (1, 2) are rare: their
 * qualifications are seldom recognised or current. Within those groups, COMMON_OCCUPATIONS
 * lists the occupations Milan's employment services and protected-placement calls name most
 * (cleaning, care, kitchen, retail, logistics, office, hospitality).
 */
const MAJOR_GROUP_WEIGHT: Record<string, number> = { '9': 1, '5': 1, '4': 0.8, '7': 0.6, '8': 0.6, '3': 0.3, '6': 0.3, '2': 0.1, '1': 0.1, '0': 0 };

const OCCUPATION = 'http://data.europa.eu/esco/occupation/';

/** ESCO occupations common in protected placement (last segment of the URI), with their Italian name. */
const COMMON_OCCUPATIONS: string[] = [
  '303a1e34-cb16-4054-b323-81e5eec17397', // addetto alle pulizie negli stabili
  'cbad55a4-c7cf-4ab6-9540-eac72b26729b', // collaboratore familiare
  '6d50f735-dca9-4a02-96dc-e4310ed98ae2', // governante
  '503ea267-93e9-4b8c-ae5e-817fe7e4a245', // operatore ecologico
  '0da51178-e386-4534-ae71-15ba789ad756', // operatore di lavanderia
  '3d924c0d-ffee-4f11-adc7-c2bfb76fcf73', // stiratore
  '731ecac4-06e8-4ec2-a559-101fecbd9183', // addetto alla pulizia delle camere
  '92cba6b4-8fca-49bb-b68c-45c5096fedc9', // lavavetri
  '7cb71c5f-c310-481c-b46b-d0044328758c', // addetto al lavaggio veicoli
  'd38c2107-98f2-47b7-8bb4-f69750d51082', // operatore socio-sanitario
  '4fa660b3-ab97-4a99-ad73-ce3c2612f2c3', // ausiliario socio-assistenziale
  '8d703e8f-1e57-4246-8a6b-cb87a760d4ab', // operatore socio assistenziale
  '50743f62-3d5b-4ef6-b706-00d2b1adfcc3', // assistente socio-sanitario in strutture residenziali per anziani
  'd5954a2b-a525-45b7-b6d9-b62efafc6c78', // assistente familiare (badante)
  '1391bdf9-bd61-4fb5-91ca-c29036ab2b60', // assistente domiciliare
  'c4a81f47-6ed8-4a17-ab4a-21a2e67fa1d9', // babysitter
  '3413f234-6230-47a8-8cc7-2691fd54ce3a', // addetto alla sorveglianza di bambini
  '3f74aad8-2d60-4be2-b059-8dba5568d530', // operatore per l’infanzia
  'a30734bb-2f10-4747-a94c-75f5ec3c63a4', // ausiliario sanitario portantino
  '90f75f67-495d-49fa-ab57-2f320e251d7e', // cuoco
  'e1cf6897-158d-4b48-a39e-2a3a8cac216c', // assistente di cucina (aiuto cuoco)
  'f756fdab-7726-4c48-bfcc-94ff8810fc08', // lavapiatti
  'a02a1117-212f-4a49-b21a-d3b971e00e48', // pizzaiolo
  'b4bff870-5c8f-4c33-b07f-f04d79830633', // food service worker (addetto mensa)
  '1aadb308-432a-4d01-b54b-b4f7f76dd419', // fornaio
  'd5db9d5c-2ebf-4a54-a79a-1b7e7ff70471', // cameriere
  'bf7d8b16-4e2c-48ef-b44e-dc25b2d0ab61', // barista
  '2f5e38a0-6578-4665-bdbd-e2ab505be140', // bartender
  '3cc51201-cd20-47f8-92ad-4d5861f963cf', // facchino d’albergo
  '2b871272-bd61-4206-bd1a-0b96d7023098', // cassiere
  'd35f9e79-5778-43b4-8667-0e3ba1fcb19a', // addetto agli scaffali
  '0b15375e-dfdd-4047-9efb-096e0aaee7d2', // assistente di negozio (commesso)
  '9ba74e8a-c40c-4228-9998-eb3c7a5c11df', // assistente di vendita
  'bea705fe-06ac-4147-b8e0-6e8ac1208d8f', // magazziniere
  'eeac6251-1974-42f5-91ed-513c6c883755', // operatore di carrelli elevatori (carrellista)
  'cd94def5-3442-4c2e-ae3d-0761a3008bcb', // magazziniere addetto alla preparazione degli ordini
  'f5cb9901-86fc-48d0-9cde-667fbe8cef3a', // operaio addetto all’imballaggio manuale
  '0c408028-c48f-4df8-ba5d-c3d3be15f5a2', // fattorino
  'b5f6bb2c-0602-484d-a87f-9cac33f83010', // addetto motorecapiti
  '245be6d1-fe9a-4ac8-9f81-122a687e4724', // operaio manovale industriale
  '044d78cc-f62f-4532-83a5-8e04f2889652', // assistente amministrativo
  '6c999fc7-c6b7-4ef3-a4b9-af124a1783a2', // assistente di ufficio
  '5ac377d2-e1d0-4911-a299-b4ef2782a0ba', // segretario
  'f7b04542-d8c7-42db-8475-e63b507cce82', // addetto al ricevimento
  '82025c02-9082-416c-998b-f51eb0359ee6', // addetto alla reception
  '0bf68df5-e808-4c27-abf2-6f85440f2d7f', // centralinista telefonico
  '0ededdc2-050a-4ec3-8e70-6295105fcd19', // operatore di call center
  '6353b3e8-e8f2-4ecb-b230-186927139892', // operatore data entry
  'bfe142b9-a049-4d41-89c4-fd2f34ac56b6', // assistente contabile
  'a10eb17a-3c78-4f7a-a1da-8f31146339d3', // aiuto giardiniere
  'c9191f7f-28b5-4df8-991d-804c53009b83', // lavoratore agricolo
  '47300afa-5496-484c-8f65-14247a98b2b8', // manovale edile
  '517c01aa-e875-4690-bf38-17307a57eafe', // addetto alla macchina da cucire
  '5589e8e0-48d9-4193-8c85-86ba9f17e0e9', // sarto da donna
  '099c6bb0-22d3-4c5d-8bf5-70910af381ef', // parrucchiere
  'a1e1a788-2352-4172-8fcf-1f985a6968b0', // estetista
  '1822bfc2-e735-449f-ba00-ca71eb5c062b', // custode di immobili
];
const COMMON = new Set(COMMON_OCCUPATIONS.map((id) => `${OCCUPATION}${id}`));

/**
 * Everyday Italian names that ESCO's labels lack (abbreviations, the words of job ads and
 * employment centres), as extra search labels of the occupations they name. Search only:
 * they are never shown as an occupation's label.
 */
export const EVERYDAY_NAMES: Record<string, string[]> = {
  'd38c2107-98f2-47b7-8bb4-f69750d51082': ['OSS', 'operatore sociosanitario', 'operatrice sociosanitaria'],
  '4fa660b3-ab97-4a99-ad73-ce3c2612f2c3': ['ASA', 'ausiliaria assistenza anziani'],
  '8d703e8f-1e57-4246-8a6b-cb87a760d4ab': ['OSA'],
  'd5954a2b-a525-45b7-b6d9-b62efafc6c78': ['assistenza anziani a domicilio', 'badante convivente'],
  '1391bdf9-bd61-4fb5-91ca-c29036ab2b60': ['assistenza domiciliare anziani', 'SAD'],
  'cbad55a4-c7cf-4ab6-9540-eac72b26729b': ['donna delle pulizie', 'pulizie domestiche'],
  '303a1e34-cb16-4054-b323-81e5eec17397': ['addetta pulizie', 'addetto pulizie', 'impresa di pulizie', 'pulizia uffici'],
  'eeac6251-1974-42f5-91ed-513c6c883755': ['carrellista', 'mulettista', 'addetto muletto'],
  'bea705fe-06ac-4147-b8e0-6e8ac1208d8f': ['addetto magazzino', 'addetta magazzino', 'operaio di magazzino'],
  'cd94def5-3442-4c2e-ae3d-0761a3008bcb': ['picker', 'preparatore ordini'],
  'b4bff870-5c8f-4c33-b07f-f04d79830633': ['addetta mensa', 'addetto mensa', 'addetta ristorazione collettiva'],
  'e1cf6897-158d-4b48-a39e-2a3a8cac216c': ['aiuto cuoca', 'aiuto cucina', 'cucinare'],
  '90f75f67-495d-49fa-ab57-2f320e251d7e': ['cucinare'],
  '0b15375e-dfdd-4047-9efb-096e0aaee7d2': ['addetta negozio', 'addetto negozio'],
  '9ba74e8a-c40c-4228-9998-eb3c7a5c11df': ['addetta vendita', 'addetto vendita', 'addetta alla vendita'],
  '6c999fc7-c6b7-4ef3-a4b9-af124a1783a2': ['impiegata', 'impiegato', 'impiegata amministrativa', 'impiegato amministrativo'],
  '245be6d1-fe9a-4ac8-9f81-122a687e4724': ['operaio generico', 'operaia generica', 'operaia di produzione', 'addetta produzione'],
  '731ecac4-06e8-4ec2-a559-101fecbd9183': ['cameriera ai piani', 'cameriere ai piani'],
  '0c408028-c48f-4df8-ba5d-c3d3be15f5a2': ['corriere', 'rider', 'addetto consegne'],
  '3413f234-6230-47a8-8cc7-2691fd54ce3a': ['baby sitter', 'tata'],
  '503ea267-93e9-4b8c-ae5e-817fe7e4a245': ['igiene ambientale', 'netturbino'],
};

/** The prior in [0, 1]: half the major group's weight, half membership of the common list. */
export function placementPrior(uri: string, iscoCode: string | null): number {
  const major = iscoCode ? (MAJOR_GROUP_WEIGHT[iscoCode[0]] ?? 0) : 0;
  return (major + (COMMON.has(uri) ? 1 : 0)) / 2;
}

export const everydayNamesByUri = (): [string, string[]][] =>
  Object.entries(EVERYDAY_NAMES).map(([id, names]) => [`${OCCUPATION}${id}`, names]);
