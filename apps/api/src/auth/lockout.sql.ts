// The lockout's statements. Raw SQL because counting a failure and locking the account is one
// atomic update: concurrent failed sign-ins cannot undercount.

/** Counts a failed sign-in of user `$1` (a window of `$2` minutes); at `$3` failures the account locks for `$4` minutes. Returns `locked`. */
export const COUNT_FAILURE_SQL = `WITH counted AS (
         SELECT id, CASE WHEN failed_since IS NULL OR failed_since < now() - make_interval(mins => $2) THEN 1 ELSE failed_sign_ins + 1 END AS n,
                CASE WHEN failed_since IS NULL OR failed_since < now() - make_interval(mins => $2) THEN now() ELSE failed_since END AS since
           FROM users WHERE id = $1 FOR UPDATE)
       UPDATE users u SET
         failed_sign_ins = CASE WHEN c.n >= $3 THEN 0 ELSE c.n END,
         failed_since = CASE WHEN c.n >= $3 THEN NULL ELSE c.since END,
         locked_until = CASE WHEN c.n >= $3 THEN now() + make_interval(mins => $4) ELSE u.locked_until END
        FROM counted c WHERE u.id = c.id
        RETURNING c.n >= $3 AS locked`;

/** Clears user `$1`'s failure count and lock. */
export const RESET_FAILURES_SQL = `UPDATE users SET failed_sign_ins = 0, failed_since = NULL, locked_until = NULL WHERE id = $1`;
