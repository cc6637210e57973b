import { ApplicationConfig } from '@angular/core';
import { PARTNER_ROLES } from '@ponte/domain';
import { providePortalShell } from '@ponte/ui';
import { providePartnerNavigation } from './app.navigation';
import { appRoutes } from './app.routes';
import { partnerDictionary } from './i18n/partner.i18n';

export const appConfig: ApplicationConfig = {
  providers: [
    ...providePortalShell({
      routes: appRoutes,
      dictionaries: [partnerDictionary],
      config: {
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
      },
    }),
    providePartnerNavigation(),
  ],
};
