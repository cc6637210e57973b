// The invitations' statement: a probe on the lower-cased e-mail (the unique index's expression).

/** Whether an account already uses e-mail `$1` (lower case). */
export const EMAIL_TAKEN_SQL = `SELECT EXISTS (SELECT 1 FROM users WHERE lower(email) = $1) AS taken`;
