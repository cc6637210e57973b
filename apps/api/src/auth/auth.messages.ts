import { defineMessages } from '../common/i18n/define-messages';

export const authMessages = defineMessages({
  it: {
    'problem.invalid-credentials.title': 'Accesso non riuscito',
    'problem.invalid-credentials.detail': 'E-mail o password non corrette. Dopo 5 tentativi falliti l’account si blocca per 15 minuti.',
    'problem.invalid-second-factor.title': 'Codice non valido',
    'problem.invalid-second-factor.detail': 'Il codice di verifica non è corretto. Dopo 5 tentativi falliti l’account si blocca per 15 minuti.',
    'problem.mfa-expired.title': 'Accesso da ripetere',
    'problem.mfa-expired.detail': 'Il passaggio di verifica è scaduto o è già stato usato: accedi di nuovo con e-mail e password.',
    'problem.csrf.title': 'Richiesta rifiutata',
    'problem.csrf.detail': 'Manca l’intestazione X-Ponte-CSRF: la richiesta deve provenire dal portale.',
    'validation.passwordTooShort': 'La password deve contenere almeno {min} caratteri.',
    'validation.passwordContainsEmail': 'La password non può contenere il tuo indirizzo e-mail.',
    'validation.tokenInvalidOrExpired': 'Il link non è valido, è scaduto o è già stato usato. Chiedine uno nuovo.',
    'validation.totpCodeInvalid': 'Il codice non corrisponde: controlla l’ora del telefono e riprova con il codice attuale.',
    'validation.emailTaken': 'Esiste già un account con questo indirizzo e-mail.',
  },
  en: {
    'problem.invalid-credentials.title': 'Sign-in failed',
    'problem.invalid-credentials.detail': 'Wrong e-mail or password. After 5 failed attempts the account is locked for 15 minutes.',
    'problem.invalid-second-factor.title': 'Invalid code',
    'problem.invalid-second-factor.detail': 'The verification code is not correct. After 5 failed attempts the account is locked for 15 minutes.',
    'problem.mfa-expired.title': 'Sign in again',
    'problem.mfa-expired.detail': 'The verification step expired or was already used: sign in again with e-mail and password.',
    'problem.csrf.title': 'Request refused',
    'problem.csrf.detail': 'The X-Ponte-CSRF header is missing: the request must come from the portal.',
    'validation.passwordTooShort': 'The password must contain at least {min} characters.',
    'validation.passwordContainsEmail': 'The password cannot contain your e-mail address.',
    'validation.tokenInvalidOrExpired': 'The link is invalid, expired or already used. Ask for a new one.',
    'validation.totpCodeInvalid': 'The code does not match: check the phone’s clock and try again with the current code.',
    'validation.emailTaken': 'An account with this e-mail address already exists.',
  },
});
