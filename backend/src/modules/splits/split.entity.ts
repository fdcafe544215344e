import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, type Relation } from 'typeorm';
import { Account } from '../../auth/account.entity';
import { BaseEntity } from '../../common/base.entity';
import type { Decision } from '../governance/decision.entity';
import type { SetAside, SplitRule, SplitRound } from './engine';
import { CentsColumn } from '../../common/cents-column';
import { SplitParticipant } from './split-participant.entity';
import { SplitSource } from './split-source.entity';

export const SPLIT_STATUSES = ['draft', 'approved', 'settled'] as const;
export type SplitStatus = (typeof SPLIT_STATUSES)[number];

/**
 * A sharing of money among member organisations. A draft holds the rule and its parameters and is simulated
 * on every read; approval stores the lines (split_lines) and freezes the row: the database refuses any change
 * to an approved split but its settlement (see the migration's triggers).
 */
@Entity('splits')
@Index('splits_status_idx', ['status', 'createdAt'])
@Check('splits_total_not_negative', `"total_cents" >= 0`)
export class Split extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: SplitStatus;

  @Column({ type: 'varchar', length: 30 })
  rule: SplitRule;

  @CentsColumn()
  totalCents: number;

  /** base_plus_proportional only. */
  @CentsColumn({ nullable: true })
  baseCents: number | null;

  /** Proportional rules: the contributions counted are those that started within these days (inclusive). */
  @Column({ type: 'date', nullable: true })
  periodFrom: string | null;

  @Column({ type: 'date', nullable: true })
  periodTo: string | null;

  /**
   * Proportional rules: the contribution types counted, each with its weight in basis points; null = every type at its
   * value.
   */
  @Column({ type: 'jsonb', nullable: true })
  typeWeights: Record<string, number> | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  setAsides: SetAside[];

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy: Relation<Account>;

  @Column({ type: 'uuid', nullable: true })
  approvedById: string | null;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'approved_by_id' })
  approvedBy: Relation<Account> | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  /** The COPIL decision that adopted the split, when there is one. */
  @Column({ type: 'uuid', nullable: true })
  copilDecisionId: string | null;

  @ManyToOne('Decision', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'copil_decision_id' })
  copilDecision: Relation<Decision> | null;

  /** How floors and caps were applied when it was approved. */
  @Column({ type: 'jsonb', nullable: true })
  rounds: SplitRound[] | null;

  /** SHA-256 of the approved result: what the approver saw is what was stored. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  fingerprint: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  settledAt: Date | null;

  /** Shown on the network's public transparency page once approved; the coordinator chooses. */
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @OneToMany(() => SplitParticipant, (p) => p.split)
  participants: Relation<SplitParticipant[]>;

  @OneToMany(() => SplitSource, (s) => s.split)
  sources: Relation<SplitSource[]>;
}
