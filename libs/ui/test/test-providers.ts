import { provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { Routes, provideRouter } from '@angular/router';
import type { AuthSuccess, AuthUser } from '@ponte/contracts';
import { providePonteHttp } from '../src/lib/http/api.interceptors';
import { providePortalConfig } from '../src/lib/portal-config';
import { defineDictionary } from '../src/lib/i18n/dictionary';
import { provideTranslations } from '../src/lib/i18n/provide-translations';

const portalMessages = {
  'test.title': 'Portale di prova',
  'test.tagline': 'Prova',
  'test.audience': 'Per chi prova.',
  'test.wrongPortal': 'Account dell’altro portale.',
};
const testDictionary = defineDictionary(portalMessages, {
  'test.title': 'Test portal',
  'test.tagline': 'Test',
  'test.audience': 'For testers.',
  'test.wrongPortal': 'Account of the other portal.',
});

export const partnerUser: AuthUser = {
  id: 'u-1',
  email: 'hr@example.it',
  displayName: 'Giulia Rossi',
  role: 'partner_admin',
  permissions: ['offers:read', 'offers:write'],
  organisationId: 'org-1',
  networkIds: [],
  mfaEnabled: true,
  language: 'it',
};

export function authSuccess(
  user: AuthUser = partnerUser,
  accessToken = 'token-1',
): AuthSuccess {
  return { accessToken, expiresIn: 900, user };
}

/** What a portal provides, with the HTTP backend replaced by HttpTestingController. */
export function portalTestProviders(
  routes: Routes = [],
): (Provider | EnvironmentProviders)[] {
  return [
    provideRouter(routes),
    providePonteHttp(),
    provideHttpClientTesting(),
    provideTranslations(testDictionary),
    providePortalConfig({
      titleKey: 'test.title',
      taglineKey: 'test.tagline',
      audienceKey: 'test.audience',
      wrongPortalKey: 'test.wrongPortal',
      roles: ['partner_admin', 'partner_member'],
    }),
  ];
}
