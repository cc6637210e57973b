import type {
  Accommodation,
  ContractType,
  CourseCost,
  DeclineReason,
  OrganisationKind,
  OrganisationStatus,
  ProposalKind,
  ProposalState,
  PublicationStatus,
  Shift,
  WorkMode,
} from '@ponte/domain';
import type { CandidateCard, ProposalHistoryStep } from '@ponte/ui';

/** Shapes of the API answers the partner portal reads (see /api/docs). */

export interface VettingDecision {
  id: string;
  decision: 'vet' | 'reject' | 'suspend' | 'reinstate' | string;
  fromStatus: OrganisationStatus;
  toStatus: OrganisationStatus;
  reason: string;
  decidedAt: string;
}

export interface OrganisationView {
  id: string;
  kind: OrganisationKind;
  legalName: string;
  vatNumber: string | null;
  taxCode: string | null;
  status: OrganisationStatus;
  seatComune: string | null;
  atecoCode: string | null;
  contact: { name: string | null; email: string | null; phone: string | null };
  accreditationNumber: string | null;
  antiHarassmentDeclaredAt: string | null;
  canPublish: boolean;
  vettingHistory: VettingDecision[];
  /** The coordinators' questions during vetting and the organisation's answers, newest first. */
  informationRequests: InformationRequest[];
  createdAt: string;
}

export interface InformationRequest {
  id: string;
  question: string;
  askedAt: string;
  answer: string | null;
  answeredAt: string | null;
}

export interface TeamAccount {
  id: string;
  email: string;
  displayName: string;
  role: 'partner_admin' | 'partner_member';
  active: boolean;
  invitationPending: boolean;
  createdAt: string;
}

export interface LanguageRequirement {
  code: string;
  cefr: string;
}

/** What offers and courses share. */
export interface Publication {
  id: string;
  status: PublicationStatus;
  version: number;
  title: string;
  description: string;
  languages: LanguageRequirement[];
  minEqf: number | null;
  workMode: WorkMode;
  comune: string | null;
  shifts: Shift[];
  seats: number;
  seatsFilled: number;
  deadline: string;
  publishedAt: string | null;
  closedAt: string | null;
  closedReason: 'manual' | 'deadline' | 'seats_filled' | null;
  createdAt: string;
  updatedAt: string;
  organisation: { id: string; name: string; kind: OrganisationKind };
}

export interface Offer extends Publication {
  occupationUri: string | null;
  essentialSkills: string[];
  optionalSkills: string[];
  weeklyHours: number;
  contract: ContractType;
  startDate: string | null;
  accommodations: Accommodation[];
}

export interface Course extends Publication {
  skillsTaught: string[];
  targetOccupations: string[];
  schedule: string | null;
  totalHours: number;
  weeklyHours: number | null;
  startDate: string;
  endDate: string;
  cost: CourseCost;
  certification: string | null;
  childcareSupport: boolean;
}

export type CatalogueKind = 'offer' | 'course';

export interface PartnerProposalSummary {
  id: string;
  kind: ProposalKind;
  state: ProposalState;
  target: { id: string; title: string };
  /** The code this organisation knows her by. */
  candidateCode: string;
  proposedAt: string;
  updatedAt: string;
}

export interface PartnerProposal extends PartnerProposalSummary {
  card: CandidateCard;
  coverMessage: string | null;
  reason: DeclineReason | null;
  interview: { at: string; place: string | null; videoLink: string | null } | null;
  contract: ContractType | null;
  startDate: string | null;
  identityDisclosedAt: string | null;
  history: ProposalHistoryStep[];
}
