import { createDataSource, pendingMigrations } from '../lib/data-source';
import { createTestDatabase, TestDatabase } from '../lib/test-database';
import { MIGRATIONS } from './index';

/** Tables and columns of the public schema, to compare the schema before and after a round trip. */
async function schemaOf(url: string): Promise<string[]> {
  const dataSource = createDataSource({ url, applicationName: 'schema-probe', poolSize: 1 });
  await dataSource.initialize();
  try {
    const rows: { table_name: string; column_name: string; data_type: string }[] = await dataSource.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> 'schema_migrations' ORDER BY 1, 2`,
    );
    return rows.map((r) => `${r.table_name}.${r.column_name}:${r.data_type}`);
  } finally {
    await dataSource.destroy();
  }
}

describe('migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    // Migrated step by step, not copied from the test template: this is the test of the steps.
    database = await createTestDatabase({ fromScratch: true });
  }, 60000);
  afterAll(() => database?.drop());

  it('are listed in timestamp order with unique names', () => {
    const names = MIGRATIONS.map((m) => new m().name ?? m.name);
    const stamps = names.map((n) => Number(/(\d{13})$/.exec(String(n))?.[1]));
    expect(stamps.every((s) => Number.isFinite(s))).toBe(true);
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
    expect(new Set(names).size).toBe(names.length);
  });

  it('leave nothing pending on a fresh database', async () => {
    const dataSource = createDataSource({ url: database.url, applicationName: 'test', poolSize: 1 });
    await dataSource.initialize();
    try {
      expect(await pendingMigrations(dataSource)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('revert completely and apply again to the same schema', async () => {
    const before = await schemaOf(database.url);
    expect(before.length).toBeGreaterThan(0);
    const dataSource = createDataSource({ url: database.url, applicationName: 'test', poolSize: 1 });
    await dataSource.initialize();
    try {
      for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await dataSource.query(`SELECT count(*)::int AS n FROM schema_migrations`)).toEqual([{ n: 0 }]);
      const leftovers = await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations'`,
      );
      expect(leftovers).toEqual([]);
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await dataSource.destroy();
    }
    expect(await schemaOf(database.url)).toEqual(before);
  }, 120000);
});
