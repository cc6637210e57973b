import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Filters of a search with words (or occupations, skills) tested inside the word index (issue 23).
 *
 * A search with words read its newest matches from the word index and tested kind, contract,
 * shifts, work mode and the radius on each one's row: when the filters dropped most matches,
 * each still cost a heap read (4,910 pages read to keep 984 rows on 52,000 listings).
 *
 * - `filter_tags`: the values a search filters on, as words of one array: `k:` kind, `c:` contract,
 *   `w:` work mode, `o:` organisation kind, `s:` each shift, `p:` the place (its exact
 *   coordinates, `ponte_place_key`) and `p:remote` for a remote listing, which every radius lets
 *   through. A filter on a dimension is `filter_tags && ARRAY[its values]`; a radius is the keys
 *   of the places within it (search_places, one per comune in practice) and `p:remote`.
 * - One GIN index over the words, the tags, the occupations and the skills: the index answers
 *   every condition together, so only the rows the search keeps are read from the table (all at
 *   once: filters keep few matches). It replaces the indexes the words, occupations and skills
 *   had alone, and serves a search without filters as the word index did.
 */
export class SearchFilterTags1765700000000 implements MigrationInterface {
  name = 'SearchFilterTags1765700000000';

  async up(q: QueryRunner): Promise<void> {
    // float8send is exact and independent of extra_float_digits; adding 0 turns -0 into 0, equal to it in search_places.
    await q.query(`CREATE FUNCTION ponte_place_key(double precision, double precision) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT 'p:' || encode(float8send($1 + 0), 'hex') || encode(float8send($2 + 0), 'hex') $$`);
    await q.query(`CREATE FUNCTION ponte_filter_tags(kind text, contract text, work_mode text, organisation_kind text, shifts text[],
        lat double precision, lon double precision) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT ARRAY['k:' || kind, 'w:' || work_mode, 'o:' || organisation_kind]
        || CASE WHEN contract IS NULL THEN '{}'::text[] ELSE ARRAY['c:' || contract] END
        || CASE WHEN work_mode = 'remote' THEN ARRAY['p:remote'] ELSE '{}'::text[] END
        || CASE WHEN lat IS NULL OR lon IS NULL THEN '{}'::text[] ELSE ARRAY[ponte_place_key(lat, lon)] END
        || ARRAY(SELECT DISTINCT 's:' || s FROM unnest(shifts) s WHERE s IS NOT NULL ORDER BY 1) $$`);
    await q.query(`ALTER TABLE search_documents ADD COLUMN filter_tags text[]
      GENERATED ALWAYS AS (ponte_filter_tags(kind, contract, work_mode, organisation_kind, shifts, lat, lon)) STORED`);
    await q.query('CREATE INDEX search_documents_words ON search_documents USING gin (tsv, filter_tags, occupation_uris, skill_uris)');
    await q.query('DROP INDEX search_documents_tsv');
    await q.query('DROP INDEX search_documents_occupations');
    await q.query('DROP INDEX search_documents_skills');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX search_documents_words');
    await q.query('ALTER TABLE search_documents DROP COLUMN filter_tags');
    await q.query('DROP FUNCTION ponte_filter_tags(text, text, text, text, text[], double precision, double precision)');
    await q.query('DROP FUNCTION ponte_place_key(double precision, double precision)');
    await q.query('CREATE INDEX search_documents_tsv ON search_documents USING gin (tsv)');
    await q.query('CREATE INDEX search_documents_occupations ON search_documents USING gin (occupation_uris)');
    await q.query('CREATE INDEX search_documents_skills ON search_documents USING gin (skill_uris)');
  }
}
