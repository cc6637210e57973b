import type { Accommodation, ContractType } from '@ponte/domain';
import { Column, Entity } from 'typeorm';
import { DATE, Publication } from './publication';

/** A protected-placement vacancy of a vetted company or union. */
@Entity('offers')
export class Offer extends Publication {
  @Column({ name: 'occupation_uri', type: 'text', nullable: true }) occupationUri!: string | null;
  @Column({ name: 'essential_skills', type: 'text', array: true, default: () => "'{}'" }) essentialSkills!: string[];
  @Column({ name: 'optional_skills', type: 'text', array: true, default: () => "'{}'" }) optionalSkills!: string[];
  @Column({ name: 'weekly_hours', type: 'smallint' }) weeklyHours!: number;
  @Column({ type: 'text' }) contract!: ContractType;
  @Column({ name: 'start_date', ...DATE, nullable: true }) startDate!: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) accommodations!: Accommodation[];
}
