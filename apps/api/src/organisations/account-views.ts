import { DataSource } from 'typeorm';
import { AccountView } from './dto/team.dto';

/**
 * Accounts matching a SQL condition on `u` (bound with `params`), newest first, with the
 * total for pagination. `where` is written by the services, never taken from a request.
 */
export async function queryAccounts(
  dataSource: DataSource,
  where: string,
  params: unknown[],
  window: { skip: number; take: number },
): Promise<{ items: AccountView[]; total: number }> {
  const items: AccountView[] = await dataSource.query(
    `SELECT u.id, u.email, u.display_name AS "displayName", u.role, u.disabled_at IS NULL AS active,
            u.password_hash IS NULL AS "invitationPending", u.totp_enabled_at IS NOT NULL AS "mfaEnabled", u.created_at AS "createdAt",
            COALESCE((SELECT array_agg(m.network_id ORDER BY m.network_id) FROM network_memberships m WHERE m.user_id = u.id), '{}') AS "networkIds"
       FROM users u WHERE ${where}
      ORDER BY u.created_at DESC, u.id
      LIMIT ${Number(window.take)} OFFSET ${Number(window.skip)}`,
    params,
  );
  const [{ total }] = await dataSource.query(`SELECT count(*)::int AS total FROM users u WHERE ${where}`, params);
  return { items, total };
}
