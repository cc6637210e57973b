import type {
  ContractType,
  DeclineReason,
  FollowUpOutcome,
  ProposalKind,
  ProposalState,
  WithdrawalCause,
} from '@ponte/domain';
import type { CandidateCard } from '@ponte/ui';

/** Shortlists and proposals as apps/api/src/{shortlists,proposals}/dto return them. */

export interface ShortlistEntry {
  id: string;
  profileId: string;
  kind: ProposalKind;
  target: {
    id: string;
    title: string;
    organisationId: string;
    organisationName: string;
    status: string;
    deadline: string;
  };
  source: 'match' | 'search';
  note: string | null;
  proposalId: string | null;
  createdBy: string;
  createdAt: string;
}

export interface ProposalTarget {
  id: string;
  title: string;
  organisationId: string;
  organisationName: string;
  organisationStatus: string;
}

export interface ProposalSummary {
  id: string;
  profileId: string;
  pseudonymCode: string;
  kind: ProposalKind;
  state: ProposalState;
  target: ProposalTarget;
  withdrawnCause: WithdrawalCause | null;
  createdAt: string;
  updatedAt: string;
}

export interface HistoryStep {
  state: ProposalState;
  at: string;
  actorRole: string;
  actorId: string | null;
  details: Record<string, unknown>;
}

export interface FollowUp {
  months: 3 | 6;
  dueAt: string;
  remindedAt: string | null;
  outcome: FollowUpOutcome | null;
  recordedAt: string | null;
}

export interface Proposal extends ProposalSummary {
  counsellorId: string;
  card: CandidateCard;
  match: { score: number | null; explanation: Record<string, unknown>; computedAt: string };
  coverMessage: string | null;
  reason: DeclineReason | null;
  interview: { at: string; place: string | null; videoLink: string | null } | null;
  contract: ContractType | null;
  startDate: string | null;
  identityDisclosedAt: string | null;
  identityDisclosedBy: string | null;
  followUps: FollowUp[];
  history: HistoryStep[];
}

export interface ProposalMove {
  to: ProposalState;
  reason?: DeclineReason;
  interview?: { at: string; place?: string; videoLink?: string };
  contract?: ContractType;
  startDate?: string;
}
