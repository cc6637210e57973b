import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Anonymous counter: how many times an event happened in a network in a month. It has no
 * profile id, so it survives erasure and is what indicators are computed from.
 */
@Entity('indicator_counts')
export class IndicatorCount {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  /** First day of the month (Europe/Rome), `YYYY-MM-01`. */
  @PrimaryColumn({ type: 'date' }) month!: string;
  @PrimaryColumn({ type: 'text' }) event!: string;
  @Column({ type: 'integer' }) count!: number;
}
