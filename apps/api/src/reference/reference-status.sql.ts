// The reference set's status: counts over the ESCO and ISTAT tables and the import log.

/** Concepts per kind. */
export const CONCEPT_COUNTS_SQL = 'SELECT kind, count(*)::int AS count FROM esco_concepts GROUP BY kind';

/** Labels and labelled concepts per language and kind. */
export const LABEL_COUNTS_SQL = `
      SELECT language, kind, count(*) FILTER (WHERE label_kind = 'preferred')::int AS concepts, count(*)::int AS labels
      FROM esco_labels GROUP BY language, kind`;

/** Rows of the relation tables and comuni. */
export const RELATION_COUNTS_SQL = `
      SELECT (SELECT count(*) FROM esco_occupation_skills)::int AS occupation_skills,
             (SELECT count(*) FROM esco_skill_broader)::int AS skill_broader,
             (SELECT count(*) FROM comuni)::int AS comuni`;

/** The last `$1` imports, newest first. */
export const LAST_IMPORTS_SQL = 'SELECT finished_at, summary FROM reference_imports ORDER BY finished_at DESC LIMIT $1';

/** A stamp that changes with every import: the caches' key. */
export const REFERENCE_STAMP_SQL = `SELECT coalesce(max(finished_at)::text, '') || ':' || count(*) AS stamp FROM reference_imports`;
