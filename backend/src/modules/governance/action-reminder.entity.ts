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
import { ActionItem } from './action-item.entity';

/**
 * The overdue reminder sent for an action item and its due date: the unique key is what makes it "once", even with
 * several API processes running the job. A new due date that passes in turn gets its own reminder.
 */
@Entity('action_item_reminders')
@Index('action_item_reminders_unique', ['actionItemId', 'dueOn'], { unique: true })
export class ActionItemReminder {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  actionItemId: string;

  @ManyToOne(() => ActionItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_item_id' })
  actionItem: Relation<ActionItem>;

  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'varchar', length: 254 })
  sentTo: string;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt: Date;
}
