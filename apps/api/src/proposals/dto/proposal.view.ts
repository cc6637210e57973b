import { ApiProperty } from '@nestjs/swagger';
import {
  CONTRACT_TYPES,
  DECLINE_REASONS,
  FOLLOW_UP_MONTHS,
  FOLLOW_UP_OUTCOMES,
  PROPOSAL_KINDS,
  PROPOSAL_STATES,
  WITHDRAWAL_CAUSES,
  type ContractType,
  type DeclineReason,
  type FollowUpMonths,
  type FollowUpOutcome,
  type ProposalKind,
  type ProposalState,
  type WithdrawalCause,
} from '@ponte/domain';
import { CandidateCardView, InterviewView, PartnerHistoryStep } from './candidate-card.view';
import type * as contract from '@ponte/contracts';

export class CounsellorTargetView implements contract.CounsellorTarget {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty() organisationStatus!: string;
}

export class HistoryStep extends PartnerHistoryStep implements contract.Served<contract.CounsellorHistoryStep> {
  @ApiProperty({ format: 'uuid', nullable: true }) actorId!: string | null;
  @ApiProperty({ description: 'Codes only (reason, contract, cause)' }) details!: Record<string, unknown>;
}

export class FollowUpView implements contract.Served<contract.FollowUp> {
  @ApiProperty({ enum: FOLLOW_UP_MONTHS }) months!: FollowUpMonths;
  @ApiProperty() dueAt!: Date;
  @ApiProperty({ nullable: true }) remindedAt!: Date | null;
  @ApiProperty({ enum: FOLLOW_UP_OUTCOMES, nullable: true }) outcome!: FollowUpOutcome | null;
  @ApiProperty({ nullable: true }) recordedAt!: Date | null;
}

export class MatchView implements contract.ProposalMatch {
  @ApiProperty({ nullable: true }) score!: number | null;
  @ApiProperty({ description: 'The engine explanation at proposal time (km and points included)' })
  explanation!: Record<string, unknown>;
  @ApiProperty() computedAt!: string;
}

/** A proposal as the counsellors of the profile's network see it. */
export class CounsellorProposalView implements contract.Served<contract.CounsellorProposal> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) profileId!: string;
  @ApiProperty() pseudonymCode!: string;
  @ApiProperty({ enum: PROPOSAL_KINDS }) kind!: ProposalKind;
  @ApiProperty({ enum: PROPOSAL_STATES }) state!: ProposalState;
  @ApiProperty({ type: CounsellorTargetView }) target!: CounsellorTargetView;
  @ApiProperty({ format: 'uuid' }) counsellorId!: string;
  @ApiProperty({ type: CandidateCardView, description: 'Exactly what the partner sees' }) card!: CandidateCardView;
  @ApiProperty({ type: MatchView }) match!: MatchView;
  @ApiProperty({ nullable: true }) coverMessage!: string | null;
  @ApiProperty({ enum: DECLINE_REASONS, nullable: true }) reason!: DeclineReason | null;
  @ApiProperty({ type: InterviewView, nullable: true }) interview!: InterviewView | null;
  @ApiProperty({ enum: CONTRACT_TYPES, nullable: true }) contract!: ContractType | null;
  @ApiProperty({ nullable: true }) startDate!: string | null;
  @ApiProperty({ enum: WITHDRAWAL_CAUSES, nullable: true }) withdrawnCause!: WithdrawalCause | null;
  @ApiProperty({ nullable: true }) identityDisclosedAt!: Date | null;
  @ApiProperty({ format: 'uuid', nullable: true }) identityDisclosedBy!: string | null;
  @ApiProperty({ type: [FollowUpView] }) followUps!: FollowUpView[];
  @ApiProperty({ type: [HistoryStep] }) history!: HistoryStep[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

/** What POST answers: ids only, since idempotent POST answers may be stored. */
export class ProposalCreatedView implements contract.ProposalCreated {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) profileId!: string;
  @ApiProperty({ enum: PROPOSAL_KINDS }) kind!: ProposalKind;
  @ApiProperty({ enum: PROPOSAL_STATES }) state!: ProposalState;
}

export class CounsellorProposalSummary implements contract.Served<contract.CounsellorProposalSummary> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) profileId!: string;
  @ApiProperty() pseudonymCode!: string;
  @ApiProperty({ enum: PROPOSAL_KINDS }) kind!: ProposalKind;
  @ApiProperty({ enum: PROPOSAL_STATES }) state!: ProposalState;
  @ApiProperty({ type: CounsellorTargetView }) target!: CounsellorTargetView;
  @ApiProperty({ enum: WITHDRAWAL_CAUSES, nullable: true }) withdrawnCause!: WithdrawalCause | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class CounsellorProposalPage implements contract.Served<contract.CounsellorProposalPage> {
  @ApiProperty({ type: [CounsellorProposalSummary] }) items!: CounsellorProposalSummary[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
