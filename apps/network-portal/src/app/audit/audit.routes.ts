import { Routes } from '@angular/router';
import { provideTranslations } from '@ponte/ui';
import { auditDictionary } from './audit.i18n';

export const AUDIT_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslations(auditDictionary)],
    loadComponent: () => import('./audit.page').then((m) => m.AuditPage),
    title: 'audit.title',
  },
];
