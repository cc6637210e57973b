import { Routes } from '@angular/router';
import { PERMISSIONS } from '@ponte/domain';
import { permissionGuard, provideTranslations } from '@ponte/ui';
import { matchesDictionary } from '../matches/matches.i18n';
import { shortlistDictionary } from '../proposals/proposals.i18n';
import { profileEditorDictionary } from './editor/profile-editor.i18n';
import { profilesDictionary } from './profiles.i18n';

/** /profiles: the list, a new profile, and one profile's tabs (lazy, with their messages). */
export const PROFILES_ROUTES: Routes = [
  {
    path: '',
    providers: [
      provideTranslations(profilesDictionary, profileEditorDictionary, matchesDictionary, shortlistDictionary),
    ],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./profile-list.page').then((m) => m.ProfileListPage),
        title: 'profiles.list.title',
      },
      {
        path: 'new',
        canActivate: [permissionGuard(PERMISSIONS.PROFILES_WRITE)],
        loadComponent: () => import('./editor/profile-editor.page').then((m) => m.ProfileEditorPage),
        title: 'profiles.editor.newTitle',
      },
      {
        path: ':id',
        loadComponent: () => import('./profile-shell.page').then((m) => m.ProfileShellPage),
        children: [
          {
            path: '',
            pathMatch: 'full',
            loadComponent: () => import('./profile-overview.page').then((m) => m.ProfileOverviewPage),
            title: 'profiles.overview.title',
          },
          {
            path: 'edit',
            canActivate: [permissionGuard(PERMISSIONS.PROFILES_WRITE)],
            loadComponent: () => import('./editor/profile-editor.page').then((m) => m.ProfileEditorPage),
            title: 'profiles.editor.editTitle',
          },
          {
            path: 'consents',
            loadComponent: () => import('./consents/consents.page').then((m) => m.ConsentsPage),
            title: 'consents.title',
          },
          {
            path: 'matches',
            canActivate: [permissionGuard(PERMISSIONS.MATCHES_READ)],
            loadComponent: () => import('../matches/matches.page').then((m) => m.MatchesPage),
            title: 'matches.title',
          },
          {
            path: 'pathways',
            canActivate: [permissionGuard(PERMISSIONS.MATCHES_READ)],
            loadComponent: () => import('../matches/pathways.page').then((m) => m.PathwaysPage),
            title: 'pathways.title',
          },
          {
            path: 'shortlist',
            canActivate: [permissionGuard(PERMISSIONS.SHORTLIST_WRITE)],
            loadComponent: () => import('../proposals/shortlist.page').then((m) => m.ShortlistPage),
            title: 'shortlist.title',
          },
        ],
      },
    ],
  },
];
