import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACCOMMODATIONS,
  CEFR_LEVELS,
  CONTRACT_TYPES,
  DECLINE_REASONS,
  DISTANCE_BANDS,
  PROPOSAL_KINDS,
  PROPOSAL_STATES,
  SHIFTS,
  SKILL_LEVELS,
  type Accommodation,
  type CefrLevel,
  type ContractType,
  type DeclineReason,
  type DistanceBand,
  type ProposalKind,
  type ProposalState,
  type Shift,
  type SkillLevel,
} from '@ponte/domain';
import type * as contract from '@ponte/contracts';

/** An ESCO concept with its label in the reader's language (English fallback; null if unknown). */
export class LabelledConcept implements contract.LabelledConcept {
  @ApiProperty() uri!: string;
  @ApiProperty({ nullable: true }) label!: string | null;
  @ApiProperty({ nullable: true, example: 'it', description: "The label's language: English where the reader's has no label yet" })
  labelLanguage!: string | null;
}

export class CardSkill extends LabelledConcept implements contract.CardSkill {
  @ApiProperty({ enum: SKILL_LEVELS }) level!: SkillLevel;
}

export class CardLanguage {
  @ApiProperty({ description: 'ISO 639 code' }) code!: string;
  @ApiProperty({ enum: CEFR_LEVELS }) cefr!: CefrLevel;
}

export class CardAvailability {
  @ApiProperty() weeklyHours!: number;
  @ApiProperty({ enum: SHIFTS, isArray: true }) shifts!: Shift[];
  @ApiProperty({ nullable: true, description: 'YYYY-MM-DD' }) earliestStart!: string | null;
}

export class CardMatchedSkill extends LabelledConcept implements contract.CardMatchedSkill {
  @ApiProperty() essential!: boolean;
  @ApiProperty({ enum: ['exact', 'broader'] }) tier!: 'exact' | 'broader';
}

export class CardMissingSkill extends LabelledConcept implements contract.CardMissingSkill {
  @ApiProperty() essential!: boolean;
}

export class CardSchedule implements contract.CardSchedule {
  @ApiProperty({ enum: SHIFTS, isArray: true }) sharedShifts!: Shift[];
  @ApiPropertyOptional() offerHours?: number;
  @ApiPropertyOptional() profileHours?: number;
  @ApiPropertyOptional({ description: '0-1' }) hoursFit?: number;
}

/** Why she fits: skills and schedule only. Nothing locates her (no comune, no km, no distance points). */
export class CardExplanationView implements contract.CardExplanation {
  @ApiProperty({ enum: PROPOSAL_KINDS }) kind!: ProposalKind;
  @ApiPropertyOptional({ type: [CardMatchedSkill] }) matchedSkills?: CardMatchedSkill[];
  @ApiPropertyOptional({ type: [CardMissingSkill] }) missingSkills?: CardMissingSkill[];
  @ApiPropertyOptional({ description: 'Share of the essential skills held exactly, 0-1' }) essentialCoverage?: number;
  @ApiPropertyOptional({ type: [LabelledConcept], description: 'Course: skills it teaches that she lacks' }) skillsToGain?: LabelledConcept[];
  @ApiProperty({ type: CardSchedule }) schedule!: CardSchedule;
  @ApiPropertyOptional({ description: 'Offer: accommodations she needs that the offer grants / does not grant' })
  accommodations?: { met: string[]; unmet: string[] };
}

/** The candidate card: the only view of a woman a partner ever receives. */
export class CandidateCardView implements contract.CandidateCard {
  @ApiProperty({ example: 'C-7QX4-92KF', description: 'The code the receiving organisation knows her by: its own, unlinkable to any other organisation\'s' })
  candidateCode!: string;
  @ApiProperty({ type: [CardSkill] }) skills!: CardSkill[];
  @ApiProperty({ type: [CardLanguage] }) languages!: CardLanguage[];
  @ApiProperty({ nullable: true, minimum: 1, maximum: 8 }) eqfLevel!: number | null;
  @ApiProperty({ type: CardAvailability }) availability!: CardAvailability;
  @ApiProperty({ enum: DISTANCE_BANDS, nullable: true, description: 'Null for remote work' }) distanceBand!: DistanceBand | null;
  @ApiProperty({ enum: ACCOMMODATIONS, isArray: true }) accommodations!: Accommodation[];
  @ApiProperty({ type: CardExplanationView }) explanation!: CardExplanationView;
}

export class InterviewView implements contract.Served<contract.Interview> {
  @ApiProperty() at!: Date;
  @ApiProperty({ nullable: true }) place!: string | null;
  @ApiProperty({ nullable: true }) videoLink!: string | null;
}

export class PartnerHistoryStep implements contract.Served<contract.ProposalHistoryStep> {
  @ApiProperty({ enum: PROPOSAL_STATES }) state!: ProposalState;
  @ApiProperty() at!: Date;
  @ApiProperty({ enum: ['counsellor', 'partner_admin', 'partner_member', 'system'] }) actorRole!: string;
}

export class ProposalTargetView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
}

/** A proposal as its partner sees it. */
export class PartnerProposalView implements contract.Served<contract.PartnerProposal> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: PROPOSAL_KINDS }) kind!: ProposalKind;
  @ApiProperty({ enum: PROPOSAL_STATES }) state!: ProposalState;
  @ApiProperty({ type: ProposalTargetView }) target!: ProposalTargetView;
  @ApiProperty({ type: CandidateCardView }) card!: CandidateCardView;
  @ApiProperty({ nullable: true }) coverMessage!: string | null;
  @ApiProperty({ enum: DECLINE_REASONS, nullable: true }) reason!: DeclineReason | null;
  @ApiProperty({ type: InterviewView, nullable: true }) interview!: InterviewView | null;
  @ApiProperty({ enum: CONTRACT_TYPES, nullable: true }) contract!: ContractType | null;
  @ApiProperty({ nullable: true }) startDate!: string | null;
  @ApiProperty({ nullable: true, description: 'When the counsellor recorded that the woman disclosed her identity to you' })
  identityDisclosedAt!: Date | null;
  @ApiProperty({ type: [PartnerHistoryStep] }) history!: PartnerHistoryStep[];
  @ApiProperty() proposedAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class PartnerProposalSummary implements contract.Served<contract.PartnerProposalSummary> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: PROPOSAL_KINDS }) kind!: ProposalKind;
  @ApiProperty({ enum: PROPOSAL_STATES }) state!: ProposalState;
  @ApiProperty({ type: ProposalTargetView }) target!: ProposalTargetView;
  @ApiProperty({ example: 'C-7QX4-92KF', description: 'The code this organisation knows her by' }) candidateCode!: string;
  @ApiProperty() proposedAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class PartnerProposalPage implements contract.Served<contract.PartnerProposalPage> {
  @ApiProperty({ type: [PartnerProposalSummary] }) items!: PartnerProposalSummary[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
