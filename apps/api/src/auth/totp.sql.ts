// The second factor's statements. Raw SQL because each is one conditional update or locked read
// on a few columns of `users` (the step check and the enrolment must be atomic), which an entity save is not.

/** Stores user `$1`'s enrolment secret `$2`, sealed, until confirmed. */
export const SET_PENDING_SECRET_SQL = `UPDATE users SET totp_pending_secret = $2 WHERE id = $1`;

/** User `$1`'s pending secret, locked until commit. */
export const LOCK_PENDING_SECRET_SQL = `SELECT totp_pending_secret AS pending FROM users WHERE id = $1 FOR UPDATE`;

/** The pending secret becomes user `$1`'s second factor; `$2` the step used to confirm it. */
export const CONFIRM_ENROLMENT_SQL = `UPDATE users SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_enabled_at = now(), totp_last_step = $2 WHERE id = $1`;

/** User `$1`'s enabled secret, if any. */
export const ENABLED_SECRET_SQL = `SELECT totp_secret AS secret FROM users WHERE id = $1 AND totp_enabled_at IS NOT NULL`;

/** Records step `$2` for user `$1` only if newer than the last one: a code is used once. */
export const ADVANCE_LAST_STEP_SQL = `UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id`;

/** Spends user `$1`'s unused recovery code of hash `$2`, once. */
export const USE_RECOVERY_CODE_SQL = `UPDATE recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`;
