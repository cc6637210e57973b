import { defineDictionary } from '@ponte/ui';

/** The network portal's own messages. Feature areas add their chunks in their routes. */
const it = {
  'network.title': 'Ponte — Portale reti antiviolenza',
  'network.tagline':
    'Portale reti antiviolenza: centri antiviolenza, centri per l’impiego, cabina di regia',
  'network.audience':
    'Per le operatrici e gli operatori delle sei reti territoriali antiviolenza e dei centri per l’impiego, e per la cabina di regia del protocollo della Città metropolitana di Milano.',
  'network.wrongPortal':
    'Questo account appartiene a un’azienda, a un ente di formazione o a un sindacato: accedi dal Portale partner.',
  'network.nav.home': 'Pagina iniziale',
  'network.nav.profiles': 'Profili',
  'network.nav.profilesDescription':
    'I profili pseudonimi delle donne che segui: competenze, disponibilità, vincoli di sicurezza, consensi, abbinamenti.',
  'network.nav.proposals': 'Candidature',
  'network.nav.proposalsDescription':
    'Le candidature inviate a offerte e corsi, seguite fino all’esito e alle verifiche a 3 e 6 mesi.',
  'network.nav.vetting': 'Verifica organizzazioni',
  'network.nav.vettingDescription':
    'Le aziende, gli enti di formazione e i sindacati in attesa di verifica, con i controlli e lo storico delle decisioni.',
  'network.nav.indicators': 'Indicatori',
  'network.nav.indicatorsDescription':
    'Indicatori anonimi per rete e periodo, con i valori sotto 5 oscurati, esportabili per il rendiconto regionale.',
  'network.nav.networks': 'Reti',
  'network.nav.networksDescription':
    'Le reti territoriali antiviolenza, i comuni che coprono e chi ne fa parte.',
  'network.nav.staff': 'Personale',
  'network.nav.staffDescription':
    'Gli account di operatrici, operatori e coordinamento: inviti, reti assegnate, disattivazione.',
  'network.nav.audit': 'Registro accessi',
  'network.nav.auditDescription':
    'Chi ha fatto cosa e quando: accessi, letture e modifiche, con filtri ed esportazione CSV.',
  'network.nav.jobs': 'Attività automatiche',
  'network.nav.jobsDescription':
    'Le attività in background non riuscite (abbinamenti, notifiche, indicizzazione), da riprovare.',
  'network.nav.referenceData': 'Dati di riferimento',
  'network.nav.referenceDataDescription': 'Le classificazioni ESCO e le lingue caricate, con i conteggi e le ultime importazioni.',
  'network.choose': 'Scegli…',
  'network.breadcrumb': 'Percorso di navigazione',
  'network.errors.heading': 'Controlla questi campi prima di salvare',
  'network.freeTextHint':
    'Non scrivere nomi, telefoni, e-mail, indirizzi, date di nascita o codici fiscali: Ponte li rifiuta.',
  'network.home.title': 'Pagina iniziale',
  'network.home.heading': 'La tua area riservata',
  'network.home.newProfile': 'Nuovo profilo',
  'network.home.signedInAs': 'Accesso effettuato come {name} ({email}).',
  'network.home.areas': 'Le tue attività',
  'network.home.safetyTitle': 'Prima la sicurezza',
  'network.home.safety':
    'In Ponte una donna è identificata solo da un codice. Non scrivere mai nome, data di nascita, indirizzo, telefono, e-mail o codice fiscale nei profili e nelle note: il sistema rifiuta i testi che sembrano contenerli. La sessione si chiude da sola dopo {minutes} minuti di inattività.',
};

const en: Record<keyof typeof it, string> = {
  'network.title': 'Ponte — Anti-violence networks portal',
  'network.tagline':
    'Anti-violence networks portal: anti-violence centres, employment centres, steering committee',
  'network.audience':
    'For the staff of the six territorial anti-violence networks and of the employment centres, and for the steering committee of the Metropolitan City of Milan’s protocol.',
  'network.wrongPortal':
    'This account belongs to a company, a training body or a trade union: sign in from the partner portal.',
  'network.nav.home': 'Home',
  'network.nav.profiles': 'Profiles',
  'network.nav.profilesDescription':
    'The pseudonymised profiles of the women you follow: skills, availability, safety constraints, consents, matches.',
  'network.nav.proposals': 'Proposals',
  'network.nav.proposalsDescription':
    'Proposals sent to offers and courses, followed to their outcome and the 3- and 6-month checks.',
  'network.nav.vetting': 'Organisation vetting',
  'network.nav.vettingDescription':
    'Companies, training bodies and unions awaiting vetting, with the checks and the history of decisions.',
  'network.nav.indicators': 'Indicators',
  'network.nav.indicatorsDescription':
    'Anonymous indicators per network and period, values under 5 suppressed, exportable for the regional report.',
  'network.nav.networks': 'Networks',
  'network.nav.networksDescription':
    'The territorial anti-violence networks, the comuni they cover and their members.',
  'network.nav.staff': 'Staff',
  'network.nav.staffDescription':
    'Accounts of counsellors and coordinators: invitations, assigned networks, deactivation.',
  'network.nav.audit': 'Audit log',
  'network.nav.auditDescription':
    'Who did what and when: sign-ins, reads and changes, with filters and CSV export.',
  'network.nav.jobs': 'Background jobs',
  'network.nav.jobsDescription':
    'Failed background jobs (matching, notifications, indexing), to retry.',
  'network.nav.referenceData': 'Reference data',
  'network.nav.referenceDataDescription': 'The ESCO classifications and languages loaded, with counts and the latest imports.',
  'network.choose': 'Choose…',
  'network.breadcrumb': 'Breadcrumb',
  'network.errors.heading': 'Check these fields before saving',
  'network.freeTextHint':
    'Do not write names, phone numbers, e-mails, addresses, birth dates or tax codes: Ponte refuses them.',
  'network.home.title': 'Home',
  'network.home.heading': 'Your reserved area',
  'network.home.newProfile': 'New profile',
  'network.home.signedInAs': 'Signed in as {name} ({email}).',
  'network.home.areas': 'Your activities',
  'network.home.safetyTitle': 'Safety first',
  'network.home.safety':
    'In Ponte a woman is identified only by a code. Never write a name, birth date, address, phone number, e-mail or codice fiscale in profiles or notes: the system refuses text that looks like one. The session closes by itself after {minutes} minutes of inactivity.',
};

export const networkDictionary = defineDictionary(it, en);
