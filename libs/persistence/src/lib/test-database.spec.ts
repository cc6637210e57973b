import { Client } from 'pg';
import { createTestDatabase, onTestDatabase, TEST_PG_ADMIN_URL } from './test-database';

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
