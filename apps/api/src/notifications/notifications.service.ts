import { Injectable } from '@nestjs/common';
import { isPartnerRole } from '@ponte/domain';
import { inNetworks, partnerVisible } from '@ponte/persistence';
import { DataSource } from 'typeorm';
import type { Principal } from '../common/context/principal';
import { pageWindow } from '../common/pagination/page-query.dto';
import { notFound } from '../common/problem/problem';
import { MarkedRead, NotificationPage, NotificationQuery, NotificationView } from './dto/notification.dto';

/**
 * The caller's own in-app notifications. A partner does not see those pointing at a proposal
 * it may no longer see (consent revoked, organisation blocked): same rule as the proposal itself.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Own rows, minus what the partner may not see; `$1` recipient, `$2` organisation. A staff
   * notification about a profile (new matches) shows only while the profile is in one of her
   * networks.
   */
  private scope(principal: Principal): string {
    // Staff have no organisation: `$2` is null for them.
    if (!isPartnerRole(principal.role)) {
      const networks = `ARRAY[${principal.networkIds.map((id) => `'${id.replace(/[^0-9a-f-]/gi, '')}'`).join(',')}]`;
      return `n.recipient_id = $1 AND $2::uuid IS NULL AND (n.target_type <> 'profile'
        OR EXISTS (SELECT 1 FROM profiles p WHERE p.id = n.target_id AND ${inNetworks(networks)}))`;
    }
    return `n.recipient_id = $1 AND EXISTS (SELECT 1 FROM proposals p WHERE p.id = n.target_id AND ${partnerVisible('$2')})`;
  }

  /**
   * Repeats are grouped: the notifications of one kind about one target make one item (the
   * newest, with how many it stands for and the step it announced). Each item says which
   * proposal (the code the caller knows her by), which offer or course and which step.
   */
  async list(principal: Principal, query: NotificationQuery): Promise<NotificationPage> {
    const { skip, take } = pageWindow(query);
    const scope = this.scope(principal);
    const params = [principal.userId, principal.organisationId];
    const filter = query.unread ? 'AND n.read_at IS NULL' : '';
    const groups = `SELECT n.kind, n.target_type, n.target_id, count(*)::int AS count, max(n.created_at) AS created_at,
                           (array_agg(n.id ORDER BY n.created_at DESC, n.id))[1] AS id,
                           (array_agg(n.step ORDER BY n.created_at DESC, n.id))[1] AS step,
                           CASE WHEN bool_and(n.read_at IS NOT NULL) THEN max(n.read_at) END AS read_at
                    FROM notifications n WHERE ${scope} ${filter} GROUP BY n.kind, n.target_type, n.target_id`;
    // A partner knows her by its candidate code; staff by her pseudonym code. Read at read time.
    const code = principal.organisationId ? `p.card->>'candidateCode'` : 'pr.pseudonym_code';
    const rows: (Omit<NotificationView, 'link'> & { proposalKind: 'offer' | 'course' | null })[] = await this.dataSource.query(
      `WITH g AS (${groups})
       SELECT g.id, g.kind, g.target_type AS "targetType", g.target_id AS "targetId", g.created_at AS "createdAt", g.read_at AS "readAt",
              g.count, g.step, p.kind AS "proposalKind", coalesce(o.title, c.title) AS title,
              CASE WHEN g.target_type = 'profile' THEN tp.pseudonym_code END AS "pseudonymCode",
              CASE WHEN g.target_type = 'proposal' THEN ${code} END AS code
       FROM g
       LEFT JOIN profiles tp ON g.target_type = 'profile' AND tp.id = g.target_id
       LEFT JOIN proposals p ON g.target_type = 'proposal' AND p.id = g.target_id
       LEFT JOIN profiles pr ON pr.id = p.profile_id
       LEFT JOIN offers o ON o.id = p.offer_id LEFT JOIN courses c ON c.id = p.course_id
       ORDER BY g.created_at DESC, g.id LIMIT $3 OFFSET $4`,
      [...params, take, skip],
    );
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM (${groups}) g`, params);
    const [{ unread }] = await this.dataSource.query(
      `SELECT count(DISTINCT (n.kind, n.target_id))::int AS unread FROM notifications n WHERE ${scope} AND n.read_at IS NULL`,
      params,
    );
    return {
      items: rows.map(({ pseudonymCode, proposalKind, code: readerCode, title, step, ...r }) =>
        r.targetType === 'profile'
          ? { ...r, pseudonymCode, link: `/profiles/${r.targetId}/matches` }
          : { ...r, code: readerCode, title, listingKind: proposalKind, step, link: `/proposals/${r.targetId}` },
      ),
      total,
      page: query.page,
      pageSize: query.pageSize,
      unread,
    };
  }

  /** Marks the item read: every notification it groups (same kind, same target). */
  async markRead(principal: Principal, id: string): Promise<void> {
    const result: [unknown[], number] = await this.dataSource.query(
      `UPDATE notifications n SET read_at = coalesce(n.read_at, now())
       FROM notifications one
       WHERE one.id = $3 AND one.recipient_id = $1 AND n.kind = one.kind AND n.target_id = one.target_id AND ${this.scope(principal)}`,
      [principal.userId, principal.organisationId, id],
    );
    if (!result[1]) throw notFound();
  }

  async markAllRead(principal: Principal): Promise<MarkedRead> {
    const result: [unknown[], number] = await this.dataSource.query(
      `UPDATE notifications n SET read_at = now() WHERE n.read_at IS NULL AND ${this.scope(principal)}`,
      [principal.userId, principal.organisationId],
    );
    return { updated: result[1] };
  }
}
