import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Meeting } from './meeting.entity';

/** A link to a document kept elsewhere (shared drive, pad): slides, the draft minutes, a proposal. */
@Entity('meeting_documents')
export class MeetingDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, (m) => m.documents, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting: Relation<Meeting>;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  @Column({ type: 'varchar', length: 500 })
  url: string;
}
