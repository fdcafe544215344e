import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Organisation } from '../organisations/organisation.entity';
import type { Person } from '../people/person.entity';
import { Meeting } from './meeting.entity';

/** `invited` until the meeting has taken place; then present, excused or absent. */
export const ATTENDANCE_STATUSES = ['invited', 'present', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** A person expected at a meeting, and the organisation they represent there. */
@Entity('meeting_attendees')
@Index('meeting_attendees_meeting_person_unique', ['meetingId', 'personId'], { unique: true })
export class MeetingAttendee {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, (m) => m.attendees, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting: Relation<Meeting>;

  @Index('meeting_attendees_person_idx')
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne('Person', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<Person>;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne('Organisation', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<Organisation> | null;

  @Column({ type: 'varchar', length: 10, default: 'invited' })
  status: AttendanceStatus;
}
