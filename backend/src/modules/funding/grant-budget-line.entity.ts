import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { CentsColumn } from '../../common/cents-column';
import type { BudgetAccount, BudgetCategory } from './funding-types';
import { Grant } from './grant.entity';

/**
 * A planned amount of a grant's budget, by category and account of the associations' chart of accounts (charges 60–68,
 * products 70–78: the CERFA 15059 report groups by it); spending is recorded against it (grant_expenses).
 */
@Entity('grant_budget_lines')
@Check('grant_budget_lines_planned_not_negative', `"planned_cents" >= 0`)
@Check('grant_budget_lines_account_nature', `"account" ~ '^(6[0-8]|7[0-8])$'`)
@Index('grant_budget_lines_grant_idx', ['grantId'])
export class GrantBudgetLine extends BaseEntity {
  @Column({ type: 'uuid' })
  grantId: string;

  @ManyToOne(() => Grant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grant_id' })
  grant: Relation<Grant>;

  @Column({ type: 'varchar', length: 20 })
  category: BudgetCategory;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  @CentsColumn()
  plannedCents: number;

  @Column({ type: 'varchar', length: 2 })
  account: BudgetAccount;

  /** Why realised differs from planned, as the funder's report explains it line by line. */
  @Column({ type: 'text', nullable: true })
  gapNote: string | null;
}
