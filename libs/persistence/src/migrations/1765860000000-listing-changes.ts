import { MigrationInterface, QueryRunner } from 'typeorm';

/** Everything that decides which listings are open and what the engine reads of them. */
const SOURCES = ['offers', 'courses', 'organisations'] as const;

/**
 * A row per statement that writes offers, courses or organisations, stamped with its
 * transaction's id, so a worker's catalogue cache can ask "did any listing change since my last
 * check?" with one index probe instead of reading every open listing's version (~370 ms per kind
 * at a region's size, every second of a busy worker). The probe and why it is exact:
 * catalogue-mark.sql.ts.
 *
 * Insert-only, unlike catalogue_changes (the search's counter, one row every writer updates):
 * writers of listings share no row and no lock here. The maintenance prunes it (maintenance.sql.ts).
 */
export class ListingChanges1765860000000 implements MigrationInterface {
  name = 'ListingChanges1765860000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE listing_changes (
      xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
      at timestamptz NOT NULL DEFAULT now())`);
    // The cache's probe (xid >= its mark) and the prune (by age).
    await q.query('CREATE INDEX listing_changes_xid ON listing_changes (xid)');
    await q.query('CREATE INDEX listing_changes_at ON listing_changes (at)');
    await q.query(`
      CREATE FUNCTION listing_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO listing_changes DEFAULT VALUES;
        RETURN NULL;
      END $$`);
    for (const table of SOURCES) {
      await q.query(`CREATE TRIGGER ${table}_listing_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION listing_changed()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of SOURCES) await q.query(`DROP TRIGGER IF EXISTS ${table}_listing_changed ON ${table}`);
    await q.query('DROP FUNCTION IF EXISTS listing_changed()');
    await q.query('DROP TABLE IF EXISTS listing_changes');
  }
}
