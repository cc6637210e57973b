import { Route, Routes } from '@angular/router';
import { PERMISSIONS } from '@ponte/domain';
import {
  authGuard,
  permissionGuard,
  signedOutGuard,
} from '../auth/auth.guards';
import { PasswordResetRequestPage } from '../auth-pages/password-reset-request.page';
import { SetPasswordPage } from '../auth-pages/set-password.page';
import { SignInPage } from '../auth-pages/sign-in.page';
import { AccessDeniedPage, NotFoundPage } from '../auth-pages/status-pages';
import { LEGAL_ROUTES } from '../legal/legal-pages';
import { NotificationsPage } from '../notifications/notifications.page';

export interface PortalRoutes {
  /** The signed-in landing page and its title (a message key). */
  home: { loadComponent: Route['loadComponent']; title: string };
  /** The portal's feature areas, each behind its permission. */
  areas: Routes;
  /** Public pages of this portal only (the partners' self-registration). */
  signedOut?: Routes;
}

/**
 * The route tree both portals share: sign-in, password recovery, the e-mailed links, the legal
 * pages, then everything else behind sign-in (home, the portal's areas, notifications, access
 * denied) and a 404. Route `title`s are message keys (see TranslatedTitleStrategy).
 */
export function portalRoutes({
  home,
  areas,
  signedOut = [],
}: PortalRoutes): Routes {
  return [
    {
      path: 'sign-in',
      component: SignInPage,
      canActivate: [signedOutGuard],
      title: 'auth.signIn.title',
    },
    {
      path: 'password-reset',
      component: PasswordResetRequestPage,
      title: 'auth.reset.title',
    },
    // The links e-mailed by the API (apps/api/src/mail/portal-links.ts).
    {
      path: 'reset-password',
      component: SetPasswordPage,
      data: { mode: 'reset' },
      title: 'auth.setPassword.title.reset',
    },
    {
      path: 'accept-invitation',
      component: SetPasswordPage,
      data: { mode: 'invitation' },
      title: 'auth.setPassword.title.invitation',
    },
    // Privacy, legal notes, accessibility statement, contacts: public, linked from the footer.
    ...LEGAL_ROUTES,
    ...signedOut,
    {
      path: '',
      canActivateChild: [authGuard],
      children: [
        {
          path: '',
          pathMatch: 'full',
          loadComponent: home.loadComponent,
          title: home.title,
        },
        ...areas,
        {
          path: 'notifications',
          canActivate: [permissionGuard(PERMISSIONS.NOTIFICATIONS_READ)],
          component: NotificationsPage,
          title: 'ui.notifications.title',
        },
        {
          path: 'access-denied',
          component: AccessDeniedPage,
          title: 'ui.accessDenied.heading',
        },
      ],
    },
    { path: '**', component: NotFoundPage, title: 'ui.notFound.heading' },
  ];
}
