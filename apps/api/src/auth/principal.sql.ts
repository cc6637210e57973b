// Who is calling, read on every request: one statement joining the session, the user and her
// networks, so a revoked session or a disabled user is refused at once.

/** The caller of live session `$1` of user `$2` (not disabled): role, organisation, networks, whether the second factor was passed. */
export const PRINCIPAL_SQL = `SELECT u.id AS user_id, u.role, u.organisation_id, s.mfa_verified,
              COALESCE(array_agg(m.network_id) FILTER (WHERE m.network_id IS NOT NULL), '{}') AS network_ids
         FROM sessions s
         JOIN users u ON u.id = s.user_id
         LEFT JOIN network_memberships m ON m.user_id = u.id
        WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND u.disabled_at IS NULL
        GROUP BY u.id, s.id`;

/** User `$1` with her networks (ordered). */
export const USER_VIEW_SQL = `SELECT u.id, u.email, u.display_name, u.role, u.organisation_id, u.totp_enabled_at, u.preferred_language,
            COALESCE(array_agg(m.network_id ORDER BY m.network_id) FILTER (WHERE m.network_id IS NOT NULL), '{}') AS network_ids
       FROM users u LEFT JOIN network_memberships m ON m.user_id = u.id
      WHERE u.id = $1 GROUP BY u.id`;
