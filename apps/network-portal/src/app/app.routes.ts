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
    path: '',
    canActivateChild: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./home/home.page').then((m) => m.HomePage),
        title: 'network.home.title',
      },
      {
        path: 'profiles',
        canActivate: [permissionGuard(PERMISSIONS.PROFILES_READ)],
        loadChildren: () =>
          import('./profiles/profiles.routes').then((m) => m.PROFILES_ROUTES),
      },
      {
        path: 'proposals',
        canActivate: [permissionGuard(PERMISSIONS.PROPOSALS_CREATE)],
        loadChildren: () =>
          import('./proposals/proposals.routes').then((m) => m.PROPOSALS_ROUTES),
      },
      {
        path: 'vetting',
        canActivate: [permissionGuard(PERMISSIONS.ORGANISATIONS_VET)],
        loadChildren: () =>
          import('./vetting/vetting.routes').then((m) => m.VETTING_ROUTES),
      },
      {
        path: 'indicators',
        canActivate: [permissionGuard(PERMISSIONS.INDICATORS_READ)],
        loadChildren: () =>
          import('./indicators/indicators.routes').then((m) => m.INDICATORS_ROUTES),
      },
      {
        path: 'networks',
        canActivate: [permissionGuard(PERMISSIONS.NETWORKS_MANAGE)],
        loadChildren: () =>
          import('./administration/administration.routes').then((m) => m.NETWORKS_ROUTES),
      },
      {
        path: 'staff',
        canActivate: [permissionGuard(PERMISSIONS.STAFF_MANAGE)],
        loadChildren: () =>
          import('./administration/administration.routes').then((m) => m.STAFF_ROUTES),
      },
      {
        path: 'audit',
        canActivate: [permissionGuard(PERMISSIONS.AUDIT_READ)],
        loadChildren: () => import('./audit/audit.routes').then((m) => m.AUDIT_ROUTES),
      },
      {
        path: 'jobs',
        canActivate: [permissionGuard(PERMISSIONS.JOBS_MANAGE)],
        loadChildren: () => import('./jobs/jobs.routes').then((m) => m.JOBS_ROUTES),
      },
      {
        path: 'reference-data',
        canActivate: [permissionGuard(PERMISSIONS.REFERENCE_STATUS)],
        loadChildren: () => import('./reference-data/reference-data.routes').then((m) => m.REFERENCE_DATA_ROUTES),
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
