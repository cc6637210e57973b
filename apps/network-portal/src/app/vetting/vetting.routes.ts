import { Routes } from '@angular/router';
import { provideTranslations } from '@ponte/ui';
import { vettingDictionary } from './vetting.i18n';

/** /vetting: the queue (and every organisation), one organisation's review. */
export const VETTING_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslations(vettingDictionary)],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./vetting-queue.page').then((m) => m.VettingQueuePage),
        title: 'vetting.title',
      },
      {
        path: ':id',
        loadComponent: () => import('./organisation-review.page').then((m) => m.OrganisationReviewPage),
        title: 'vetting.reviewTitle',
      },
    ],
  },
];
