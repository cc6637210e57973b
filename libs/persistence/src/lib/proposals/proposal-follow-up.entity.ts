import type { FollowUpMonths, FollowUpOutcome } from '@ponte/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The 3- and 6-month check after a hire or enrolment: due, reminded, answered. */
@Entity('proposal_follow_ups')
export class ProposalFollowUp {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid' }) proposalId!: string;
  @PrimaryColumn({ type: 'smallint' }) months!: FollowUpMonths;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt!: Date;
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true }) remindedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) outcome!: FollowUpOutcome | null;
  @Column({ name: 'recorded_at', type: 'timestamptz', nullable: true }) recordedAt!: Date | null;
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true }) recordedBy!: string | null;
}
