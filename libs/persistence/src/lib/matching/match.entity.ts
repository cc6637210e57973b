import type { MatchKind } from '@ponte/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One precomputed match: a profile × an offer or course, with the engine's score and
 * explanation. Valid only while `profileVersion` and `targetVersion` are the current versions
 * (readers join them); written only by the matching store (match-store.ts).
 */
@Entity('matches')
export class Match {
  @PrimaryColumn({ name: 'profile_id', type: 'uuid' }) profileId!: string;
  @PrimaryColumn({ type: 'text' }) kind!: MatchKind;
  @PrimaryColumn({ name: 'target_id', type: 'uuid' }) targetId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  /** numeric(5,2): the pg driver returns a string. */
  @Column({ type: 'numeric', precision: 5, scale: 2 }) score!: string;
  /**
   * json, not jsonb: written and read whole, never queried inside (migration 1764009100000).
   * An offer's is packed (packOfferExplanation, migration 1764009200000), a course's as built.
   */
  @Column({ type: 'json' }) explanation!: object;
  @Column({ name: 'profile_version', type: 'int' }) profileVersion!: number;
  @Column({ name: 'target_version', type: 'int' }) targetVersion!: number;
  @Column({ name: 'computed_at', type: 'timestamptz' }) computedAt!: Date;
}

/** For which profile version the stored list was computed, with the hard-filter counts. */
@Entity('match_states')
export class MatchState {
  @PrimaryColumn({ name: 'profile_id', type: 'uuid' }) profileId!: string;
  @Column({ name: 'profile_version', type: 'int' }) profileVersion!: number;
  @Column({ type: 'boolean' }) eligible!: boolean;
  @Column({ type: 'jsonb' }) filtered!: Record<string, number>;
  @Column({ type: 'jsonb' }) passed!: { offers?: number; courses?: number };
  @Column({ name: 'computed_at', type: 'timestamptz' }) computedAt!: Date;
}

/** A (profile, offer) pair that already produced a "new match" notification: never again. */
@Entity('match_notices')
export class MatchNotice {
  @PrimaryColumn({ name: 'profile_id', type: 'uuid' }) profileId!: string;
  @PrimaryColumn({ name: 'offer_id', type: 'uuid' }) offerId!: string;
  @Column({ name: 'notified_at', type: 'timestamptz' }) notifiedAt!: Date;
}
