import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One row: whether the network shows its public transparency page (off until the coordinator turns it on). */
@Entity('transparency_settings')
export class TransparencySettings {
  @PrimaryColumn({ type: 'integer', default: 1 })
  id: number;

  @Column({ type: 'boolean', default: false })
  enabled: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
