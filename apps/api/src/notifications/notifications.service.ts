import { Injectable } from '@nestjs/common';
import { isPartnerRole } from '@ponte/domain';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { pageWindow } from '../common/pagination/page-query.dto';
import { notFound } from '../common/problem/problem';
import { partnerVisible } from '../proposals/proposal-access.service';
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
      const networks = `ARRAY[${principal.networkIds.map((id) => `'${id.replace(/[^0-9a-f-]/gi, '')}'`).join(',')}]::uuid[]`;
      return `n.recipient_id = $1 AND $2::uuid IS NULL AND (n.target_type <> 'profile'
        OR EXISTS (SELECT 1 FROM profiles p WHERE p.id = n.target_id AND p.network_id = ANY(${networks})))`;
    }
    return `n.recipient_id = $1 AND EXISTS (SELECT 1 FROM proposals p WHERE p.id = n.target_id AND ${partnerVisible('$2')})`;
  }

  async list(principal: Principal, query: NotificationQuery): Promise<NotificationPage> {
    const { skip, take } = pageWindow(query);
    const scope = this.scope(principal);
    const params = [principal.userId, principal.organisationId];
    const filter = query.unread ? 'AND n.read_at IS NULL' : '';
    // The pseudonym code of a profile target is joined at read time: the row itself holds none.
    const rows: Omit<NotificationView, 'link'>[] = await this.dataSource.query(
      `SELECT n.id, n.kind, n.target_type AS "targetType", n.target_id AS "targetId", n.created_at AS "createdAt", n.read_at AS "readAt",
              (SELECT p.pseudonym_code FROM profiles p WHERE n.target_type = 'profile' AND p.id = n.target_id) AS "pseudonymCode"
       FROM notifications n WHERE ${scope} ${filter} ORDER BY n.created_at DESC, n.id LIMIT $3 OFFSET $4`,
      [...params, take, skip],
    );
    const [{ total, unread }] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE true ${filter})::int AS total, count(*) FILTER (WHERE n.read_at IS NULL)::int AS unread
       FROM notifications n WHERE ${scope}`,
      params,
    );
    return {
      items: rows.map(({ pseudonymCode, ...r }) =>
        r.targetType === 'profile' ? { ...r, pseudonymCode, link: `/profiles/${r.targetId}/matches` } : { ...r, link: `/proposals/${r.targetId}` },
      ),
      total,
      page: query.page,
      pageSize: query.pageSize,
      unread,
    };
  }

  async markRead(principal: Principal, id: string): Promise<void> {
    const result: [unknown[], number] = await this.dataSource.query(
      `UPDATE notifications n SET read_at = coalesce(n.read_at, now()) WHERE n.id = $3 AND ${this.scope(principal)}`,
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
