import { isPartnerRole } from '@ponte/domain';
import { inNetworks, partnerVisible } from '@ponte/persistence';
import type { Principal } from '../common/context/principal';

/**
 * The notifications' statements. Raw SQL because repeats are grouped in the database (one item
 * per kind and target, with its count) and the partner's visibility rule is the proposal's own
 * SQL scope (`partnerVisible`).
 */

/**
 * Own rows, minus what the partner may not see; `$1` recipient, `$2` organisation. A staff
 * notification about a profile (new matches) shows only while the profile is in one of her
 * networks.
 */
export function notificationScope(principal: Principal): string {
  // Staff have no organisation: `$2` is null for them.
  if (!isPartnerRole(principal.role)) {
    const networks = `ARRAY[${principal.networkIds.map((id) => `'${id.replace(/[^0-9a-f-]/gi, '')}'`).join(',')}]`;
    return `n.recipient_id = $1 AND $2::uuid IS NULL AND (n.target_type <> 'profile'
        OR EXISTS (SELECT 1 FROM profiles p WHERE p.id = n.target_id AND ${inNetworks(networks)}))`;
  }
  return `n.recipient_id = $1 AND EXISTS (SELECT 1 FROM proposals p WHERE p.id = n.target_id AND ${partnerVisible('$2')})`;
}

/** One group per kind and target within `scope`: the newest's id and step, how many, read when all are read. */
export const notificationGroupsSql = (scope: string, unreadOnly: boolean): string => {
  const filter = unreadOnly ? 'AND n.read_at IS NULL' : '';
  return `SELECT n.kind, n.target_type, n.target_id, count(*)::int AS count, max(n.created_at) AS created_at,
                           (array_agg(n.id ORDER BY n.created_at DESC, n.id))[1] AS id,
                           (array_agg(n.step ORDER BY n.created_at DESC, n.id))[1] AS step,
                           CASE WHEN bool_and(n.read_at IS NOT NULL) THEN max(n.read_at) END AS read_at
                    FROM notifications n WHERE ${scope} ${filter} GROUP BY n.kind, n.target_type, n.target_id`;
};

/**
 * A page of the groups (`$3` take, `$4` skip), newest first, each with what it names. A partner
 * knows her by its candidate code (`byCandidateCode`); staff by her pseudonym code. Read at read time.
 */
export const notificationPageSql = (groups: string, byCandidateCode: boolean): string => {
  const code = byCandidateCode ? `p.card->>'candidateCode'` : 'pr.pseudonym_code';
  return `WITH g AS (${groups})
       SELECT g.id, g.kind, g.target_type AS "targetType", g.target_id AS "targetId", g.created_at AS "createdAt", g.read_at AS "readAt",
              g.count, g.step, p.kind AS "proposalKind", coalesce(o.title, c.title) AS title,
              CASE WHEN g.target_type = 'profile' THEN tp.pseudonym_code END AS "pseudonymCode",
              CASE WHEN g.target_type = 'proposal' THEN ${code} END AS code
       FROM g
       LEFT JOIN profiles tp ON g.target_type = 'profile' AND tp.id = g.target_id
       LEFT JOIN proposals p ON g.target_type = 'proposal' AND p.id = g.target_id
       LEFT JOIN profiles pr ON pr.id = p.profile_id
       LEFT JOIN offers o ON o.id = p.offer_id LEFT JOIN courses c ON c.id = p.course_id
       ORDER BY g.created_at DESC, g.id LIMIT $3 OFFSET $4`;
};

export const notificationTotalSql = (groups: string): string => `SELECT count(*)::int AS total FROM (${groups}) g`;

export const unreadCountSql = (scope: string): string =>
  `SELECT count(DISTINCT (n.kind, n.target_id))::int AS unread FROM notifications n WHERE ${scope} AND n.read_at IS NULL`;

/** Marks read every notification of the group of notification `$3`. */
export const markGroupReadSql = (scope: string): string => `UPDATE notifications n SET read_at = coalesce(n.read_at, now())
       FROM notifications one
       WHERE one.id = $3 AND one.recipient_id = $1 AND n.kind = one.kind AND n.target_id = one.target_id AND ${scope}`;

export const markAllReadSql = (scope: string): string => `UPDATE notifications n SET read_at = now() WHERE n.read_at IS NULL AND ${scope}`;
