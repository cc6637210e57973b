import { ApiProperty } from '@nestjs/swagger';
import { CONSENT_BASES, CONSENT_KINDS, type ConsentBasis, type ConsentKind } from '@ponte/domain';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type * as contract from '@ponte/contracts';

export class RecordConsentDto implements contract.RecordConsentBody {
  @ApiProperty({ enum: CONSENT_KINDS })
  @IsIn(CONSENT_KINDS)
  kind!: ConsentKind;

  @ApiProperty({ required: false, format: 'uuid', description: 'Required for share_card and disclose_identity; absent for matching' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiProperty({ enum: CONSENT_BASES, description: 'How the woman gave it' })
  @IsIn(CONSENT_BASES)
  basis!: ConsentBasis;
}
