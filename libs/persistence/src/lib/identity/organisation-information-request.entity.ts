import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A coordinator's question to a pending organisation during vetting, and its one answer. */
@Entity('organisation_information_requests')
export class OrganisationInformationRequest {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'text' }) question!: string;
  @Column({ name: 'asked_by', type: 'uuid', nullable: true }) askedBy!: string | null;
  @Column({ name: 'asked_at', type: 'timestamptz', default: () => 'now()' }) askedAt!: Date;
  @Column({ type: 'text', nullable: true }) answer!: string | null;
  @Column({ name: 'answered_by', type: 'uuid', nullable: true }) answeredBy!: string | null;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt!: Date | null;
}
