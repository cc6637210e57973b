import { createDataSource, createTestDatabase, type TestDatabase } from '@ponte/persistence';
import { compileMatched, PostgresSearchEngine, searchDocumentId, type SearchDocument, type SearchQuery } from '@ponte/search';
import type { DataSource } from 'typeorm';
import { compileMatchedBefore } from '../../test/search/matched-before';
import { comuni } from '../../test/search/reference-sample';

/**
 * A search with words, occupations or skills tests its filters inside the word index (migration
 * SearchFilterTags1765700000000): kind, contract, work mode, organisation kind, shifts and the
 * radius as `filter_tags`, every match read at once; without filters but the kind, the newest
 * matches read slice by slice as before. On a real PostgreSQL, for hundreds of generated catalogues' queries, it answers
 * as the statement it replaced (matched-before.ts): the same total, `capped` flag, facets, page
 * and distances, under caps that cut the matches and caps that do not.
 */

/** Deterministic (mulberry32): the same catalogue and queries on every run. */
function rng(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const some = <T>(items: readonly T[], max: number): T[] => items.filter(() => next() < max / items.length);
  return { next, pick, some };
}

const SHIFTS = ['morning', 'afternoon', 'evening', 'night', 'weekend'];
const CONTRACTS = ['tirocinio', 'apprendistato', 'tempo_determinato', 'tempo_indeterminato'];
const WORDS = ['barista', 'cuoco/a', 'magazziniere', 'saldatore', 'pulizie', 'cameriera', 'contabile', 'assistenza', 'domiciliare', 'corso'];
const OCCUPATIONS = Array.from({ length: 6 }, (_, i) => `http://data.europa.eu/esco/occupation/test-${i}`);
const SKILLS = Array.from({ length: 8 }, (_, i) => `http://data.europa.eu/esco/skill/test-${i}`);
const ORGS = [
  { id: '00000000-0000-4000-8000-000000000001', kind: 'company', status: 'vetted' },
  { id: '00000000-0000-4000-8000-000000000002', kind: 'company', status: 'suspended' },
  { id: '00000000-0000-4000-8000-000000000003', kind: 'union', status: 'vetted' },
  { id: '00000000-0000-4000-8000-000000000004', kind: 'training_body', status: 'vetted' },
  // Not in the organisations table: shown, as the search always did.
  { id: '00000000-0000-4000-8000-000000000006', kind: 'company', status: null },
];
const HOUR = 3_600_000;

describe('PostgreSQL search with words: filters in the word index answer as the filters on each match did', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let engine: PostgresSearchEngine;
  const towns = comuni().slice(0, 14);
  const r = rng(2023);
  const now = Date.now();

  const document = (n: number): SearchDocument => {
    const kind = r.next() < 0.7 ? 'offer' : 'course';
    const org = r.pick(ORGS.filter((o) => (kind === 'offer' ? o.kind !== 'training_body' : o.kind !== 'company')));
    const workMode = r.pick(['on_site', 'on_site', 'hybrid', 'remote']);
    // Some remote listings keep a comune and a location: the radius lets them through anyway.
    const town = workMode === 'remote' && r.next() < 0.6 ? null : r.pick(towns);
    const sourceId = `30000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    // Most within the slices (the last 16 days), some older, a few dated in the next days;
    // some share an instant, so the order falls back on the id.
    const age = r.next() < 0.05 ? -Math.floor(r.next() * 96) : r.next() < 0.7 ? Math.floor(r.next() * 16 * 24) : Math.floor(r.next() * 60 * 24);
    return {
      id: searchDocumentId(kind, sourceId),
      kind,
      sourceId,
      version: 1,
      organisationId: org.id,
      organisationKind: org.kind,
      organisationName: `Organizzazione ${org.kind}`,
      title: `${r.pick(WORDS)} ${r.next() < 0.3 ? r.pick(WORDS) : ''}`.trim(),
      description: `Inserimento protetto. ${r.some(WORDS, 2).join(' ')}`,
      labels: { it: [], en: r.next() < 0.2 ? ['cleaning'] : [] },
      occupationUris: r.some(OCCUPATIONS, 1.5),
      skillUris: r.some(SKILLS, 2),
      comune: town?.code ?? null,
      comuneName: town?.name ?? null,
      location: town ? { lat: town.lat, lon: town.lon } : null,
      workMode,
      contract: kind === 'offer' ? r.pick(CONTRACTS) : null,
      // Order and repetition of shifts vary; the set is what counts.
      shifts: [...r.some(SHIFTS, 2), ...(r.next() < 0.2 ? ['morning'] : [])].reverse(),
      accommodations: [],
      cost: null,
      startDate: null,
      deadline: null,
      publishedAt: new Date(now - (age + (r.next() < 0.1 ? 0 : r.next())) * HOUR).toISOString().replace(/\.\d+Z$/, r.next() < 0.2 ? '.000Z' : '.500Z'),
    };
  };

  const randomQuery = (): SearchQuery => {
    const centre = r.pick(towns);
    const query: SearchQuery = {
      sort: r.pick(['relevance', 'date', 'distance'] as const),
      page: 1 + Math.floor(r.next() * 4),
      pageSize: 7,
    };
    const what = r.next();
    if (what < 0.7) query.text = r.next() < 0.15 ? 'cleaning' : r.some(WORDS, 1.3).join(' ') || r.pick(WORDS);
    if (what >= 0.5 || r.next() < 0.1) query.occupationUris = r.some(OCCUPATIONS, 2);
    if (what >= 0.85 || r.next() < 0.1) query.skillUris = [r.pick(SKILLS)];
    if (!query.text && !query.occupationUris?.length && !query.skillUris?.length) query.skillUris = [r.pick(SKILLS)];
    if (r.next() < 0.5) query.near = { lat: centre.lat, lon: centre.lon, radiusKm: 2 + Math.floor(r.next() * 25) };
    if (r.next() < 0.3) query.kinds = [r.pick(['offer', 'course'] as const)];
    if (r.next() < 0.3) query.contracts = r.some(CONTRACTS, 2);
    if (r.next() < 0.3) query.shifts = r.some(SHIFTS, 2);
    if (r.next() < 0.2) query.workModes = [r.pick(['on_site', 'hybrid', 'remote'])];
    if (r.next() < 0.2) query.remote = r.next() < 0.5;
    if (r.next() < 0.2) query.organisationKinds = [r.pick(['company', 'union', 'training_body'])];
    if (r.next() < 0.15) query.excludeOrganisationIds = [r.pick(ORGS).id];
    return query;
  };

  const answer = async (compiled: { sql: string; params: unknown[] }) => {
    const [row] = await dataSource.query(compiled.sql, compiled.params);
    const facets: Record<string, number> = {};
    for (const f of row.facets as { facet: string; value: string; count: number }[]) facets[`${f.facet}=${f.value}`] = f.count;
    const items = (row.items as { id: string; distanceKm: string | number | null }[]).map((i) => `${i.id}@${i.distanceKm === null ? '-' : Number(i.distanceKm)}`);
    return { total: row.total as number, capped: row.capped as boolean, facets, items };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, applicationName: 'ponte-test-search-matched', poolSize: 2 });
    await dataSource.initialize();
    for (const org of ORGS.filter((o) => o.status)) {
      await dataSource.query(`INSERT INTO organisations (id, kind, legal_name, status) VALUES ($1, $2, $3, $4)`, [org.id, org.kind, `Org ${org.id.slice(-1)}`, org.status]);
    }
    engine = new PostgresSearchEngine(dataSource);
  }, 120_000);
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('keeps each document’s filter tags equal to its fields through upserts and moves', async () => {
    const docs = Array.from({ length: 50 }, (_, n) => document(n));
    await engine.reindexAll(docs);
    for (const doc of docs.slice(0, 10)) await engine.index({ ...document(500 + docs.indexOf(doc)), id: doc.id, kind: doc.kind, sourceId: doc.sourceId, version: 2 });
    const differ = await dataSource.query(`
      SELECT d.id FROM search_documents d
      WHERE d.filter_tags IS DISTINCT FROM ARRAY['k:' || d.kind, 'w:' || d.work_mode, 'o:' || d.organisation_kind]
            || CASE WHEN d.contract IS NULL THEN '{}'::text[] ELSE ARRAY['c:' || d.contract] END
            || CASE WHEN d.work_mode = 'remote' THEN ARRAY['p:remote'] ELSE '{}'::text[] END
            || CASE WHEN d.lat IS NULL THEN '{}'::text[] ELSE ARRAY[(SELECT ponte_place_key(pl.lat, pl.lon) FROM search_places pl WHERE pl.lat = d.lat AND pl.lon = d.lon)] END
            || ARRAY(SELECT DISTINCT 's:' || s FROM unnest(d.shifts) s ORDER BY 1)`);
    expect(differ).toEqual([]);
  });

  it('answers every query as the statement testing the filters on each match did, capped or not', async () => {
    let compared = 0;
    let nonEmptyPages = 0;
    let cappedAnswers = 0;
    for (let round = 0; round < 3; round++) {
      await engine.reindexAll(Array.from({ length: 500 }, (_, n) => document(round * 1000 + n)));
      for (let i = 0; i < 120; i++) {
        const query = randomQuery();
        const cap = r.pick([3, 10, 40, 1000]);
        const ours = await answer(compileMatched(query, cap));
        expect({ query, cap, ...ours }).toEqual({ query, cap, ...(await answer(compileMatchedBefore(query, cap))) });
        compared += 1;
        if (ours.items.length > 0) nonEmptyPages += 1;
        if (ours.capped) cappedAnswers += 1;
      }
    }
    expect(compared).toBe(360);
    // The generated queries reach real pages and cut answers at the cap, not only empty answers.
    expect(nonEmptyPages).toBeGreaterThan(100);
    expect(cappedAnswers).toBeGreaterThan(30);
  });

  it('never shows nor counts the listings of a suspended organisation', async () => {
    const suspended = ORGS[1].id;
    const result = await engine.search({ text: 'barista', near: { lat: towns[0].lat, lon: towns[0].lon, radiusKm: 30 }, shifts: ['morning', 'evening'], sort: 'date', page: 1, pageSize: 200 });
    expect(result.items.some((item) => item.organisationId === suspended)).toBe(false);
    const [{ shown }] = await dataSource.query(
      `SELECT count(*)::int AS shown FROM search_documents WHERE organisation_id <> $1 AND tsv @@ plainto_tsquery('italian', 'barista') AND shifts && '{morning,evening}'`,
      [suspended],
    );
    expect(result.total).toBeLessThanOrEqual(shown);
  });
});
