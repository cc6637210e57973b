import type { CourseCost } from '@ponte/domain';
import { Column, Entity } from 'typeorm';
import { DATE, Publication } from './publication';

/** A course of a vetted training body or union; `deadline` is the enrolment deadline. */
@Entity('courses')
export class Course extends Publication {
  @Column({ name: 'skills_taught', type: 'text', array: true, default: () => "'{}'" }) skillsTaught!: string[];
  @Column({ name: 'target_occupations', type: 'text', array: true, default: () => "'{}'" }) targetOccupations!: string[];
  /** Free text such as "lunedì e mercoledì 9-13". */
  @Column({ type: 'text', nullable: true }) schedule!: string | null;
  @Column({ name: 'total_hours', type: 'int' }) totalHours!: number;
  @Column({ name: 'weekly_hours', type: 'smallint', nullable: true }) weeklyHours!: number | null;
  @Column({ name: 'start_date', ...DATE }) startDate!: string;
  @Column({ name: 'end_date', ...DATE }) endDate!: string;
  @Column({ type: 'text' }) cost!: CourseCost;
  @Column({ type: 'text', nullable: true }) certification!: string | null;
  @Column({ name: 'childcare_support', type: 'boolean', default: false }) childcareSupport!: boolean;
}
