import type { ProposalKind } from '@ponte/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ShortlistSource = 'match' | 'search';
export const SHORTLIST_SOURCES: readonly ShortlistSource[] = ['match', 'search'];

/** An offer or course a counsellor set aside for a profile, with a private encrypted note. */
@Entity('shortlist_entries')
export class ShortlistEntry {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'profile_id', type: 'uuid' }) profileId!: string;
  @Column({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @Column({ type: 'text' }) kind!: ProposalKind;
  @Column({ name: 'offer_id', type: 'uuid', nullable: true }) offerId!: string | null;
  @Column({ name: 'course_id', type: 'uuid', nullable: true }) courseId!: string | null;
  @Column({ type: 'text' }) source!: ShortlistSource;
  /** AES-256-GCM ciphertext bound to the entry id; never selected unless asked. */
  @Column({ name: 'note_encrypted', type: 'text', nullable: true, select: false }) noteEncrypted!: string | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
