import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import type { WorkingGroup } from '../working-groups/working-group.entity';
import type { Audience } from './kit.entity';

/** A training session, or one of the territorial gatherings held every six months. */
export const EVENT_KINDS = ['training', 'gathering'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_MODES = ['remote', 'in_person'] as const;
export type EventMode = (typeof EVENT_MODES)[number];

/** An event people register for: a training or a territorial gathering, with a capacity and a waiting list. */
@Entity('training_events')
@Index('training_events_starts_idx', ['startsAt'])
@Index('training_events_group_idx', ['groupId'])
export class TrainingEvent extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 20 })
  kind: EventKind;

  @Column({ type: 'varchar', length: 20 })
  mode: EventMode;

  @Column({ type: 'varchar', length: 20 })
  audience: Audience;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 300, nullable: true })
  place: string | null;

  /** Sent to registered people only (mail and calendar file), never on the public page. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  videoLink: string | null;

  /** Confirmed places; who registers beyond waits, in order, for a cancellation. */
  @Column({ type: 'int' })
  capacity: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  trainer: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** The working group that runs it: its referents manage it and its registrations. */
  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne('WorkingGroup', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  group: Relation<WorkingGroup>;

  /** The public page takes registrations only while this is on and the event has not started. */
  @Column({ type: 'boolean', default: false })
  registrationOpen: boolean;
}
