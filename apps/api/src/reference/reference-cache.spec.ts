import { createDataSource, createTestDatabase, TestDatabase } from '@ponte/persistence';
import { DataSource } from 'typeorm';
import { ConceptSearchService } from './concept-search/concept-search.service';
import { ReferenceCache } from './reference-cache';
import { ReferenceLookupService } from './reference-lookup.service';
import { ReferenceSearchService } from './reference-search.service';

const WELDING = 'urn:test:skill:welding';

/** Reference answers come from memory until a new import is recorded, on a real PostgreSQL. */
describe('ReferenceCache', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  const recordImport = () =>
    dataSource.query(`INSERT INTO reference_imports (fingerprint, sources, summary, started_at) VALUES ('test', '[]', '{}', now())`);
  const relabel = (label: string) => dataSource.query(`UPDATE esco_labels SET label = $1 WHERE uri = $2 AND language = 'it'`, [label, WELDING]);

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, applicationName: 'ponte-test', poolSize: 2 });
    await dataSource.initialize();
    await dataSource.query(`INSERT INTO esco_concepts (uri, kind) VALUES ($1, 'skill')`, [WELDING]);
    await dataSource.query(`INSERT INTO esco_labels (uri, language, label, label_kind, kind) VALUES ($1, 'it', 'saldatura ad arco', 'preferred', 'skill')`, [WELDING]);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('answers autocomplete and labels from memory while no new import is recorded, and afresh after one', async () => {
    const cache = new ReferenceCache(dataSource, 0);
    const search = new ReferenceSearchService(dataSource, cache, new ConceptSearchService(dataSource, cache));
    const lookup = new ReferenceLookupService(dataSource, cache);
    await relabel('saldatura ad arco');
    await recordImport();
    expect((await search.concepts('skill', 'sald', 'it', 10)).map((s) => s.label)).toEqual(['saldatura ad arco']);
    expect((await lookup.lookup([WELDING, 'urn:test:unknown'], 'it')).items.map((i) => i.label)).toEqual(['saldatura ad arco']);

    // Changed behind the importer's back: what was answered stays (no statement reaches the tables).
    await relabel('saldatura TIG');
    expect((await search.concepts('skill', 'sald', 'it', 10)).map((s) => s.label)).toEqual(['saldatura ad arco']);
    expect((await lookup.lookup([WELDING], 'it')).items.map((i) => i.label)).toEqual(['saldatura ad arco']);

    await recordImport();
    expect((await search.concepts('skill', 'sald', 'it', 10)).map((s) => s.label)).toEqual(['saldatura TIG']);
    expect((await lookup.lookup([WELDING], 'it')).items.map((i) => i.label)).toEqual(['saldatura TIG']);
  });

  it('rebuilds the occupation index after a new import', async () => {
    const cache = new ReferenceCache(dataSource, 0);
    const search = new ReferenceSearchService(dataSource, cache, new ConceptSearchService(dataSource, cache));
    const COOK = 'http://data.europa.eu/esco/occupation/cook';
    await dataSource.query(`INSERT INTO esco_concepts (uri, kind, isco_group) VALUES ($1, 'occupation', '5120')`, [COOK]);
    await dataSource.query(`INSERT INTO esco_labels (uri, language, label, label_kind, kind) VALUES ($1, 'it', 'cuoco', 'preferred', 'occupation')`, [COOK]);
    await recordImport();
    expect((await search.concepts('occupation', 'cuoc', 'it', 10)).map((s) => s.label)).toEqual(['cuoco']);
    await dataSource.query(`UPDATE esco_labels SET label = 'cuoco/cuoca' WHERE uri = $1`, [COOK]);
    await recordImport();
    expect((await search.concepts('occupation', 'cuoca', 'it', 10)).map((s) => s.label)).toEqual(['cuoco/cuoca']);
  });

  it('waits for the check interval before looking for a new import', async () => {
    const cache = new ReferenceCache(dataSource, 60_000);
    const search = new ReferenceSearchService(dataSource, cache, new ConceptSearchService(dataSource, cache));
    await relabel('saldatura ad arco');
    expect((await search.concepts('skill', 'sald', 'it', 10)).map((s) => s.label)).toEqual(['saldatura ad arco']);
    await relabel('saldatura TIG');
    await recordImport();
    expect((await search.concepts('skill', 'sald', 'it', 10)).map((s) => s.label)).toEqual(['saldatura ad arco']);
  });

  it('shares one load between concurrent misses and keeps no failure', async () => {
    const cache = new ReferenceCache(dataSource, 0);
    let loads = 0;
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 20));
    expect(await Promise.all([cache.get('k', slow), cache.get('k', slow)])).toEqual([1, 1]);
    await expect(cache.get('broken', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('broken', async () => 'recovered')).toBe('recovered');
  });

  it('loads only the keys it does not hold, remembering unknown ones as absent', async () => {
    const cache = new ReferenceCache(dataSource, 60_000);
    const asked: string[][] = [];
    const load = async (missing: string[]) => {
      asked.push(missing);
      return new Map(missing.filter((k) => k !== 'ghost').map((k) => [k, k.toUpperCase()]));
    };
    expect([...(await cache.many('p', ['a', 'ghost'], load))]).toEqual([['a', 'A'], ['ghost', null]]);
    expect([...(await cache.many('p', ['a', 'b', 'ghost'], load))]).toEqual([['a', 'A'], ['b', 'B'], ['ghost', null]]);
    expect(asked).toEqual([['a', 'ghost'], ['b']]);
  });
});
