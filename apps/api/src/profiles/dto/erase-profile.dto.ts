import { ApiProperty } from '@nestjs/swagger';
import { ERASURE_REASONS, type ErasureReason } from '@ponte/domain';
import { IsIn } from 'class-validator';

/** Reasons a counsellor may give; `retention` is reserved to the scheduled sweep. */
export const REQUEST_ERASURE_REASONS = ERASURE_REASONS.filter((reason) => reason !== 'retention');

export class EraseProfileQuery {
  @ApiProperty({ enum: REQUEST_ERASURE_REASONS })
  @IsIn(REQUEST_ERASURE_REASONS)
  reason!: Exclude<ErasureReason, 'retention'>;
}
