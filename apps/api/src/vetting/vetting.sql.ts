// The vetting's statements: a row lock and a newest-per-organisation probe, which the entity API
// does not say.

/** For each organisation of `$1`, whether its latest information request is answered. */
export const LAST_REQUEST_ANSWERED_SQL = `SELECT DISTINCT ON (organisation_id) organisation_id AS id, answered_at IS NOT NULL AS answered
           FROM organisation_information_requests WHERE organisation_id = ANY($1::uuid[]) ORDER BY organisation_id, asked_at DESC`;

/** Organisation `$1`'s status, locked until commit: one vetting decision at a time. */
export const LOCK_ORGANISATION_STATUS_SQL = `SELECT status FROM organisations WHERE id = $1 FOR UPDATE`;
