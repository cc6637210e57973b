import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONTRACT_TYPES,
  DECLINE_REASONS,
  FOLLOW_UP_MONTHS,
  FOLLOW_UP_OUTCOMES,
  PROPOSAL_KINDS,
  PROPOSAL_STATES,
  type ContractType,
  type DeclineReason,
  type FollowUpMonths,
  type FollowUpOutcome,
  type ProposalKind,
  type ProposalState,
} from '@ponte/domain';
import { NormalisedFreeText } from '../../profiles/profile-free-text';
import { Type } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, IsUrl, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PageQuery } from '../../common/pagination/page-query.dto';

export const COVER_MESSAGE_MAX = 2000;

export class CreateProposalDto {
  @ApiProperty({ format: 'uuid', description: 'The shortlist entry (offer or course) to propose the profile to' })
  @IsUUID()
  shortlistEntryId!: string;

  @ApiPropertyOptional({ maxLength: COVER_MESSAGE_MAX, description: 'Shown to the partner with the card; normalised, scanned for identifiers, encrypted at rest' })
  @IsOptional()
  @NormalisedFreeText()
  @IsString()
  @MaxLength(COVER_MESSAGE_MAX)
  coverMessage?: string;
}

export class InterviewDto {
  @ApiProperty({ description: 'ISO 8601 date-time' })
  @IsISO8601({ strict: true })
  at!: string;

  @ApiPropertyOptional({ maxLength: 300, description: 'Where (the partner\'s premises); this or videoLink' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  place?: string;

  @ApiPropertyOptional({ description: 'https link of a video call; this or place' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(500)
  videoLink?: string;
}

/**
 * A move of the state machine. Which extra fields a target state needs (and accepts):
 * declined / not_hired → reason; interview_arranged → interview; hired → contract and
 * startDate; enrolled → startDate (optional, defaults to the course's). Others take none.
 */
export class ProposalMoveDto {
  @ApiProperty({ enum: PROPOSAL_STATES })
  @IsIn(PROPOSAL_STATES)
  to!: ProposalState;

  @ApiPropertyOptional({ enum: DECLINE_REASONS })
  @IsOptional()
  @IsIn(DECLINE_REASONS)
  reason?: DeclineReason;

  @ApiPropertyOptional({ type: InterviewDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => InterviewDto)
  interview?: InterviewDto;

  @ApiPropertyOptional({ enum: CONTRACT_TYPES })
  @IsOptional()
  @IsIn(CONTRACT_TYPES)
  contract?: ContractType;

  @ApiPropertyOptional({ description: 'YYYY-MM-DD: first day of work (hired) or of the course (enrolled)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  startDate?: string;
}

export class FollowUpDto {
  @ApiProperty({ enum: FOLLOW_UP_MONTHS })
  @Type(() => Number)
  @IsIn(FOLLOW_UP_MONTHS)
  months!: FollowUpMonths;

  @ApiProperty({ enum: FOLLOW_UP_OUTCOMES, description: 'still_in_work reads "still in training" for a course' })
  @IsIn(FOLLOW_UP_OUTCOMES)
  outcome!: FollowUpOutcome;
}

export class CounsellorProposalQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  profileId?: string;

  @ApiPropertyOptional({ enum: PROPOSAL_STATES })
  @IsOptional()
  @IsIn(PROPOSAL_STATES)
  state?: ProposalState;

  @ApiPropertyOptional({ enum: PROPOSAL_KINDS })
  @IsOptional()
  @IsIn(PROPOSAL_KINDS)
  kind?: ProposalKind;
}

export class PartnerProposalQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PROPOSAL_STATES })
  @IsOptional()
  @IsIn(PROPOSAL_STATES)
  state?: ProposalState;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  offerId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  courseId?: string;
}
