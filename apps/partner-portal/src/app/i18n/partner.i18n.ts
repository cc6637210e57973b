import { defineDictionary } from '@ponte/ui';

/** The partner portal's own messages. Feature areas add their chunks in their routes. */
const it = {
  'partner.title': 'Ponte — Portale partner',
  'partner.tagline': 'Portale partner: aziende, enti di formazione, sindacati',
  'partner.audience':
    'Per le aziende, gli enti di formazione e i sindacati che aderiscono al protocollo della Città metropolitana di Milano per l’inserimento lavorativo delle donne in uscita dalla violenza.',
  'partner.wrongPortal':
    'Questo account appartiene a un centro antiviolenza, a un centro per l’impiego o alla cabina di regia: accedi dal Portale reti antiviolenza.',
  'partner.nav.home': 'Pagina iniziale',
  'partner.home.title': 'Pagina iniziale',
  'partner.home.heading': 'La tua area riservata',
  'partner.home.signedInAs': 'Accesso effettuato come {name} ({email}).',
  'partner.home.areas': 'Le tue attività',
  'partner.home.safetyTitle': 'Riservatezza delle candidate',
  'partner.home.safety':
    'Le candidature che ricevi da Ponte sono pseudonimizzate e mostrano solo ciò che serve a valutare l’abbinamento. Non chiedere mai nome, indirizzo o recapiti della persona: il contatto avviene sempre tramite l’operatrice che ha proposto la candidatura, con il consenso della donna.',
};

const en: Record<keyof typeof it, string> = {
  'partner.title': 'Ponte — Partner portal',
  'partner.tagline': 'Partner portal: companies, training bodies, trade unions',
  'partner.audience':
    'For the companies, training bodies and trade unions that have joined the Metropolitan City of Milan’s protocol for the employment of women leaving violence.',
  'partner.wrongPortal':
    'This account belongs to an anti-violence centre, an employment centre or the steering committee: sign in from the anti-violence networks portal.',
  'partner.nav.home': 'Home',
  'partner.home.title': 'Home',
  'partner.home.heading': 'Your reserved area',
  'partner.home.signedInAs': 'Signed in as {name} ({email}).',
  'partner.home.areas': 'Your activities',
  'partner.home.safetyTitle': 'Candidates’ confidentiality',
  'partner.home.safety':
    'The candidates Ponte proposes to you are pseudonymised and show only what is needed to assess the match. Never ask for the person’s name, address or contact details: contact always goes through the counsellor who made the proposal, with the woman’s consent.',
};

export const partnerDictionary = defineDictionary(it, en);
