import { Client } from 'pg';
import { MIGRATIONS } from '../migrations';
import { createTestDatabase, onTestDatabase, TEST_PG_ADMIN_URL, TEST_TEMPLATE_PREFIX } from './test-database';

/** On a real PostgreSQL: test databases never outlive the suite that made them. */
describe('test databases', () => {
  const admin = new Client({ connectionString: TEST_PG_ADMIN_URL });
  const exists = async (name: string) => (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;

  beforeAll(() => admin.connect());
  afterAll(() => admin.end());

  it('names the test file that created it, so one left behind can be traced', async () => {
    const database = await createTestDatabase();
    try {
      const { rows } = await admin.query('SELECT shobj_description(oid, $2) AS comment FROM pg_database WHERE datname = $1', [database.name, 'pg_database']);
      expect(rows[0].comment).toBe(`created by ${expect.getState().testPath}`);
    } finally {
      await database.drop();
    }
    expect(await exists(database.name)).toBe(false);
  });

  it('is a copy of a migrated template that nobody connects to', async () => {
    const [first, second] = [await createTestDatabase(), await createTestDatabase()];
    try {
      for (const database of [first, second]) {
        const client = new Client({ connectionString: database.url });
        await client.connect();
        try {
          const { rows } = await client.query('SELECT count(*)::int AS n FROM schema_migrations');
          expect(rows[0].n).toBe(MIGRATIONS.length);
        } finally {
          await client.end();
        }
      }
      const { rows } = await admin.query('SELECT datallowconn FROM pg_database WHERE datname LIKE $1 AND datistemplate', [`${TEST_TEMPLATE_PREFIX}%`]);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row.datallowconn === false)).toBe(true);
    } finally {
      await Promise.all([first.drop(), second.drop()]);
    }
  });

  it('drops the database when building on it fails', async () => {
    let name = '';
    const failing = onTestDatabase(async (database) => {
      name = database.name;
      expect(await exists(name)).toBe(true);
      throw new Error('the app could not start');
    });
    await expect(failing).rejects.toThrow('the app could not start');
    expect(await exists(name)).toBe(false);
  });

  it('drops the database on close, even when closing what was built fails', async () => {
    const built = await onTestDatabase(async (database) => ({
      name: database.name,
      close: () => Promise.reject(new Error('the app could not stop')),
    }));
    expect(await exists(built.name)).toBe(true);
    await expect(built.close()).rejects.toThrow('the app could not stop');
    expect(await exists(built.name)).toBe(false);
  });
});
