import { ApiProperty } from '@nestjs/swagger';
import { CONSENT_BASES, CONSENT_KINDS, type ConsentBasis, type ConsentKind } from '@ponte/domain';
import type { Consent } from '@ponte/persistence';
import type * as contract from '@ponte/contracts';

export class ConsentView implements contract.Served<contract.Consent> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) profileId!: string;
  @ApiProperty({ enum: CONSENT_KINDS }) kind!: ConsentKind;
  @ApiProperty({ format: 'uuid', nullable: true }) organisationId!: string | null;
  @ApiProperty({ enum: CONSENT_BASES }) basis!: ConsentBasis;
  @ApiProperty({ format: 'uuid' }) recordedBy!: string;
  @ApiProperty() recordedAt!: Date;
  @ApiProperty({ nullable: true }) revokedAt!: Date | null;
  @ApiProperty({ format: 'uuid', nullable: true }) revokedBy!: string | null;
  @ApiProperty() active!: boolean;
}

export const toConsentView = (c: Consent): ConsentView => ({
  id: c.id,
  profileId: c.profileId,
  kind: c.kind,
  organisationId: c.organisationId,
  basis: c.basis,
  recordedBy: c.recordedBy,
  recordedAt: c.recordedAt,
  revokedAt: c.revokedAt,
  revokedBy: c.revokedBy,
  active: c.revokedAt === null,
});
