import type { ProposalState } from '@ponte/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ProposalActorRole = 'counsellor' | 'partner_admin' | 'partner_member' | 'system';

/** One step of a proposal. Partners see state, time and actor role; never who. */
@Entity('proposal_history')
export class ProposalHistoryEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'proposal_id', type: 'uuid' }) proposalId!: string;
  @Column({ type: 'text' }) state!: ProposalState;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at!: Date;
  @Column({ name: 'actor_role', type: 'text' }) actorRole!: ProposalActorRole;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  /** Codes only (decline reason, contract, withdrawal cause): never free text. */
  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" }) details!: Record<string, unknown>;
}
