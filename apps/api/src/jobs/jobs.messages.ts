import { defineMessages } from '../common/i18n/define-messages';

export const jobsMessages = defineMessages({
  it: {
    'jobs.not-failed': 'Il job non è tra quelli falliti (stato attuale: {state}).',
    'validation.pageTooDeep': 'Su tutte le code si possono sfogliare i primi {max} job falliti: filtra per coda.',
  },
  en: {
    'jobs.not-failed': 'The job is not a failed one (current state: {state}).',
    'validation.pageTooDeep': 'Across every queue only the first {max} failed jobs can be paged: filter by queue.',
  },
});
