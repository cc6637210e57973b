import { defineDictionary } from './dictionary';

/** Messages of the TOTP enrolment walk shown at the first sign-in of staff accounts. */
const it = {
  'auth.enrol.heading': 'Attiva la verifica in due passaggi',
  'auth.enrol.intro':
    'Il tuo account protegge dati delicati: oltre alla password serve un codice che cambia ogni 30 secondi, generato da un’app sul tuo telefono. Bastano tre passaggi, da fare una volta sola.',
  'auth.enrol.loading': 'Preparazione del codice QR…',
  'auth.enrol.step1': 'Installa un’app di autenticazione',
  'auth.enrol.step1Text':
    'Ad esempio FreeOTP, Aegis, Google Authenticator o Microsoft Authenticator, dallo store del telefono.',
  'auth.enrol.step2': 'Aggiungi l’account Ponte all’app',
  'auth.enrol.step2Text':
    'Nell’app scegli “aggiungi account” e inquadra il codice QR. Se non puoi inquadrarlo, inserisci a mano la chiave qui sotto.',
  'auth.enrol.qrAlt':
    'Codice QR per aggiungere l’account Ponte all’app di autenticazione',
  'auth.enrol.secret': 'Chiave da inserire a mano',
  'auth.enrol.step3': 'Inserisci il codice che l’app mostra',
  'auth.enrol.confirm': 'Conferma e attiva',
  'auth.enrol.confirming': 'Verifica in corso…',
  'auth.enrol.invalid':
    'Il codice non corrisponde. Controlla che l’ora del telefono sia corretta e inserisci il codice che l’app mostra ora.',
  'auth.enrol.expired':
    'La procedura è scaduta. Torna all’accesso e inserisci di nuovo e-mail e password.',
  'auth.enrol.codesHeading': 'Conserva i codici di recupero',
  'auth.enrol.codesIntro':
    'Se perdi il telefono, ognuno di questi codici permette di accedere una sola volta al posto del codice dell’app. Vengono mostrati solo ora: stampali o scrivili e conservali in un luogo sicuro, lontano dal computer.',
  'auth.enrol.codesLabel': 'Codici di recupero',
  'auth.enrol.copy': 'Copia i codici',
  'auth.enrol.copied': 'Codici copiati negli appunti.',
  'auth.enrol.print': 'Stampa',
  'auth.enrol.saved': 'Ho conservato i codici di recupero in un luogo sicuro',
  'auth.enrol.savedRequired':
    'Conferma di aver conservato i codici prima di continuare.',
  'auth.enrol.continue': 'Continua',
};

const en: Record<keyof typeof it, string> = {
  'auth.enrol.heading': 'Turn on two-step verification',
  'auth.enrol.intro':
    'Your account protects sensitive data: besides the password it needs a code that changes every 30 seconds, made by an app on your phone. Three steps, done once.',
  'auth.enrol.loading': 'Preparing the QR code…',
  'auth.enrol.step1': 'Install an authenticator app',
  'auth.enrol.step1Text':
    'For example FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator, from your phone’s store.',
  'auth.enrol.step2': 'Add the Ponte account to the app',
  'auth.enrol.step2Text':
    'In the app choose “add account” and scan the QR code. If you cannot scan it, type in the key below.',
  'auth.enrol.qrAlt': 'QR code to add the Ponte account to the authenticator app',
  'auth.enrol.secret': 'Key to type in by hand',
  'auth.enrol.step3': 'Enter the code the app shows',
  'auth.enrol.confirm': 'Confirm and turn on',
  'auth.enrol.confirming': 'Verifying…',
  'auth.enrol.invalid':
    'The code does not match. Check that the phone’s clock is right and enter the code the app shows now.',
  'auth.enrol.expired':
    'The procedure has expired. Go back to sign-in and enter your e-mail and password again.',
  'auth.enrol.codesHeading': 'Keep your recovery codes',
  'auth.enrol.codesIntro':
    'If you lose your phone, each of these codes lets you sign in once instead of the app’s code. They are shown only now: print them or write them down and keep them somewhere safe, away from the computer.',
  'auth.enrol.codesLabel': 'Recovery codes',
  'auth.enrol.copy': 'Copy the codes',
  'auth.enrol.copied': 'Codes copied to the clipboard.',
  'auth.enrol.print': 'Print',
  'auth.enrol.saved': 'I have kept the recovery codes somewhere safe',
  'auth.enrol.savedRequired': 'Confirm that you kept the codes before going on.',
  'auth.enrol.continue': 'Continue',
};

export const enrolmentDictionary = defineDictionary(it, en);
