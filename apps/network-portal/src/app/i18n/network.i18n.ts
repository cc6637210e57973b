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
  'network.home.title': 'Pagina iniziale',
  'network.home.heading': 'La tua area riservata',
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
  'network.home.title': 'Home',
  'network.home.heading': 'Your reserved area',
  'network.home.signedInAs': 'Signed in as {name} ({email}).',
  'network.home.areas': 'Your activities',
  'network.home.safetyTitle': 'Safety first',
  'network.home.safety':
    'In Ponte a woman is identified only by a code. Never write a name, birth date, address, phone number, e-mail or codice fiscale in profiles or notes: the system refuses text that looks like one. The session closes by itself after {minutes} minutes of inactivity.',
};

export const networkDictionary = defineDictionary(it, en);
