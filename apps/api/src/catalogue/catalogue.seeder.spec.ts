import { testEnvironment } from '@ponte/config';
import { createDataSource, createTestDatabase, TestDatabase } from '@ponte/persistence';
import type { DataSource } from 'typeorm';
import { reindexCommand } from '../search/reindex.command';
import { loadReferenceSample } from '../../test/search/reference-sample';
import { catalogueSeeder, DEMO_LISTINGS } from './catalogue.seeder';

describe('demo catalogue seed and the reindex command', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const lines: string[] = [];
  const run = () => catalogueSeeder.run({ dataSource, log: (line) => lines.push(line) });
  const count = async (sql: string) => Number((await dataSource.query(sql))[0].count);

  beforeAll(async () => {
    database = await createTestDatabase();
    Object.assign(process.env, testEnvironment({ DATABASE_URL: database.url }));
    dataSource = createDataSource({ url: database.url, applicationName: 'ponte-test-seed', poolSize: 2 });
    await dataSource.initialize();
    await loadReferenceSample(dataSource, [
      'domestic cleaner', 'forklift operator', 'receptionist', 'room attendant', 'call centre agent', 'kitchen assistant', 'home care aide',
      'sewing machine operator',
    ]);
    for (const [kind, name] of [['company', 'Acme Servizi S.r.l.'], ['training_body', 'ENAIP Lombardia – sede demo'], ['union', 'CGIL Camera del Lavoro Metropolitana – demo']]) {
      await dataSource.query(`INSERT INTO organisations (kind, legal_name, status) VALUES ($1, $2, 'vetted')`, [kind, name]);
    }
  }, 60_000);
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('creates the demo listings of the demo organisations with real ESCO skills, and indexes the published ones', async () => {
    await run();
    expect(await count('SELECT count(*) FROM offers') + (await count('SELECT count(*) FROM courses'))).toBe(DEMO_LISTINGS.length);
    expect(await count(`SELECT count(*) FROM offers WHERE cardinality(essential_skills) = 0`)).toBe(0);
    const published = DEMO_LISTINGS.filter((l) => l.status === 'published').length;
    expect(await count('SELECT count(*) FROM search_documents')).toBe(published);
    expect(lines).toContain('indexed with the postgres engine');
  });

  it('is idempotent', async () => {
    const before = await dataSource.query('SELECT id, version FROM offers UNION ALL SELECT id, version FROM courses ORDER BY id');
    await run();
    expect(await dataSource.query('SELECT id, version FROM offers UNION ALL SELECT id, version FROM courses ORDER BY id')).toEqual(before);
    expect(lines.at(-1)).toBe(`0 listings created, ${DEMO_LISTINGS.length} already there or skipped`);
  });

  it('rebuilds the index from the database with the reindex command', async () => {
    await dataSource.query('DELETE FROM search_documents');
    const log: string[] = [];
    const indexed = await reindexCommand({ SEARCH_ENGINE: 'postgres', MEILI_HOST: '', MEILI_API_KEY: '' }, dataSource, (line) => log.push(line));
    expect(indexed).toBe(DEMO_LISTINGS.filter((l) => l.status === 'published').length);
    expect(await count('SELECT count(*) FROM search_documents')).toBe(indexed);
    expect(log[0]).toMatch(/search index rebuilt \(postgres\): 7 documents/);
    // What the worker's sweep compares with: every document, at the version indexed.
    expect(await count('SELECT count(*) FROM search_index_state s JOIN search_documents d ON d.id = s.document_id AND d.version = s.version AND s.searchable')).toBe(indexed);
  });
});
