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
import type { Person } from '../people/person.entity';
import { WorkingGroup } from './working-group.entity';

/**
 * The plan asks each group for two referents, a facilitator and a person who welcomes volunteers; the rest are members.
 */
export const MEMBER_ROLES = ['referent', 'facilitator', 'welcomer', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/**
 * One term of a role in a group: held from `startedOn` to `endedOn` (its last day, inclusive; open when null).
 * Terms are ended, never deleted, so the group keeps the history of who held what.
 */
@Entity('working_group_members')
@Index('working_group_members_group_idx', ['groupId', 'role'])
@Index('working_group_members_person_idx', ['personId'])
@Check('working_group_members_dates_check', '"ended_on" IS NULL OR "ended_on" >= "started_on"')
export class GroupMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => WorkingGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  group: Relation<WorkingGroup>;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne('Person', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<Person>;

  @Column({ type: 'varchar', length: 20 })
  role: MemberRole;

  @Column({ type: 'date' })
  startedOn: string;

  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
