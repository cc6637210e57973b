import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Profile } from './profile.entity';

/** Safety constraint: this organisation's offers are never ranked, proposed, shown or counted for the profile. */
@Entity('profile_blocked_organisations')
export class ProfileBlockedOrganisation {
  @PrimaryColumn({ name: 'profile_id', type: 'uuid' }) profileId!: string;
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @ManyToOne(() => Profile, (p) => p.blockedOrganisations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: Profile;
}
