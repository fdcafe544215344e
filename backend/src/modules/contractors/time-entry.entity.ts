import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { numericAsNumber } from '../../common/numeric';
import type { Person } from '../people/person.entity';
import { Mission } from './mission.entity';

export const TIME_UNITS = ['day', 'hour'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/** Time a contractor logged against one of their missions, in days or hours. */
@Entity('time_entries')
@Index('time_entries_mission_day_idx', ['missionId', 'workedOn'])
@Check('time_entries_quantity_check', '"quantity" > 0')
export class TimeEntry extends BaseEntity {
  @Column({ type: 'uuid' })
  missionId: string;

  @ManyToOne(() => Mission, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mission_id' })
  mission: Relation<Mission>;

  /** The mission's contractor, copied here so the permission rule reads the entry's own column. */
  @Index('time_entries_person_idx')
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne('Person', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<Person>;

  @Column({ type: 'date' })
  workedOn: string;

  @Column({ type: 'varchar', length: 4 })
  unit: TimeUnit;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: numericAsNumber })
  quantity: number;

  /** What was done. */
  @Column({ type: 'text' })
  description: string;
}
