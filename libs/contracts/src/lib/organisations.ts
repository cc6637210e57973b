import type { OrganisationKind, OrganisationStatus, Role, VettingCheckResult } from '@ponte/domain';
import type { Timestamp } from './wire';

/** Organisations, their vetting and their accounts, as partners and coordinators read them. */

/** What each vetting decision does to an organisation's status: the API refuses it from any other. */
export const VETTING_MOVES = {
  vet: { from: 'pending', to: 'vetted' },
  reject: { from: 'pending', to: 'rejected' },
  suspend: { from: 'vetted', to: 'suspended' },
  reinstate: { from: 'suspended', to: 'vetted' },
} as const satisfies Record<string, { from: OrganisationStatus; to: OrganisationStatus }>;
export type VettingDecision = keyof typeof VETTING_MOVES;
/** The decisions, in the order of VETTING_MOVES (stored as text in organisation_vetting_decisions). */
export const VETTING_DECISIONS = Object.keys(VETTING_MOVES) as VettingDecision[];

/** The decisions a coordinator may take on an organisation in `status`. */
export function decisionsFrom(status: OrganisationStatus): VettingDecision[] {
  return (Object.keys(VETTING_MOVES) as VettingDecision[]).filter((d) => VETTING_MOVES[d].from === status);
}

export interface OrganisationSummary {
  id: string;
  kind: OrganisationKind;
  legalName: string;
  vatNumber: string | null;
  status: OrganisationStatus;
  seatComune: string | null;
  createdAt: Timestamp;
}

export interface VettingDecisionView {
  id: string;
  decision: VettingDecision;
  fromStatus: OrganisationStatus;
  toStatus: OrganisationStatus;
  /** Mandatory; shown to the organisation. */
  reason: string;
  decidedAt: Timestamp;
  /** Coordinators only. */
  decidedBy?: string | null;
}

/** A coordinator's question during vetting and the organisation's answer. */
export interface InformationRequest {
  id: string;
  question: string;
  askedAt: Timestamp;
  answer: string | null;
  answeredAt: Timestamp | null;
  /** Coordinators only. */
  askedBy?: string | null;
  /** Coordinators only. */
  answeredBy?: string | null;
}

export interface OrganisationView extends OrganisationSummary {
  taxCode: string | null;
  atecoCode: string | null;
  contact: { name: string | null; email: string | null; phone: string | null };
  accreditationNumber: string | null;
  antiHarassmentDeclaredAt: Timestamp | null;
  /** Only a vetted organisation publishes and receives proposals. */
  canPublish: boolean;
  /** Newest first. */
  vettingHistory: VettingDecisionView[];
  /** Questions asked during vetting and their answers, newest first. */
  informationRequests: InformationRequest[];
}

export interface VettingChecks {
  vatNumberValid: boolean;
  taxCodeValid: boolean;
  atecoFormatValid: boolean;
  declarationPresent: boolean;
  accreditationPresent: boolean;
  seatComuneKnown: boolean;
}

/** Where the conversation with the organisation stands. */
export const INFORMATION_STATES = ['none', 'awaiting_answer', 'answered'] as const;
export type InformationState = (typeof INFORMATION_STATES)[number];

export interface VettingQueueItem extends OrganisationSummary {
  atecoCode: string | null;
  accreditationNumber: string | null;
  checks: VettingChecks;
  checkDetails: VettingCheckResult[];
  information: InformationState;
}

/** A staff or partner account. */
export interface Account {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  active: boolean;
  /** Invited and not yet signed up (no password chosen). */
  invitationPending: boolean;
  mfaEnabled: boolean;
  networkIds: string[];
  createdAt: Timestamp;
}

/** What a counsellor needs to recognise an employer to block: its name, kind, status and public identifiers. */
export interface OrganisationDirectoryEntry {
  id: string;
  /** The legal name. */
  name: string;
  kind: OrganisationKind;
  status: OrganisationStatus;
  vatNumber: string | null;
  taxCode: string | null;
}
