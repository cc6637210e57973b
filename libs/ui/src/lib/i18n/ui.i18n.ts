import { defineDictionary } from './dictionary';

/** Messages of the shared frame: header, footer, states, pagination, form errors. */
const it = {
  'ui.brand.name': 'Ponte',
  'ui.skipLinks.main': 'Vai al contenuto principale',
  'ui.skipLinks.footer': 'Vai al piè di pagina',
  'ui.link.newWindow': '(si apre in una nuova finestra)',
  'ui.language.label': 'Lingua',
  'ui.header.owner': 'Città metropolitana di Milano',
  'ui.header.signIn': 'Accedi',
  'ui.header.signOut': 'Esci',
  'ui.header.signedInAs': 'Accesso effettuato come',
  'ui.header.mainNavigation': 'Navigazione principale',
  'ui.header.openMenu': 'Apri il menu di navigazione',
  'ui.header.closeMenu': 'Chiudi il menu di navigazione',
  'ui.footer.aboutTitle': 'Che cos’è Ponte',
  'ui.footer.about':
    'Ponte collega le reti antiviolenza della Città metropolitana di Milano con i servizi per il lavoro, le aziende, gli enti di formazione e i sindacati, per accompagnare le donne che escono dalla violenza verso il lavoro e l’autonomia economica.',
  'ui.footer.helplineTitle': 'Numero antiviolenza e stalking',
  'ui.footer.helpline': 'Gratuito, attivo 24 ore su 24, in più lingue.',
  'ui.footer.ownerTitle': 'Chi gestisce il servizio',
  'ui.footer.owner':
    'Città metropolitana di Milano, con la cabina di regia del protocollo: Comuni capofila, Afol metropolitana, ATS Città metropolitana di Milano.',
  'ui.footer.smallPrint': '© {year} Città metropolitana di Milano',
  'ui.footer.serviceLinks': 'Link utili',
  'ui.legal.nav': 'Informazioni sul servizio',
  'ui.legal.privacy': 'Privacy',
  'ui.legal.legalNotes': 'Note legali',
  'ui.legal.accessibility': 'Dichiarazione di accessibilità',
  'ui.legal.contacts': 'Contatti e aiuto',
  'ui.backHome': 'Torna alla pagina iniziale',
  'ui.notFound.heading': 'Pagina non trovata',
  'ui.notFound.text': 'La pagina che cerchi non esiste o è stata spostata.',
  'ui.accessDenied.heading': 'Accesso non consentito',
  'ui.accessDenied.text':
    'Il tuo profilo non ha i permessi per questa sezione. Se pensi che sia un errore, rivolgiti all’amministratore della tua organizzazione.',
  'ui.state.loading': 'Caricamento in corso…',
  'ui.state.empty.title': 'Nessun risultato',
  'ui.state.error.title': 'Non è stato possibile caricare i dati',
  'ui.state.error.retry': 'Riprova',
  'ui.problem.network':
    'Il servizio non è raggiungibile. Controlla la connessione e riprova.',
  'ui.problem.server':
    'Il servizio ha avuto un problema. Riprova tra qualche minuto.',
  'ui.problem.unauthorized': 'La sessione è scaduta. Accedi di nuovo.',
  'ui.problem.forbidden': 'Non hai i permessi per questa operazione.',
  'ui.problem.notFound':
    'Quello che cerchi non esiste o non è più disponibile.',
  'ui.problem.conflict':
    'I dati sono stati modificati nel frattempo. Ricarica la pagina e riprova.',
  'ui.problem.invalid':
    'Alcuni dati non sono validi: correggi i campi indicati.',
  'ui.problem.tooManyRequests':
    'Troppe richieste ravvicinate. Attendi qualche istante e riprova.',
  'ui.problem.unexpected': 'Si è verificato un errore imprevisto. Riprova.',
  'ui.error.required': 'Questo campo è obbligatorio.',
  'ui.error.email':
    'Inserisci un indirizzo e-mail valido, ad esempio nome@dominio.it.',
  'ui.error.minlength': 'Inserisci almeno {length} caratteri.',
  'ui.error.maxlength': 'Inserisci al massimo {length} caratteri.',
  'ui.error.min': 'Il valore minimo è {min}.',
  'ui.error.max': 'Il valore massimo è {max}.',
  'ui.error.pattern': 'Il formato non è valido.',
  'ui.error.invalid': 'Il valore non è valido.',
  'ui.pagination.label': 'Paginazione',
  'ui.pagination.previous': 'Pagina precedente',
  'ui.pagination.next': 'Pagina successiva',
  'ui.pagination.page': 'Pagina',
  'ui.pagination.summary': 'Risultati da {from} a {to} di {total}',
  'ui.inactivity.title': 'La sessione sta per scadere',
  'ui.inactivity.message':
    'Per proteggere i dati, la sessione si chiude dopo {minutes} minuti di inattività: mancano {seconds} secondi.',
  'ui.inactivity.stay': 'Continua a lavorare',
  'ui.inactivity.signOut': 'Esci ora',
};

const en: Record<keyof typeof it, string> = {
  'ui.brand.name': 'Ponte',
  'ui.skipLinks.main': 'Skip to main content',
  'ui.skipLinks.footer': 'Skip to footer',
  'ui.link.newWindow': '(opens in a new window)',
  'ui.language.label': 'Language',
  'ui.header.owner': 'Metropolitan City of Milan',
  'ui.header.signIn': 'Sign in',
  'ui.header.signOut': 'Sign out',
  'ui.header.signedInAs': 'Signed in as',
  'ui.header.mainNavigation': 'Main navigation',
  'ui.header.openMenu': 'Open the navigation menu',
  'ui.header.closeMenu': 'Close the navigation menu',
  'ui.footer.aboutTitle': 'About Ponte',
  'ui.footer.about':
    'Ponte connects the anti-violence networks of the Metropolitan City of Milan with employment services, companies, training bodies and trade unions, so that women leaving violence reach work and economic independence.',
  'ui.footer.helplineTitle': 'Anti-violence and stalking helpline',
  'ui.footer.helpline': 'Free, open 24 hours a day, in several languages.',
  'ui.footer.ownerTitle': 'Who runs the service',
  'ui.footer.owner':
    'The Metropolitan City of Milan, with the protocol’s steering committee: lead municipalities, Afol metropolitana, ATS Metropolitan City of Milan.',
  'ui.footer.smallPrint': '© {year} Metropolitan City of Milan',
  'ui.footer.serviceLinks': 'Useful links',
  'ui.legal.nav': 'About this service',
  'ui.legal.privacy': 'Privacy',
  'ui.legal.legalNotes': 'Legal notes',
  'ui.legal.accessibility': 'Accessibility statement',
  'ui.legal.contacts': 'Contacts and help',
  'ui.backHome': 'Back to the home page',
  'ui.notFound.heading': 'Page not found',
  'ui.notFound.text':
    'The page you are looking for does not exist or has moved.',
  'ui.accessDenied.heading': 'Access not allowed',
  'ui.accessDenied.text':
    'Your account does not have the permissions for this section. If you think this is a mistake, contact your organisation’s administrator.',
  'ui.state.loading': 'Loading…',
  'ui.state.empty.title': 'No results',
  'ui.state.error.title': 'The data could not be loaded',
  'ui.state.error.retry': 'Try again',
  'ui.problem.network':
    'The service cannot be reached. Check your connection and try again.',
  'ui.problem.server':
    'The service had a problem. Please try again in a few minutes.',
  'ui.problem.unauthorized': 'Your session has expired. Please sign in again.',
  'ui.problem.forbidden': 'You are not allowed to do this.',
  'ui.problem.notFound':
    'What you are looking for does not exist or is no longer available.',
  'ui.problem.conflict':
    'The data changed in the meantime. Reload the page and try again.',
  'ui.problem.invalid': 'Some data are not valid: correct the fields shown.',
  'ui.problem.tooManyRequests':
    'Too many requests in a short time. Wait a moment and try again.',
  'ui.problem.unexpected': 'An unexpected error occurred. Please try again.',
  'ui.error.required': 'This field is required.',
  'ui.error.email': 'Enter a valid e-mail address, for example name@domain.it.',
  'ui.error.minlength': 'Enter at least {length} characters.',
  'ui.error.maxlength': 'Enter at most {length} characters.',
  'ui.error.min': 'The minimum value is {min}.',
  'ui.error.max': 'The maximum value is {max}.',
  'ui.error.pattern': 'The format is not valid.',
  'ui.error.invalid': 'The value is not valid.',
  'ui.pagination.label': 'Pagination',
  'ui.pagination.previous': 'Previous page',
  'ui.pagination.next': 'Next page',
  'ui.pagination.page': 'Page',
  'ui.pagination.summary': 'Results {from} to {to} of {total}',
  'ui.inactivity.title': 'Your session is about to expire',
  'ui.inactivity.message':
    'To protect the data, the session closes after {minutes} minutes of inactivity: {seconds} seconds left.',
  'ui.inactivity.stay': 'Keep working',
  'ui.inactivity.signOut': 'Sign out now',
};

export const uiDictionary = defineDictionary(it, en);
