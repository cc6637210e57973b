// The reference import's own statements (its staging and merge are in their files). Raw SQL for
// transaction settings, the advisory lock, and VACUUM, which no entity API covers.

const REFERENCE_TABLES = [
  'comuni',
  'esco_concepts',
  'esco_labels',
  'esco_label_words',
  'esco_skill_broader',
  'esco_skill_ancestors',
  'esco_occupation_skills',
];

/** The fingerprint of the last successful import. */
export const LAST_FINGERPRINT_SQL = 'SELECT fingerprint FROM reference_imports ORDER BY finished_at DESC LIMIT 1';

/** The full pack takes longer than the API's per-statement timeout. */
export const NO_STATEMENT_TIMEOUT_SQL = 'SET LOCAL statement_timeout = 0';

/** Room for the merges' hash joins. */
export const IMPORT_WORK_MEM_SQL = `SET LOCAL work_mem = '64MB'`;

/** Room for folding the trigram index's pending entries. */
export const IMPORT_MAINTENANCE_WORK_MEM_SQL = `SET LOCAL maintenance_work_mem = '256MB'`;

/** One import at a time, until commit. */
export const LOCK_IMPORT_SQL = `SELECT pg_advisory_xact_lock(hashtext('ponte:reference-import'))`;

/** Import with fingerprint `$1` of sources `$2` done, summary `$3`, started at `$4`. */
export const RECORD_IMPORT_SQL = 'INSERT INTO reference_imports (fingerprint, sources, summary, started_at) VALUES ($1, $2, $3, $4)';

/** Fresh statistics, visibility map and GIN pending list of every reference table. */
export const VACUUM_REFERENCE_SQL = `VACUUM (ANALYZE) ${REFERENCE_TABLES.join(', ')}`;
