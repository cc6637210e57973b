import {
  ApplicationConfig,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import {
  TitleStrategy,
  provideRouter,
  withInMemoryScrolling,
} from '@angular/router';
import { PARTNER_ROLES } from '@ponte/domain';
import {
  TranslatedTitleStrategy,
  providePonteHttp,
  providePortalConfig,
  provideTranslations,
} from '@ponte/ui';
import { providePartnerNavigation } from './app.navigation';
import { appRoutes } from './app.routes';
import { partnerDictionary } from './i18n/partner.i18n';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(
      appRoutes,
      withInMemoryScrolling({ scrollPositionRestoration: 'top' }),
    ),
    providePonteHttp(),
    provideTranslations(partnerDictionary),
    providePortalConfig({
      titleKey: 'partner.title',
      taglineKey: 'partner.tagline',
      audienceKey: 'partner.audience',
      wrongPortalKey: 'partner.wrongPortal',
      roles: PARTNER_ROLES,
      registration: {
        path: '/register',
        textKey: 'partner.signIn.register',
        linkKey: 'partner.signIn.registerLink',
      },
    }),
    providePartnerNavigation(),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
  ],
};
