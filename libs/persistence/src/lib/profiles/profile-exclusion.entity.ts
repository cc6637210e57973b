import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Profile } from './profile.entity';

/** Safety constraint: no offer within `radiusKm` of this comune is ever shown for the profile. */
@Entity('profile_exclusions')
export class ProfileExclusion {
  @PrimaryColumn({ name: 'profile_id', type: 'uuid' }) profileId!: string;
  @PrimaryColumn({ type: 'char', length: 6 }) comune!: string;
  @Column({
    name: 'radius_km',
    type: 'numeric',
    precision: 5,
    scale: 1,
    transformer: { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  radiusKm!: number;
  @ManyToOne(() => Profile, (p) => p.exclusions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: Profile;
}
