import { defineMessages } from '../common/i18n/define-messages';

export const shortlistsMessages = defineMessages({
  it: {
    'shortlist.already': 'Questo elemento ({kind}) è già nella lista del profilo.',
    'validation.shortlistTargetUnavailable': 'Offerta o corso inesistente, non pubblicato o di un\'organizzazione non verificata.',
    'validation.safety.organisation_blocked': 'L\'organizzazione è bloccata per questo profilo.',
    'validation.safety.exclusion_area': 'Il luogo è dentro un\'area di esclusione del profilo.',
  },
  en: {
    'shortlist.already': 'This {kind} is already on the profile\'s shortlist.',
    'validation.shortlistTargetUnavailable': 'Offer or course unknown, not published, or of an organisation that is not vetted.',
    'validation.safety.organisation_blocked': 'The organisation is blocked for this profile.',
    'validation.safety.exclusion_area': 'The place lies inside one of the profile\'s exclusion areas.',
  },
});
