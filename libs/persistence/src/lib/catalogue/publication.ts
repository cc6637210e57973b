import type { PublicationStatus, Shift, WorkMode } from '@ponte/domain';
import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const CLOSED_REASONS = ['manual', 'deadline', 'seats_filled'] as const;
export type ClosedReason = (typeof CLOSED_REASONS)[number];

export interface LanguageRequirement {
  /** ISO 639-1, lower case. */
  code: string;
  cefr: string;
}

/** `date` columns come back as `YYYY-MM-DD` strings: no time zone drift. */
export const DATE = { type: 'date' } as const;

/** What offers and courses share: identity, owner, lifecycle and the version the matcher checks. */
export abstract class Publication {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'text', default: 'draft' }) status!: PublicationStatus;
  /** Bumped on every change, status and seats included. */
  @Column({ type: 'int', default: 1 }) version!: number;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" }) languages!: LanguageRequirement[];
  @Column({ name: 'min_eqf', type: 'smallint', nullable: true }) minEqf!: number | null;
  @Column({ name: 'work_mode', type: 'text' }) workMode!: WorkMode;
  @Column({ type: 'char', length: 6, nullable: true }) comune!: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) shifts!: Shift[];
  @Column({ type: 'int' }) seats!: number;
  @Column({ name: 'seats_filled', type: 'int', default: 0 }) seatsFilled!: number;
  @Column({ ...DATE }) deadline!: string;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ name: 'closed_reason', type: 'text', nullable: true }) closedReason!: ClosedReason | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
