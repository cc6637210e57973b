// The concept search's statements: the whole index of a kind read once, in bulk, to search in memory.

/** Every concept of kind `$1`. */
export const CONCEPTS_OF_KIND_SQL = 'SELECT uri, code, isco_group FROM esco_concepts WHERE kind = $1';

/** Every label of the concepts of kind `$1`. */
export const LABELS_OF_KIND_SQL = 'SELECT uri, language, label, label_kind FROM esco_labels WHERE kind = $1';

/** Each occupation with the labels of its ISCO group. */
export const OCCUPATION_GROUP_LABELS_SQL = `
        SELECT o.uri, l.language, l.label FROM esco_concepts o
        JOIN esco_concepts g ON g.kind = 'isco_group' AND g.code = o.isco_group
        JOIN esco_labels l ON l.uri = g.uri
        WHERE o.kind = 'occupation'`;
