import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { SessionStore, isNavItemVisible } from '@ponte/ui';
import { staffUser } from '../testing/network-test-providers';
import { appConfig } from './app.config';
import { NETWORK_NAVIGATION } from './app.navigation';

/** Who may open which area: the permission guards on the real route table. */
describe('network portal guards', () => {
  let router: Router;
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [...appConfig.providers, provideHttpClientTesting()],
    });
    router = TestBed.inject(Router);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    // Pages that opened may have asked for their data: not what these tests are about.
    http.match(() => true).forEach((r) => r.flush(null, { status: 503, statusText: 'Unavailable' }));
  });

  function signInAs(role: 'counsellor' | 'coordinator'): void {
    TestBed.inject(SessionStore).start({ accessToken: 't', expiresIn: 600, user: staffUser(role) });
  }

  const cases: [role: 'counsellor' | 'coordinator', url: string, lands: string][] = [
    ['counsellor', '/profiles', '/profiles'],
    ['counsellor', '/profiles/new', '/profiles/new'],
    ['counsellor', '/proposals', '/proposals'],
    ['counsellor', '/vetting', '/access-denied'],
    ['counsellor', '/indicators', '/access-denied'],
    ['counsellor', '/audit', '/access-denied'],
    ['counsellor', '/staff', '/access-denied'],
    ['counsellor', '/jobs', '/access-denied'],
    ['coordinator', '/profiles', '/access-denied'],
    ['coordinator', '/profiles/new', '/access-denied'],
    ['coordinator', '/proposals', '/access-denied'],
    ['coordinator', '/vetting', '/vetting'],
    ['coordinator', '/indicators', '/indicators'],
    ['coordinator', '/audit', '/audit'],
    ['coordinator', '/networks', '/networks'],
    ['coordinator', '/staff', '/staff'],
    ['coordinator', '/jobs', '/jobs'],
  ];

  it.each(cases)('a %s opening %s lands on %s', async (role, url, lands) => {
    signInAs(role);
    await router.navigateByUrl(url);
    expect(router.url).toBe(lands);
  });

  it('sends a visitor without a session from a deep link to sign-in, keeping where she was going', async () => {
    const navigation = router.navigateByUrl('/profiles/new');
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne('/api/auth/refresh').flush(null, { status: 401, statusText: 'Unauthorized' });
    await navigation;
    expect(router.url).toBe('/sign-in?returnUrl=%2Fprofiles%2Fnew');
  });

  it('shows each role only its own areas in the navigation', () => {
    const visible = (role: 'counsellor' | 'coordinator') =>
      NETWORK_NAVIGATION.filter((item) => isNavItemVisible(item, staffUser(role).permissions)).map((i) => i.path);
    expect(visible('counsellor')).toEqual(['/', '/profiles', '/proposals']);
    expect(visible('coordinator')).toEqual([
      '/',
      '/vetting',
      '/indicators',
      '/networks',
      '/staff',
      '/audit',
      '/jobs',
      '/reference-data',
    ]);
  });
});
