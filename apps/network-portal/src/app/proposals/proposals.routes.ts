import { Routes } from '@angular/router';
import { provideTranslations } from '@ponte/ui';
import { matchesDictionary } from '../matches/matches.i18n';
import { shortlistDictionary } from './proposals.i18n';

/** /proposals: the list and one proposal followed to its outcome. */
export const PROPOSALS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslations(shortlistDictionary, matchesDictionary)],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./proposal-list.page').then((m) => m.ProposalListPage),
        title: 'proposals.list.title',
      },
      {
        path: ':id',
        loadComponent: () => import('./proposal-detail.page').then((m) => m.ProposalDetailPage),
        title: 'proposal.title',
      },
    ],
  },
];
