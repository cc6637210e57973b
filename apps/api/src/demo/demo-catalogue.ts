import type { Accommodation, ContractType, CourseCost, Shift, WorkMode } from '@ponte/domain';
import type { EntityManager } from 'typeorm';
import { DEMO_OCCUPATIONS, type DemoOccupation } from './demo-occupations';
import type { DemoRandom } from './demo-random';
import { networkComuniOf, type DemoReference } from './demo-reference';
import { INSERT_SHOWCASE_COURSE_SQL, INSERT_SHOWCASE_OFFER_SQL } from './demo-catalogue.sql';

/** An organisation as the planner sees it: its id, seat and sectors. */
export interface PlannedOrganisation {
  id: string;
  kind: 'company' | 'training_body' | 'union';
  seatComune: string;
  sectors: readonly string[];
  offers: number;
  courses: number;
}

export interface PlannedOffer {
  kind: 'offer';
  organisationId: string;
  title: string;
  description: string;
  occupation: DemoOccupation;
  essentialSkills: string[];
  optionalSkills: string[];
  italian: 'A2' | 'B1' | 'B2';
  workMode: WorkMode;
  comune: string | null;
  weeklyHours: number;
  shifts: Shift[];
  contract: ContractType;
  seats: number;
  accommodations: Accommodation[];
  status: 'draft' | 'published' | 'closed';
  /** Days from today (negative: past). */
  createdDaysAgo: number;
  deadlineInDays: number;
}

export interface PlannedCourse {
  kind: 'course';
  organisationId: string;
  title: string;
  description: string;
  occupation: DemoOccupation;
  skillsTaught: string[];
  workMode: WorkMode;
  comune: string | null;
  shifts: Shift[];
  totalHours: number;
  startInDays: number;
  weeks: number;
  seats: number;
  cost: CourseCost;
  childcareSupport: boolean;
  status: 'draft' | 'published' | 'closed';
  createdDaysAgo: number;
}

export type PlannedListing = PlannedOffer | PlannedCourse;

const SHIFT_WORDS: Record<Shift, string> = { morning: 'mattina', afternoon: 'pomeriggio', evening: 'sera', night: 'notte', weekend: 'fine settimana' };
const CONTRACT_WORDS: Record<ContractType, string> = {
  tirocinio: 'Tirocinio di inserimento retribuito',
  apprendistato: 'Contratto di apprendistato',
  tempo_determinato: 'Contratto a tempo determinato con possibilità di rinnovo',
  tempo_indeterminato: 'Contratto a tempo indeterminato',
  other: 'Contratto di collaborazione',
};
const ACCOMMODATION_WORDS: Record<Accommodation, string> = {
  flexible_hours: 'orario flessibile per appuntamenti e udienze',
  childcare: 'convenzione con un asilo nido vicino',
  confidential_hr: 'referente del personale dedicata e riservata',
  part_time: 'part time su richiesta',
  transport: 'rimborso dell’abbonamento ai mezzi pubblici',
};
const INTROS = ['Cerchiamo una persona motivata da inserire nella nostra squadra.', 'Inserimento protetto in collaborazione con la rete antiviolenza.', 'Ambiente accogliente, affiancamento nelle prime settimane.', 'Offerta riservata al protocollo per l’autonomia lavorativa delle donne.'];
const COURSE_OPENINGS = ['Corso gratuito per donne in percorso di autonomia.', 'Percorso di qualifica con stage in aziende del territorio.', 'Lezioni in piccoli gruppi, con materiali forniti.', 'Corso finanziato con attestato di competenze regionale.'];

const words = (shifts: readonly Shift[]) => shifts.map((s) => SHIFT_WORDS[s]).join(' e ');

function placeOf(random: DemoRandom, reference: DemoReference, seat: string): string {
  return random.chance(0.55) ? seat : random.pick(networkComuniOf(seat).filter((c) => reference.comuni.has(c)));
}

function planOffer(random: DemoRandom, reference: DemoReference, organisation: PlannedOrganisation, occupation: DemoOccupation): PlannedOffer | null {
  const essential = reference.essential.get(occupation.uri) ?? [];
  if (essential.length === 0) return null;
  const remote = occupation.sector === 'office' && random.chance(0.2);
  const workMode: WorkMode = remote ? (random.chance(0.5) ? 'remote' : 'hybrid') : 'on_site';
  const comune = workMode === 'remote' ? null : placeOf(random, reference, organisation.seatComune);
  const shifts = [...random.pick(occupation.shifts)];
  const weeklyHours = random.pick(occupation.hours);
  const contract = random.pick(occupation.contracts);
  const accommodations = random.sample<Accommodation>(['flexible_hours', 'childcare', 'confidential_hr', 'part_time', 'transport'], random.int(1, 3));
  const place = comune ? `Sede di lavoro: ${reference.comuni.get(comune)?.name}.` : 'Lavoro da remoto con postazione fornita.';
  const description = [
    random.pick(INTROS),
    random.pick(occupation.tasks),
    `${weeklyHours} ore settimanali, turni di ${words(shifts)}. ${CONTRACT_WORDS[contract]}.`,
    `Previsti: ${accommodations.map((a) => ACCOMMODATION_WORDS[a]).join(', ')}.`,
    place,
  ].join(' ');
  const roll = random.next();
  return {
    kind: 'offer',
    organisationId: organisation.id,
    title: random.pick(occupation.titles),
    description,
    occupation,
    essentialSkills: random.sample(essential, random.int(3, 6)).sort(),
    optionalSkills: random.sample(reference.optional.get(occupation.uri) ?? [], random.int(0, 3)).sort(),
    italian: random.pick(['A2', 'A2', 'B1', 'B2'] as const),
    workMode,
    comune,
    weeklyHours,
    shifts,
    contract,
    seats: random.int(2, 5),
    accommodations,
    status: roll < 0.86 ? 'published' : roll < 0.93 ? 'draft' : 'closed',
    createdDaysAgo: random.int(5, 160),
    deadlineInDays: random.int(14, 75),
  };
}

function planCourse(random: DemoRandom, reference: DemoReference, organisation: PlannedOrganisation, occupation: DemoOccupation, n: number): PlannedCourse | null {
  const essential = reference.essential.get(occupation.uri) ?? [];
  if (essential.length === 0) return null;
  const workMode: WorkMode = occupation.sector === 'office' && random.chance(0.3) ? 'remote' : 'on_site';
  const comune = workMode === 'remote' ? null : placeOf(random, reference, organisation.seatComune);
  const totalHours = random.pick([40, 60, 80, 120, 200, 300]);
  const cost: CourseCost = random.pick(['free', 'free', 'funded', 'funded', 'paid']);
  const childcareSupport = random.chance(0.4);
  const shifts = [...random.pick(occupation.shifts)].filter((s) => s !== 'night');
  const description = [
    random.pick(COURSE_OPENINGS),
    `Per chi vuole lavorare come ${occupation.titles[0].toLowerCase()}: ${random.pick(occupation.tasks).toLowerCase()}`,
    `${totalHours} ore, lezioni di ${words(shifts.length ? shifts : ['morning'])}.`,
    childcareSupport ? 'Servizio di custodia dei figli durante le lezioni.' : 'Frequenza obbligatoria all’ottanta per cento delle ore.',
    comune ? `Sede del corso: ${reference.comuni.get(comune)?.name}.` : 'Lezioni a distanza in diretta.',
  ].join(' ');
  const roll = random.next();
  // One course in three has already ended or is under way (they carry the enrolments and
  // completions); the others still take enrolments (deadline a week before the start).
  const startInDays = n % 3 === 0 ? random.int(-150, -40) : random.int(10, 100);
  return {
    kind: 'course',
    organisationId: organisation.id,
    title: random.pick(occupation.courses),
    description,
    occupation,
    skillsTaught: random.sample(essential, random.int(3, 6)).sort(),
    workMode,
    comune,
    shifts: shifts.length ? shifts : ['morning'],
    totalHours,
    startInDays,
    weeks: Math.max(2, Math.ceil(totalHours / 20)),
    seats: random.int(8, 20),
    cost,
    childcareSupport,
    status: roll < 0.88 ? 'published' : roll < 0.94 ? 'draft' : 'closed',
    // Published well before its enrolment deadline.
    createdDaysAgo: Math.max(random.int(10, 150), random.int(20, 40) - startInDays),
  };
}

/** Titles are unique per organisation (the catalogue seeders find listings by them). */
function uniqueTitle(taken: Set<string>, title: string, comuneName: string | undefined, n: number): string {
  const candidates = [title, comuneName ? `${title} – ${comuneName}` : `${title} – da remoto`, `${title} – ${comuneName ?? 'da remoto'} (${n})`];
  const free = candidates.find((c) => !taken.has(c)) ?? `${title} (${n})`;
  taken.add(free);
  return free;
}

/** Every organisation's offers and courses, drawn from the occupations of its sectors. */
export function planCatalogue(random: DemoRandom, reference: DemoReference, organisations: readonly PlannedOrganisation[]): PlannedListing[] {
  const listings: PlannedListing[] = [];
  for (const organisation of organisations) {
    const occupations = DEMO_OCCUPATIONS.filter((o) => organisation.sectors.includes(o.sector) && reference.essential.has(o.uri));
    if (occupations.length === 0) continue;
    const taken = new Set<string>();
    const add = (listing: PlannedListing | null, n: number) => {
      if (!listing) return;
      listing.title = uniqueTitle(taken, listing.title, listing.comune ? reference.comuni.get(listing.comune)?.name : undefined, n);
      listings.push(listing);
    };
    for (let n = 0; n < organisation.offers; n++) add(planOffer(random, reference, organisation, occupations[n % occupations.length]), n + 1);
    for (let n = 0; n < organisation.courses; n++) add(planCourse(random, reference, organisation, occupations[n % occupations.length], n), n + 1);
  }
  return listings;
}

/** Inserts the planned listings, published (or closed) the day after they were written; returns their ids, in order. */
export async function insertListings(manager: EntityManager, listings: readonly PlannedListing[]): Promise<string[]> {
  const ids: string[] = [];
  for (const l of listings) {
    // $1 days ago it was written; published a day later unless a draft; closed ones yesterday.
    const dates = [l.createdDaysAgo, l.status !== 'draft', l.status === 'closed'];
    const [row]: { id: string }[] =
      l.kind === 'offer'
        ? await manager.query(
            INSERT_SHOWCASE_OFFER_SQL,
            [...dates, l.organisationId, l.title, l.description, l.occupation.uri, l.essentialSkills, l.optionalSkills, JSON.stringify([{ code: 'it', cefr: l.italian }]),
              l.workMode, l.comune, l.weeklyHours, l.shifts, l.contract, l.seats, l.status === 'closed' ? -5 : l.deadlineInDays, l.accommodations, l.status],
          )
        : await manager.query(
            INSERT_SHOWCASE_COURSE_SQL,
            [...dates, l.organisationId, l.title, l.description, l.skillsTaught, [l.occupation.uri], l.workMode, l.comune, l.shifts, l.totalHours,
              l.status === 'closed' ? -l.weeks * 7 - 10 : l.startInDays, l.weeks, l.seats, l.cost, l.childcareSupport, l.status],
          );
    ids.push(row.id);
  }
  return ids;
}
