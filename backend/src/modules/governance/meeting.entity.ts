import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import type { WorkingGroup } from '../working-groups/working-group.entity';
import { MeetingAgendaItem } from './meeting-agenda-item.entity';
import { MeetingAttendee } from './meeting-attendee.entity';
import { MeetingDocument } from './meeting-document.entity';

export const MEETING_KINDS = ['copil', 'copil_in_person', 'territorial_gathering', 'working_group'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** A monthly COPIL, an in-person COPIL, a territorial gathering or a working-group meeting. */
@Entity('meetings')
@Index('meetings_starts_at_idx', ['startsAt'])
@Check('meetings_period_check', '"ends_at" > "starts_at"')
export class Meeting extends BaseEntity {
  @Column({ type: 'varchar', length: 30 })
  kind: MeetingKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 300, nullable: true })
  place: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  videoLink: string | null;

  /** For a working-group meeting. */
  @Column({ type: 'uuid', nullable: true })
  workingGroupId: string | null;

  // Groups are closed, never deleted: RESTRICT keeps what points at them.
  @ManyToOne('WorkingGroup', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'working_group_id' })
  workingGroup: Relation<WorkingGroup> | null;

  /** Rich text (sanitised HTML). */
  @Column({ type: 'text', nullable: true })
  minutes: string | null;

  /** Raised each time invitations go out, so calendars replace the event they already have (iCalendar SEQUENCE). */
  @Column({ type: 'integer', default: 0 })
  invitationSequence: number;

  @Column({ type: 'timestamptz', nullable: true })
  invitationSentAt: Date | null;

  @OneToMany(() => MeetingAgendaItem, (a) => a.meeting)
  agenda: Relation<MeetingAgendaItem>[];

  @OneToMany(() => MeetingAttendee, (a) => a.meeting)
  attendees: Relation<MeetingAttendee>[];

  @OneToMany(() => MeetingDocument, (d) => d.meeting)
  documents: Relation<MeetingDocument>[];
}
