// The profile's reference checks: which of the codes she refers to exist, each set probed in one
// statement (`= ANY($1)`), as plain values `v`.

/** The comuni among codes `$1`. */
export const KNOWN_COMUNI_SQL = 'SELECT istat_code AS v FROM comuni WHERE istat_code = ANY($1)';

/** The ESCO skills among uris `$1`. */
export const KNOWN_SKILLS_SQL = `SELECT uri AS v FROM esco_concepts WHERE kind = 'skill' AND uri = ANY($1)`;

/** The ESCO occupations among uris `$1`. */
export const KNOWN_OCCUPATIONS_SQL = `SELECT uri AS v FROM esco_concepts WHERE kind = 'occupation' AND uri = ANY($1)`;

/** The organisations among ids `$1`. */
export const KNOWN_ORGANISATIONS_SQL = 'SELECT id::text AS v FROM organisations WHERE id = ANY($1::uuid[])';

/** A row when user `$1` is an active counsellor of network `$2`. */
export const COUNSELLOR_OF_NETWORK_SQL = `SELECT 1 FROM users u JOIN network_memberships m ON m.user_id = u.id
       WHERE u.id = $1 AND m.network_id = $2 AND u.role = 'counsellor' AND u.disabled_at IS NULL`;
