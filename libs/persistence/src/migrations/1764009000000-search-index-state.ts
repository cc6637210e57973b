import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the search-index worker last wrote for each offer or course: the version it indexed and
 * whether the record was searchable then. The search sweep compares it with the catalogue and
 * re-syncs what differs, so an index job Redis lost (restart without persistence) or a worker
 * killed between a commit and its enqueue never leaves the index behind for good. Kept apart
 * from the engines: it works the same for PostgreSQL and Meilisearch.
 */
export class SearchIndexState1764009000000 implements MigrationInterface {
  name = 'SearchIndexState1764009000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_index_state (
        document_id text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('offer', 'course')),
        source_id uuid NOT NULL,
        version int NOT NULL,
        searchable boolean NOT NULL,
        synced_at timestamptz NOT NULL DEFAULT now()
      )`);
    // What the PostgreSQL engine already holds (Meilisearch deployments converge through the sweep).
    await q.query(`
      INSERT INTO search_index_state (document_id, kind, source_id, version, searchable)
      SELECT id, kind, source_id, version, true FROM search_documents`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS search_index_state');
  }
}
