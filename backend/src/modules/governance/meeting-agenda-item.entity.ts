import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Meeting } from './meeting.entity';

@Entity('meeting_agenda_items')
@Index('meeting_agenda_items_meeting_position_unique', ['meetingId', 'position'], { unique: true })
export class MeetingAgendaItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, (m) => m.agenda, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting: Relation<Meeting>;

  /** Order on the agenda, from 0. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', nullable: true })
  details: string | null;

  @Column({ type: 'integer', nullable: true })
  durationMinutes: number | null;
}
