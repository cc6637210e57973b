import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { ROLE_PERMISSIONS, type OrganisationKind, type Role } from '@ponte/domain';
import { SessionStore, isNavItemVisible } from '@ponte/ui';
import { appConfig } from './app.config';
import { partnerNavigation } from './app.navigation';
import { OrganisationStore } from './core/organisation.store';

function signIn(role: Role): void {
  TestBed.inject(SessionStore).start({
    accessToken: 't',
    expiresIn: 900,
    user: {
      id: 'u-1',
      email: 'a@acme.it',
      displayName: 'Anna',
      role,
      permissions: [...ROLE_PERMISSIONS[role]],
      organisationId: 'org-1',
    },
  });
}

describe('partner portal routes and navigation', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [...appConfig.providers, provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  function organisation(kind: OrganisationKind): void {
    for (const req of http.match('/api/organisations/mine')) {
      req.flush({ id: 'org-1', kind, status: 'vetted', vettingHistory: [], canPublish: true });
    }
  }

  it('loads the organisation on sign-in and shows offers or courses by its kind', async () => {
    const store = TestBed.inject(OrganisationStore);
    signIn('partner_admin');
    TestBed.tick();
    const visible = () =>
      partnerNavigation(store)
        .filter((item) => isNavItemVisible(item, ROLE_PERMISSIONS.partner_admin))
        .map((item) => item.path);
    expect(visible()).toContain('/offers'); // unknown kind while loading: both shown
    organisation('training_body');
    expect(visible()).toContain('/courses');
    expect(visible()).not.toContain('/offers');
    store.organisation.set({ ...store.organisation()!, kind: 'company' });
    expect(visible()).toContain('/offers');
    expect(visible()).not.toContain('/courses');
  });

  it('lets a partner member in to proposals but not to team management', async () => {
    signIn('partner_member');
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/team');
    expect(router.url).toBe('/access-denied');
    await router.navigateByUrl('/proposals');
    expect(router.url).toBe('/proposals');
    http.match(() => true).forEach((r) => r.flush({ items: [], total: 0, page: 1, pageSize: 10, unread: 0 }));
  });

  it('sends a visitor to sign-in from a deep link, but opens registration and the e-mailed links without a session', async () => {
    const router = TestBed.inject(Router);
    const deep = router.navigateByUrl('/offers/new');
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne('/api/auth/refresh').flush(null, { status: 401, statusText: 'Unauthorized' });
    await deep;
    expect(router.url).toBe('/sign-in?returnUrl=%2Foffers%2Fnew');

    await router.navigateByUrl('/reset-password?token=abc');
    expect(router.url).toBe('/reset-password?token=abc');
    const register = router.navigateByUrl('/register');
    await register;
    expect(router.url).toBe('/register');
  });
});
