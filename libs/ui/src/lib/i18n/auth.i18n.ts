import { defineDictionary } from './dictionary';

/** Messages of the sign-in and password-reset pages (shared by both portals). */
const it = {
  'auth.signIn.title': 'Accedi',
  'auth.signIn.heading': 'Accedi al servizio',
  'auth.signIn.email': 'Indirizzo e-mail',
  'auth.signIn.password': 'Password',
  'auth.signIn.showPassword': 'Mostra la password',
  'auth.signIn.submit': 'Accedi',
  'auth.signIn.submitting': 'Accesso in corso…',
  'auth.signIn.forgotPassword': 'Hai dimenticato la password?',
  'auth.signIn.invalidCredentials': 'Indirizzo e-mail o password non corretti.',
  'auth.signIn.tooManyAttempts':
    'Troppi tentativi di accesso. Attendi qualche minuto e riprova.',
  'auth.signIn.reason.idle':
    'La sessione è stata chiusa dopo un periodo di inattività, per proteggere i dati. Accedi di nuovo per continuare.',
  'auth.signIn.reason.expired':
    'La sessione è scaduta. Accedi di nuovo per continuare.',
  'auth.signIn.reason.signedOut': 'Hai chiuso la sessione in modo sicuro.',
  'auth.signIn.helpTitle': 'Non hai un account?',
  'auth.signIn.help':
    'Gli account sono creati dall’amministratore della tua organizzazione o dalla cabina di regia del protocollo. Per problemi di accesso rivolgiti a loro.',
  'auth.totp.title': 'Verifica in due passaggi',
  'auth.totp.heading': 'Verifica in due passaggi',
  'auth.totp.intro':
    'Apri l’app di autenticazione sul tuo telefono e inserisci il codice di 6 cifre che mostra per Ponte.',
  'auth.totp.code': 'Codice di verifica',
  'auth.totp.hint': 'Il codice cambia ogni 30 secondi.',
  'auth.totp.codeFormat': 'Il codice è composto da 6 cifre.',
  'auth.totp.submit': 'Verifica e accedi',
  'auth.totp.submitting': 'Verifica in corso…',
  'auth.totp.invalid':
    'Codice non valido o scaduto. Inserisci il codice che l’app mostra ora.',
  'auth.totp.back': 'Torna all’inserimento di e-mail e password',
  'auth.reset.title': 'Recupero password',
  'auth.reset.heading': 'Recupera la password',
  'auth.reset.intro':
    'Inserisci l’indirizzo e-mail del tuo account: riceverai un link per scegliere una nuova password.',
  'auth.reset.submit': 'Invia il link',
  'auth.reset.sent':
    'Se l’indirizzo corrisponde a un account, riceverai a breve un’e-mail con il link. Controlla anche la posta indesiderata.',
  'auth.reset.backToSignIn': 'Torna all’accesso',
};

const en: Record<keyof typeof it, string> = {
  'auth.signIn.title': 'Sign in',
  'auth.signIn.heading': 'Sign in to the service',
  'auth.signIn.email': 'E-mail address',
  'auth.signIn.password': 'Password',
  'auth.signIn.showPassword': 'Show the password',
  'auth.signIn.submit': 'Sign in',
  'auth.signIn.submitting': 'Signing in…',
  'auth.signIn.forgotPassword': 'Forgot your password?',
  'auth.signIn.invalidCredentials': 'Wrong e-mail address or password.',
  'auth.signIn.tooManyAttempts':
    'Too many sign-in attempts. Wait a few minutes and try again.',
  'auth.signIn.reason.idle':
    'Your session was closed after a period of inactivity, to protect the data. Sign in again to continue.',
  'auth.signIn.reason.expired':
    'Your session has expired. Sign in again to continue.',
  'auth.signIn.reason.signedOut': 'You have closed your session safely.',
  'auth.signIn.helpTitle': 'No account yet?',
  'auth.signIn.help':
    'Accounts are created by your organisation’s administrator or by the protocol’s steering committee. Contact them if you cannot sign in.',
  'auth.totp.title': 'Two-step verification',
  'auth.totp.heading': 'Two-step verification',
  'auth.totp.intro':
    'Open the authenticator app on your phone and enter the 6-digit code it shows for Ponte.',
  'auth.totp.code': 'Verification code',
  'auth.totp.hint': 'The code changes every 30 seconds.',
  'auth.totp.codeFormat': 'The code is 6 digits long.',
  'auth.totp.submit': 'Verify and sign in',
  'auth.totp.submitting': 'Verifying…',
  'auth.totp.invalid':
    'Invalid or expired code. Enter the code the app shows now.',
  'auth.totp.back': 'Back to e-mail and password',
  'auth.reset.title': 'Password recovery',
  'auth.reset.heading': 'Recover your password',
  'auth.reset.intro':
    'Enter the e-mail address of your account: you will receive a link to choose a new password.',
  'auth.reset.submit': 'Send the link',
  'auth.reset.sent':
    'If the address matches an account, you will soon receive an e-mail with the link. Check your spam folder too.',
  'auth.reset.backToSignIn': 'Back to sign-in',
};

export const authDictionary = defineDictionary(it, en);
