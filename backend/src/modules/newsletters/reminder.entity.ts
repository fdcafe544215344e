import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per due date whose reminder went out: the primary key makes it once, whatever the processes. */
@Entity('newsletter_reminders')
export class NewsletterReminder {
  @PrimaryColumn({ type: 'date' })
  dueOn: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  sentAt: Date;

  @Column({ type: 'integer' })
  recipients: number;
}
