import { defineMessages } from '../common/i18n/define-messages';

const NOT_KEPT_IT = 'Ponte non conserva dati identificativi';
const NOT_KEPT_EN = 'Ponte does not keep identifying data';

/** Profiles: identifier refusals (one per kind the detector finds) and reference checks. */
export const profilesMessages = defineMessages({
  it: {
    'validation.identifier.person_name': `Sembra contenere un nome e cognome: ${NOT_KEPT_IT}.`,
    'validation.identifier.email': `Sembra contenere un indirizzo e-mail: ${NOT_KEPT_IT}.`,
    'validation.identifier.phone': `Sembra contenere un numero di telefono: ${NOT_KEPT_IT}.`,
    'validation.identifier.codice_fiscale': `Sembra contenere un codice fiscale: ${NOT_KEPT_IT}.`,
    'validation.identifier.iban': `Sembra contenere un IBAN: ${NOT_KEPT_IT}.`,
    'validation.identifier.street_address': `Sembra contenere un indirizzo: ${NOT_KEPT_IT}.`,
    'validation.identifier.date_of_birth': `Sembra contenere una data di nascita: ${NOT_KEPT_IT} (usa la fascia d'età).`,
    'validation.identifier.social_handle': `Sembra contenere un profilo social (nome utente o link): ${NOT_KEPT_IT}.`,
    'validation.identifier.document_number': `Sembra contenere il numero di un documento (carta d'identità, passaporto, patente, permesso di soggiorno, tessera sanitaria): ${NOT_KEPT_IT}.`,
    'validation.identifier.licence_plate': `Sembra contenere una targa: ${NOT_KEPT_IT}.`,
    'validation.plausibleStart': 'La data di inizio deve cadere tra un anno fa e due anni da oggi.',
    'validation.unknownOrganisation': 'Organizzazione sconosciuta.',
    'validation.notYourNetwork': 'Non fai parte di questa rete.',
    'validation.networkRequired': 'Fai parte di più reti: indica quella del profilo.',
    'validation.notCounsellorOfNetwork': 'Deve essere un operatore o un\'operatrice della rete del profilo.',
  },
  en: {
    'validation.identifier.person_name': `Seems to contain a first name and surname: ${NOT_KEPT_EN}.`,
    'validation.identifier.email': `Seems to contain an e-mail address: ${NOT_KEPT_EN}.`,
    'validation.identifier.phone': `Seems to contain a phone number: ${NOT_KEPT_EN}.`,
    'validation.identifier.codice_fiscale': `Seems to contain a codice fiscale (tax code): ${NOT_KEPT_EN}.`,
    'validation.identifier.iban': `Seems to contain an IBAN: ${NOT_KEPT_EN}.`,
    'validation.identifier.street_address': `Seems to contain a street address: ${NOT_KEPT_EN}.`,
    'validation.identifier.date_of_birth': `Seems to contain a date of birth: ${NOT_KEPT_EN} (use the age band).`,
    'validation.identifier.social_handle': `Seems to contain a social media profile (user name or link): ${NOT_KEPT_EN}.`,
    'validation.identifier.document_number': `Seems to contain the number of a document (identity card, passport, driving licence, residence permit, health card): ${NOT_KEPT_EN}.`,
    'validation.identifier.licence_plate': `Seems to contain a licence plate: ${NOT_KEPT_EN}.`,
    'validation.plausibleStart': 'The start date must fall between a year ago and two years from today.',
    'validation.unknownOrganisation': 'Unknown organisation.',
    'validation.notYourNetwork': 'You are not a member of this network.',
    'validation.networkRequired': 'You belong to several networks: say which one owns the profile.',
    'validation.notCounsellorOfNetwork': 'Must be a counsellor of the profile\'s network.',
  },
});
