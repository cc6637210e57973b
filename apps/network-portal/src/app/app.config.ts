import { ApplicationConfig } from '@angular/core';
import { provideInactivityTimeout, provideNavigation, providePortalShell } from '@ponte/ui';
import { NETWORK_NAVIGATION } from './app.navigation';
import { NETWORK_PORTAL } from './app.portal';
import { appRoutes } from './app.routes';
import { networkDictionary } from './i18n/network.i18n';
import { vocabularyDictionary } from './i18n/vocabulary.i18n';

export const appConfig: ApplicationConfig = {
  providers: [
    ...providePortalShell({
      routes: appRoutes,
      dictionaries: [networkDictionary, vocabularyDictionary],
      config: NETWORK_PORTAL,
    }),
    provideNavigation(NETWORK_NAVIGATION),
    // Counsellors work with a woman in the room: an unattended screen must close quickly.
    provideInactivityTimeout({ idleMinutes: 15, warningSeconds: 60 }),
  ],
};
