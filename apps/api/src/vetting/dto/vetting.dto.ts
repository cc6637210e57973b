import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { VETTING_CHECKS, type VettingCheck, type VettingCheckResult } from '@ponte/domain';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { OrganisationSummary } from '../../organisations/organisation-view';
import { INFORMATION_STATES, VETTING_DECISIONS, type InformationState, type VettingDecision } from '@ponte/contracts';
import type * as contract from '@ponte/contracts';

export class VettingDecisionDto {
  @ApiProperty({ enum: VETTING_DECISIONS, description: 'vet/reject a pending organisation, suspend a vetted one, reinstate a suspended one' })
  @IsIn(VETTING_DECISIONS)
  decision!: VettingDecision;

  @ApiProperty({ description: 'Mandatory; shown to the organisation', example: 'Visura camerale e dichiarazione verificate.' })
  @IsString()
  @MaxLength(2000)
  reason!: string;
}

export class VettingChecks implements contract.VettingChecks {
  @ApiProperty({ description: 'Partita IVA present and with a valid check digit' }) vatNumberValid!: boolean;
  @ApiProperty({ description: 'Codice fiscale of the organisation present and valid' }) taxCodeValid!: boolean;
  @ApiProperty() atecoFormatValid!: boolean;
  @ApiProperty({ description: 'Anti-harassment policy declared (ILO C190)' }) declarationPresent!: boolean;
  @ApiProperty({ description: 'Training bodies: accreditation number given (always true for others)' }) accreditationPresent!: boolean;
  @ApiProperty() seatComuneKnown!: boolean;
}

/** Why a check passed or failed: a reason code (portal message `vetting.reason.<reason>`) and its values. */
export class VettingCheckDetail implements VettingCheckResult {
  @ApiProperty({ enum: VETTING_CHECKS }) check!: VettingCheck;
  @ApiProperty() passed!: boolean;
  @ApiProperty({ example: 'taxCodeIsVatNumber' }) reason!: string;
  @ApiPropertyOptional({ type: Object, example: { expected: '7', given: '0' } }) params?: Record<string, string>;
}


export class VettingQueueItem extends OrganisationSummary implements contract.Served<contract.VettingQueueItem> {
  @ApiProperty({ type: String, nullable: true }) atecoCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) accreditationNumber!: string | null;
  @ApiProperty({ type: VettingChecks }) checks!: VettingChecks;
  @ApiProperty({ type: VettingCheckDetail, isArray: true }) checkDetails!: VettingCheckDetail[];
  @ApiProperty({ enum: INFORMATION_STATES, description: 'The latest information request: none, awaiting_answer or answered' })
  information!: InformationState;
}
