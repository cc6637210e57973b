import type { VettingDecision } from '@ponte/contracts';
import type { OrganisationStatus } from '@ponte/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A coordinator's decision on an organisation and its mandatory reason; the history is never rewritten. */
@Entity('organisation_vetting_decisions')
export class OrganisationVettingDecision {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'text' }) decision!: VettingDecision;
  @Column({ name: 'from_status', type: 'text' }) fromStatus!: OrganisationStatus;
  @Column({ name: 'to_status', type: 'text' }) toStatus!: OrganisationStatus;
  @Column({ type: 'text' }) reason!: string;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy!: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', default: () => 'now()' }) decidedAt!: Date;
}
