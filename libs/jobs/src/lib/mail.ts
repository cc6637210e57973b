/**
 * E-mail templates: the contract between the API, which writes an outbox row naming a
 * template and its params, and the worker, which renders and sends it. Templates carry NO
 * personal data (DESIGN.md, safety rule 8): no names, no profile content, only a link and
 * numbers. A template accepts exactly the params it declares, so nothing else can slip in.
 */
export const MAIL_LANGUAGES = ['it', 'en'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

interface TemplateText {
  subject: string;
  text: string;
}

interface MailTemplateSpec {
  /** Every param the text uses; links must be http(s) URLs, the others numbers. */
  params: readonly string[];
  /** Params sealed in the outbox (a link that carries a one-time token). */
  secret: readonly string[];
  it: TemplateText;
  en: TemplateText;
}

const FOOTER_IT = '\n\n— Ponte, rete metropolitana antiviolenza e lavoro. Messaggio automatico: non rispondere.';
const FOOTER_EN = '\n\n— Ponte, metropolitan anti-violence and work network. Automatic message: do not reply.';

export const MAIL_TEMPLATES = {
  invitation: {
    params: ['link', 'days'],
    secret: ['link'],
    it: {
      subject: 'Invito su Ponte',
      text: 'Hai ricevuto un invito su Ponte: accedi da questo link per scegliere la tua password.\n\n{link}\n\nIl link vale {days} giorni e funziona una sola volta. Se non aspettavi questo invito, ignora il messaggio.',
    },
    en: {
      subject: 'Invitation to Ponte',
      text: 'You have been invited to Ponte: open this link to choose your password.\n\n{link}\n\nThe link is valid for {days} days and works once. If you did not expect this invitation, ignore this message.',
    },
  },
  'password-reset': {
    params: ['link', 'minutes'],
    secret: ['link'],
    it: {
      subject: 'Reimpostazione della password di Ponte',
      text: 'È stata chiesta la reimpostazione della password del tuo account Ponte. Scegli una nuova password da questo link entro {minutes} minuti:\n\n{link}\n\nIl link funziona una sola volta. Se non hai fatto tu la richiesta, ignora il messaggio: la password resta quella di prima.',
    },
    en: {
      subject: 'Ponte password reset',
      text: 'A password reset was requested for your Ponte account. Choose a new password from this link within {minutes} minutes:\n\n{link}\n\nThe link works once. If you did not ask for it, ignore this message: your password stays as it was.',
    },
  },
  'organisation-registered': {
    params: ['link'],
    secret: [],
    it: {
      subject: 'Registrazione ricevuta su Ponte',
      text: 'Abbiamo ricevuto la registrazione della tua organizzazione su Ponte. Il coordinamento la verificherà; potrai pubblicare offerte e corsi dopo la verifica. Accedi per vederne lo stato:\n\n{link}',
    },
    en: {
      subject: 'Registration received on Ponte',
      text: 'We received the registration of your organisation on Ponte. The steering committee will vet it; you can publish offers and courses once it is vetted. Sign in to see its status:\n\n{link}',
    },
  },
  'organisation-status-changed': {
    params: ['link'],
    secret: [],
    it: {
      subject: 'Aggiornamento sulla tua organizzazione su Ponte',
      text: 'Lo stato della tua organizzazione su Ponte è cambiato. Accedi per vederlo:\n\n{link}',
    },
    en: {
      subject: 'Update on your organisation on Ponte',
      text: 'The status of your organisation on Ponte has changed. Sign in to see it:\n\n{link}',
    },
  },
  // Proposals (issue 7): a link to sign in, nothing about the woman, the offer or the organisation.
  'proposal-received': {
    params: ['link'],
    secret: [],
    it: {
      subject: 'Nuova proposta su Ponte',
      text: 'Hai ricevuto una nuova proposta su Ponte. Accedi per vederla:\n\n{link}',
    },
    en: {
      subject: 'New proposal on Ponte',
      text: 'You have received a new proposal on Ponte. Sign in to see it:\n\n{link}',
    },
  },
  'proposal-updated': {
    params: ['link'],
    secret: [],
    it: {
      subject: 'Aggiornamento su una proposta su Ponte',
      text: 'Una proposta che segui su Ponte ha un aggiornamento. Accedi per vederlo:\n\n{link}',
    },
    en: {
      subject: 'Update on a proposal on Ponte',
      text: 'A proposal you follow on Ponte has an update. Sign in to see it:\n\n{link}',
    },
  },
  'follow-up-due': {
    params: ['link'],
    secret: [],
    it: {
      subject: 'Verifica di un percorso su Ponte',
      text: 'È il momento di registrare come prosegue un percorso di lavoro o formazione su Ponte. Accedi per farlo:\n\n{link}',
    },
    en: {
      subject: 'Follow-up due on Ponte',
      text: 'It is time to record how a work or training placement is going on Ponte. Sign in to do it:\n\n{link}',
    },
  },
} as const satisfies Record<string, MailTemplateSpec>;

export type MailTemplate = keyof typeof MAIL_TEMPLATES;
export type MailParams = Record<string, string | number>;

export function isMailTemplate(value: unknown): value is MailTemplate {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(MAIL_TEMPLATES, value);
}

export function secretParamsOf(template: MailTemplate): readonly string[] {
  return MAIL_TEMPLATES[template].secret;
}

/** Throws unless `params` holds exactly the template's params, links as http(s) URLs and the rest as numbers. */
export function assertMailParams(template: MailTemplate, params: MailParams): void {
  const expected = [...MAIL_TEMPLATES[template].params].sort();
  const given = Object.keys(params).sort();
  if (expected.join(',') !== given.join(',')) {
    throw new Error(`mail template "${template}" takes params [${expected}], got [${given}]`);
  }
  for (const [name, value] of Object.entries(params)) {
    const ok = name === 'link' ? typeof value === 'string' && /^https?:\/\/\S+$/.test(value) : typeof value === 'number' && Number.isFinite(value);
    if (!ok) throw new Error(`mail template "${template}": param "${name}" has an invalid value`);
  }
}

export interface RenderedMail {
  subject: string;
  text: string;
}

export function renderMail(template: MailTemplate, language: MailLanguage, params: MailParams): RenderedMail {
  assertMailParams(template, params);
  const spec = MAIL_TEMPLATES[template][language] ?? MAIL_TEMPLATES[template].it;
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));
  return { subject: spec.subject, text: fill(spec.text) + (language === 'en' ? FOOTER_EN : FOOTER_IT) };
}
