import { createDataSource } from './data-source';
import { PreparingClient } from './prepared-statements';
import { createTestDatabase, type TestDatabase } from './test-database';

/** On a real PostgreSQL: what each connection has prepared is read from pg_prepared_statements. */
describe('PreparingClient', () => {
  let database: TestDatabase;
  let client: PreparingClient;

  const prepared = async (c: PreparingClient = client): Promise<string[]> =>
    (await c.query(`SELECT statement FROM pg_prepared_statements ORDER BY prepare_time`)).rows.map((r: { statement: string }) => r.statement);

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  beforeEach(async () => {
    client = new PreparingClient({ connectionString: database.url, preparedStatements: 3 });
    await client.connect();
  });
  afterEach(() => client.end());
  afterAll(() => database.drop());

  it('prepares a parameterised statement once per connection and answers as an unprepared one would', async () => {
    const text = 'SELECT $1::int * 2 AS twice';
    for (const n of [1, 2, 3]) expect((await client.query(text, [n])).rows).toEqual([{ twice: 2 * n }]);
    expect(await prepared()).toEqual([text]);
  });

  it('keeps the simple protocol for statements without parameters, several commands in one text included', async () => {
    await client.query('CREATE TEMP TABLE t (id int); INSERT INTO t VALUES (1), (2)');
    expect((await client.query('SELECT count(*)::int AS n FROM t')).rows).toEqual([{ n: 2 }]);
    expect((await client.query('SELECT count(*)::int AS n FROM t WHERE id = ANY($1::int[])', [[]])).rows).toEqual([{ n: 0 }]);
    expect(await prepared()).toEqual(['SELECT count(*)::int AS n FROM t WHERE id = ANY($1::int[])']);
  });

  it('deallocates the least recently used statement beyond its limit', async () => {
    const texts = ['SELECT $1::int AS a', 'SELECT $1::int AS b', 'SELECT $1::int AS c', 'SELECT $1::int AS d'];
    await client.query(texts[0], [1]);
    await client.query(texts[1], [1]);
    await client.query(texts[2], [1]);
    await client.query(texts[0], [1]); // b is now the least recently used
    await client.query(texts[3], [1]);
    expect((await prepared()).sort()).toEqual([texts[0], texts[2], texts[3]].sort());
    // b again: prepared anew under a new name, answering as before.
    expect((await client.query(texts[1], [7])).rows).toEqual([{ b: 7 }]);
    expect(await prepared()).toHaveLength(3);
  });

  it('passes errors on and recovers: a statement that does not parse, a value that does not bind', async () => {
    await expect(client.query('SELEC $1::int', [1])).rejects.toThrow(/syntax error/);
    await expect(client.query('SELEC $1::int', [1])).rejects.toThrow(/syntax error/);
    await expect(client.query('SELECT $1::uuid AS id', ['not-a-uuid'])).rejects.toThrow(/invalid input syntax for type uuid/);
    const id = '3b241101-e2bb-4255-8caf-4136c566a962';
    expect((await client.query('SELECT $1::uuid AS id', [id])).rows).toEqual([{ id }]);
    expect(await prepared()).toEqual(['SELECT $1::uuid AS id']);
  });

  it('prepares again a statement whose table changed under it (a migration while the app runs)', async () => {
    await client.query('CREATE TABLE changing (id int)');
    await client.query('INSERT INTO changing VALUES (1)');
    const text = 'SELECT * FROM changing WHERE id = $1';
    expect((await client.query(text, [1])).rows).toEqual([{ id: 1 }]);
    await client.query('ALTER TABLE changing ADD COLUMN label text');
    await expect(client.query(text, [1])).rejects.toThrow(/cached plan must not change result type/);
    expect((await client.query(text, [1])).rows).toEqual([{ id: 1, label: null }]);
  });

  it('is what TypeORM connections use, inside transactions too', async () => {
    const dataSource = createDataSource({ url: database.url, applicationName: 'ponte-test-prepared', poolSize: 1 });
    await dataSource.initialize();
    try {
      const answer = await dataSource.transaction(async (manager) => {
        await manager.query('SELECT $1::text AS v', ['a']);
        await manager.query('SELECT $1::text AS v', ['b']);
        return manager.query(`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = 'SELECT $1::text AS v'`);
      });
      expect(answer).toEqual([{ n: 1 }]);
    } finally {
      await dataSource.destroy();
    }
  });
});
