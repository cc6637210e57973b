// The sessions' statements. Raw SQL because rotation and revocation are single conditional
// updates: two concurrent refreshes cannot both win.

/** Session `$1` rotates refresh hash `$2` to `$3`, if live and the hash is current. */
export const ROTATE_REFRESH_SQL = `UPDATE sessions SET refresh_token_hash = $3, last_used_at = now()
        WHERE id = $1 AND refresh_token_hash = $2 AND revoked_at IS NULL AND expires_at > now()
        RETURNING user_id`;

/** Session `$1` revoked when an old refresh hash (not `$2`) is replayed. */
export const REVOKE_ON_REUSE_SQL = `UPDATE sessions SET revoked_at = now() WHERE id = $1 AND refresh_token_hash <> $2 AND revoked_at IS NULL RETURNING user_id`;

/** The user of live session `$1` with refresh hash `$2`. */
export const LIVE_SESSION_USER_SQL = `SELECT user_id FROM sessions WHERE id = $1 AND refresh_token_hash = $2 AND revoked_at IS NULL`;

/** Revokes session `$1`. */
export const REVOKE_SESSION_SQL = `UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`;

/** Revokes every session of user `$1`. */
export const REVOKE_USER_SESSIONS_SQL = `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`;
