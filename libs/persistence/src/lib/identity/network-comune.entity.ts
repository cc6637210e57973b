import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Network } from './network.entity';

@Entity('network_comuni')
export class NetworkComune {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @PrimaryColumn({ type: 'char', length: 6 }) comune!: string;
  @ManyToOne(() => Network, (n) => n.comuni, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network!: Network;
}
