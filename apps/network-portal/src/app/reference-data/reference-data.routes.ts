import { Routes } from '@angular/router';
import { provideTranslations } from '@ponte/ui';
import { referenceDataDictionary } from './reference-data.i18n';

export const REFERENCE_DATA_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslations(referenceDataDictionary)],
    loadComponent: () => import('./reference-data.page').then((m) => m.ReferenceDataPage),
    title: 'referenceData.title',
  },
];
