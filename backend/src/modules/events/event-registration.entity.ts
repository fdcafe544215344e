import {
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
import type { Source } from '../sources/source.entity';
import { TrainingEvent } from './training-event.entity';

export const REGISTRATION_STATUSES = ['confirmed', 'waiting', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** One person's registration: confirmed, waiting (in order of registration) or cancelled; attendance afterwards. */
@Entity('event_registrations')
@Index('event_registrations_person_unique', ['eventId', 'personId'], { unique: true })
@Index('event_registrations_token_unique', ['cancelToken'], { unique: true })
@Index('event_registrations_source_idx', ['sourceId'])
export class EventRegistration {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => TrainingEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: Relation<TrainingEvent>;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne('Person', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<Person>;

  /** The source the person came for (set by who manages the event): their attendance counts for its path. */
  @Column({ type: 'uuid', nullable: true })
  sourceId: string | null;

  @ManyToOne('Source', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'source_id' })
  source: Relation<Source> | null;

  @Column({ type: 'varchar', length: 12 })
  status: RegistrationStatus;

  /** The secret of the cancellation link in the person's mails. */
  @Column({ type: 'varchar', length: 64 })
  cancelToken: string;

  @Column({ type: 'varchar', length: 2 })
  locale: 'fr' | 'en';

  /** Recorded after the event (null: not yet). */
  @Column({ type: 'boolean', nullable: true })
  attended: boolean | null;

  /** Registered (or registered again after cancelling): the waiting list's order. */
  @CreateDateColumn({ type: 'timestamptz' })
  registeredAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  reminderSentAt: Date | null;
}
