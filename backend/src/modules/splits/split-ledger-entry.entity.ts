import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Account } from '../../auth/account.entity';
import type { Organisation } from '../organisations/organisation.entity';
import { CentsColumn } from '../../common/cents-column';
import { SplitPayment } from './split-payment.entity';
import { Split } from './split.entity';

/**
 * The journal of money decided and paid, one entry per event, in order: `allocated` (an organisation's share
 * when a split is approved), `paid`, `reversed` (a payment cancelled), `settled` / `reopened` (a split fully
 * paid, or no longer after a reversal). Append-only: the database refuses updates and deletes; a correction is
 * a new entry. `summary` is a sentence in French written with the entry, so the table reads on its own.
 */
export const LEDGER_KINDS = ['allocated', 'paid', 'reversed', 'settled', 'reopened'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

@Entity('split_ledger')
@Index('split_ledger_split_idx', ['splitId', 'id'])
@Index('split_ledger_organisation_idx', ['organisationId', 'id'], { where: 'organisation_id IS NOT NULL' })
export class SplitLedgerEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'varchar', length: 20 })
  kind: LedgerKind;

  @Column({ type: 'uuid' })
  splitId: string;

  @ManyToOne(() => Split, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'split_id' })
  split: Relation<Split>;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne('Organisation', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<Organisation> | null;

  /** Signed: what the organisation is owed more (allocated) or was paid (paid > 0, reversed < 0). */
  @CentsColumn({ nullable: true })
  amountCents: number | null;

  @Column({ type: 'uuid', nullable: true })
  paymentId: string | null;

  @ManyToOne(() => SplitPayment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'payment_id' })
  payment: Relation<SplitPayment> | null;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor: Relation<Account> | null;

  @Column({ type: 'text' })
  summary: string;
}
