import { Route } from '@angular/router';
import {
  AccessDeniedPage,
  NotFoundPage,
  PasswordResetRequestPage,
  SignInPage,
  authGuard,
  signedOutGuard,
} from '@ponte/ui';

/**
 * Route `title`s are message keys (see TranslatedTitleStrategy). Feature areas go in the
 * signed-in children, lazily loaded, each with its own routes file, dictionary chunk and
 * permission, e.g.:
 *   {
 *     path: 'profiles',
 *     canActivate: [permissionGuard(PERMISSIONS.PROFILES_READ)],
 *     loadChildren: () => import('./profiles/profiles.routes').then((m) => m.PROFILES_ROUTES),
 *   },
 * where PROFILES_ROUTES has `providers: [provideTranslations(profilesDictionary)]` on its root.
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
        path: 'access-denied',
        component: AccessDeniedPage,
        title: 'ui.accessDenied.heading',
      },
    ],
  },
  { path: '**', component: NotFoundPage, title: 'ui.notFound.heading' },
];
