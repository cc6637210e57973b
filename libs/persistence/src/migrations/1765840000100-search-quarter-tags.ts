import { MigrationInterface, QueryRunner } from 'typeorm';

const ARGS = 'kind text, contract text, work_mode text, organisation_kind text, shifts text[], lat double precision, lon double precision, published_at timestamptz';
const COLUMNS = 'kind, contract, work_mode, organisation_kind, shifts, lat, lon, published_at';

/** The tags of SearchDayTags1765840000000, the day last. */
const TAGS_WITH_DAY = `SELECT ARRAY['k:' || kind, 'w:' || work_mode, 'o:' || organisation_kind]
        || CASE WHEN contract IS NULL THEN '{}'::text[] ELSE ARRAY['c:' || contract] END
        || CASE WHEN work_mode = 'remote' THEN ARRAY['p:remote'] ELSE '{}'::text[] END
        || CASE WHEN lat IS NULL OR lon IS NULL THEN '{}'::text[] ELSE ARRAY[ponte_place_key(lat, lon)] END
        || ARRAY(SELECT DISTINCT 's:' || s FROM unnest(shifts) s WHERE s IS NOT NULL ORDER BY 1)
        || ARRAY['d:' || ponte_publication_day(published_at)]`;

/**
 * The publication's quarter of a day among a document's `filter_tags` (issue 23): `q:` and the
 * six-hour periods since 1970-01-01 UTC (`ponte_publication_quarter`).
 *
 * A common word within 10-30 km of a large comune fills the cap within hours: a day's slice
 * (SearchDayTags1765840000000) read 2,300 rows for 501 at 200,000 listings, four times that at
 * 520,000. The newest slices are read by quarters of a day, the older ones by days.
 *
 * The column is rewritten (the backfill) and its index rebuilt, as by SearchDayTags.
 */
export class SearchQuarterTags1765840000100 implements MigrationInterface {
  name = 'SearchQuarterTags1765840000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION ponte_publication_quarter(timestamptz) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT floor(extract(epoch FROM $1) / 21600)::bigint $$`);
    await this.tags(q, `${TAGS_WITH_DAY} || ARRAY['q:' || ponte_publication_quarter(published_at)]`);
  }

  async down(q: QueryRunner): Promise<void> {
    await this.tags(q, TAGS_WITH_DAY);
    await q.query('DROP FUNCTION ponte_publication_quarter(timestamptz)');
  }

  /** A new body for the tags: the generated column is rewritten with it and its index rebuilt. */
  private async tags(q: QueryRunner, body: string): Promise<void> {
    await q.query('ALTER TABLE search_documents DROP COLUMN filter_tags');
    await q.query(`CREATE OR REPLACE FUNCTION ponte_filter_tags(${ARGS}) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      ${body} $$`);
    await q.query(`ALTER TABLE search_documents ADD COLUMN filter_tags text[] GENERATED ALWAYS AS (ponte_filter_tags(${COLUMNS})) STORED`);
    await q.query('CREATE INDEX search_documents_words ON search_documents USING gin (tsv, filter_tags, occupation_uris, skill_uris)');
  }
}
