import type {
  ContractType,
  DeclineReason,
  FollowUpOutcome,
  ProposalKind,
  ProposalState,
  WithdrawalCause,
} from '@ponte/domain';
import type { CandidateCard } from './card';
import type { Page, Timestamp } from './wire';

/** Proposals as partners and counsellors read them, and the moves they send. */

export interface ProposalHistoryStep {
  state: ProposalState;
  at: Timestamp;
  /** counsellor | partner_admin | partner_member | system */
  actorRole: string;
}

export interface Interview {
  at: Timestamp;
  place: string | null;
  videoLink: string | null;
}

/** What both sides read of where a proposal stands, beyond the card. */
interface ProposalOutcome {
  card: CandidateCard;
  coverMessage: string | null;
  reason: DeclineReason | null;
  interview: Interview | null;
  contract: ContractType | null;
  /** YYYY-MM-DD */
  startDate: string | null;
  /** When the counsellor recorded that the woman disclosed her identity to the partner. */
  identityDisclosedAt: Timestamp | null;
}

/** What a partner reads of any proposal it received: the listing's id and title, nothing about her. */
interface PartnerProposalHead {
  id: string;
  kind: ProposalKind;
  state: ProposalState;
  target: { id: string; title: string };
  proposedAt: Timestamp;
  updatedAt: Timestamp;
}

export interface PartnerProposalSummary extends PartnerProposalHead {
  /** The code this organisation knows her by. */
  candidateCode: string;
}

/** A proposal as its partner sees it (her code is on the card). */
export interface PartnerProposal extends PartnerProposalHead, ProposalOutcome {
  history: ProposalHistoryStep[];
}

export type PartnerProposalPage = Page<PartnerProposalSummary>;

export interface CounsellorTarget {
  id: string;
  title: string;
  organisationId: string;
  organisationName: string;
  organisationStatus: string;
}

export interface CounsellorProposalSummary {
  id: string;
  profileId: string;
  pseudonymCode: string;
  kind: ProposalKind;
  state: ProposalState;
  target: CounsellorTarget;
  withdrawnCause: WithdrawalCause | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export type CounsellorProposalPage = Page<CounsellorProposalSummary>;

export interface CounsellorHistoryStep extends ProposalHistoryStep {
  actorId: string | null;
  /** Codes only (reason, contract, cause). */
  details: Record<string, unknown>;
}

export interface FollowUp {
  months: 3 | 6;
  dueAt: Timestamp;
  remindedAt: Timestamp | null;
  outcome: FollowUpOutcome | null;
  recordedAt: Timestamp | null;
}

/** The match at proposal time: the engine explanation with km and points, for counsellors only. */
export interface ProposalMatch {
  score: number | null;
  explanation: Record<string, unknown>;
  computedAt: string;
}

/** A proposal as the counsellors of the profile's network see it. */
export interface CounsellorProposal extends CounsellorProposalSummary, ProposalOutcome {
  counsellorId: string;
  match: ProposalMatch;
  identityDisclosedBy: string | null;
  followUps: FollowUp[];
  history: CounsellorHistoryStep[];
}

/** What POST /proposals answers: ids only (idempotent answers may be stored). */
export interface ProposalCreated {
  id: string;
  profileId: string;
  kind: ProposalKind;
  state: ProposalState;
}

/** A step a counsellor or partner asks for. */
export interface ProposalMove {
  to: ProposalState;
  reason?: DeclineReason;
  interview?: { at: string; place?: string; videoLink?: string };
  contract?: ContractType;
  /** YYYY-MM-DD */
  startDate?: string;
}
