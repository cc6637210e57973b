import type { ContractType, DeclineReason, ProposalKind, ProposalState, WithdrawalCause } from '@ponte/domain';
import type { CardSnapshot } from '@ponte/matching';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The counsellor's full explanation, as the engine returned it (km and points included). */
export interface MatchSnapshot {
  score: number;
  /** An OfferExplanation or CourseExplanation of @ponte/matching. */
  explanation: object;
  /** When the engine ran. */
  at: string;
}

const NUMERIC = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * A profile proposed to one offer or course. `card` is what the partner sees, frozen at
 * proposal time through the card's one allow-list (@ponte/matching freezeCard); `match` is the
 * counsellor's full explanation. Only the service layer projects
 * it: partners never receive this entity, only the candidate card view.
 */
@Entity('proposals')
export class Proposal {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'profile_id', type: 'uuid' }) profileId!: string;
  @Column({ name: 'network_id', type: 'uuid' }) networkId!: string;
  /** The counsellor who proposed; she receives the partner's answers and the follow-up reminders. */
  @Column({ name: 'counsellor_id', type: 'uuid' }) counsellorId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'text' }) kind!: ProposalKind;
  @Column({ name: 'offer_id', type: 'uuid', nullable: true }) offerId!: string | null;
  @Column({ name: 'course_id', type: 'uuid', nullable: true }) courseId!: string | null;
  @Column({ type: 'text', default: 'proposed' }) state!: ProposalState;
  @Column({ type: 'jsonb' }) card!: CardSnapshot;
  @Column({ type: 'jsonb' }) match!: MatchSnapshot;
  @Column({ name: 'match_score', type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: NUMERIC }) matchScore!: number | null;
  /** Shown to the partner: normalised, scanned for identifiers, sealed (SEALED_WITH.coverMessage). */
  @Column({ name: 'cover_message_encrypted', type: 'text', nullable: true }) coverMessageEncrypted!: string | null;
  @Column({ name: 'decline_reason', type: 'text', nullable: true }) declineReason!: DeclineReason | null;
  @Column({ name: 'interview_at', type: 'timestamptz', nullable: true }) interviewAt!: Date | null;
  @Column({ name: 'interview_place', type: 'text', nullable: true }) interviewPlace!: string | null;
  @Column({ name: 'interview_link', type: 'text', nullable: true }) interviewLink!: string | null;
  @Column({ type: 'text', nullable: true }) contract!: ContractType | null;
  @Column({ name: 'start_date', type: 'date', nullable: true }) startDate!: string | null;
  @Column({ name: 'withdrawn_cause', type: 'text', nullable: true }) withdrawnCause!: WithdrawalCause | null;
  @Column({ name: 'identity_disclosed_at', type: 'timestamptz', nullable: true }) identityDisclosedAt!: Date | null;
  @Column({ name: 'identity_disclosed_by', type: 'uuid', nullable: true }) identityDisclosedBy!: string | null;
  @Column({ name: 'viewed_at', type: 'timestamptz', nullable: true }) viewedAt!: Date | null;
  /** When the hire, enrolment or final outcome was recorded. */
  @Column({ name: 'outcome_at', type: 'timestamptz', nullable: true }) outcomeAt!: Date | null;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
