import { MigrationInterface, QueryRunner } from 'typeorm';

const SOURCES = [
  'search_documents',
  'search_lexicon',
  'organisations',
] as const;

/**
 * A counter of what a search answer depends on: every statement that writes the search index,
 * its lexicon or organisations (a suspension hides at once) adds one, in its own transaction.
 * While the counter reads the same, an answer computed after it was read is still the answer,
 * so the API keeps popular searches in memory and checks only this row (one index probe).
 */
export class CatalogueChanges1764009400000 implements MigrationInterface {
  name = 'CatalogueChanges1764009400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE catalogue_changes (
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      version bigint NOT NULL DEFAULT 0)`);
    await q.query('INSERT INTO catalogue_changes DEFAULT VALUES');
    await q.query(`
      CREATE FUNCTION catalogue_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE catalogue_changes SET version = version + 1;
        RETURN NULL;
      END $$`);
    for (const table of SOURCES) {
      await q.query(`CREATE TRIGGER ${table}_catalogue_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION catalogue_changed()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of SOURCES)
      await q.query(
        `DROP TRIGGER IF EXISTS ${table}_catalogue_changed ON ${table}`,
      );
    await q.query('DROP FUNCTION IF EXISTS catalogue_changed()');
    await q.query('DROP TABLE IF EXISTS catalogue_changes');
  }
}
