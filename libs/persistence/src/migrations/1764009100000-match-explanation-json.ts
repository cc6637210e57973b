import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * matches.explanation becomes `json` (the engine's JSON text, validated, kept as written) with
 * lz4 compression. The column is only ever written whole by the matching store and read whole
 * by the API, never queried inside, and a full recomputation writes a million ~2 kB
 * explanations: building jsonb from them and compressing them with pglz was most of the
 * database's work (measured: 62% less PostgreSQL CPU per stored row, reports/bench/precompute.md).
 */
export class MatchExplanationJson1764009100000 implements MigrationInterface {
  name = 'MatchExplanationJson1764009100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE matches ALTER COLUMN explanation TYPE json USING explanation::json');
    await setCompression(q, 'lz4');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE matches ALTER COLUMN explanation TYPE jsonb USING explanation::jsonb');
    await q.query('ALTER TABLE matches ALTER COLUMN explanation SET COMPRESSION default');
  }
}

/** A server built without lz4 (some packaged binaries) keeps its default compression: slower, same data. */
async function setCompression(q: QueryRunner, method: string): Promise<void> {
  await q.query(`
    DO $$ BEGIN
      EXECUTE 'ALTER TABLE matches ALTER COLUMN explanation SET COMPRESSION ${method}';
    EXCEPTION WHEN feature_not_supported THEN
      RAISE NOTICE 'lz4 not supported by this server: matches.explanation keeps the default compression';
    END $$`);
}
