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
  'partner.nav.proposals': 'Candidature',
  'partner.nav.proposalsDescription': 'Le candidature pseudonimizzate proposte dalle reti: rispondi, fissa il colloquio, registra l’esito.',
  'partner.nav.offers': 'Offerte di lavoro',
  'partner.nav.offersDescription': 'Crea, pubblica e chiudi le tue offerte di inserimento protetto.',
  'partner.nav.courses': 'Corsi',
  'partner.nav.coursesDescription': 'Crea, pubblica e chiudi i tuoi corsi di formazione.',
  'partner.nav.organisation': 'Organizzazione',
  'partner.nav.organisationDescription': 'I dati della tua organizzazione e lo stato della verifica.',
  'partner.nav.team': 'Gruppo di lavoro',
  'partner.nav.teamDescription': 'Invita i colleghi e gestisci i loro accessi.',
  'partner.nav.notifications': 'Notifiche',
  'partner.nav.notificationsDescription': 'Gli avvisi sulle candidature ricevute e sui loro aggiornamenti.',
  'partner.nav.register': 'Registra un’organizzazione',
  'partner.status.pendingTitle': 'La tua organizzazione è in attesa di verifica',
  'partner.status.pending': 'La cabina di regia sta verificando i dati della registrazione. Nel frattempo puoi preparare offerte e corsi in bozza: potrai pubblicarli e ricevere candidature dopo la verifica. Riceverai un’e-mail con l’esito.',
  'partner.status.rejectedTitle': 'La registrazione non è stata accolta',
  'partner.status.suspendedTitle': 'L’organizzazione è sospesa',
  'partner.status.blocked': 'Non puoi pubblicare offerte o corsi né ricevere candidature. Motivazione: «{reason}».',
  'partner.status.seeDetails': 'Vedi i dettagli della verifica',
  'partner.signIn.register': 'La tua organizzazione non è ancora registrata?',
  'partner.signIn.registerLink': 'Registrala ora',
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
  'partner.nav.proposals': 'Candidates',
  'partner.nav.proposalsDescription': 'Pseudonymised candidates proposed by the networks: answer, arrange the interview, record the outcome.',
  'partner.nav.offers': 'Job offers',
  'partner.nav.offersDescription': 'Create, publish and close your protected-placement offers.',
  'partner.nav.courses': 'Courses',
  'partner.nav.coursesDescription': 'Create, publish and close your training courses.',
  'partner.nav.organisation': 'Organisation',
  'partner.nav.organisationDescription': 'Your organisation’s details and its vetting status.',
  'partner.nav.team': 'Team',
  'partner.nav.teamDescription': 'Invite colleagues and manage their access.',
  'partner.nav.notifications': 'Notifications',
  'partner.nav.notificationsDescription': 'Alerts about the candidates you receive and their updates.',
  'partner.nav.register': 'Register an organisation',
  'partner.status.pendingTitle': 'Your organisation is awaiting vetting',
  'partner.status.pending': 'The steering committee is checking the registration. Meanwhile you can prepare offers and courses as drafts: you can publish them and receive candidates once vetted. You will get an e-mail with the outcome.',
  'partner.status.rejectedTitle': 'The registration was not accepted',
  'partner.status.suspendedTitle': 'The organisation is suspended',
  'partner.status.blocked': 'You cannot publish offers or courses nor receive candidates. Reason: “{reason}”.',
  'partner.status.seeDetails': 'See the vetting details',
  'partner.signIn.register': 'Your organisation is not registered yet?',
  'partner.signIn.registerLink': 'Register it now',
  'partner.home.title': 'Home',
  'partner.home.heading': 'Your reserved area',
  'partner.home.signedInAs': 'Signed in as {name} ({email}).',
  'partner.home.areas': 'Your activities',
  'partner.home.safetyTitle': 'Candidates’ confidentiality',
  'partner.home.safety':
    'The candidates Ponte proposes to you are pseudonymised and show only what is needed to assess the match. Never ask for the person’s name, address or contact details: contact always goes through the counsellor who made the proposal, with the woman’s consent.',
};

export const partnerDictionary = defineDictionary(it, en);
