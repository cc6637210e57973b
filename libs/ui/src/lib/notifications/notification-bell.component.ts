import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { PERMISSIONS } from '@ponte/domain';
import { SessionStore } from '../auth/session.store';
import { TranslatePipe } from '../i18n/translate.pipe';
import { IconComponent } from '../layout/icon.component';
import { NotificationsService } from './notifications.service';

/**
 * The header's link to the notifications page, with the unread count. Put it in the
 * header's slot: `<ponte-layout><ponte-notification-bell ponteHeaderSlot />…</ponte-layout>`.
 */
@Component({
  selector: 'ponte-notification-bell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, IconComponent],
  template: `
    @if (visible()) {
      <a class="ponte-bell" routerLink="/notifications">
        <ponte-icon name="it-horn" size="sm" color="white" />
        <span class="d-none d-lg-inline">{{ 'ui.notifications.nav' | t }}</span>
        @if (notifications.unread() > 0) {
          <span class="ponte-bell-count" aria-hidden="true">{{
            notifications.unread() > 99 ? '99+' : notifications.unread()
          }}</span>
        }
        <span class="visually-hidden">{{
          notifications.unread() === 1
            ? ('ui.notifications.unreadOne' | t)
            : ('ui.notifications.unreadMany' | t: { count: notifications.unread() })
        }}</span>
      </a>
    }
  `,
})
export class NotificationBellComponent {
  protected readonly notifications = inject(NotificationsService);
  private readonly session = inject(SessionStore);
  protected readonly visible = computed(
    () =>
      this.session.isAuthenticated() &&
      this.session.hasPermission(PERMISSIONS.NOTIFICATIONS_READ),
  );
}
