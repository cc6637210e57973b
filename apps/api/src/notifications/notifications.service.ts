import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../common/context/principal';
import { pageWindow } from '../common/pagination/page-query.dto';
import { notFound } from '../common/problem/problem';
import { MarkedRead, NotificationPage, NotificationQuery, NotificationView } from './dto/notification.dto';
import {
  markAllReadSql,
  markGroupReadSql,
  notificationGroupsSql,
  notificationPageSql,
  notificationScope,
  notificationTotalSql,
  unreadCountSql,
} from './notifications.sql';

/**
 * The caller's own in-app notifications. A partner does not see those pointing at a proposal
 * it may no longer see (consent revoked, organisation blocked): same rule as the proposal itself.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Repeats are grouped: the notifications of one kind about one target make one item (the
   * newest, with how many it stands for and the step it announced). Each item says which
   * proposal (the code the caller knows her by), which offer or course and which step.
   */
  async list(principal: Principal, query: NotificationQuery): Promise<NotificationPage> {
    const { skip, take } = pageWindow(query);
    const scope = notificationScope(principal);
    const params = [principal.userId, principal.organisationId];
    const groups = notificationGroupsSql(scope, !!query.unread);
    const rows: (Omit<NotificationView, 'link'> & { proposalKind: 'offer' | 'course' | null })[] = await this.dataSource.query(
      notificationPageSql(groups, !!principal.organisationId),
      [...params, take, skip],
    );
    const [{ total }] = await this.dataSource.query(notificationTotalSql(groups), params);
    const [{ unread }] = await this.dataSource.query(unreadCountSql(scope), params);
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
      markGroupReadSql(notificationScope(principal)),
      [principal.userId, principal.organisationId, id],
    );
    if (!result[1]) throw notFound();
  }

  async markAllRead(principal: Principal): Promise<MarkedRead> {
    const result: [unknown[], number] = await this.dataSource.query(
      markAllReadSql(notificationScope(principal)),
      [principal.userId, principal.organisationId],
    );
    return { updated: result[1] };
  }
}
