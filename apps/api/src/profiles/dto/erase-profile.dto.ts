import { ApiProperty } from '@nestjs/swagger';
import { ERASURE_REQUEST_REASONS, type ErasureRequestReason } from '@ponte/contracts';
import { IsIn } from 'class-validator';

/** Reasons a counsellor may give; `retention` is reserved to the scheduled sweep. */
export class EraseProfileQuery {
  @ApiProperty({ enum: ERASURE_REQUEST_REASONS })
  @IsIn(ERASURE_REQUEST_REASONS)
  reason!: ErasureRequestReason;
}
