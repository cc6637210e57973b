import { FUZZY_MIN_LENGTH, FUZZY_THRESHOLD, WORD_CANDIDATES } from './search-text';

// The autocomplete's statements. Raw SQL for the accent-free matching (`ponte_unaccent`, the
// generated `normalized` columns), LIKE and trigram operators the indexes serve, and top-N reads.

/** `$1` lower-cased without accents, as the `normalized` columns hold it. */
export const NORMALIZE_SQL = 'SELECT lower(ponte_unaccent($1)) AS n';

/** Concepts of kind `$1` whose code starts as `$2`, shortest first; at most `$3`. */
export const CODE_MATCHES_SQL = `SELECT uri, code FROM esco_concepts WHERE kind = $1 AND code LIKE $2 ORDER BY length(code), code LIMIT $3`;

/** `words` conditions `normalized LIKE $first`, `$first+1`... */
const likeAll = (words: number, first: number): string =>
  Array.from({ length: words }, (_, i) => `normalized LIKE $${i + first}`).join(' AND ');

/** Labels (kind `$2`, languages `$3`) equal to `$1` (tier 0) or starting as `$4` (tier 1); at most `cap`, language `$5` first. */
export const labelPrefixSql = (cap: number): string =>
  `SELECT uri, label, (normalized <> $1)::int AS tier FROM esco_labels
        WHERE kind = $2 AND language = ANY($3) AND normalized LIKE $4
        ORDER BY tier, length(label), language = $5 DESC, label_kind = 'preferred' DESC, label LIMIT ${cap}`;

/** Labels (kind `$1`, languages `$2`, not of concepts `$3`) holding `words` patterns `$6`...: a word starting as `$4` tier 2, else 3. */
export const labelInsideSql = (wordCount: number, cap: number): string => {
  const words = likeAll(wordCount, 6);
  return `SELECT uri, label, CASE WHEN normalized LIKE $4 THEN 2 ELSE 3 END AS tier FROM esco_labels
        WHERE kind = $1 AND language = ANY($2) AND uri <> ALL($3) AND ${words}
        ORDER BY tier, length(label), language = $5 DESC, label_kind = 'preferred' DESC, label LIMIT ${cap}`;
};

/** Only trigram similarities above `$1` count (`%`), for the transaction. */
export const SIMILARITY_THRESHOLD_SQL = `SELECT set_config('pg_trgm.similarity_threshold', $1, true)`;

/** Known words (kind `$1`, languages `$2`) near word `$3` or with its letters `$4`, most similar first. */
export const WORD_CANDIDATES_SQL = `SELECT word FROM esco_label_words WHERE kind = $1 AND language = ANY($2) AND (word % $3 OR letters = $4)
             ORDER BY similarity(word, $3) DESC LIMIT ${WORD_CANDIDATES}`;

/** Labels (kind `$1`, languages `$2`, not of concepts `$3`) holding every pattern `$5`... (`wordCount`); language `$4` first. */
export const labelTypoSql = (wordCount: number, cap: number): string =>
  `SELECT uri, label, 4 AS tier FROM esco_labels
          WHERE kind = $1 AND language = ANY($2) AND uri <> ALL($3) AND ${likeAll(wordCount, 5)}
          ORDER BY length(label), language = $4 DESC, label_kind = 'preferred' DESC, label LIMIT ${cap}`;

/** Concepts `$1` with their preferred label in language `$2`, else English, else any. */
export const DESCRIBE_CONCEPTS_SQL = `SELECT DISTINCT ON (c.uri) c.uri, c.kind, c.code, c.isco_group, c.skill_type, l.label, l.language
         FROM esco_concepts c JOIN esco_labels l ON l.uri = c.uri AND l.label_kind = 'preferred'
         WHERE c.uri = ANY($1)
         ORDER BY c.uri, l.language = $2 DESC, l.language = 'en' DESC, l.language`;

const columns = 'istat_code AS "istatCode", name, lat, lon, population';

/** Comuni by name; at most `$1`. */
export const COMUNI_BY_NAME_SQL = `SELECT ${columns} FROM comuni ORDER BY name LIMIT $1`;

/** Comuni matching text `$1` (prefix `$2`, word prefix `$3`, patterns `$5`...), best first; at most `$4`. */
export const comuniMatchingSql = (wordCount: number): string => {
  const words = likeAll(wordCount, 5);
  return `SELECT ${columns} FROM comuni
       WHERE (${words}) OR istat_code LIKE $2 OR (length($1) >= ${FUZZY_MIN_LENGTH} AND word_similarity($1, normalized) >= ${FUZZY_THRESHOLD})
       ORDER BY CASE WHEN normalized = $1 OR istat_code = $1 THEN 0 WHEN normalized LIKE $2 OR istat_code LIKE $2 THEN 1
                     WHEN normalized LIKE $3 THEN 2 WHEN ${words} THEN 3 ELSE 4 END,
                word_similarity($1, normalized) DESC, name
       LIMIT $4`;
};
