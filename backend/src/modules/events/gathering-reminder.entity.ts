import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The reminder to open registrations for the gathering due on a day: one row, written with the mails it queues. */
@Entity('gathering_reminders')
export class GatheringReminder {
  @PrimaryColumn({ type: 'date' })
  dueOn: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  sentAt: Date;

  @Column({ type: 'int' })
  recipients: number;
}
