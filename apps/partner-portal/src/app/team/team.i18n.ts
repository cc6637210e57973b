import { defineDictionary } from '@ponte/ui';

const it = {
  'team.heading': 'Gruppo di lavoro',
  'team.intro':
    'Invita i colleghi che gestiscono offerte, corsi e candidature. Gli amministratori possono anche invitare altri colleghi e modificare i dati dell’organizzazione.',
  'team.members': 'Colleghi con accesso',
  'team.empty': 'Nessun collega',
  'team.count': '{count, plural, one {# persona} other {# persone}}',
  'team.you': 'tu',
  'team.active': 'attivo',
  'team.inactive': 'disattivato',
  'team.pending': 'invito in attesa',
  'team.since': 'dal {date}',
  'team.deactivate': 'Disattiva',
  'team.confirm.deactivate.title': 'Disattivare {name}?',
  'team.confirm.deactivate.message': '{name} sarà disconnessa subito e non potrà più accedere finché non la riattivi.',
  'team.confirm.deactivate.action': 'Sì, disattiva',
  'team.reactivate': 'Riattiva',
  'team.invite': 'Invita un collega',
  'team.inviteHint': 'Riceverà un’e-mail con un link per scegliere la password (valido alcuni giorni).',
  'team.name': 'Nome e cognome',
  'team.email': 'E-mail',
  'team.role': 'Ruolo',
  'team.send': 'Invia l’invito',
  'team.invited': 'Invito inviato a {email}.',
  'team.deactivated': 'Accesso di {name} disattivato: le sue sessioni sono state chiuse.',
  'team.reactivated': 'Accesso di {name} riattivato.',
};

const en: Record<keyof typeof it, string> = {
  'team.heading': 'Team',
  'team.intro':
    'Invite the colleagues who manage offers, courses and candidates. Administrators can also invite colleagues and edit the organisation’s details.',
  'team.members': 'Colleagues with access',
  'team.empty': 'No colleagues',
  'team.count': '{count, plural, one {# person} other {# people}}',
  'team.you': 'you',
  'team.active': 'active',
  'team.inactive': 'deactivated',
  'team.pending': 'invitation pending',
  'team.since': 'since {date}',
  'team.deactivate': 'Deactivate',
  'team.confirm.deactivate.title': 'Deactivate {name}?',
  'team.confirm.deactivate.message': '{name} will be signed out at once and cannot sign in until you reactivate the account.',
  'team.confirm.deactivate.action': 'Yes, deactivate',
  'team.reactivate': 'Reactivate',
  'team.invite': 'Invite a colleague',
  'team.inviteHint': 'They will get an e-mail with a link to choose their password (valid for a few days).',
  'team.name': 'Full name',
  'team.email': 'E-mail',
  'team.role': 'Role',
  'team.send': 'Send the invitation',
  'team.invited': 'Invitation sent to {email}.',
  'team.deactivated': '{name}’s access deactivated: their sessions were closed.',
  'team.reactivated': '{name}’s access reactivated.',
};

export const teamDictionary = defineDictionary(it, en);
