import { Routes } from '@angular/router';
import { provideTranslations } from '@ponte/ui';
import { indicatorsDictionary } from './indicators.i18n';

export const INDICATORS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslations(indicatorsDictionary)],
    loadComponent: () => import('./indicators.page').then((m) => m.IndicatorsPage),
    title: 'indicators.title',
  },
];
