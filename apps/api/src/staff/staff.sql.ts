// The staff accounts' statements: memberships and second-factor resets written as plain rows, in
// the caller's transaction, with no entity to load first; and the list's conditions on `u`
// (account-views.sql.ts), composed per filter.

/** Staff accounts: coordinators and counsellors. */
export const STAFF = `u.role IN ('coordinator', 'counsellor')`;

/** Staff account `$1`. */
export const STAFF_BY_ID = `${STAFF} AND u.id = $1`;

/** Accounts of role `$n`. */
export const roleIsSql = (n: number): string => `u.role = $${n}`;

/** Accounts not deactivated. */
export const ACTIVE_ACCOUNT = 'u.disabled_at IS NULL';

/** Accounts deactivated. */
export const DISABLED_ACCOUNT = 'u.disabled_at IS NOT NULL';

/** Accounts that are members of network `$n`. */
export const inNetworkSql = (n: number): string =>
  `EXISTS (SELECT 1 FROM network_memberships m WHERE m.user_id = u.id AND m.network_id = $${n})`;

/** Every network membership of user `$1`. */
export const DELETE_MEMBERSHIPS_SQL = `DELETE FROM network_memberships WHERE user_id = $1`;

/** User `$1` joins network `$2`. */
export const INSERT_MEMBERSHIP_SQL = `INSERT INTO network_memberships (user_id, network_id) VALUES ($1, $2)`;

/** User `$1`'s second factor forgotten: secret, pending secret, enrolment and last step. */
export const CLEAR_SECOND_FACTOR_SQL = `UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL WHERE id = $1`;

/** Every recovery code of user `$1`. */
export const DELETE_RECOVERY_CODES_SQL = `DELETE FROM recovery_codes WHERE user_id = $1`;
