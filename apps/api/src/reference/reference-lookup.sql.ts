// The reference lookups' statements: reads of the ESCO and ISTAT tables (no entities: the
// reference set is loaded in bulk by the import and read as plain rows).

/** The preferred label of each concept of uris `$1`, in language `$2` when it has one. */
export const PREFERRED_LABELS_SQL = `SELECT DISTINCT ON (c.uri) c.uri, c.kind, c.code, l.label, l.language
         FROM esco_concepts c JOIN esco_labels l ON l.uri = c.uri AND l.label_kind = 'preferred'
         WHERE c.uri = ANY($1)
         ORDER BY c.uri, l.language = $2 DESC, l.language = 'en' DESC, l.language`;

/** Concept `$1` of kind `$2`. */
export const CONCEPT_SQL = 'SELECT uri, kind, code, isco_group, skill_type, reuse_level FROM esco_concepts WHERE uri = $1 AND kind = $2';

/** Concept `$1`'s alternative labels in language `$2`. */
export const ALTERNATIVE_LABELS_SQL = `SELECT label FROM esco_labels WHERE uri = $1 AND language = $2 AND label_kind = 'alternative' ORDER BY label`;

/** The broader skills of skill `$1`. */
export const BROADER_SKILLS_SQL = 'SELECT broader_uri AS uri FROM esco_skill_broader WHERE skill_uri = $1';

/** The skills of occupation `$1`, essential or optional. */
export const OCCUPATION_SKILLS_SQL = 'SELECT skill_uri AS uri, relation FROM esco_occupation_skills WHERE occupation_uri = $1';

/** Comune `$1` (ISTAT code). */
export const COMUNE_SQL = 'SELECT istat_code AS "istatCode", name, lat, lon, population FROM comuni WHERE istat_code = $1';
