import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { ApiProblem } from '../api/api-problem';
import { PonteDatePipe } from '../i18n/date.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TranslationService } from '../i18n/translation.service';
import { IconComponent } from '../layout/icon.component';
import { EmptyStateComponent } from '../states/empty-state.component';
import { ErrorStateComponent } from '../states/error-state.component';
import { LoadingStateComponent } from '../states/loading-state.component';
import { PaginationComponent } from '../states/pagination.component';
import type { NotificationPage, PonteNotification } from '@ponte/contracts';
import { NotificationsService } from './notifications.service';

const PAGE_SIZE = 20;

/** The caller's notifications, newest first; opening one marks it read. Page and filter live in the URL. */
@Component({
  selector: 'ponte-notifications-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    PonteDatePipe,
    IconComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    PaginationComponent,
  ],
  template: `
    <div class="container my-5">
      <div
        class="d-flex flex-column flex-md-row justify-content-between align-items-md-center gap-3 mb-4"
      >
        <h1 class="mb-0">{{ 'ui.notifications.heading' | t }}</h1>
        <div class="d-flex flex-wrap gap-2">
          <div class="form-check form-check-inline mb-0">
            <input
              id="notifications-unread"
              type="checkbox"
              [checked]="unreadOnly()"
              (change)="setUnreadOnly($any($event.target).checked)"
            />
            <label for="notifications-unread">{{
              'ui.notifications.unreadOnly' | t
            }}</label>
          </div>
          <button
            type="button"
            class="btn btn-outline-primary btn-sm"
            [disabled]="notifications.unread() === 0 || busy()"
            (click)="markAllRead()"
          >
            {{ 'ui.notifications.markAll' | t }}
          </button>
        </div>
      </div>
      <p class="lead">{{ 'ui.notifications.intro' | t }}</p>

      @if (problem(); as p) {
        <ponte-error-state [problem]="p" (retry)="load()" />
      } @else if (page(); as current) {
        @if (current.items.length === 0) {
          <ponte-empty-state
            icon="it-horn"
            [titleKey]="
              unreadOnly()
                ? 'ui.notifications.emptyUnread'
                : 'ui.notifications.empty'
            "
            messageKey="ui.notifications.emptyText"
          />
        } @else {
          <ul class="list-group ponte-notification-list mb-4">
            @for (n of current.items; track n.id) {
              <li
                class="list-group-item d-flex gap-3 align-items-start"
                [class.ponte-unread]="!n.readAt"
              >
                <ponte-icon
                  [name]="n.readAt ? 'it-mail-open' : 'it-mail'"
                  size="sm"
                  color="primary"
                />
                <div class="flex-grow-1">
                  <a class="fw-semibold" [routerLink]="n.link" (click)="markRead(n)">
                    {{ text(n) }}
                  </a>
                  @if (n.count > 1) {
                    <span class="badge bg-secondary ms-2">{{
                      'ui.notification.repeats' | t: { count: n.count }
                    }}</span>
                  }
                  @if (!n.readAt) {
                    <span class="ponte-tag ms-2">{{ 'ui.notifications.new' | t }}</span>
                  }
                  <div class="small text-secondary">
                    <time [attr.datetime]="n.createdAt">{{
                      n.createdAt | ponteDate: 'dateTime'
                    }}</time>
                  </div>
                </div>
              </li>
            }
          </ul>
          <ponte-pagination
            [page]="current.page"
            [pageSize]="current.pageSize"
            [total]="current.total"
            (pageChange)="goTo($event)"
          />
        }
      } @else {
        <ponte-loading-state />
      }
    </div>
  `,
})
export class NotificationsPage {
  protected readonly notifications = inject(NotificationsService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly page = signal<NotificationPage | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly busy = signal(false);
  private readonly i18n = inject(TranslationService);
  private readonly query = toSignal(
    this.route.queryParamMap.pipe(
      map((q) => ({
        page: Math.max(1, Number(q.get('page')) || 1),
        unread: q.get('unread') === '1',
      })),
    ),
    { requireSync: true },
  );
  protected readonly unreadOnly = () => this.query().unread;

  constructor() {
    this.route.queryParamMap
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.load());
  }

  load(): void {
    const { page, unread } = this.query();
    this.problem.set(null);
    this.page.set(null);
    this.notifications.list({ page, pageSize: PAGE_SIZE, unread }).subscribe({
      next: (result) => this.page.set(result),
      error: (problem: ApiProblem) => this.problem.set(problem),
    });
  }

  protected goTo(page: number): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { page },
      queryParamsHandling: 'merge',
    });
  }

  protected setUnreadOnly(unread: boolean): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { unread: unread ? 1 : null, page: null },
      queryParamsHandling: 'merge',
    });
  }

  /** The sentence of a notification: what the kind says, about which code, listing and step. */
  protected text(n: PonteNotification): string {
    const code = n.code ?? n.pseudonymCode;
    if (!code) return this.i18n.t(`ui.notification.kind.${n.kind}`);
    const step = n.step ? this.i18n.t(`domain.proposalState.${n.step}`) : '';
    return this.i18n.t(`ui.notification.text.${n.kind}`, { code, title: n.title ?? '', step });
  }

  /** Opening a notification marks it read; the navigation does not wait for it. */
  protected markRead(notification: PonteNotification): void {
    if (notification.readAt) return;
    this.notifications.markRead(notification.id).subscribe({ error: () => undefined });
  }

  protected markAllRead(): void {
    this.busy.set(true);
    this.notifications.markAllRead().subscribe({
      next: () => {
        this.busy.set(false);
        this.load();
      },
      error: (problem: ApiProblem) => {
        this.busy.set(false);
        this.problem.set(problem);
      },
    });
  }
}
