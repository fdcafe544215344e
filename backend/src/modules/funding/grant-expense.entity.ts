import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { CentsColumn } from '../../common/cents-column';
import { GrantBudgetLine } from './grant-budget-line.entity';
import { Grant } from './grant.entity';

/** Money actually spent against a budget line (an invoice, a payslip share…). */
@Entity('grant_expenses')
@Check('grant_expenses_amount_positive', `"amount_cents" > 0`)
@Index('grant_expenses_line_idx', ['budgetLineId', 'spentOn'])
@Index('grant_expenses_grant_idx', ['grantId', 'spentOn'])
export class GrantExpense {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Kept beside the line so per-grant sums and lists need no join. */
  @Column({ type: 'uuid' })
  grantId: string;

  @ManyToOne(() => Grant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grant_id' })
  grant: Relation<Grant>;

  @Column({ type: 'uuid' })
  budgetLineId: string;

  /** A line with spending cannot be deleted: its spending would vanish from the financial report. */
  @ManyToOne(() => GrantBudgetLine, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'budget_line_id' })
  budgetLine: Relation<GrantBudgetLine>;

  @Column({ type: 'date' })
  spentOn: string;

  @CentsColumn()
  amountCents: number;

  @Column({ type: 'varchar', length: 300 })
  description: string;

  /** Invoice or voucher number, for the accountant. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  reference: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
