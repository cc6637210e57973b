/**
 * Every action the API writes to the audit log, by family, with its label in both languages
 * (issue 21: the page showed raw codes and asked for them as free text). The filter offers a
 * family (a prefix ending in ".") or one action; an action missing here still shows, as its code.
 */
export const AUDIT_ACTIONS: Record<string, readonly string[]> = {
  auth: ['sign_in', 'second_factor', 'sign_out', 'totp_enrolled', 'lockout', 'refresh_reuse', 'password_reset_requested', 'password_reset', 'invitation_accepted'],
  profile: ['list', 'read', 'create', 'update', 'safety.update', 'notes.rotate_key', 'archive', 'erase'],
  consent: ['list', 'record', 'revoke'],
  match: ['read'],
  shortlist: ['list', 'add', 'remove'],
  proposal: [
    'list', 'read', 'create', 'viewed', 'interested', 'declined', 'interview_arranged', 'hired', 'not_hired',
    'enrolled', 'completed', 'dropped_out', 'identity_disclosed', 'follow_up', 'withdraw', 'withdrawn',
  ],
  offer: ['create', 'update', 'publish', 'close', 'seat_filled', 'duplicate'],
  course: ['create', 'update', 'publish', 'close', 'seat_filled', 'duplicate'],
  organisation: ['register', 'update', 'vet', 'reject', 'suspend', 'reinstate', 'information_requested', 'information_answered'],
  user: ['deactivate', 'reactivate'],
  staff: ['invite', 'update', 'reset_second_factor'],
  network: ['create', 'update', 'delete'],
  indicators: ['read', 'export'],
  jobs: ['recompute', 'retry', 'discard'],
  audit: ['export'],
};

export const AUDIT_FAMILIES = Object.keys(AUDIT_ACTIONS);

/** The message key of an action's label, or null when the catalogue does not know it. */
export function auditActionKey(action: string): string | null {
  const dot = action.indexOf('.');
  const family = action.slice(0, dot);
  return dot > 0 && AUDIT_ACTIONS[family]?.includes(action.slice(dot + 1)) ? `audit.action.${action}` : null;
}
