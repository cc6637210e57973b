import { Routes } from '@angular/router';
import { provideTranslations } from '@ponte/ui';
import { OrganisationPage } from './organisation.page';
import { organisationDictionary } from './organisation.i18n';

export const ORGANISATION_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslations(organisationDictionary)],
    children: [{ path: '', component: OrganisationPage, title: 'organisation.heading' }],
  },
];
