import { Routes } from '@angular/router';
import { PERMISSIONS } from '@ponte/domain';
import { permissionGuard, portalRoutes } from '@ponte/ui';

/** The shared frame's routes (sign-in, recovery, legal pages, 404) around this portal's areas. */
export const appRoutes: Routes = portalRoutes({
  home: { loadComponent: () => import('./home/home.page').then((m) => m.HomePage), title: 'network.home.title' },
  areas: [
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
  ],
});
