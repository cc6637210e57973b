import {
  ChangeDetectionStrategy,
  Component,
  EnvironmentProviders,
  Provider,
  inject,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import {
  RouterOutlet,
  Routes,
  TitleStrategy,
  provideRouter,
  withInMemoryScrolling,
} from '@angular/router';
import { providePonteHttp } from '../http/api.interceptors';
import { DictionaryChunk } from '../i18n/dictionary';
import { provideTranslations } from '../i18n/provide-translations';
import { TranslatedTitleStrategy } from '../i18n/translated-title.strategy';
import { LayoutComponent } from '../layout/layout.component';
import { NotificationBellComponent } from '../notifications/notification-bell.component';
import { PortalConfigInput, providePortalConfig } from '../portal-config';
import { InactivityDialogComponent } from '../session/inactivity-dialog.component';
import { INACTIVITY_CONFIG } from '../session/inactivity.service';

export interface PortalShell {
  routes: Routes;
  /** The portal's own messages (the shared frame's come with @ponte/ui). */
  dictionaries: readonly DictionaryChunk[];
  config: PortalConfigInput;
}

/**
 * What both portals provide the same way: the router (scrolling to the top on navigation,
 * titles as message keys), the API client, the messages and the portal's identity. A portal
 * adds its navigation (and, for the network portal, the inactivity timeout) beside it.
 */
export function providePortalShell({
  routes,
  dictionaries,
  config,
}: PortalShell): (Provider | EnvironmentProviders)[] {
  return [
    provideBrowserGlobalErrorListeners(),
    provideRouter(
      routes,
      withInMemoryScrolling({ scrollPositionRestoration: 'top' }),
    ),
    providePonteHttp(),
    provideTranslations(...dictionaries),
    providePortalConfig(config),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
  ];
}

/**
 * The root of both portals: the Designers Italia layout with the notification bell in the
 * header, the routed page, and the inactivity warning where the portal set a timeout.
 */
@Component({
  selector: 'ponte-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterOutlet,
    LayoutComponent,
    NotificationBellComponent,
    InactivityDialogComponent,
  ],
  template: `
    <ponte-layout
      ><ponte-notification-bell ponteHeaderSlot /><router-outlet
    /></ponte-layout>
    @if (inactivityTimeout) {
      <ponte-inactivity-dialog />
    }
  `,
})
export class PortalRootComponent {
  protected readonly inactivityTimeout =
    inject(INACTIVITY_CONFIG, { optional: true }) !== null;
}
