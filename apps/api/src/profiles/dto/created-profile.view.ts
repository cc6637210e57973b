import { ApiProperty } from '@nestjs/swagger';
import type * as contract from '@ponte/contracts';

/**
 * The answer to a creation: ids only. A POST response may be kept by the idempotency store,
 * so it must not carry notes or other content; read the profile with GET.
 */
export class CreatedProfileView implements contract.CreatedProfile {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'MI-7QX4-92K' }) pseudonymCode!: string;
  @ApiProperty() version!: number;
}
