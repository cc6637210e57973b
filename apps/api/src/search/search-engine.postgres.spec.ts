import {
  createDataSource,
  createTestDatabase,
  TestDatabase,
} from '@ponte/persistence';
import {
  PostgresSearchEngine,
  searchDocumentId,
  type SearchDocument,
  type SearchQuery,
} from '@ponte/search';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { searchEngineContract } from '../../test/search/search-engine.contract';

searchEngineContract('postgres', async () => {
  const database: TestDatabase = await createTestDatabase();
  const dataSource = createDataSource({
    url: database.url,
    applicationName: 'ponte-test-search',
    poolSize: 2,
  });
  await dataSource.initialize();
  return {
    engine: new PostgresSearchEngine(dataSource),
    close: async () => {
      await dataSource.destroy();
      await database.drop();
    },
  };
});

/**
 * Answers kept in memory: on a real PostgreSQL, statements counted on the data source. A kept
 * answer is served only while the catalogue counter (migration CatalogueChanges1764009400000)
 * reads as it did when the answer was computed.
 */
describe('PostgresSearchEngine: answers kept while the catalogue is unchanged', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let engine: PostgresSearchEngine;
  let statements: string[];
  const organisationId = randomUUID();

  const document = (title: string): SearchDocument => {
    const sourceId = randomUUID();
    return {
      id: searchDocumentId('offer', sourceId),
      kind: 'offer',
      sourceId,
      version: 1,
      organisationId,
      organisationKind: 'company',
      organisationName: 'Cooperativa Aurora',
      title,
      description: 'Inserimento protetto con referente dedicata.',
      labels: { it: [], en: [] },
      occupationUris: [],
      skillUris: [],
      comune: '015146',
      comuneName: 'Milano',
      location: { lat: 45.46427, lon: 9.18951 },
      workMode: 'on_site',
      contract: 'tempo_determinato',
      shifts: ['morning'],
      accommodations: [],
      cost: null,
      startDate: null,
      deadline: null,
      publishedAt: new Date().toISOString(),
    };
  };
  const query = (text: string): SearchQuery => ({
    text,
    sort: 'relevance',
    page: 1,
    pageSize: 20,
  });
  const titles = async (text: string) =>
    (await engine.search(query(text))).items.map((item) => item.title).sort();

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({
      url: database.url,
      applicationName: 'ponte-test-search-answers',
      poolSize: 2,
    });
    await dataSource.initialize();
    await dataSource.query(
      `INSERT INTO organisations (id, kind, legal_name, status) VALUES ($1, 'company', 'Cooperativa Aurora', 'vetted')`,
      [organisationId],
    );
    engine = new PostgresSearchEngine(dataSource);
    await engine.index(document('Aiuto cuoca in mensa aziendale'));
    // Observed, not replaced: every statement still reaches PostgreSQL (a transaction's manager
    // passes its query runner as the third argument).
    const query = dataSource.query.bind(dataSource);
    jest
      .spyOn(dataSource, 'query')
      .mockImplementation((...args: Parameters<DataSource['query']>) => {
        statements.push(args[0]);
        return query(...args);
      });
  });
  beforeEach(() => {
    statements = [];
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await dataSource.destroy();
    await database.drop();
  });

  it('answers a search in one statement, and a repeated one with the kept answer', async () => {
    const first = await engine.search(query('cuoca'));
    expect(statements).toHaveLength(1);
    statements = [];
    // The very object kept: the statement read the counter unchanged and computed nothing.
    expect(await engine.search(query('cuoca'))).toBe(first);
    expect(statements).toHaveLength(1);
    // Another query is its own answer.
    expect(await titles('mensa')).toEqual(['Aiuto cuoca in mensa aziendale']);
  });

  it('computes again after a document is indexed or removed', async () => {
    expect(await titles('cuoca')).toEqual(['Aiuto cuoca in mensa aziendale']);
    const added = document('Cuoca per asilo nido');
    await engine.index(added);
    expect(await titles('cuoca')).toEqual([
      'Aiuto cuoca in mensa aziendale',
      'Cuoca per asilo nido',
    ]);
    await engine.remove(added.id);
    expect(await titles('cuoca')).toEqual(['Aiuto cuoca in mensa aziendale']);
  });

  it('hides an organisation at the commit of its suspension, and shows it again when reinstated', async () => {
    expect(await titles('cuoca')).toEqual(['Aiuto cuoca in mensa aziendale']);
    await dataSource.query(
      `UPDATE organisations SET status = 'suspended' WHERE id = $1`,
      [organisationId],
    );
    expect(await titles('cuoca')).toEqual([]);
    await dataSource.query(
      `UPDATE organisations SET status = 'vetted' WHERE id = $1`,
      [organisationId],
    );
    expect(await titles('cuoca')).toEqual(['Aiuto cuoca in mensa aziendale']);
  });

  it('moves the counter once per writing statement, in the writing transaction', async () => {
    const counter = async () =>
      Number(
        (await dataSource.query('SELECT version FROM catalogue_changes'))[0]
          .version,
      );
    const before = await counter();
    await dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE search_documents SET title = title`);
      await manager.query(
        `INSERT INTO search_lexicon (word) VALUES ('mensa') ON CONFLICT DO NOTHING`,
      );
      await manager.query(
        `UPDATE organisations SET legal_name = legal_name WHERE false`,
      );
      // Not visible outside until the commit: a search meanwhile keeps the old answer, rightly.
      const [outside] = await dataSource.query(
        'SELECT version FROM catalogue_changes',
      );
      expect(Number(outside.version)).toBe(before);
    });
    expect(await counter()).toBe(before + 3);
  });
});
