import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ContributionType } from './contribution-types';

/**
 * Where each type of contribution goes in the statement of « contributions volontaires en nature » (ANC 2018-06):
 * a use account (86) and a resource account (87). A type without accounts (a financial participation is money,
 * not in kind) is left out of the statement. Defaults come with the migration; the coordinator edits them.
 */
@Entity('in_kind_accounts')
export class InKindAccount {
  @PrimaryColumn({ type: 'varchar', length: 30 })
  type: ContributionType;

  @Column({ type: 'varchar', length: 10, nullable: true })
  chargeAccount: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  chargeLabel: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  productAccount: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  productLabel: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
