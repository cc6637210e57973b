import { Routes } from '@angular/router';
import { provideTranslations } from '@ponte/ui';
import { administrationDictionary } from './administration.i18n';

export const NETWORKS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslations(administrationDictionary)],
    loadComponent: () => import('./networks.page').then((m) => m.NetworksPage),
    title: 'admin.networks.title',
  },
];

export const STAFF_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslations(administrationDictionary)],
    loadComponent: () => import('./staff.page').then((m) => m.StaffPage),
    title: 'admin.staff.title',
  },
];
