import { Column, Entity, PrimaryColumn } from 'typeorm';

export type EscoConceptKind = 'skill' | 'skill_group' | 'occupation' | 'isco_group';
export const ESCO_CONCEPT_KINDS: readonly EscoConceptKind[] = ['skill', 'skill_group', 'occupation', 'isco_group'];

/** An ESCO concept, language-independent; its labels live in esco_labels. */
@Entity('esco_concepts')
export class EscoConcept {
  @PrimaryColumn({ type: 'text' }) uri!: string;
  @Column({ type: 'text' }) kind!: EscoConceptKind;
  /** ESCO/ISCO code: '2512' for an ISCO group, '7212.1' for an occupation, 'S1.1' for a skill group. */
  @Column({ type: 'text', nullable: true }) code!: string | null;
  /** Occupations only: the 4-digit ISCO-08 unit group code. */
  @Column({ name: 'isco_group', type: 'text', nullable: true }) iscoGroup!: string | null;
  /** Skills only: 'skill/competence' or 'knowledge'. */
  @Column({ name: 'skill_type', type: 'text', nullable: true }) skillType!: string | null;
  /** Skills only: 'transversal', 'cross-sector', 'sector-specific', 'occupation-specific'. */
  @Column({ name: 'reuse_level', type: 'text', nullable: true }) reuseLevel!: string | null;
}
