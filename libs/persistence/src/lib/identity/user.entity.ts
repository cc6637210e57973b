import type { Role } from '@ponte/domain';
import { Column, CreateDateColumn, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Network } from './network.entity';

/** A staff member (coordinator, counsellor) or a partner user. Women never have an account. */
@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() email!: string;
  @Column({ name: 'display_name' }) displayName!: string;
  /** argon2id; null until the invited user sets a password. */
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false }) passwordHash!: string | null;
  @Column({ type: 'text' }) role!: Role;
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) organisationId!: string | null;
  /** Encrypted with the notes key ring. */
  @Column({ name: 'totp_secret', type: 'text', nullable: true, select: false }) totpSecret!: string | null;
  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true }) totpEnabledAt!: Date | null;
  /** A new secret awaiting its first code (enrolment or re-keying); encrypted like `totpSecret`. */
  @Column({ name: 'totp_pending_secret', type: 'text', nullable: true, select: false }) totpPendingSecret!: string | null;
  /** Last TOTP time step accepted: a code is never accepted twice. */
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true, select: false }) totpLastStep!: string | null;
  @Column({ name: 'failed_sign_ins', default: 0 }) failedSignIns!: number;
  /** Start of the current 15-minute window of failed attempts (password or second factor). */
  @Column({ name: 'failed_since', type: 'timestamptz', nullable: true }) failedSince!: Date | null;
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true }) lockedUntil!: Date | null;
  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true }) passwordChangedAt!: Date | null;
  /** Language of the e-mails Ponte sends this user. */
  @Column({ name: 'preferred_language', type: 'char', length: 2, default: 'it' }) preferredLanguage!: 'it' | 'en';
  @Column({ name: 'invited_by', type: 'uuid', nullable: true }) invitedBy!: string | null;
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true }) disabledAt!: Date | null;
  @ManyToMany(() => Network)
  @JoinTable({ name: 'network_memberships', joinColumn: { name: 'user_id' }, inverseJoinColumn: { name: 'network_id' } })
  networks!: Network[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
