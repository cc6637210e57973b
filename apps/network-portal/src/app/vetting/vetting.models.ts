import type { OrganisationKind, OrganisationStatus, VettingCheckResult } from '@ponte/domain';

/** Organisations and vetting as apps/api/src/{organisations,vetting} return them. */
export type VettingDecision = 'vet' | 'reject' | 'suspend' | 'reinstate';

/** The decisions a coordinator may take from each status (API vetting.service DECISIONS). */
export const DECISIONS_FROM: Record<OrganisationStatus, readonly VettingDecision[]> = {
  pending: ['vet', 'reject'],
  vetted: ['suspend'],
  suspended: ['reinstate'],
  rejected: [],
};

export interface VettingChecks {
  vatNumberValid: boolean;
  taxCodeValid: boolean;
  atecoFormatValid: boolean;
  declarationPresent: boolean;
  accreditationPresent: boolean;
  seatComuneKnown: boolean;
}

export interface OrganisationSummary {
  id: string;
  kind: OrganisationKind;
  legalName: string;
  vatNumber: string | null;
  status: OrganisationStatus;
  seatComune: string | null;
  createdAt: string;
}

export interface VettingQueueItem extends OrganisationSummary {
  atecoCode: string | null;
  accreditationNumber: string | null;
  checks: VettingChecks;
  checkDetails: VettingCheckResult[];
  /** The latest question to the organisation: none, awaiting its answer, or answered. */
  information: 'none' | 'awaiting_answer' | 'answered';
}

/** A coordinator's question during vetting and the organisation's answer. */
export interface InformationRequest {
  id: string;
  question: string;
  askedAt: string;
  answer: string | null;
  answeredAt: string | null;
}

export interface VettingDecisionView {
  id: string;
  decision: VettingDecision;
  fromStatus: OrganisationStatus;
  toStatus: OrganisationStatus;
  reason: string;
  decidedAt: string;
  decidedBy?: string | null;
}

export interface OrganisationView extends OrganisationSummary {
  taxCode: string | null;
  atecoCode: string | null;
  contact: { name: string | null; email: string | null; phone: string | null };
  accreditationNumber: string | null;
  antiHarassmentDeclaredAt: string | null;
  canPublish: boolean;
  vettingHistory: VettingDecisionView[];
  informationRequests: InformationRequest[];
}
