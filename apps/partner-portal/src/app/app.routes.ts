import { Routes } from '@angular/router';
import { PERMISSIONS } from '@ponte/domain';
import { permissionGuard, portalRoutes, signedOutGuard } from '@ponte/ui';

/** The shared frame's routes (sign-in, recovery, legal pages, 404) around this portal's areas. */
export const appRoutes: Routes = portalRoutes({
  home: { loadComponent: () => import('./home/home.page').then((m) => m.HomePage), title: 'partner.home.title' },
  signedOut: [
    {
      path: 'register',
      canActivate: [signedOutGuard],
      loadChildren: () =>
        import('./registration/registration.routes').then((m) => m.REGISTRATION_ROUTES),
    },
  ],
  areas: [
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
  ],
});
