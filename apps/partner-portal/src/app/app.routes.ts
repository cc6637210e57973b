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
 *     path: 'offers',
 *     canActivate: [permissionGuard(PERMISSIONS.OFFERS_READ)],
 *     loadChildren: () => import('./offers/offers.routes').then((m) => m.OFFERS_ROUTES),
 *   },
 * where OFFERS_ROUTES has `providers: [provideTranslations(offersDictionary)]` on its root.
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
        title: 'partner.home.title',
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
