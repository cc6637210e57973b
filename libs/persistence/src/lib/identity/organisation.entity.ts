import type { OrganisationKind, OrganisationStatus } from '@ponte/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A company, training body or union; only a vetted one may publish. */
@Entity('organisations')
export class Organisation {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) kind!: OrganisationKind;
  @Column({ name: 'legal_name' }) legalName!: string;
  @Column({ name: 'vat_number', type: 'char', length: 11, nullable: true }) vatNumber!: string | null;
  @Column({ name: 'tax_code', type: 'varchar', length: 16, nullable: true }) taxCode!: string | null;
  @Column({ name: 'ateco_code', type: 'text', nullable: true }) atecoCode!: string | null;
  @Column({ name: 'seat_comune', type: 'char', length: 6, nullable: true }) seatComune!: string | null;
  @Column({ name: 'contact_name', type: 'text', nullable: true }) contactName!: string | null;
  @Column({ name: 'contact_email', type: 'text', nullable: true }) contactEmail!: string | null;
  @Column({ name: 'contact_phone', type: 'text', nullable: true }) contactPhone!: string | null;
  @Column({ name: 'accreditation_number', type: 'text', nullable: true }) accreditationNumber!: string | null;
  @Column({ name: 'anti_harassment_declared_at', type: 'timestamptz', nullable: true }) antiHarassmentDeclaredAt!: Date | null;
  @Column({ type: 'text', default: 'pending' }) status!: OrganisationStatus;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
