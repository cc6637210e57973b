import { createDataSource } from './data-source';
import { createTestDatabase, type TestDatabase } from './test-database';

/** On a real PostgreSQL: the pool's connections, identified by their server process ids. */
describe('dataSourceOptions: the connection pool', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  // pg closes a connection idle for 10 s unless told otherwise; the next burst then opened new
  // ones (fork, cold caches, every statement prepared again) and stalled requests for ~300 ms.
  it('keeps the connections a burst opened after they idled past pg’s default 10 s', async () => {
    const dataSource = createDataSource({
      url: database.url,
      applicationName: 'ponte-test-pool',
      poolSize: 3,
    });
    await dataSource.initialize();
    try {
      const burst = async () =>
        (
          await Promise.all(
            [1, 2, 3].map(() =>
              dataSource.query('SELECT pg_backend_pid() AS pid, pg_sleep(0.2)'),
            ),
          )
        )
          .map(([row]) => row.pid as number)
          .sort();
      const before = await burst();
      expect(new Set(before).size).toBe(3);
      await new Promise((resolve) => setTimeout(resolve, 11_000));
      expect(await burst()).toEqual(before);
    } finally {
      await dataSource.destroy();
    }
  }, 30_000);
});
