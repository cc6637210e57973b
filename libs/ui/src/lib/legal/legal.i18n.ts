import { defineDictionary } from '../i18n/dictionary';

/**
 * The public pages every Italian public-administration service links from its footer
 * (AgID / Designers Italia): privacy notice (GDPR art. 13), legal notes, accessibility
 * statement (AgID model, Law 4/2004), contacts and help. Sections are `<page>.<n>.title` and
 * `<page>.<n>.body`; a body's paragraphs are separated by a blank line. The pages' names (footer
 * links, titles) are in ui.i18n.ts, loaded with the frame.
 */
const it = {
  'ui.legal.privacy.heading': 'Informativa sul trattamento dei dati personali',
  'ui.legal.privacy.intro':
    'Informativa ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 (GDPR) per chi usa Ponte: operatrici delle reti antiviolenza e dei centri per l’impiego, coordinatrici della cabina di regia, referenti di aziende, enti di formazione e sindacati.',
  'ui.legal.privacy.1.title': 'Titolare e responsabile della protezione dei dati',
  'ui.legal.privacy.1.body':
    'Titolare del trattamento è la Città metropolitana di Milano, via Vivaio 1, 20122 Milano, che gestisce Ponte per la cabina di regia del protocollo con i Comuni capofila delle reti, Afol metropolitana e ATS Città metropolitana di Milano.\n\nIl responsabile della protezione dei dati (RPD) dell’ente risponde alle domande su questa informativa: scrivi all’indirizzo indicato nella pagina Contatti e aiuto.',
  'ui.legal.privacy.2.title': 'Quali dati trattiamo',
  'ui.legal.privacy.2.body':
    'Degli account: nome visualizzato, indirizzo e-mail di lavoro, ruolo, organizzazione o rete di appartenenza, registro degli accessi e delle operazioni.\n\nDelle organizzazioni partner: ragione sociale, partita IVA o codice fiscale, sede, referente, accreditamento e dichiarazione sulla prevenzione delle molestie (Convenzione OIL C190).\n\nDelle donne seguite dalle reti Ponte non conserva alcun dato identificativo: niente nome, data di nascita, indirizzo, telefono, e-mail, codice fiscale o foto. Il profilo è pseudonimizzato con un codice casuale e contiene solo fascia d’età, comune di residenza, competenze, lingue, titolo di studio, disponibilità e preferenze. I testi liberi che sembrano contenere un dato identificativo vengono rifiutati; le note sono cifrate.',
  'ui.legal.privacy.3.title': 'Finalità e base giuridica',
  'ui.legal.privacy.3.body':
    'I dati servono ad accompagnare al lavoro e alla formazione le donne che escono dalla violenza, come previsto dal protocollo operativo tra servizi per il lavoro, reti antiviolenza, enti e imprese (esecuzione di un compito di interesse pubblico, art. 6.1.e GDPR, e per le categorie particolari art. 9.2.g).\n\nL’abbinamento e ogni invio della scheda a un’organizzazione avvengono solo con il consenso esplicito della donna, registrato dalla sua operatrice, e revocabile in ogni momento: la revoca nasconde subito ciò che il consenso permetteva.',
  'ui.legal.privacy.4.title': 'Chi vede i dati',
  'ui.legal.privacy.4.body':
    'Ogni operatrice vede solo i profili delle proprie reti. Un’organizzazione vede solo la scheda della candidata che le è stata proposta, con un codice diverso da quello usato dalle reti e senza il comune di residenza (solo una fascia di distanza). La cabina di regia legge indicatori anonimi: i conteggi inferiori a 5 non vengono mostrati. Le e-mail di servizio non contengono dati personali.',
  'ui.legal.privacy.5.title': 'Per quanto tempo',
  'ui.legal.privacy.5.body':
    'Un profilo senza attività per 365 giorni viene archiviato; un profilo archiviato viene cancellato dopo altri 180 giorni. La cancellazione su richiesta è immediata e lascia solo conteggi anonimi. Il registro degli accessi non è modificabile ed è conservato per i tempi previsti dalla normativa.',
  'ui.legal.privacy.6.title': 'I tuoi diritti',
  'ui.legal.privacy.6.body':
    'Puoi chiedere l’accesso ai tuoi dati, la rettifica, la cancellazione, la limitazione del trattamento e opporti (articoli 15-22 GDPR), scrivendo al titolare o al responsabile della protezione dei dati. Se ritieni che il trattamento violi il Regolamento puoi proporre reclamo al Garante per la protezione dei dati personali (www.garanteprivacy.it).',

  'ui.legal.legalNotes.heading': 'Note legali',
  'ui.legal.legalNotes.intro': 'Le condizioni d’uso di Ponte e dei suoi contenuti.',
  'ui.legal.legalNotes.1.title': 'Uso del servizio',
  'ui.legal.legalNotes.1.body':
    'Ponte è riservato agli enti aderenti al protocollo e alle organizzazioni verificate dalla cabina di regia. Ogni account è personale: non condividere le credenziali né i codici di verifica. Ogni accesso e ogni operazione sono registrati.',
  'ui.legal.legalNotes.2.title': 'Copyright e licenze',
  'ui.legal.legalNotes.2.body':
    'I testi di questo sito sono della Città metropolitana di Milano e sono riutilizzabili secondo la licenza Creative Commons Attribuzione 4.0 (CC BY 4.0), citando la fonte. Il software di Ponte è rilasciato con licenza EUPL-1.2, come previsto dalle Linee guida AgID sull’acquisizione e il riuso del software per le pubbliche amministrazioni.\n\nLe classificazioni di competenze e professioni sono di ESCO (Commissione europea), riutilizzate secondo le sue condizioni; l’elenco dei comuni è dell’ISTAT.',
  'ui.legal.legalNotes.3.title': 'Collegamenti esterni',
  'ui.legal.legalNotes.3.body':
    'I collegamenti verso siti di altri soggetti si aprono in una nuova finestra; la Città metropolitana di Milano non risponde dei loro contenuti.',
  'ui.legal.legalNotes.4.title': 'Offerte e corsi',
  'ui.legal.legalNotes.4.body':
    'Le offerte di lavoro e i corsi sono pubblicati sotto la responsabilità delle organizzazioni che li propongono, dopo la verifica della cabina di regia. Segnala un contenuto scorretto dalla pagina Contatti e aiuto.',

  'ui.legal.accessibility.heading': 'Dichiarazione di accessibilità',
  'ui.legal.accessibility.intro':
    'La Città metropolitana di Milano si impegna a rendere accessibile Ponte, in conformità alla Legge 9 gennaio 2004, n. 4, e alle Linee guida AgID sull’accessibilità degli strumenti informatici, che recepiscono la direttiva (UE) 2016/2102. La dichiarazione riguarda il portale partner e il portale delle reti antiviolenza.',
  'ui.legal.accessibility.1.title': 'Stato di conformità',
  'ui.legal.accessibility.1.body':
    'Ponte è conforme ai requisiti della norma UNI CEI EN 301 549 e delle WCAG 2.1 al livello AA, sulla base delle verifiche descritte qui sotto.',
  'ui.legal.accessibility.2.title': 'Come è stata verificata',
  'ui.legal.accessibility.2.body':
    'Autovalutazione del gestore del servizio. A ogni modifica una suite di test automatici percorre nel browser ogni pagina dei due portali, in italiano e in inglese: controlla ogni pagina con axe-core (zero violazioni ammesse, di qualunque gravità), verifica il contrasto dei bordi dei campi dei moduli (almeno 3:1), e che ogni pagina si legga su uno schermo largo 390 pixel senza scorrere in orizzontale. Le prove manuali coprono l’uso con la sola tastiera, il lettore di schermo e l’ingrandimento del testo al 200%.',
  'ui.legal.accessibility.3.title': 'Contenuti non accessibili',
  'ui.legal.accessibility.3.body':
    'La mappa delle zone da evitare nel profilo è un’illustrazione: le stesse informazioni sono sempre scritte anche a parole accanto alla mappa. Se trovi un contenuto che non riesci a usare, segnalacelo.',
  'ui.legal.accessibility.4.title': 'Meccanismo di feedback',
  'ui.legal.accessibility.4.body':
    'Puoi segnalare un problema di accessibilità o chiedere un contenuto in un formato accessibile scrivendo all’indirizzo indicato nella pagina Contatti e aiuto. Rispondiamo entro 30 giorni.',
  'ui.legal.accessibility.5.title': 'Procedura di attuazione',
  'ui.legal.accessibility.5.body':
    'Se la risposta non arriva entro 30 giorni o non è soddisfacente, puoi rivolgerti al Difensore civico per il digitale presso AgID, con le modalità indicate su www.agid.gov.it.',
  'ui.legal.accessibility.6.title': 'Redazione della dichiarazione',
  'ui.legal.accessibility.6.body':
    'Dichiarazione redatta il 6 dicembre 2026 e riesaminata a ogni rilascio del servizio. Ambiente di verifica: Chromium, schermi da 1280 e da 390 pixel.',

  'ui.legal.contacts.heading': 'Contatti e aiuto',
  'ui.legal.contacts.intro': 'A chi rivolgerti, per te e per le persone che segui.',
  'ui.legal.contacts.1.title': 'Se sei in pericolo',
  'ui.legal.contacts.1.body':
    'Chiama il 112 in caso di emergenza. Il 1522, numero antiviolenza e stalking, è gratuito, attivo 24 ore su 24 e risponde in più lingue.',
  'ui.legal.contacts.2.title': 'Assistenza sull’uso di Ponte',
  'ui.legal.contacts.2.body':
    'Per problemi di accesso, codici di verifica, account bloccati o errori: assistenza.ponte@cittametropolitana.mi.it, dal lunedì al venerdì dalle 9 alle 17. Non inviare mai dati personali delle donne seguite: indica solo il codice del profilo o della candidatura.',
  'ui.legal.contacts.3.title': 'Operatrici e coordinatrici',
  'ui.legal.contacts.3.body':
    'Per nuovi account, il cambio di rete o la riassegnazione di un profilo rivolgiti alla coordinatrice della tua rete, che gestisce il personale dal portale delle reti.',
  'ui.legal.contacts.4.title': 'Aziende, enti di formazione e sindacati',
  'ui.legal.contacts.4.body':
    'Per la verifica della tua organizzazione, la pubblicazione di offerte e corsi o l’accesso dei colleghi scrivi alla cabina di regia: cabina.ponte@cittametropolitana.mi.it. Per una candidatura ricevuta rispondi dal portale partner: la rete che l’ha proposta riceve la risposta.',
  'ui.legal.contacts.5.title': 'Privacy e accessibilità',
  'ui.legal.contacts.5.body':
    'Responsabile della protezione dei dati della Città metropolitana di Milano: rpd@cittametropolitana.mi.it. Segnalazioni di accessibilità: accessibilita.ponte@cittametropolitana.mi.it.',
};

const en: Record<keyof typeof it, string> = {
  'ui.legal.privacy.heading': 'Privacy notice',
  'ui.legal.privacy.intro':
    'Notice under articles 13 and 14 of Regulation (EU) 2016/679 (GDPR) for the people who use Ponte: counsellors of the anti-violence networks and employment centres, coordinators of the steering committee, contacts of companies, training bodies and unions.',
  'ui.legal.privacy.1.title': 'Controller and data protection officer',
  'ui.legal.privacy.1.body':
    'The controller is the Metropolitan City of Milan, via Vivaio 1, 20122 Milano, which runs Ponte for the protocol’s steering committee with the networks’ lead municipalities, Afol metropolitana and ATS Città metropolitana di Milano.\n\nThe data protection officer (DPO) of the Metropolitan City answers questions about this notice: write to the address on the Contacts and help page.',
  'ui.legal.privacy.2.title': 'What data we process',
  'ui.legal.privacy.2.body':
    'Of accounts: display name, work e-mail address, role, organisation or network, the log of sign-ins and operations.\n\nOf partner organisations: legal name, VAT number or tax code, seat, contact person, accreditation and the declaration on preventing harassment (ILO Convention C190).\n\nOf the women the networks support, Ponte keeps no identifying data: no name, birth date, address, phone, e-mail, tax code or photo. A profile is pseudonymised with a random code and holds only an age band, the home municipality, skills, languages, education, availability and preferences. Free text that looks like it holds an identifier is refused; notes are encrypted.',
  'ui.legal.privacy.3.title': 'Purposes and legal basis',
  'ui.legal.privacy.3.body':
    'The data serve to accompany women leaving violence into work and training, as the operational protocol between employment services, anti-violence networks, training bodies and companies provides (a task carried out in the public interest, GDPR art. 6.1.e, and art. 9.2.g for special categories).\n\nMatching and each sharing of a card with an organisation happen only with the woman’s explicit consent, recorded by her counsellor and revocable at any time: a withdrawal hides at once what the consent allowed.',
  'ui.legal.privacy.4.title': 'Who sees the data',
  'ui.legal.privacy.4.body':
    'Each counsellor sees only the profiles of her own networks. An organisation sees only the card of a candidate proposed to it, under a code different from the networks’ and without her home municipality (only a distance band). The steering committee reads anonymous indicators: counts under 5 are not shown. Service e-mails carry no personal data.',
  'ui.legal.privacy.5.title': 'For how long',
  'ui.legal.privacy.5.body':
    'A profile with no activity for 365 days is archived; an archived profile is erased 180 days later. Erasure on request is immediate and leaves only anonymous counts. The access log cannot be changed and is kept as long as the law requires.',
  'ui.legal.privacy.6.title': 'Your rights',
  'ui.legal.privacy.6.body':
    'You may ask for access to your data, rectification, erasure, restriction of processing, and object to it (GDPR articles 15-22), by writing to the controller or the data protection officer. If you believe the processing infringes the Regulation you may lodge a complaint with the Italian data protection authority (www.garanteprivacy.it).',

  'ui.legal.legalNotes.heading': 'Legal notes',
  'ui.legal.legalNotes.intro': 'The terms of use of Ponte and its content.',
  'ui.legal.legalNotes.1.title': 'Use of the service',
  'ui.legal.legalNotes.1.body':
    'Ponte is reserved for the bodies that signed the protocol and for organisations vetted by the steering committee. Each account is personal: never share your password or verification codes. Every sign-in and every operation is logged.',
  'ui.legal.legalNotes.2.title': 'Copyright and licences',
  'ui.legal.legalNotes.2.body':
    'The texts of this site belong to the Metropolitan City of Milan and may be reused under the Creative Commons Attribution 4.0 licence (CC BY 4.0), citing the source. Ponte’s software is released under the EUPL-1.2 licence, as AgID’s guidelines on acquiring and reusing software in public administrations provide.\n\nThe classifications of skills and occupations come from ESCO (European Commission), reused under its terms; the list of municipalities comes from ISTAT.',
  'ui.legal.legalNotes.3.title': 'External links',
  'ui.legal.legalNotes.3.body':
    'Links to other parties’ sites open in a new window; the Metropolitan City of Milan is not responsible for their content.',
  'ui.legal.legalNotes.4.title': 'Offers and courses',
  'ui.legal.legalNotes.4.body':
    'Job offers and courses are published under the responsibility of the organisations offering them, after the steering committee has vetted them. Report incorrect content from the Contacts and help page.',

  'ui.legal.accessibility.heading': 'Accessibility statement',
  'ui.legal.accessibility.intro':
    'The Metropolitan City of Milan is committed to making Ponte accessible, in accordance with Italian Law no. 4 of 9 January 2004 and AgID’s guidelines on the accessibility of IT tools, which transpose Directive (EU) 2016/2102. This statement covers the partner portal and the anti-violence networks portal.',
  'ui.legal.accessibility.1.title': 'Compliance status',
  'ui.legal.accessibility.1.body':
    'Ponte complies with the requirements of standard UNI CEI EN 301 549 and WCAG 2.1 at level AA, based on the checks described below.',
  'ui.legal.accessibility.2.title': 'How it was checked',
  'ui.legal.accessibility.2.body':
    'Self-assessment by the service operator. On every change an automated test suite walks every page of both portals in a browser, in Italian and in English: it checks each page with axe-core (zero violations allowed, of any impact), checks the contrast of form field borders (at least 3:1), and that every page reads on a 390-pixel-wide screen without sideways scrolling. Manual checks cover keyboard-only use, screen readers and text enlarged to 200%.',
  'ui.legal.accessibility.3.title': 'Content that is not accessible',
  'ui.legal.accessibility.3.body':
    'The map of areas to avoid in a profile is an illustration: the same information is always written out in words beside the map. If you find content you cannot use, tell us.',
  'ui.legal.accessibility.4.title': 'Feedback',
  'ui.legal.accessibility.4.body':
    'You can report an accessibility problem or ask for content in an accessible format by writing to the address on the Contacts and help page. We answer within 30 days.',
  'ui.legal.accessibility.5.title': 'Enforcement procedure',
  'ui.legal.accessibility.5.body':
    'If no answer arrives within 30 days, or it is unsatisfactory, you can turn to the Digital Ombudsman at AgID, as explained on www.agid.gov.it.',
  'ui.legal.accessibility.6.title': 'Preparation of this statement',
  'ui.legal.accessibility.6.body':
    'Statement prepared on 6 December 2026 and reviewed at each release of the service. Test environment: Chromium, 1280- and 390-pixel-wide screens.',

  'ui.legal.contacts.heading': 'Contacts and help',
  'ui.legal.contacts.intro': 'Whom to turn to, for you and for the people you support.',
  'ui.legal.contacts.1.title': 'If you are in danger',
  'ui.legal.contacts.1.body':
    'Call 112 in an emergency. 1522, the anti-violence and stalking helpline, is free, open 24 hours a day and answers in several languages.',
  'ui.legal.contacts.2.title': 'Help with using Ponte',
  'ui.legal.contacts.2.body':
    'For sign-in problems, verification codes, locked accounts or errors: assistenza.ponte@cittametropolitana.mi.it, Monday to Friday, 9:00 to 17:00. Never send personal data of the women you support: give only the profile or proposal code.',
  'ui.legal.contacts.3.title': 'Counsellors and coordinators',
  'ui.legal.contacts.3.body':
    'For new accounts, a change of network or reassigning a profile, turn to your network’s coordinator, who manages staff in the networks portal.',
  'ui.legal.contacts.4.title': 'Companies, training bodies and unions',
  'ui.legal.contacts.4.body':
    'For vetting of your organisation, publishing offers and courses or your colleagues’ access, write to the steering committee: cabina.ponte@cittametropolitana.mi.it. To answer a proposal you received, use the partner portal: the network that proposed it gets your answer.',
  'ui.legal.contacts.5.title': 'Privacy and accessibility',
  'ui.legal.contacts.5.body':
    'Data protection officer of the Metropolitan City of Milan: rpd@cittametropolitana.mi.it. Accessibility reports: accessibilita.ponte@cittametropolitana.mi.it.',
};

export const legalDictionary = defineDictionary(it, en);
