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
import type { MarkedRead, NotificationPage } from '@ponte/contracts';
import { SessionStore } from '../auth/session.store';

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

  markAllRead(): Observable<MarkedRead> {
    return this.api
      .post<MarkedRead>('/notifications/read-all')
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
