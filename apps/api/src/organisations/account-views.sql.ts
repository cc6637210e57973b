// The account lists' statements (team and staff). Raw SQL because the condition on `u` is written
// by each service and the memberships come aggregated with the row, no entity.

/** The accounts of organisation `$1` (its team). */
export const TEAM = 'u.organisation_id = $1';

/** Account `$2` of organisation `$1`. */
export const TEAM_MEMBER = 'u.organisation_id = $1 AND u.id = $2';

/** Accounts matching `where` on `u`, newest first, with their networks; one page. */
export const accountsPageSql = (where: string, take: number, skip: number): string =>
  `SELECT u.id, u.email, u.display_name AS "displayName", u.role, u.disabled_at IS NULL AS active,
            u.password_hash IS NULL AS "invitationPending", u.totp_enabled_at IS NOT NULL AS "mfaEnabled", u.created_at AS "createdAt",
            COALESCE((SELECT array_agg(m.network_id ORDER BY m.network_id) FROM network_memberships m WHERE m.user_id = u.id), '{}') AS "networkIds"
       FROM users u WHERE ${where}
      ORDER BY u.created_at DESC, u.id
      LIMIT ${take} OFFSET ${skip}`;

/** How many accounts match `where` on `u`. */
export const accountsCountSql = (where: string): string => `SELECT count(*)::int AS total FROM users u WHERE ${where}`;
