// The staging tables' statements. Raw SQL because they are temporary tables (dropped at commit),
// filled in batches as arrays (one `unnest` INSERT per batch), which no entity covers.

const temp = (sql: string) => `CREATE TEMP TABLE ${sql} ON COMMIT DROP`;

/** The staging tables, in creation order. */
export const CREATE_STAGING_SQL = [
  temp('stage_concepts (seq int, uri text, kind text, code text, isco_group text, skill_type text, reuse_level text, labels_only boolean)'),
  temp('stage_labels (seq int, uri text, language text, label text, label_kind text, complete boolean)'),
  temp('stage_broader (skill_uri text, broader_uri text)'),
  temp('stage_occupation_skills (occupation_uri text, skill_uri text, relation text)'),
  temp('stage_comuni (istat_code text, name text, lat float8, lon float8, population int)'),
];

/** A batch of concepts, one array per column (`$1`..`$8`). */
export const STAGE_CONCEPTS_SQL = `INSERT INTO stage_concepts (seq, uri, kind, code, isco_group, skill_type, reuse_level, labels_only)
         SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[])`;

/** A batch of labels, one array per column (`$1`..`$6`). */
export const STAGE_LABELS_SQL = `INSERT INTO stage_labels (seq, uri, language, label, label_kind, complete)
         SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[])`;

/** A batch of broader relations (`$1` skills, `$2` broader). */
export const STAGE_BROADER_SQL = 'INSERT INTO stage_broader SELECT * FROM unnest($1::text[], $2::text[])';

/** A batch of occupation skills (`$1` occupations, `$2` skills, `$3` relations). */
export const STAGE_OCCUPATION_SKILLS_SQL = 'INSERT INTO stage_occupation_skills SELECT * FROM unnest($1::text[], $2::text[], $3::text[])';

/** A batch of comuni, one array per column (`$1`..`$5`). */
export const STAGE_COMUNI_SQL = 'INSERT INTO stage_comuni SELECT * FROM unnest($1::text[], $2::text[], $3::float8[], $4::float8[], $5::int[])';
