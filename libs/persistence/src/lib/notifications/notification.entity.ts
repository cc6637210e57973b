import type { NotificationKind } from '@ponte/contracts';
import type { ProposalState } from '@ponte/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An in-app notice, by kind (`@ponte/contracts` NOTIFICATION_KINDS): the text is rendered by the
 * portal from the kind; the row holds no personal data, only the target it points to.
 */
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
