import type { Timestamp } from './wire';

/** The audit log (safety rule 5) as coordinators browse it: codes and ids, never free text. */

export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface AuditEntry {
  id: string;
  at: Timestamp;
  actorId: string | null;
  actorRole: string | null;
  /** e.g. `auth.sign_in`, `organisation.vetted`. */
  action: string;
  outcome: AuditOutcome;
  targetType: string | null;
  targetId: string | null;
  networkId: string | null;
  organisationId: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}
