import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { LinkSide } from '../../common/link-table';
import { Grant } from './grant.entity';

// Working groups and strategy actions belong to other modules: their entities are named by string, not imported
// (a domain reaches another only through its exported service). A grant, a group or an action that is deleted drops
// its links (CASCADE): a link means nothing without both ends, and groups and actions are closed, not deleted.

/** A working group a grant finances; `position` keeps the grant's order. */
@Entity('grant_working_groups')
@Index('grant_working_groups_group_idx', ['workingGroupId'])
export class GrantWorkingGroup {
  @PrimaryColumn({ type: 'uuid' })
  grantId: string;

  @PrimaryColumn({ type: 'uuid' })
  workingGroupId: string;

  @Column({ type: 'integer' })
  position: number;

  @ManyToOne(() => Grant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grant_id' })
  grant: Relation<Grant>;

  @ManyToOne('WorkingGroup', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'working_group_id' })
  workingGroup: unknown;
}

/** A strategy action a grant finances; `position` keeps the grant's order. */
@Entity('grant_strategy_actions')
@Index('grant_strategy_actions_action_idx', ['strategyActionId'])
export class GrantStrategyAction {
  @PrimaryColumn({ type: 'uuid' })
  grantId: string;

  @PrimaryColumn({ type: 'uuid' })
  strategyActionId: string;

  @Column({ type: 'integer' })
  position: number;

  @ManyToOne(() => Grant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grant_id' })
  grant: Relation<Grant>;

  @ManyToOne('StrategyAction', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_action_id' })
  strategyAction: unknown;
}

/** The working groups and strategy actions a grant finances, as the grant lists them. */
export const GRANT_GROUPS: LinkSide = {
  entity: 'GrantWorkingGroup',
  self: 'grantId',
  other: 'workingGroupId',
  owner: true,
};
export const GRANT_ACTIONS: LinkSide = {
  entity: 'GrantStrategyAction',
  self: 'grantId',
  other: 'strategyActionId',
  owner: true,
};
