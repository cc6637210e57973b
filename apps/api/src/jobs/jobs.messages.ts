import { defineMessages } from '../common/i18n/define-messages';

export const jobsMessages = defineMessages({
  it: {
    'jobs.not-failed': 'Il job non è tra quelli falliti (stato attuale: {state}).',
    'validation.pageTooDeep': 'Su tutte le code si possono sfogliare i primi {max} job falliti: filtra per coda.',
    'jobs.recomputation-running': 'Un ricalcolo degli stessi abbinamenti è già in corso ({id}): attendi che finisca.',
    'validation.organisationNotVetted': "L'organizzazione non è verificata (stato: {status}): i suoi annunci non hanno abbinamenti da ricalcolare.",
  },
  en: {
    'jobs.not-failed': 'The job is not a failed one (current state: {state}).',
    'validation.pageTooDeep': 'Across every queue only the first {max} failed jobs can be paged: filter by queue.',
    'jobs.recomputation-running': 'A recomputation of the same matches is already running ({id}): wait for it to finish.',
    'validation.organisationNotVetted': 'The organisation is not vetted (status: {status}): its listings have no matches to recompute.',
  },
});
