import type { Accommodation, AgeBand, CommuteMean, ContractType, ProfileStatus, Shift } from '@ponte/domain';
import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ProfileBlockedOrganisation } from './profile-blocked-organisation.entity';
import { ProfileExclusion } from './profile-exclusion.entity';
import { ProfileLanguage } from './profile-language.entity';
import { ProfileSkill } from './profile-skill.entity';

/**
 * A woman's pseudonymised skill profile. Holds no direct identifier: the pseudonym code is
 * random, the notes are ciphertext bound to the row id. `version` is bumped by every change
 * (matches are valid only for the version they were computed on).
 */
@Entity('profiles')
export class Profile {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'pseudonym_code' }) pseudonymCode!: string;
  @Column({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @Column({ name: 'counsellor_id', type: 'uuid' }) counsellorId!: string;
  @Column({ name: 'age_band', type: 'text' }) ageBand!: AgeBand;
  @Column({ name: 'home_comune', type: 'char', length: 6 }) homeComune!: string;
  @Column({ name: 'eqf_level', type: 'smallint', nullable: true }) eqfLevel!: number | null;
  @Column({ name: 'target_occupations', type: 'text', array: true, default: () => "'{}'" }) targetOccupations!: string[];
  @Column({ name: 'weekly_hours', type: 'smallint' }) weeklyHours!: number;
  @Column({ type: 'text', array: true }) shifts!: Shift[];
  @Column({ name: 'earliest_start', type: 'date', nullable: true }) earliestStart!: string | null;
  @Column({ name: 'max_commute_km', type: 'smallint' }) maxCommuteKm!: number;
  @Column({ name: 'commute_means', type: 'text', array: true, default: () => "'{}'" }) commuteMeans!: CommuteMean[];
  @Column({ name: 'contract_preferences', type: 'text', array: true, default: () => "'{}'" }) contractPreferences!: ContractType[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) accommodations!: Accommodation[];
  /** AES-256-GCM ciphertext (associated data: the profile id); never selected unless asked. */
  @Column({ name: 'notes_encrypted', type: 'text', nullable: true, select: false }) notesEncrypted!: string | null;
  @Column({ type: 'text', default: 'active' }) status!: ProfileStatus;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @Column({ name: 'last_activity_at', type: 'timestamptz' }) lastActivityAt!: Date;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @OneToMany(() => ProfileSkill, (s) => s.profile) skills!: ProfileSkill[];
  @OneToMany(() => ProfileLanguage, (l) => l.profile) languages!: ProfileLanguage[];
  @OneToMany(() => ProfileExclusion, (e) => e.profile) exclusions!: ProfileExclusion[];
  @OneToMany(() => ProfileBlockedOrganisation, (b) => b.profile) blockedOrganisations!: ProfileBlockedOrganisation[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
