import { isProposalState, type ProposalState } from '@ponte/domain';

/**
 * E-mail templates: the contract between the API, which writes an outbox row naming a
 * template and its params, and the worker, which renders and sends it. Templates carry NO
 * personal data (ARCHITECTURE.md, safety rule 8): no names, no profile content, only a link and
 * numbers. A template accepts exactly the params it declares, so nothing else can slip in.
 */
export const MAIL_LANGUAGES = ['it', 'en'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

interface TemplateText {
  subject: string;
  text: string;
}

interface MailTemplateSpec {
  /**
   * Every param the text uses. By name: `link` an http(s) URL; `code` a candidate or pseudonym
   * code; `title` an offer's or course's title (the partner's own words, one line); `step` a
   * proposal state, rendered as its label; any other a number.
   */
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
  'organisation-information-requested': {
    params: ['link'],
    secret: [],
    it: {
      subject: 'Il coordinamento di Ponte chiede altre informazioni',
      text: 'Per completare la verifica della tua organizzazione su Ponte il coordinamento ha bisogno di altre informazioni. Accedi per leggere la domanda e rispondere:\n\n{link}',
    },
    en: {
      subject: 'The Ponte steering committee asks for more information',
      text: 'To complete the vetting of your organisation on Ponte the steering committee needs more information. Sign in to read the question and answer it:\n\n{link}',
    },
  },
  // Proposals (issue 7, issue 21): which offer or course, which step, and a link. Nothing about
  // her (ARCHITECTURE.md, safety rule 8): no code either, pseudonymous as it is; the portal, behind sign-in,
  // names her by the code its reader may see.
  'proposal-received': {
    params: ['link', 'title', 'step'],
    secret: [],
    it: {
      subject: 'Nuova candidatura su Ponte per «{title}»',
      text: 'La tua organizzazione ha ricevuto una nuova candidatura su Ponte per «{title}» (stato: {step}). Accedi per vederla:\n\n{link}',
    },
    en: {
      subject: 'New proposal on Ponte for “{title}”',
      text: 'Your organisation has received a new proposal on Ponte for “{title}” (step: {step}). Sign in to see it:\n\n{link}',
    },
  },
  'proposal-updated': {
    params: ['link', 'title', 'step'],
    secret: [],
    it: {
      subject: 'Candidatura per «{title}»: {step}',
      text: 'Una candidatura per «{title}» che segui su Ponte è passata allo stato: {step}. Accedi per vederla:\n\n{link}',
    },
    en: {
      subject: 'Proposal for “{title}”: {step}',
      text: 'A proposal for “{title}” that you follow on Ponte moved to: {step}. Sign in to see it:\n\n{link}',
    },
  },
  'follow-up-due': {
    params: ['link', 'title', 'step'],
    secret: [],
    it: {
      subject: 'Verifica di un percorso su Ponte',
      text: 'È il momento di registrare come prosegue un percorso per «{title}» (stato: {step}) su Ponte. Accedi per farlo:\n\n{link}',
    },
    en: {
      subject: 'A follow-up is due on Ponte',
      text: 'It is time to record how a placement for “{title}” (step: {step}) is going on Ponte. Sign in to do it:\n\n{link}',
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
    if (!paramIsValid(name, value)) throw new Error(`mail template "${template}": param "${name}" has an invalid value`);
  }
}

/** A title is one line of ordinary text, short: the partner's name for its offer or course. */
const TITLE = /^[^\p{C}]{1,160}$/u;

function paramIsValid(name: string, value: string | number): boolean {
  if (name === 'link') return typeof value === 'string' && /^https?:\/\/\S+$/.test(value);
  if (name === 'title') return typeof value === 'string' && TITLE.test(value);
  if (name === 'step') return typeof value === 'string' && isProposalState(value);
  return typeof value === 'number' && Number.isFinite(value);
}

/** The steps of a proposal as the portals name them. */
export const STEP_LABELS: Record<MailLanguage, Record<ProposalState, string>> = {
  // The same words as the portals (libs/ui domain.proposalState.*).
  it: {
    proposed: 'nuova',
    viewed: 'letta',
    interested: 'interesse espresso',
    declined: 'non proseguita',
    interview_arranged: 'colloquio fissato',
    hired: 'assunta',
    not_hired: 'non assunta',
    enrolled: 'iscritta',
    completed: 'corso completato',
    dropped_out: 'corso interrotto',
    withdrawn: 'ritirata',
  },
  en: {
    proposed: 'new',
    viewed: 'read',
    interested: 'interested',
    declined: 'not taken forward',
    interview_arranged: 'interview arranged',
    hired: 'hired',
    not_hired: 'not hired',
    enrolled: 'enrolled',
    completed: 'course completed',
    dropped_out: 'dropped out',
    withdrawn: 'withdrawn',
  },
};

export interface RenderedMail {
  subject: string;
  text: string;
}

export function renderMail(template: MailTemplate, language: MailLanguage, params: MailParams): RenderedMail {
  assertMailParams(template, params);
  const spec = MAIL_TEMPLATES[template][language] ?? MAIL_TEMPLATES[template].it;
  const value = (name: string) => (name === 'step' ? STEP_LABELS[language][params[name] as ProposalState] : String(params[name]));
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, name: string) => value(name));
  return { subject: fill(spec.subject), text: fill(spec.text) + (language === 'en' ? FOOTER_EN : FOOTER_IT) };
}
