import { defineMessages } from '../common/i18n/define-messages';

export const consentsMessages = defineMessages({
  it: {
    'problem.consent.already-active.detail': 'Questo consenso ({kind}) è già registrato e attivo.',
    'problem.consent.already-revoked.detail': 'Questo consenso ({kind}) è già stato revocato.',
    'validation.consentWithoutOrganisation': 'Il consenso al matching non riguarda un\'organizzazione: togli questo campo.',
    'validation.organisationBlocked': 'Questa organizzazione è bloccata per il profilo: non si può registrare un consenso verso di essa.',
  },
  en: {
    'problem.consent.already-active.detail': 'This consent ({kind}) is already recorded and active.',
    'problem.consent.already-revoked.detail': 'This consent ({kind}) has already been revoked.',
    'validation.consentWithoutOrganisation': 'The matching consent is not about an organisation: remove this field.',
    'validation.organisationBlocked': 'This organisation is blocked for the profile: no consent towards it can be recorded.',
  },
});
