import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import type { Person } from '../people/person.entity';
import type { WorkingGroup } from '../working-groups/working-group.entity';
import { Decision } from './decision.entity';
import { Meeting } from './meeting.entity';

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
/** Statuses of an action still to do: one of these past its due date is overdue. */
export const PENDING_STATUSES: readonly ActionStatus[] = ['open', 'in_progress'];

/** Something someone (a person or a working group) has to do by a date, from a meeting or a decision. */
@Entity('action_items')
@Index('action_items_owner_idx', ['ownerPersonId', 'status'])
@Index('action_items_due_idx', ['dueOn'])
@Check('action_items_owner_check', '("owner_person_id" IS NULL) <> ("owner_group_id" IS NULL)')
export class ActionItem extends BaseEntity {
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', nullable: true })
  details: string | null;

  @Column({ type: 'uuid', nullable: true })
  ownerPersonId: string | null;

  @ManyToOne('Person', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_person_id' })
  ownerPerson: Relation<Person> | null;

  /** A working group as owner. */
  @Column({ type: 'uuid', nullable: true })
  ownerGroupId: string | null;

  // Groups are closed, never deleted: RESTRICT keeps what points at them.
  @ManyToOne('WorkingGroup', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_group_id' })
  ownerGroup: Relation<WorkingGroup> | null;

  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'varchar', length: 12, default: 'open' })
  status: ActionStatus;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Index('action_items_meeting_idx')
  @Column({ type: 'uuid', nullable: true })
  meetingId: string | null;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id' })
  meeting: Relation<Meeting> | null;

  @Index('action_items_decision_idx')
  @Column({ type: 'uuid', nullable: true })
  decisionId: string | null;

  @ManyToOne(() => Decision, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id' })
  decision: Relation<Decision> | null;
}
