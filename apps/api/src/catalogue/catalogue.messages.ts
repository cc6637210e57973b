import { defineMessages } from '../common/i18n/define-messages';

/** Offers, courses and search: reference checks, cross-field rules and lifecycle conflicts. */
export const catalogueMessages = defineMessages({
  it: {
    'validation.comuneRequired': 'Indica il comune: è obbligatorio se il lavoro non è completamente da remoto.',
    'validation.dateInPast': 'La data {date} è già passata.',
    'validation.belowSeatsFilled': 'I posti non possono essere meno di quelli già assegnati ({seatsFilled}).',
    'validation.lockedWhenPublished': 'Non modificabile dopo la pubblicazione: chiudi e duplica per cambiarlo.',
    'validation.endBeforeStart': 'La data di fine precede quella di inizio.',
    'validation.deadlineAfterEnd': 'La scadenza delle iscrizioni è successiva alla fine del corso.',
    'validation.alsoEssential': 'La competenza {value} è già tra quelle essenziali.',
    // class-validator names the IsISO8601 constraint 'isIso8601'.
    'validation.isIso8601': 'Data non valida (formato AAAA-MM-GG).',
    'validation.distanceNeedsComune': 'Per ordinare per distanza indica un comune.',
    'validation.radiusNeedsComune': 'Il raggio richiede un comune.',
    'catalogue.illegalTransition': 'Operazione non possibile: lo stato attuale è "{from}".',
    'catalogue.noSeatsLeft': 'Tutti i {seats} posti sono già assegnati.',
    'catalogue.closedNotEditable': 'Un annuncio chiuso non si modifica: duplicalo per crearne uno nuovo.',
    'catalogue.wrongOrganisationKind': 'Il tipo della tua organizzazione non può pubblicare questo contenuto.',
  },
  en: {
    'validation.comuneRequired': 'Give the comune: it is required unless the work is fully remote.',
    'validation.dateInPast': 'The date {date} has already passed.',
    'validation.belowSeatsFilled': 'Seats cannot be fewer than those already filled ({seatsFilled}).',
    'validation.lockedWhenPublished': 'Cannot change after publication: close and duplicate to change it.',
    'validation.endBeforeStart': 'The end date is before the start date.',
    'validation.deadlineAfterEnd': 'The enrolment deadline is after the end of the course.',
    'validation.alsoEssential': 'The skill {value} is already an essential one.',
    'validation.isIso8601': 'Invalid date (format YYYY-MM-DD).',
    'validation.distanceNeedsComune': 'Give a comune to sort by distance.',
    'validation.radiusNeedsComune': 'A radius needs a comune.',
    'catalogue.illegalTransition': 'Not possible: the current state is "{from}".',
    'catalogue.noSeatsLeft': 'All {seats} seats are already filled.',
    'catalogue.closedNotEditable': 'A closed listing cannot be edited: duplicate it to create a new one.',
    'catalogue.wrongOrganisationKind': 'Your kind of organisation cannot publish this.',
  },
});
