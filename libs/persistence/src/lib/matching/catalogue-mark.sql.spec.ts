import type { DataSource } from 'typeorm';
import { createDataSource } from '../data-source';
import { createTestDatabase, type TestDatabase } from '../test-database';
import { catalogueChangesSince, type CatalogueMark } from './catalogue-mark.sql';

/** The change check on its own; the cache's use of it, with concurrent writers: match-cache.spec.ts. */
describe('catalogueChangesSince', () => {
  let database: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    ds = createDataSource({ url: database.url, applicationName: 'ponte-test-catalogue-mark', poolSize: 2 });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await database?.drop();
  });

  const markNow = async (): Promise<CatalogueMark> => {
    const { mark } = await catalogueChangesSince(ds.manager, null);
    if (!mark) throw new Error('a mark outside any transaction');
    return mark;
  };

  it('reports a change without a mark, and gives the day in Rome', async () => {
    const check = await catalogueChangesSince(ds.manager, null);
    expect(check.changed).toBe(true);
    expect(check.mark?.romeDate).toBe(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date()));
    expect(check.mark?.snapshot).toMatch(/^\d+:\d+:[\d,]*$/);
  });

  it('reports every statement on offers, courses or organisations, even one that changed no row, and nothing else', async () => {
    let mark = await markNow();
    await ds.query(`INSERT INTO networks (code, name, lead_comune) VALUES ('RM', 'Rete', '015146')`);
    expect(await catalogueChangesSince(ds.manager, mark)).toEqual({ changed: false, mark: expect.anything() });
    for (const statement of [
      `INSERT INTO organisations (kind, legal_name, status) VALUES ('company', 'Impresa', 'pending')`,
      `UPDATE organisations SET status = 'suspended' WHERE false`,
      'UPDATE offers SET version = version + 1 WHERE false',
      'DELETE FROM courses WHERE false',
      'TRUNCATE offers CASCADE',
    ]) {
      mark = await markNow();
      await ds.query(statement);
      expect([statement, (await catalogueChangesSince(ds.manager, mark)).changed]).toEqual([statement, true]);
    }
  });

  it('reports a new day in Rome (deadlines close listings without a write)', async () => {
    const mark = await markNow();
    expect((await catalogueChangesSince(ds.manager, { ...mark, romeDate: '2000-01-01' })).changed).toBe(true);
  });

  it('gives no mark inside a transaction that wrote: what it read may be rolled back', async () => {
    const mark = await markNow();
    await ds.transaction(async (manager) => {
      expect((await catalogueChangesSince(manager, mark)).mark).not.toBeNull();
      await manager.query(`INSERT INTO networks (code, name, lead_comune) VALUES ('TO', 'Rete', '015146')`);
      expect((await catalogueChangesSince(manager, mark)).mark).toBeNull();
    });
  });
});
