import { Routes } from '@angular/router';
import { provideTranslations } from '@ponte/ui';
import { TeamPage } from './team.page';
import { teamDictionary } from './team.i18n';

export const TEAM_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslations(teamDictionary)],
    children: [{ path: '', component: TeamPage, title: 'team.heading' }],
  },
];
