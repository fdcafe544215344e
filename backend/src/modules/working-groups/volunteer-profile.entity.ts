import { Column, Entity, JoinColumn, OneToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import type { Person } from '../people/person.entity';

export const WEEK_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];

export const HEARD_FROM = [
  'word_of_mouth',
  'member_organisation',
  'event',
  'newsletter',
  'social_media',
  'web_search',
  'other',
] as const;
export type HeardFrom = (typeof HEARD_FROM)[number];

/** What a person offers as a volunteer, whatever the groups they join (the pipeline is per group). */
@Entity('volunteer_profiles')
export class VolunteerProfile extends BaseEntity {
  /** Unique: the one-to-one relation's constraint. */
  @Column({ type: 'uuid' })
  personId: string;

  @OneToOne('Person', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<Person>;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: string[];

  @Column({ type: 'integer', nullable: true })
  hoursPerMonth: number | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  availableDays: WeekDay[];

  @Column({ type: 'varchar', length: 120, nullable: true })
  territory: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  heardFrom: HeardFrom | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  heardFromDetail: string | null;

  /** The language of the emails they receive (the sign-up form's language). */
  @Column({ type: 'varchar', length: 2, default: 'fr' })
  locale: 'fr' | 'en';
}
