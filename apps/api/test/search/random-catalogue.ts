import { searchDocumentId, type SearchDocument, type SearchQuery } from '@ponte/search';
import type { DataSource } from 'typeorm';
import type { Comune } from './reference-sample';

/**
 * Deterministic generators for the search specs and the benchmarks (search, load): the same
 * catalogue and queries on every run. The demo seed has its own (apps/api/src/demo), whose
 * output must not change.
 */

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  /** Between `min` and `max` distinct items, in random order. */
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, Math.min(copy.length, int(min, max)));
  };
  /** Each item kept with probability `expected / items.length`, in their order. */
  const sample = <T>(items: readonly T[], expected: number): T[] => items.filter(() => next() < expected / items.length);
  return { next, int, pick, some, sample };
}
export type Random = ReturnType<typeof rng>;

export const SHIFTS = ['morning', 'afternoon', 'evening', 'night', 'weekend'];
export const CONTRACTS = ['tirocinio', 'apprendistato', 'tempo_determinato', 'tempo_indeterminato'];
const WORDS = ['barista', 'cuoco/a', 'magazziniere', 'saldatore', 'pulizie', 'cameriera', 'contabile', 'assistenza', 'domiciliare', 'corso'];
export const OCCUPATIONS = Array.from({ length: 6 }, (_, i) => `http://data.europa.eu/esco/occupation/test-${i}`);
export const SKILLS = Array.from({ length: 8 }, (_, i) => `http://data.europa.eu/esco/skill/test-${i}`);
export const ORGS = [
  { id: '00000000-0000-4000-8000-000000000001', kind: 'company', status: 'vetted' },
  { id: '00000000-0000-4000-8000-000000000002', kind: 'company', status: 'suspended' },
  { id: '00000000-0000-4000-8000-000000000003', kind: 'union', status: 'vetted' },
  { id: '00000000-0000-4000-8000-000000000004', kind: 'training_body', status: 'vetted' },
  { id: '00000000-0000-4000-8000-000000000005', kind: 'training_body', status: 'suspended' },
  // Not in the organisations table: shown, as the search always did.
  { id: '00000000-0000-4000-8000-000000000006', kind: 'company', status: null },
];
const HOUR = 3_600_000;

/** The organisations of ORGS that the table holds. */
export async function insertOrganisations(dataSource: DataSource): Promise<void> {
  for (const org of ORGS.filter((o) => o.status)) {
    await dataSource.query(`INSERT INTO organisations (id, kind, legal_name, status) VALUES ($1, $2, $3, $4)`, [org.id, org.kind, `Org ${org.id.slice(-1)}`, org.status]);
  }
}

/**
 * The n-th document of a random catalogue over `towns`. `worded`: titles, descriptions,
 * occupations and skills from small vocabularies, published mostly within the last 16 days (some
 * older, a few in the next days, some at one instant); otherwise one title each, an hour apart.
 */
export function randomDocument(r: Random, towns: Comune[], n: number, options: { idPrefix: string; worded: boolean; now?: number }): SearchDocument {
  const kind = r.next() < 0.7 ? 'offer' : 'course';
  const org = r.pick(ORGS.filter((o) => (kind === 'offer' ? o.kind !== 'training_body' : o.kind !== 'company')));
  const workMode = r.pick(['on_site', 'on_site', 'hybrid', 'remote']);
  // Some remote listings keep a comune and a location: the radius lets them through anyway.
  const town = workMode === 'remote' && r.next() < 0.6 ? null : r.pick(towns);
  const sourceId = `${options.idPrefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
  // Order and repetition of shifts vary; the set is what counts.
  const shifts = [...r.sample(SHIFTS, 2), ...(r.next() < 0.2 ? ['morning'] : [])].reverse();
  const contract = kind === 'offer' ? r.pick(CONTRACTS) : null;
  const document: SearchDocument = {
    id: searchDocumentId(kind, sourceId),
    kind,
    sourceId,
    version: 1,
    organisationId: org.id,
    organisationKind: org.kind,
    organisationName: `Organizzazione ${org.kind}`,
    title: `Annuncio ${n}`,
    description: 'Inserimento protetto.',
    labels: { it: [], en: [] },
    occupationUris: [],
    skillUris: [],
    comune: town?.code ?? null,
    comuneName: town?.name ?? null,
    location: town ? { lat: town.lat, lon: town.lon } : null,
    workMode,
    contract,
    shifts,
    accommodations: [],
    cost: null,
    startDate: null,
    deadline: null,
    publishedAt: new Date(Date.UTC(2026, 0, 1) - n * HOUR).toISOString(),
  };
  if (!options.worded) return document;
  const age = r.next() < 0.05 ? -Math.floor(r.next() * 96) : r.next() < 0.7 ? Math.floor(r.next() * 16 * 24) : Math.floor(r.next() * 60 * 24);
  const instant = new Date((options.now ?? Date.now()) - (age + (r.next() < 0.1 ? 0 : r.next())) * HOUR).toISOString();
  return {
    ...document,
    title: `${r.pick(WORDS)} ${r.next() < 0.3 ? r.pick(WORDS) : ''}`.trim(),
    description: `Inserimento protetto. ${r.sample(WORDS, 2).join(' ')}`,
    labels: { it: [], en: r.next() < 0.2 ? ['cleaning'] : [] },
    occupationUris: r.sample(OCCUPATIONS, 1.5),
    skillUris: r.sample(SKILLS, 2),
    publishedAt: instant.replace(/\.\d+Z$/, r.next() < 0.2 ? '.000Z' : '.500Z'),
  };
}

/** Random words of the worded catalogue's vocabulary (or its English label). */
export const randomWords = (r: Random): string => (r.next() < 0.15 ? 'cleaning' : r.sample(WORDS, 1.3).join(' ') || r.pick(WORDS));

/** A random page and sort, then a random radius, filters and excluded organisation on `query`. */
export function withRandomFilters(r: Random, towns: Comune[], query: Partial<SearchQuery>, radiusShare: number): SearchQuery {
  const centre = r.pick(towns);
  const filtered: SearchQuery = { sort: r.pick(['relevance', 'date', 'distance'] as const), page: 1 + Math.floor(r.next() * 4), pageSize: 7, ...query };
  if (r.next() < radiusShare) filtered.near = { lat: centre.lat, lon: centre.lon, radiusKm: 2 + Math.floor(r.next() * 25) };
  if (r.next() < 0.3) filtered.kinds = [r.pick(['offer', 'course'] as const)];
  if (r.next() < 0.3) filtered.contracts = r.sample(CONTRACTS, 2);
  if (r.next() < 0.3) filtered.shifts = r.sample(SHIFTS, 2);
  if (r.next() < 0.2) filtered.workModes = [r.pick(['on_site', 'hybrid', 'remote'])];
  if (r.next() < 0.2) filtered.remote = r.next() < 0.5;
  if (r.next() < 0.2) filtered.organisationKinds = [r.pick(['company', 'union', 'training_body'])];
  if (r.next() < 0.15) filtered.excludeOrganisationIds = [r.pick(ORGS).id];
  return filtered;
}

/** A statement's answer in comparable form: total, capped, facets by `facet=value`, items as `id@km`. */
export async function answerOf(dataSource: DataSource, compiled: { sql: string; params: unknown[] }) {
  const [row] = await dataSource.query(compiled.sql, compiled.params);
  const facets: Record<string, number> = {};
  for (const f of row.facets as { facet: string; value: string; count: number }[]) facets[`${f.facet}=${f.value}`] = f.count;
  const items = (row.items as { id: string; distanceKm: string | number | null }[]).map((i) => `${i.id}@${i.distanceKm === null ? '-' : Number(i.distanceKm)}`);
  return { total: row.total as number, capped: row.capped as boolean, facets, items };
}
