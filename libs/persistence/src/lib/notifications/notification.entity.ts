import type { ProposalState } from '@ponte/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What to notify, in-app, by kind: the text is rendered by the portal from the kind; the row
 * holds no personal data, only the target it points to.
 */
export const NOTIFICATION_KINDS = [
  /** Partner users: a new proposal reached their organisation. */
  'proposal_received',
  /** Partner users: the counsellor recorded an interview, outcome or identity disclosure. */
  'proposal_updated',
  /** Partner users: the counsellor withdrew a proposal (never for revocations: those vanish). */
  'proposal_withdrawn',
  /** The counsellor: the partner answered (viewed, interested, declined, interview, outcome). */
  'proposal_answered',
  /** The counsellor: a 3- or 6-month follow-up is due. */
  'follow_up_due',
  /** The counsellor: new offers above MATCH_NOTIFY_THRESHOLD for a profile of hers (target: the profile). */
  'new_matches',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

@Entity('notifications')
export class Notification {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'recipient_id', type: 'uuid' }) recipientId!: string;
  @Column({ type: 'text' }) kind!: NotificationKind;
  @Column({ name: 'target_type', type: 'text' }) targetType!: 'proposal' | 'profile';
  @Column({ name: 'target_id', type: 'uuid' }) targetId!: string;
  /** The proposal's state when the notice was written (null for profile targets). */
  @Column({ type: 'text', nullable: true }) step!: ProposalState | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt!: Date | null;
}
