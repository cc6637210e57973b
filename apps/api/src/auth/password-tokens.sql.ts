// The password change's statements: plain column updates in the caller's transaction.

/** User `$1`'s new password hash `$2`; the lockout counters reset. */
export const SET_PASSWORD_SQL = `UPDATE users SET password_hash = $2, password_changed_at = now(), failed_sign_ins = 0, failed_since = NULL, locked_until = NULL WHERE id = $1`;

/** Spends user `$1`'s unused sign-in and reset tokens. */
export const EXPIRE_SIGN_IN_TOKENS_SQL = `UPDATE auth_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL AND purpose IN ('mfa', 'mfa_enrolment', 'password_reset')`;
