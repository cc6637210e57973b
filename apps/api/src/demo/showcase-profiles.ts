import type { Accommodation, AgeBand, CefrLevel, CommuteMean, ConsentBasis, ContractType, Shift, SkillAcquisition, SkillLevel } from '@ponte/domain';
import { METROPOLITAN_NETWORKS } from '../networks/metropolitan-networks';
import { DEMO_OCCUPATIONS, type DemoOccupation, type Sector } from './demo-occupations';
import type { DemoRandom } from './demo-random';
import type { DemoReference } from './demo-reference';

/**
 * Sixty pseudonymised profiles across the six networks, as counsellors record them after a
 * first interview: an age band, a home comune of her network, skills of the jobs she has
 * done (ESCO URIs of the loaded reference), languages, availability and what she needs.
 * Notes and comments are written without any identifier (the seed spec runs the detector).
 */
export interface PlannedSkill {
  uri: string;
  level: SkillLevel;
  acquired: SkillAcquisition[];
  comment: string | null;
}

export interface PlannedProfile {
  networkCode: string;
  ageBand: AgeBand;
  homeComune: string;
  eqf: number;
  sector: Sector;
  targets: DemoOccupation[];
  skills: PlannedSkill[];
  languages: [string, CefrLevel][];
  weeklyHours: number;
  shifts: Shift[];
  maxCommuteKm: number;
  commute: CommuteMean[];
  contracts: ContractType[];
  accommodations: Accommodation[];
  notes: string;
  exclusion: { comune: string; radiusKm: number } | null;
  /** Null: her consent to be matched is still to be collected. */
  matchingBasis: ConsentBasis | null;
  createdDaysAgo: number;
}

/** Profiles per network: Milano is the largest; each demo counsellor's network has plenty. */
export const PROFILES_PER_NETWORK: Readonly<Record<string, number>> = {
  milano: 16,
  'nord-milano': 12,
  'nord-ovest': 8,
  ovest: 8,
  sud: 8,
  'adda-martesana': 8,
};

const SECTORS: Sector[] = ['care', 'care', 'cleaning', 'cleaning', 'hospitality', 'hospitality', 'retail', 'retail', 'logistics', 'office', 'office', 'manufacturing'];
const AGE_BANDS: AgeBand[] = ['18-24', '25-34', '25-34', '35-44', '35-44', '35-44', '45-54', '45-54', '55-64'];
const MOTHER_TONGUES = ['ar', 'es', 'ro', 'uk', 'sq', 'fr', 'en', 'pt', 'tl', 'zh', 'ru', 'bn'];
const PENDING_CONSENT = 'Consenso al matching da raccogliere al prossimo colloquio.';
const NOTES = [
  'Udienze in tribunale il martedì mattina: evitare colloqui quel giorno.',
  'Preferisce un ambiente con referente del personale riservata.',
  'Sta frequentando un corso serale di italiano.',
  'Due figli alla scuola primaria: disponibile durante l’orario scolastico.',
  'Vuole riprendere il lavoro nel settore in cui aveva già esperienza.',
  'Ospite di una casa rifugio fino alla fine del percorso: spostamenti concordati con l’operatrice.',
  'Molto motivata, chiede un primo inserimento con tirocinio.',
  'Ha bisogno di un orario compatibile con il centro diurno del figlio.',
  'Patente in corso di conversione: per ora si sposta con i mezzi pubblici.',
  'Interessata anche a un corso di qualifica prima del lavoro.',
  'Preferisce turni del mattino per seguire il percorso al centro antiviolenza.',
  'Buona manualità, poca esperienza con il computer.',
  'Titolo di studio conseguito all’estero, in attesa di riconoscimento.',
];
const COMMENTS: Record<SkillAcquisition, readonly string[]> = {
  work: ['Esperienza di alcuni anni nel settore', 'Lavoro stagionale ripetuto per più estati', 'Lavoro senza contratto per diversi anni', 'Esperienza nel paese di origine'],
  unpaid_care: ['Cura di un familiare non autosufficiente', 'Ha gestito la casa e la cura dei figli per molti anni', 'Assistenza a un genitore anziano'],
  volunteering: ['Volontariato in un emporio solidale', 'Volontariato in parrocchia', 'Aiuto nella mensa di un’associazione'],
  training: ['Attestato di un corso regionale', 'Corso breve frequentato di recente', 'Modulo di formazione in un centro per l’impiego'],
};

const counts = (band: number, random: DemoRandom, list: readonly string[]) => random.sample(list, band);

function planSkills(random: DemoRandom, reference: DemoReference, targets: DemoOccupation[]): PlannedSkill[] {
  const pool = [...new Set(targets.flatMap((t) => reference.essential.get(t.uri) ?? []))].sort();
  const extra = (reference.optional.get(targets[0].uri) ?? []).slice().sort();
  const uris = [...random.sample(pool, random.int(3, 6)), ...random.sample(extra, random.int(0, 2))];
  return [...new Set(uris)].map((uri) => {
    const acquired = random.sample<SkillAcquisition>(['work', 'work', 'unpaid_care', 'volunteering', 'training'], random.int(1, 2));
    const unique = [...new Set(acquired)];
    return {
      uri,
      level: random.pick<SkillLevel>(['basic', 'intermediate', 'intermediate', 'advanced']),
      acquired: unique,
      comment: random.chance(0.35) ? random.pick(COMMENTS[unique[0]]) : null,
    };
  });
}

function planProfile(random: DemoRandom, reference: DemoReference, networkCode: string, comuni: readonly string[]): PlannedProfile {
  const sector = random.pick(SECTORS);
  const occupations = DEMO_OCCUPATIONS.filter((o) => o.sector === sector && reference.essential.has(o.uri));
  const targets = random.sample(occupations, random.int(1, Math.min(2, occupations.length)));
  const homeComune = random.pick(comuni.filter((c) => reference.comuni.has(c)));
  const foreign = random.chance(0.45);
  const languages: [string, CefrLevel][] = foreign
    ? [['it', random.pick<CefrLevel>(['A2', 'B1', 'B1', 'B2', 'C1'])], [random.pick(MOTHER_TONGUES), 'C2']]
    : [['it', 'C2']];
  if (random.chance(0.3) && !languages.some(([code]) => code === 'en')) languages.push(['en', random.pick<CefrLevel>(['A2', 'B1', 'B2'])]);
  const matchingBasis = random.chance(0.9) ? random.pick<ConsentBasis>(['explicit_verbal', 'signed_form', 'signed_form', 'written_message']) : null;
  const others = METROPOLITAN_NETWORKS.filter((n) => n.code !== networkCode).flatMap((n) => n.comuni);
  return {
    networkCode,
    ageBand: random.pick(AGE_BANDS),
    homeComune,
    eqf: random.pick([2, 2, 3, 3, 3, 4, 4, 5]),
    sector,
    targets,
    skills: planSkills(random, reference, targets),
    languages,
    weeklyHours: random.pick([15, 20, 20, 25, 25, 30, 30, 36, 38]),
    shifts: random.sample<Shift>(['morning', 'morning', 'afternoon', 'evening', 'weekend'], random.int(1, 3)).filter((s, i, all) => all.indexOf(s) === i),
    maxCommuteKm: networkCode === 'milano' ? random.int(8, 15) : random.int(10, 25),
    commute: [...new Set(random.sample<CommuteMean>(['public_transport', 'public_transport', 'walk', 'bike', 'car'], random.int(1, 2)))],
    contracts: counts(random.int(1, 3), random, ['tirocinio', 'apprendistato', 'tempo_determinato', 'tempo_indeterminato']) as ContractType[],
    accommodations: counts(random.int(0, 3), random, ['flexible_hours', 'childcare', 'confidential_hr', 'part_time', 'transport']) as Accommodation[],
    notes: matchingBasis ? random.pick(NOTES.filter((n) => n !== PENDING_CONSENT)) : PENDING_CONSENT,
    exclusion: random.chance(0.25) ? { comune: random.pick(others.filter((c) => reference.comuni.has(c))), radiusKm: random.int(2, 5) } : null,
    matchingBasis,
    createdDaysAgo: random.int(25, 200),
  };
}

export function planProfiles(random: DemoRandom, reference: DemoReference): PlannedProfile[] {
  return METROPOLITAN_NETWORKS.flatMap((network) =>
    Array.from({ length: PROFILES_PER_NETWORK[network.code] ?? 0 }, () => planProfile(random, reference, network.code, network.comuni)),
  );
}
