import {
  DOCUMENT,
  DestroyRef,
  Injectable,
  effect,
  inject,
  signal,
} from '@angular/core';
import { PERMISSIONS } from '@ponte/domain';
import { Observable, tap } from 'rxjs';
import { ApiClient } from '../api/api-client';
import type { Page } from '@ponte/contracts';
import { SessionStore } from '../auth/session.store';

/** Kinds of in-app notifications (libs/persistence notification.entity.ts). */
export const NOTIFICATION_KINDS = [
  'proposal_received',
  'proposal_updated',
  'proposal_withdrawn',
  'proposal_answered',
  'follow_up_due',
  'new_matches',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * A notification, or a group of repeats (same kind, same target): its kind, link, and what
 * names the proposal to the reader (her code, the listing's title, the step). Never personal data.
 */
export interface PonteNotification {
  id: string;
  kind: NotificationKind;
  targetType: 'proposal' | 'profile';
  targetId: string;
  /** Proposal: the code the reader knows her by. */
  code?: string | null;
  /** Profile target (new matches): her pseudonym code. */
  pseudonymCode?: string | null;
  title?: string | null;
  step?: string | null;
  /** How many notifications this item groups. */
  count: number;
  /** Path in the caller's portal, e.g. `/proposals/<id>`. */
  link: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage extends Page<PonteNotification> {
  /** Unread notifications of the caller, whatever the filter. */
  unread: number;
}

/** How often the unread badge asks again while the tab is visible. */
export const NOTIFICATION_POLL_MS = 60_000;

/** The caller's notifications and the unread count shown in the header. */
@Injectable({ providedIn: 'root' })
export class NotificationsService {
  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly document = inject(DOCUMENT);
  readonly unread = signal(0);
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor() {
    // Poll only while someone allowed to read notifications is signed in.
    effect(() => {
      const allowed =
        this.session.isAuthenticated() &&
        this.session.hasPermission(PERMISSIONS.NOTIFICATIONS_READ);
      this.stop();
      if (!allowed) {
        this.unread.set(0);
        return;
      }
      this.refreshUnread();
      this.timer = setInterval(() => {
        if (this.document.visibilityState !== 'hidden') this.refreshUnread();
      }, NOTIFICATION_POLL_MS);
    });
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  list(query: { page: number; pageSize?: number; unread?: boolean }): Observable<NotificationPage> {
    return this.api
      .get<NotificationPage>('/notifications', {
        query: {
          page: query.page,
          pageSize: query.pageSize ?? 20,
          unread: query.unread ? 'true' : undefined,
        },
      })
      .pipe(tap((page) => this.unread.set(page.unread)));
  }

  markRead(id: string): Observable<void> {
    return this.api
      .post<void>(`/notifications/${id}/read`)
      .pipe(tap(() => this.unread.update((n) => Math.max(0, n - 1))));
  }

  markAllRead(): Observable<{ updated: number }> {
    return this.api
      .post<{ updated: number }>('/notifications/read-all')
      .pipe(tap(() => this.unread.set(0)));
  }

  refreshUnread(): void {
    this.list({ page: 1, pageSize: 1 }).subscribe({ error: () => undefined });
  }

  private stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }
}
