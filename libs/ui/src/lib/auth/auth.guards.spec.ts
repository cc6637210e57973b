import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { PERMISSIONS } from '@ponte/domain';
import {
  authSuccess,
  partnerUser,
  portalTestProviders,
} from '../../../test/test-providers';
import { authGuard, permissionGuard, signedOutGuard } from './auth.guards';
import { SessionStore } from './session.store';

@Component({ template: 'page' })
class Page {}

describe('route guards', () => {
  let router: Router;
  let http: HttpTestingController;
  let session: SessionStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: portalTestProviders([
        { path: 'sign-in', component: Page, canActivate: [signedOutGuard] },
        { path: 'access-denied', component: Page },
        {
          path: '',
          canActivateChild: [authGuard],
          children: [
            { path: '', pathMatch: 'full', component: Page },
            {
              path: 'offers',
              component: Page,
              canActivate: [permissionGuard(PERMISSIONS.OFFERS_WRITE)],
            },
            {
              path: 'team',
              component: Page,
              canActivate: [permissionGuard(PERMISSIONS.TEAM_MANAGE)],
            },
          ],
        },
      ]),
    });
    router = TestBed.inject(Router);
    http = TestBed.inject(HttpTestingController);
    session = TestBed.inject(SessionStore);
  });

  afterEach(() => http.verify());

  function navigate(url: string): Promise<boolean> {
    return router.navigateByUrl(url);
  }

  /** Guards run a few ticks into the navigation: wait for the refresh call, then answer it. */
  async function answerRefresh(
    ...answer: Parameters<
      ReturnType<HttpTestingController['expectOne']>['flush']
    >
  ) {
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne('/api/auth/refresh').flush(...answer);
  }

  it('authGuard lets a signed-in user through without calling the API', async () => {
    session.start(authSuccess());
    await expect(navigate('/')).resolves.toBe(true);
    expect(router.url).toBe('/');
  });

  it('authGuard resumes the session from the refresh cookie after a reload', async () => {
    const done = navigate('/');
    await answerRefresh(authSuccess());
    await expect(done).resolves.toBe(true);
    expect(router.url).toBe('/');
    expect(session.user()?.email).toBe(partnerUser.email);
  });

  it('authGuard sends to sign-in with the return URL when there is no session', async () => {
    const done = navigate('/offers?page=2');
    await answerRefresh(null, { status: 401, statusText: 'Unauthorized' });
    await done;
    expect(router.url).toBe('/sign-in?returnUrl=%2Foffers%3Fpage%3D2');
  });

  it('permissionGuard admits a user holding the permission', async () => {
    session.start(authSuccess());
    await navigate('/offers');
    expect(router.url).toBe('/offers');
  });

  it('permissionGuard sends a user without it to the access-denied page', async () => {
    session.start(
      authSuccess({
        ...partnerUser,
        role: 'partner_member',
        permissions: ['offers:read'],
      }),
    );
    await navigate('/team');
    expect(router.url).toBe('/access-denied');
  });

  it('permissionGuard waits for the session to resume before deciding (deep link after reload)', async () => {
    const done = navigate('/offers');
    // authGuard and permissionGuard both need the session: a single refresh serves both.
    await answerRefresh(authSuccess());
    await done;
    expect(router.url).toBe('/offers');
  });

  it('signedOutGuard sends a signed-in user from the sign-in page to home', async () => {
    session.start(authSuccess());
    await navigate('/sign-in');
    expect(router.url).toBe('/');
  });
});
