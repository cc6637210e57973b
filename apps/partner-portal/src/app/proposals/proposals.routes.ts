import { Routes } from '@angular/router';
import { provideTranslations } from '@ponte/ui';
import { catalogueDictionary } from '../catalogue/catalogue.i18n';
import { ProposalDetailPage } from './proposal-detail.page';
import { ProposalsInboxPage } from './proposals-inbox.page';
import { proposalsDictionary } from './proposals.i18n';

export const PROPOSAL_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslations(proposalsDictionary, catalogueDictionary)],
    children: [
      { path: '', component: ProposalsInboxPage, title: 'proposals.inbox.heading' },
      { path: ':id', component: ProposalDetailPage, title: 'proposals.detail.title' },
    ],
  },
];
