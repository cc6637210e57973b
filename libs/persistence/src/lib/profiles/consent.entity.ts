import type { ConsentBasis, ConsentKind } from '@ponte/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A consent the woman gave, as recorded by her counsellor. `matching` has no organisation;
 * `share_card` and `disclose_identity` name exactly one. Revocation keeps the row (who and
 * when) and takes effect at once: readers check `revokedAt IS NULL`.
 */
@Entity('consents')
export class Consent {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'profile_id', type: 'uuid' }) profileId!: string;
  @Column({ type: 'text' }) kind!: ConsentKind;
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) organisationId!: string | null;
  @Column({ type: 'text' }) basis!: ConsentBasis;
  @Column({ name: 'recorded_by', type: 'uuid' }) recordedBy!: string;
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt!: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ name: 'revoked_by', type: 'uuid', nullable: true }) revokedBy!: string | null;
}
