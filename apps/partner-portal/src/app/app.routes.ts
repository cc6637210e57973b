import { Route } from '@angular/router';
import { PERMISSIONS } from '@ponte/domain';
import {
  AccessDeniedPage,
  LEGAL_ROUTES,
  NotFoundPage,
  NotificationsPage,
  PasswordResetRequestPage,
  SetPasswordPage,
  SignInPage,
  authGuard,
  permissionGuard,
  signedOutGuard,
} from '@ponte/ui';

/**
 * Route `title`s are message keys (see TranslatedTitleStrategy). Feature areas are lazily
 * loaded, each with its own routes file, dictionary chunk and permission.
 */
export const appRoutes: Route[] = [
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
  // Privacy, legal notes, accessibility statement, contacts: public, linked from the footer.
  ...LEGAL_ROUTES,
  {
    path: 'accept-invitation',
    component: SetPasswordPage,
    data: { mode: 'invitation' },
    title: 'auth.setPassword.title.invitation',
  },
  {
    path: 'register',
    canActivate: [signedOutGuard],
    loadChildren: () =>
      import('./registration/registration.routes').then((m) => m.REGISTRATION_ROUTES),
  },
  {
    path: '',
    canActivateChild: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./home/home.page').then((m) => m.HomePage),
        title: 'partner.home.title',
      },
      {
        path: 'offers',
        canActivate: [permissionGuard(PERMISSIONS.OFFERS_READ)],
        data: { catalogueKind: 'offer' },
        loadChildren: () => import('./catalogue/catalogue.routes').then((m) => m.OFFER_ROUTES),
      },
      {
        path: 'courses',
        canActivate: [permissionGuard(PERMISSIONS.OFFERS_READ)],
        data: { catalogueKind: 'course' },
        loadChildren: () => import('./catalogue/catalogue.routes').then((m) => m.COURSE_ROUTES),
      },
      {
        path: 'proposals',
        canActivate: [permissionGuard(PERMISSIONS.PROPOSALS_ANSWER)],
        loadChildren: () => import('./proposals/proposals.routes').then((m) => m.PROPOSAL_ROUTES),
      },
      {
        path: 'organisation',
        canActivate: [permissionGuard(PERMISSIONS.OFFERS_READ)],
        loadChildren: () =>
          import('./organisation/organisation.routes').then((m) => m.ORGANISATION_ROUTES),
      },
      {
        path: 'team',
        canActivate: [permissionGuard(PERMISSIONS.TEAM_MANAGE)],
        loadChildren: () => import('./team/team.routes').then((m) => m.TEAM_ROUTES),
      },
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
