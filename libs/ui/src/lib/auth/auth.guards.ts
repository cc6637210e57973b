import { inject } from '@angular/core';
import { CanActivateFn, Router, UrlTree } from '@angular/router';
import type { Permission } from '@ponte/domain';
import { Observable, map } from 'rxjs';
import { PORTAL_CONFIG } from '../portal-config';
import { AuthService } from './auth.service';
import { SessionStore } from './session.store';

/** Path of the page shown when a signed-in user lacks the permission a route needs. */
export const ACCESS_DENIED_PATH = '/access-denied';

function signInTree(router: Router, returnUrl: string): UrlTree {
  const signInPath = inject(PORTAL_CONFIG).signInPath;
  return router.createUrlTree([signInPath], { queryParams: { returnUrl } });
}

/** Lets signed-in users through; otherwise tries to resume the session, else sends to sign-in. */
export const authGuard: CanActivateFn = (
  _route,
  state,
): Observable<boolean | UrlTree> | boolean | UrlTree => {
  const session = inject(SessionStore);
  if (session.isAuthenticated()) return true;
  const router = inject(Router);
  const denied = signInTree(router, state.url);
  return inject(AuthService)
    .restore()
    .pipe(map((restored) => (restored ? true : denied)));
};

/**
 * Route guard factory: `canActivate: [permissionGuard(PERMISSIONS.OFFERS_WRITE)]`. It implies
 * authGuard (it resumes the session itself), so it is safe on its own or next to authGuard:
 * guards of one array run concurrently.
 */
export function permissionGuard(permission: Permission): CanActivateFn {
  return (_route, state) => {
    const session = inject(SessionStore);
    const router = inject(Router);
    const decide = (): boolean | UrlTree =>
      session.hasPermission(permission)
        ? true
        : router.createUrlTree([ACCESS_DENIED_PATH]);
    if (session.isAuthenticated()) return decide();
    const denied = signInTree(router, state.url);
    return inject(AuthService)
      .restore()
      .pipe(map((restored) => (restored ? decide() : denied)));
  };
}

/** For the sign-in page: a user already signed in goes to the home page. */
export const signedOutGuard: CanActivateFn = () => {
  if (!inject(SessionStore).isAuthenticated()) return true;
  return inject(Router).createUrlTree([inject(PORTAL_CONFIG).homePath]);
};
