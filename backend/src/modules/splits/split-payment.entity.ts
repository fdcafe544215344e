import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Account } from '../../auth/account.entity';
import type { Organisation } from '../organisations/organisation.entity';
import { CentsColumn } from '../../common/cents-column';
import { SplitLine } from './split-line.entity';
import { Split } from './split.entity';

/**
 * Money paid to an organisation for its share. Never changed: a mistaken payment is cancelled by a reversal,
 * a new row with the opposite amount that points to it (at most one per payment).
 */
@Entity('split_payments')
@Index('split_payments_line_idx', ['lineId', 'paidOn'])
@Check(
  'split_payments_sign',
  `("reverses_id" IS NULL AND "amount_cents" > 0) OR ("reverses_id" IS NOT NULL AND "amount_cents" < 0)`,
)
export class SplitPayment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('split_payments_split_idx')
  @Column({ type: 'uuid' })
  splitId: string;

  @ManyToOne(() => Split, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'split_id' })
  split: Relation<Split>;

  @Column({ type: 'uuid' })
  lineId: string;

  @ManyToOne(() => SplitLine, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'line_id' })
  line: Relation<SplitLine>;

  @Index('split_payments_organisation_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne('Organisation', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<Organisation>;

  /** Positive for a payment, negative for a reversal. */
  @CentsColumn()
  amountCents: number;

  @Column({ type: 'date' })
  paidOn: string;

  /** Bank transfer reference, cheque number… */
  @Column({ type: 'varchar', length: 120 })
  reference: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true, unique: false })
  reversesId: string | null;

  @OneToOne(() => SplitPayment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reverses_id' })
  reverses: Relation<SplitPayment> | null;

  @Column({ type: 'uuid' })
  recordedById: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy: Relation<Account>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
