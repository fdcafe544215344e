import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { numericAsNumber } from '../../common/numeric';
import { Decision } from './decision.entity';
import { StrategyAxis } from './strategy-axis.entity';

export const STRATEGY_STATUSES = ['planned', 'in_progress', 'done', 'paused', 'abandoned'] as const;
export type StrategyStatus = (typeof STRATEGY_STATUSES)[number];

/** An action of an axis, or a cross-cutting theme when it has no axis. */
@Entity('strategy_actions')
@Index('strategy_actions_axis_number_unique', ['axisId', 'number'], { unique: true })
export class StrategyAction extends BaseEntity {
  @Column({ type: 'uuid', nullable: true })
  axisId: string | null;

  @ManyToOne(() => StrategyAxis, (a) => a.actions, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'axis_id' })
  axis: Relation<StrategyAxis> | null;

  /** Number within its axis; none for a cross-cutting theme. */
  @Column({ type: 'integer', nullable: true })
  number: number | null;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  targetPublic: string[];

  /** Whether the COPIL itself carries it (the COPIL is not a working group). */
  @Column({ type: 'boolean', default: false })
  involvesCopil: boolean;

  /** Person-days needed per month, where the plan states it. */
  @Column({ type: 'numeric', precision: 5, scale: 1, nullable: true, transformer: numericAsNumber })
  personDaysPerMonth: number | null;

  @Column({ type: 'varchar', length: 12, default: 'planned' })
  status: StrategyStatus;

  @ManyToMany(() => Decision)
  @JoinTable({
    name: 'strategy_action_decisions',
    joinColumn: { name: 'strategy_action_id' },
    inverseJoinColumn: { name: 'decision_id' },
  })
  decisions: Relation<Decision>[];
}
