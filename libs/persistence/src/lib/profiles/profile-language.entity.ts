import type { CefrLevel } from '@ponte/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Profile } from './profile.entity';

/** A language (ISO 639 code) and the profile's CEFR level in it. */
@Entity('profile_languages')
export class ProfileLanguage {
  @PrimaryColumn({ name: 'profile_id', type: 'uuid' }) profileId!: string;
  @PrimaryColumn({ type: 'text' }) language!: string;
  @Column({ type: 'text' }) cefr!: CefrLevel;
  @ManyToOne(() => Profile, (p) => p.languages, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: Profile;
}
