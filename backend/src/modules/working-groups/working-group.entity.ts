import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';

export const GROUP_STATUSES = ['active', 'paused', 'closed'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

/** A working group of the network (Technique, Communication, Sources…). */
@Entity('working_groups')
@Index('working_groups_name_lower_unique', { synchronize: false })
export class WorkingGroup extends BaseEntity {
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'text', nullable: true })
  mission: string | null;

  @Column({ type: 'varchar', length: 20, default: 'active' })
  status: GroupStatus;

  /** The group's mailing-list address; the members' CSV export feeds it. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  mailingList: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  chatChannel: string | null;

  /** In words ("un jeudi sur deux, 18 h, en visio"): groups meet at rhythms no recurrence rule captures well. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  meetingRhythm: string | null;

  /** How long a new volunteer may wait for a welcome before the group's welcome person is reminded. */
  @Column({ type: 'integer', default: 7 })
  welcomeWithinDays: number;
}
