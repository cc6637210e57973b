import { createDataSource, createTestDatabase, type TestDatabase } from '@ponte/persistence';
import { compileCounted, compileScan, isCountable, PostgresSearchEngine } from '@ponte/search';
import type { DataSource } from 'typeorm';
import { answerOf, insertOrganisations, ORGS, randomDocument, rng, SHIFTS, withRandomFilters } from '../../test/search/random-catalogue';
import { comuni } from '../../test/search/reference-sample';

/**
 * The counts of a search without words come from `search_cells` (migration
 * SearchCellsCompact1765550100000) and its page from the place and date indexes. The statement that
 * reads every matched document is the reference: on a real PostgreSQL, for hundreds of generated
 * queries, both statements give the same total, facets, page and distances, and the cells equal
 * a count of the documents after inserts, upserts, moves, removals and a rebuild.
 */

describe('PostgreSQL search: counts from the cells equal the count of the documents', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let engine: PostgresSearchEngine;
  const towns = comuni().slice(0, 14);
  const r = rng(23);

  const document = (n: number) => randomDocument(r, towns, n, { idPrefix: '10000000', worded: false });
  // Queries without words: their counts come from the cells.
  const randomQuery = () => withRandomFilters(r, towns, {}, 0.6);
  const answer = (compiled: { sql: string; params: unknown[] }) => answerOf(dataSource, compiled);

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
    await insertOrganisations(dataSource);
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
