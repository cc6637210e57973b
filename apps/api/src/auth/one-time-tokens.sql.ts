// The one-time tokens' statements. Raw SQL because a token is spent by one conditional update
// (used once, before it expires), whatever the concurrency.

/** Spends every unused token of user `$1` for purpose `$2`. */
export const EXPIRE_USER_TOKENS_SQL = `UPDATE auth_tokens SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`;

/** The user of the live token of hash `$1` and purpose `$2`. */
export const TOKEN_USER_SQL = `SELECT user_id FROM auth_tokens WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()`;

/** Spends the live token of hash `$1` and purpose `$2`, once; returns its user. */
export const SPEND_TOKEN_SQL = `UPDATE auth_tokens SET used_at = now()
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id`;
