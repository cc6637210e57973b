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
  @Column({ name: 'failed_sign_ins', default: 0 }) failedSignIns!: number;
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true }) lockedUntil!: Date | null;
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true }) disabledAt!: Date | null;
  @ManyToMany(() => Network)
  @JoinTable({ name: 'network_memberships', joinColumn: { name: 'user_id' }, inverseJoinColumn: { name: 'network_id' } })
  networks!: Network[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
