import {
  ApplicationConfig,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import {
  TitleStrategy,
  provideRouter,
  withInMemoryScrolling,
} from '@angular/router';
import {
  TranslatedTitleStrategy,
  provideInactivityTimeout,
  provideNavigation,
  providePonteHttp,
  providePortalConfig,
  provideTranslations,
} from '@ponte/ui';
import { NETWORK_NAVIGATION } from './app.navigation';
import { appRoutes } from './app.routes';
import { networkDictionary } from './i18n/network.i18n';
import { vocabularyDictionary } from './i18n/vocabulary.i18n';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(
      appRoutes,
      withInMemoryScrolling({ scrollPositionRestoration: 'top' }),
    ),
    providePonteHttp(),
    provideTranslations(networkDictionary, vocabularyDictionary),
    providePortalConfig({
      titleKey: 'network.title',
      taglineKey: 'network.tagline',
      audienceKey: 'network.audience',
      wrongPortalKey: 'network.wrongPortal',
      roles: ['counsellor', 'coordinator'],
    }),
    provideNavigation(NETWORK_NAVIGATION),
    // Counsellors work with a woman in the room: an unattended screen must close quickly.
    provideInactivityTimeout({ idleMinutes: 15, warningSeconds: 60 }),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
  ],
};
