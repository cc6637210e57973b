import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { NetworkComune } from './network-comune.entity';

/** One of the territorial anti-violence networks; counsellors see only their networks' profiles. */
@Entity('networks')
export class Network {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() code!: string;
  @Column() name!: string;
  @Column({ name: 'lead_comune', type: 'char', length: 6 }) leadComune!: string;
  @OneToMany(() => NetworkComune, (c) => c.network, { cascade: true }) comuni!: NetworkComune[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
