import { createDataSource, createTestDatabase, type TestDatabase } from '@ponte/persistence';
import {
  compileCounted,
  compileScan,
  isCountable,
  PostgresSearchEngine,
  searchDocumentId,
  type SearchDocument,
  type SearchQuery,
} from '@ponte/search';
import type { DataSource } from 'typeorm';
import { comuni } from '../../test/search/reference-sample';

/**
 * The counts of a search without words come from `search_cells` (migration
 * SearchCellsCompact1765550100000) and its page from the place and date indexes. The statement that
 * reads every matched document is the reference: on a real PostgreSQL, for hundreds of generated
 * queries, both statements give the same total, facets, page and distances, and the cells equal
 * a count of the documents after inserts, upserts, moves, removals and a rebuild.
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
const ORGS = [
  { id: '00000000-0000-4000-8000-000000000001', kind: 'company', status: 'vetted' },
  { id: '00000000-0000-4000-8000-000000000002', kind: 'company', status: 'suspended' },
  { id: '00000000-0000-4000-8000-000000000003', kind: 'union', status: 'vetted' },
  { id: '00000000-0000-4000-8000-000000000004', kind: 'training_body', status: 'vetted' },
  { id: '00000000-0000-4000-8000-000000000005', kind: 'training_body', status: 'suspended' },
  // Not in the organisations table: shown, as the search always did.
  { id: '00000000-0000-4000-8000-000000000006', kind: 'company', status: null },
];

describe('PostgreSQL search: counts from the cells equal the count of the documents', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let engine: PostgresSearchEngine;
  const towns = comuni().slice(0, 14);
  const r = rng(23);

  const document = (n: number): SearchDocument => {
    const kind = r.next() < 0.7 ? 'offer' : 'course';
    const org = r.pick(ORGS.filter((o) => (kind === 'offer' ? o.kind !== 'training_body' : o.kind !== 'company')));
    const workMode = r.pick(['on_site', 'on_site', 'hybrid', 'remote']);
    // Some remote listings keep a comune and a location: the radius lets them through anyway.
    const town = workMode === 'remote' && r.next() < 0.6 ? null : r.pick(towns);
    const sourceId = `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    // Order and repetition of shifts vary; the set is what counts.
    const shifts = [...r.some(SHIFTS, 2), ...(r.next() < 0.2 ? ['morning'] : [])].reverse();
    return {
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
      contract: kind === 'offer' ? r.pick(CONTRACTS) : null,
      shifts,
      accommodations: [],
      cost: null,
      startDate: null,
      deadline: null,
      publishedAt: new Date(Date.UTC(2026, 0, 1) - n * 3_600_000).toISOString(),
    };
  };

  const randomQuery = (): SearchQuery => {
    const centre = r.pick(towns);
    const query: SearchQuery = {
      sort: r.pick(['relevance', 'date', 'distance'] as const),
      page: 1 + Math.floor(r.next() * 4),
      pageSize: 7,
    };
    if (r.next() < 0.6) query.near = { lat: centre.lat, lon: centre.lon, radiusKm: 2 + Math.floor(r.next() * 25) };
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
    return { total: row.total as number, facets, items };
  };

  /** Rows of the cells that a count of the documents does not give, and the reverse. */
  const cellsDiffer = async (): Promise<unknown[]> => {
    const documents = `search_documents d LEFT JOIN search_places pl ON pl.lat = d.lat AND pl.lon = d.lon`;
    const dimensions = 'd.kind, d.contract, d.work_mode, d.organisation_kind, d.comune, pl.id';
    // Per shift set (a mask of the SHIFTS bits), the documents sharing none of its shifts.
    const masks = Array.from({ length: 31 }, (_, i) => i + 1);
    const counted = `SELECT ${dimensions}, count(*)::int, ${SHIFTS.map((shift) => `count(*) FILTER (WHERE '${shift}' = ANY(d.shifts))::int`).join(', ')},
        ${masks.map((mask) => `count(*) FILTER (WHERE ponte_shift_mask(d.shifts) & ${mask} = 0)::int`).join(', ')}
      FROM ${documents} GROUP BY 1, 2, 3, 4, 5, 6`;
    const cells = `SELECT kind, contract, work_mode, organisation_kind, comune, place, documents, ${SHIFTS.map((shift) => `${shift}s`).join(', ')},
        ${masks.map((mask) => `none_${mask}`).join(', ')}
      FROM search_cells WHERE documents <> 0`;
    return dataSource.query(`(${cells} EXCEPT ALL ${counted}) UNION ALL (${counted} EXCEPT ALL ${cells})`);
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, applicationName: 'ponte-test-search-cells', poolSize: 2 });
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

  it('keeps the cells exact through a rebuild, single upserts, moves and removals', async () => {
    const docs = Array.from({ length: 300 }, (_, n) => document(n));
    expect(await engine.reindexAll(docs)).toBe(300);
    expect(await cellsDiffer()).toEqual([]);
    // The split by shift set is gone (migration SearchShiftCellsDropped1765800000000): writes keep the cells alone.
    expect(await dataSource.query(`SELECT to_regclass('search_shift_cells') AS t`)).toEqual([{ t: null }]);
    for (let n = 300; n < 340; n++) await engine.index(document(n));
    // A newer version moves a listing to another comune, work mode and shift set; an older one changes nothing.
    for (const doc of docs.slice(0, 40)) {
      const moved = document(1000 + docs.indexOf(doc));
      await engine.index({ ...moved, id: doc.id, kind: doc.kind, sourceId: doc.sourceId, organisationId: doc.organisationId, organisationKind: doc.organisationKind, contract: doc.contract, version: 2 });
    }
    await engine.index({ ...docs[41], version: 0, comune: null, location: null, workMode: 'remote' });
    for (const doc of docs.slice(60, 80)) await engine.remove(doc.id);
    expect(await cellsDiffer()).toEqual([]);
    await engine.reindexAll(docs.slice(100));
    expect(await cellsDiffer()).toEqual([]);
    expect(await dataSource.query('SELECT count(*) AS zero FROM search_cells WHERE documents = 0')).toEqual([{ zero: '0' }]);
    await dataSource.query('TRUNCATE search_documents');
    expect(await dataSource.query('SELECT count(*) AS cells FROM search_cells')).toEqual([{ cells: '0' }]);
  });

  it('answers every query without words as the statement reading every match does', async () => {
    const docs = Array.from({ length: 400 }, (_, n) => document(n));
    await engine.reindexAll(docs);
    let compared = 0;
    let nonEmptyPages = 0;
    for (let i = 0; i < 300; i++) {
      const query = randomQuery();
      expect(isCountable(query)).toBe(true);
      const counted = await answer(compileCounted(query));
      expect({ query, ...counted }).toEqual({ query, ...(await answer(compileScan(query))) });
      compared += 1;
      if (counted.items.length > 0) nonEmptyPages += 1;
    }
    expect(compared).toBe(300);
    // The generated queries reach real pages, not only empty answers.
    expect(nonEmptyPages).toBeGreaterThan(150);
  });

  it('leaves out what a suspension hides, from the counts and from the page', async () => {
    const all = await engine.search({ sort: 'date', page: 1, pageSize: 500 });
    const hidden = new Set([ORGS[1].id, ORGS[4].id]);
    const [{ shown }] = await dataSource.query(`SELECT count(*)::int AS shown FROM search_documents WHERE NOT (organisation_id = ANY($1::uuid[]))`, [[...hidden]]);
    expect(all.total).toBe(shown);
    expect(all.items).toHaveLength(shown);
    expect(all.items.some((item) => hidden.has(item.organisationId))).toBe(false);
    await dataSource.query(`UPDATE organisations SET status = 'vetted' WHERE id = $1`, [ORGS[1].id]);
    const more = await engine.search({ sort: 'date', page: 1, pageSize: 500 });
    expect(more.items.filter((item) => item.organisationId === ORGS[1].id).length).toBe(more.total - all.total);
    expect(more.total).toBeGreaterThan(all.total);
  });
});
