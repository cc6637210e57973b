import { MigrationInterface, QueryRunner } from 'typeorm';

/** Weights as in SearchDocuments1764002010100: title A, labels B, description C. */
const TSV = (words: (column: string) => string) => `
  setweight(to_tsvector('italian', ${words('title')}), 'A') ||
  setweight(to_tsvector('italian', ${words('labels_it')}), 'B') ||
  setweight(to_tsvector('english', ${words('labels_en')}), 'B') ||
  setweight(to_tsvector('italian', ${words('description')}), 'C')`;

/**
 * Searchable words of listings written the Italian way (issue 23).
 *
 * - Gender-inclusive titles ("Magazziniere/a", "Operatore/trice", "Cuoco/a") were one token for
 *   the text-search parser (a file path): "magazziniere" found none of them. `ponte_search_words`
 *   writes both forms out ("Magazziniere Magazziniera") and splits what is left at the slash.
 * - `title_tsv`, the title alone: a search with words ranks the listings whose title holds every
 *   word first, and tests it on this short value instead of the whole document's vector.
 */
export class SearchTitleWords1765550200000 implements MigrationInterface {
  name = 'SearchTitleWords1765550200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION ponte_search_words(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT translate(regexp_replace(regexp_replace(regexp_replace(ponte_unaccent($1),
        '(\\w+)tore/trice\\M', '\\1tore \\1trice', 'gi'),
        '(\\w+)ore/rice\\M', '\\1ore \\1rice', 'gi'),
        '(\\w+)([oei])/([aei])\\M', '\\1\\2 \\1\\3', 'gi'), '/', ' ') $$`);
    // One rewrite of the table for both columns; the GIN index goes with the old column.
    await q.query(`ALTER TABLE search_documents
      DROP COLUMN tsv,
      ADD COLUMN tsv tsvector GENERATED ALWAYS AS (${TSV((c) => `ponte_search_words(${c})`)}) STORED,
      ADD COLUMN title_tsv tsvector GENERATED ALWAYS AS (to_tsvector('italian', ponte_search_words(title))) STORED`);
    await q.query('CREATE INDEX search_documents_tsv ON search_documents USING gin (tsv)');
    // The lexicon (typo and prefix expansion) learns the written-out forms too.
    await q.query(`
      INSERT INTO search_lexicon (word)
      SELECT DISTINCT w FROM search_documents d,
        regexp_split_to_table(lower(ponte_search_words(d.title || ' ' || d.labels_it || ' ' || d.labels_en)), '[^a-z0-9]+') AS w
      WHERE length(w) >= 3
      ON CONFLICT DO NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_documents
      DROP COLUMN title_tsv,
      DROP COLUMN tsv,
      ADD COLUMN tsv tsvector GENERATED ALWAYS AS (${TSV((c) => `ponte_unaccent(${c})`)}) STORED`);
    await q.query('CREATE INDEX search_documents_tsv ON search_documents USING gin (tsv)');
    await q.query('DROP FUNCTION ponte_search_words(text)');
  }
}
