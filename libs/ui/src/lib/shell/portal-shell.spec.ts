import { Component } from '@angular/core';
import { Route } from '@angular/router';
import { authGuard, signedOutGuard } from '../auth/auth.guards';
import { portalRoutes } from './portal-routes';

@Component({ template: '' })
class AreaPage {}

describe('portalRoutes', () => {
  const routes = portalRoutes({
    home: { loadComponent: () => AreaPage, title: 'x.home' },
    areas: [{ path: 'offers', component: AreaPage }],
    signedOut: [
      { path: 'register', canActivate: [signedOutGuard], component: AreaPage },
    ],
  });
  const signedIn = routes.find(
    (r) => r.path === '' && r.canActivateChild,
  ) as Route;

  it('puts the portal areas, the home, notifications and access denied behind sign-in', () => {
    expect(signedIn.canActivateChild).toEqual([authGuard]);
    expect(signedIn.children?.map((r) => r.path)).toEqual([
      '',
      'offers',
      'notifications',
      'access-denied',
    ]);
    expect(signedIn.children?.[0].title).toBe('x.home');
  });

  it('keeps sign-in, recovery, the e-mailed links, the legal pages and the portal public pages outside, and ends with the 404', () => {
    const open = routes.filter((r) => r !== signedIn).map((r) => r.path);
    expect(open).toEqual(
      expect.arrayContaining([
        'sign-in',
        'password-reset',
        'reset-password',
        'accept-invitation',
        'register',
      ]),
    );
    expect(open.at(-1)).toBe('**');
  });
});
