import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Routes, provideRouter } from '@angular/router';
import { ROLE_PERMISSIONS, type Role } from '@ponte/domain';
import {
  DictionaryChunk,
  SessionStore,
  providePonteHttp,
  providePortalConfig,
  provideTranslations,
} from '@ponte/ui';
import type { AuthUser } from '@ponte/contracts';
import { NETWORK_PORTAL } from '../app/app.portal';
import { networkDictionary } from '../app/i18n/network.i18n';
import { vocabularyDictionary } from '../app/i18n/vocabulary.i18n';

export const NETWORK_ID = '11111111-1111-4111-8111-111111111111';

export function staffUser(role: Extract<Role, 'counsellor' | 'coordinator'>): AuthUser {
  return {
    id: role === 'counsellor' ? 'aaaaaaaa-0000-4000-8000-000000000001' : 'aaaaaaaa-0000-4000-8000-000000000002',
    email: `${role}@ponte.test`,
    displayName: role === 'counsellor' ? 'Sportello Nord' : 'Cabina di regia',
    role,
    permissions: [...ROLE_PERMISSIONS[role]],
    organisationId: null,
    networkIds: role === 'counsellor' ? [NETWORK_ID] : [],
    mfaEnabled: true,
    language: 'it',
  };
}

/** The network portal's app-level providers with the HTTP backend replaced by HttpTestingController. */
export function networkTestProviders(
  routes: Routes = [],
  ...chunks: DictionaryChunk[]
): (Provider | EnvironmentProviders)[] {
  return [
    provideRouter(routes),
    providePonteHttp(),
    provideHttpClientTesting(),
    provideTranslations(networkDictionary, vocabularyDictionary, ...chunks),
    providePortalConfig(NETWORK_PORTAL),
  ];
}

export function signIn(role: Extract<Role, 'counsellor' | 'coordinator'>): AuthUser {
  const user = staffUser(role);
  TestBed.inject(SessionStore).start({ accessToken: 'token', expiresIn: 600, user });
  return user;
}

/** Lets pending microtasks and a macrotask run, then waits for the fixture to render. */
export async function settle(fixture?: { whenStable(): Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture?.whenStable();
}

/** Answers every pending request matching `url` (prefix) with `body`. */
export function flushAll(http: HttpTestingController, url: string, body: unknown): number {
  const requests = http.match((req) => req.url.startsWith(url));
  requests.forEach((r) => r.flush(body));
  return requests.length;
}

export const COMUNI = [
  { istatCode: '015146', name: 'Milano', lat: 45.4642, lon: 9.19 },
  { istatCode: '015209', name: 'Sesto San Giovanni', lat: 45.5336, lon: 9.2286 },
  { istatCode: '015182', name: 'Rho', lat: 45.5311, lon: 9.0406 },
  { istatCode: '015118', name: 'Legnano', lat: 45.5956, lon: 8.9156 },
];
