import { Routes } from '@angular/router';
import { defineDictionary, provideTranslations } from '@ponte/ui';

const it = {
  'jobs.title': 'Attività automatiche',
  'jobs.heading': 'Attività automatiche non riuscite',
  'jobs.intro':
    'Le attività in background (abbinamenti, e-mail, indicizzazione, scadenze) vengono ritentate da sole; quelle che continuano a fallire finiscono qui. Riprovale dopo averne risolto la causa: ripeterle non raddoppia mai l’effetto.',
  'jobs.empty': 'Nessuna attività non riuscita',
  'jobs.emptyText': 'Tutte le attività in background sono andate a buon fine.',
  'jobs.col.job': 'Attività',
  'jobs.col.failedAt': 'Non riuscita il',
  'jobs.col.attempts': 'Tentativi',
  'jobs.col.reason': 'Motivo',
  'jobs.col.actions': 'Azioni',
  'jobs.retry': 'Riprova',
  'jobs.retried': 'Attività rimessa in coda.',
  'jobs.attempts': '{made} su {max}',
  'jobs.queue': 'Coda',
  'jobs.allQueues': 'Tutte le code',
  'jobs.discard': 'Scarta',
  'jobs.discardConfirm': 'Conferma: scarta definitivamente',
  'jobs.discarded': 'Attività scartata.',
};
const en: Record<keyof typeof it, string> = {
  'jobs.title': 'Background jobs',
  'jobs.heading': 'Failed background jobs',
  'jobs.intro':
    'Background jobs (matching, e-mail, indexing, deadlines) are retried automatically; those that keep failing end up here. Retry them once the cause is fixed: repeating them never doubles their effect.',
  'jobs.empty': 'No failed jobs',
  'jobs.emptyText': 'Every background job succeeded.',
  'jobs.col.job': 'Job',
  'jobs.col.failedAt': 'Failed on',
  'jobs.col.attempts': 'Attempts',
  'jobs.col.reason': 'Reason',
  'jobs.col.actions': 'Actions',
  'jobs.retry': 'Retry',
  'jobs.retried': 'Job queued again.',
  'jobs.attempts': '{made} of {max}',
  'jobs.queue': 'Queue',
  'jobs.allQueues': 'All queues',
  'jobs.discard': 'Discard',
  'jobs.discardConfirm': 'Confirm: discard for good',
  'jobs.discarded': 'Job discarded.',
};

export const JOBS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslations(defineDictionary(it, en))],
    loadComponent: () => import('./failed-jobs.page').then((m) => m.FailedJobsPage),
    title: 'jobs.title',
  },
];
