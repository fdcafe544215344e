import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { LinkSide } from '../../common/link-table';
import { StrategyAction } from './strategy-action.entity';

/**
 * A fund split that carries money to a strategy action (the last steps of its trail: split → payments); `position`
 * keeps the action's order. The split is named by string (another module's entity); either end deleted drops the link.
 */
@Entity('strategy_action_splits')
@Index('strategy_action_splits_split_idx', ['splitId'])
export class StrategyActionSplit {
  @PrimaryColumn({ type: 'uuid' })
  strategyActionId: string;

  @PrimaryColumn({ type: 'uuid' })
  splitId: string;

  @Column({ type: 'integer' })
  position: number;

  @ManyToOne(() => StrategyAction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_action_id' })
  strategyAction: Relation<StrategyAction>;

  @ManyToOne('Split', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'split_id' })
  split: unknown;
}

/** The splits linked to an action, in the action's order. */
export const ACTION_SPLITS: LinkSide = {
  entity: 'StrategyActionSplit',
  self: 'strategyActionId',
  other: 'splitId',
  owner: true,
};
