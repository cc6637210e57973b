import { Routes } from '@angular/router';
import { provideTranslations } from '@ponte/ui';
import { jobsDictionary } from './jobs.i18n';

export const JOBS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslations(jobsDictionary)],
    loadComponent: () => import('./failed-jobs.page').then((m) => m.FailedJobsPage),
    title: 'jobs.title',
  },
];
