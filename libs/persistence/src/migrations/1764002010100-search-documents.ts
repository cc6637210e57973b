import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The PostgreSQL search engine's index: one denormalised row per published offer or course,
 * written only by the search-index worker. Title and Italian labels are stemmed with the
 * 'italian' configuration, English labels with 'english', everything unaccented; the
 * trigram column catches typos in titles and labels.
 */
export class SearchDocuments1764002010100 implements MigrationInterface {
  name = 'SearchDocuments1764002010100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_documents (
        id text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('offer', 'course')),
        source_id uuid NOT NULL,
        version int NOT NULL,
        organisation_id uuid NOT NULL,
        organisation_kind text NOT NULL,
        organisation_name text NOT NULL,
        title text NOT NULL,
        description text NOT NULL,
        labels_it text NOT NULL DEFAULT '',
        labels_en text NOT NULL DEFAULT '',
        occupation_uris text[] NOT NULL DEFAULT '{}',
        skill_uris text[] NOT NULL DEFAULT '{}',
        comune char(6),
        comune_name text,
        lat double precision,
        lon double precision,
        work_mode text NOT NULL,
        contract text,
        shifts text[] NOT NULL DEFAULT '{}',
        accommodations text[] NOT NULL DEFAULT '{}',
        cost text,
        start_date date,
        deadline date,
        published_at timestamptz NOT NULL,
        tsv tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('italian', ponte_unaccent(title)), 'A') ||
          setweight(to_tsvector('italian', ponte_unaccent(labels_it)), 'B') ||
          setweight(to_tsvector('english', ponte_unaccent(labels_en)), 'B') ||
          setweight(to_tsvector('italian', ponte_unaccent(description)), 'C')
        ) STORED,
        search_text text GENERATED ALWAYS AS (
          lower(ponte_unaccent(title || ' ' || labels_it || ' ' || labels_en))
        ) STORED
      )`);
    await q.query('CREATE INDEX search_documents_tsv ON search_documents USING gin (tsv)');
    await q.query('CREATE INDEX search_documents_trgm ON search_documents USING gin (search_text gin_trgm_ops)');
    await q.query('CREATE INDEX search_documents_skills ON search_documents USING gin (skill_uris)');
    await q.query('CREATE INDEX search_documents_occupations ON search_documents USING gin (occupation_uris)');
    await q.query('CREATE INDEX search_documents_geo ON search_documents (lat, lon)');
    await q.query('CREATE INDEX search_documents_published ON search_documents (published_at DESC)');
    await q.query('CREATE INDEX search_documents_organisation ON search_documents (organisation_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS search_documents');
  }
}
