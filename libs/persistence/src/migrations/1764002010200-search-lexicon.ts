import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Typo tolerance through a lexicon instead of trigram matching over whole documents: the
 * distinct words of titles and labels, trigram-indexed. A query word that is not in it is
 * expanded to its nearest words before the full-text match, which stays a GIN index probe.
 */
export class SearchLexicon1764002010200 implements MigrationInterface {
  name = 'SearchLexicon1764002010200';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS search_documents_trgm');
    await q.query('ALTER TABLE search_documents DROP COLUMN IF EXISTS search_text');
    await q.query('CREATE TABLE search_lexicon (word text PRIMARY KEY)');
    await q.query('CREATE INDEX search_lexicon_trgm ON search_lexicon USING gin (word gin_trgm_ops)');
    await q.query(`
      INSERT INTO search_lexicon (word)
      SELECT DISTINCT w FROM search_documents d,
        regexp_split_to_table(lower(ponte_unaccent(d.title || ' ' || d.labels_it || ' ' || d.labels_en)), '[^a-z0-9]+') AS w
      WHERE length(w) >= 3
      ON CONFLICT DO NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS search_lexicon');
    await q.query(`ALTER TABLE search_documents ADD COLUMN search_text text GENERATED ALWAYS AS (
      lower(ponte_unaccent(title || ' ' || labels_it || ' ' || labels_en))) STORED`);
    await q.query('CREATE INDEX search_documents_trgm ON search_documents USING gin (search_text gin_trgm_ops)');
  }
}
