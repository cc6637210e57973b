import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One completed reference-data import: its sources, their fingerprint and the summary. */
@Entity('reference_imports')
export class ReferenceImport {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** sha256 over the imported files' names and contents. */
  @Column({ type: 'text' }) fingerprint!: string;
  @Column({ type: 'jsonb' }) sources!: unknown;
  @Column({ type: 'jsonb' }) summary!: unknown;
  @Column({ name: 'started_at', type: 'timestamptz' }) startedAt!: Date;
  @Column({ name: 'finished_at', type: 'timestamptz' }) finishedAt!: Date;
}
