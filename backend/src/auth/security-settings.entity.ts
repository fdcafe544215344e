import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from './roles';

/** The network's own security choices, set by an admin: one row. */
@Entity('security_settings')
@Check('security_settings_one_row', 'id = 1')
export class SecuritySettings {
  @PrimaryColumn({ type: 'integer', default: 1 })
  id: number;

  /** Holders of any of these roles must have a second factor before they may do anything else. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  totpRequiredFor: Role[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
