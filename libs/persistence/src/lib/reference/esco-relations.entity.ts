import { Column, Entity, PrimaryColumn } from 'typeorm';

export type EscoSkillRelation = 'essential' | 'optional';

/** A direct broader relation of the skill pillar: skill → skill, skill → group, group → group. */
@Entity('esco_skill_broader')
export class EscoSkillBroader {
  @PrimaryColumn({ name: 'skill_uri', type: 'text' }) skillUri!: string;
  @PrimaryColumn({ name: 'broader_uri', type: 'text' }) broaderUri!: string;
}

/** Transitive closure of EscoSkillBroader (depth 1 = direct parent), recomputed at import. */
@Entity('esco_skill_ancestors')
export class EscoSkillAncestor {
  @PrimaryColumn({ name: 'skill_uri', type: 'text' }) skillUri!: string;
  @PrimaryColumn({ name: 'ancestor_uri', type: 'text' }) ancestorUri!: string;
  @Column({ type: 'smallint' }) depth!: number;
}

/** An occupation's essential or optional skill. */
@Entity('esco_occupation_skills')
export class EscoOccupationSkill {
  @PrimaryColumn({ name: 'occupation_uri', type: 'text' }) occupationUri!: string;
  @PrimaryColumn({ name: 'skill_uri', type: 'text' }) skillUri!: string;
  @Column({ type: 'text' }) relation!: EscoSkillRelation;
}
