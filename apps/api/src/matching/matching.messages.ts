import { defineMessages } from '../common/i18n/define-messages';

export const matchingMessages = defineMessages({
  it: {
    'validation.pathwayTarget': 'Indica un\'offerta (offerId) oppure una professione (occupation), non entrambe.',
    'validation.contractOffersOnly': 'Il filtro per contratto vale solo per le offerte.',
    'validation.radiusNeeded': 'Un comune di riferimento richiede anche il raggio (radiusKm).',
  },
  en: {
    'validation.pathwayTarget': 'Give an offer (offerId) or an occupation (occupation), not both.',
    'validation.contractOffersOnly': 'The contract filter applies to offers only.',
    'validation.radiusNeeded': 'A reference comune needs a radius (radiusKm) too.',
  },
});
