import type { SkillAcquisition, SkillLevel } from '@ponte/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Profile } from './profile.entity';

/** An ESCO skill of a profile, self-assessed, with how it was acquired (unpaid care work counts). */
@Entity('profile_skills')
export class ProfileSkill {
  @PrimaryColumn({ name: 'profile_id', type: 'uuid' }) profileId!: string;
  @PrimaryColumn({ name: 'skill_uri', type: 'text' }) skillUri!: string;
  @Column({ type: 'text' }) level!: SkillLevel;
  @Column({ name: 'acquired_through', type: 'text', array: true }) acquiredThrough!: SkillAcquisition[];
  /** Free text, normalised and scanned for identifiers, then sealed (SEALED_WITH.skillComment); never selected unless asked. */
  @Column({ name: 'comment_encrypted', type: 'text', nullable: true, select: false }) commentEncrypted!: string | null;
  /** Order given by the counsellor. */
  @Column({ type: 'smallint' }) position!: number;
  @ManyToOne(() => Profile, (p) => p.skills, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: Profile;
}
