import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type MailOutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

/**
 * An e-mail to deliver, written in the transaction of the change that causes it. `params`
 * holds only what the template declares (links, numbers); secret values (links carrying a
 * one-time token) are sealed with the notes key ring, bound to the row id.
 */
@Entity('mail_outbox')
export class MailOutboxEntry {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) to!: string;
  @Column({ type: 'text' }) template!: string;
  @Column({ type: 'char', length: 2, default: 'it' }) language!: 'it' | 'en';
  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" }) params!: Record<string, unknown>;
  @Column({ type: 'text', default: 'pending' }) status!: MailOutboxStatus;
  @Column({ type: 'int', default: 0 }) attempts!: number;
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true }) leaseUntil!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt!: Date | null;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError!: string | null;
}
