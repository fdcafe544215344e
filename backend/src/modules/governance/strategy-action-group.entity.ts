import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { LinkSide } from '../../common/link-table';
import { StrategyAction } from './strategy-action.entity';

/**
 * A working group that carries a strategy action; `position` keeps the action's order. The working group is named by
 * string, not imported (another module's entity). Either end deleted drops the link (CASCADE): groups and actions
 * are closed, not deleted, and a link means nothing without both ends.
 */
@Entity('strategy_action_working_groups')
@Index('strategy_action_working_groups_group_idx', ['workingGroupId'])
export class StrategyActionWorkingGroup {
  @PrimaryColumn({ type: 'uuid' })
  strategyActionId: string;

  @PrimaryColumn({ type: 'uuid' })
  workingGroupId: string;

  @Column({ type: 'integer' })
  position: number;

  @ManyToOne(() => StrategyAction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_action_id' })
  strategyAction: Relation<StrategyAction>;

  @ManyToOne('WorkingGroup', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'working_group_id' })
  workingGroup: unknown;
}

/** The groups that carry an action, in the action's order. */
export const ACTION_GROUPS: LinkSide = {
  entity: 'StrategyActionWorkingGroup',
  self: 'strategyActionId',
  other: 'workingGroupId',
  owner: true,
};
/** The grants that finance an action: the funding module's link table, named by string (another module's entity). */
export const ACTION_GRANTS: LinkSide = {
  entity: 'GrantStrategyAction',
  self: 'strategyActionId',
  other: 'grantId',
  owner: false,
};
