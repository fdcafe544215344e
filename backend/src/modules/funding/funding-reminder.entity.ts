import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One reminder email sent, by key (what, which item, which due day, to whom). The unique key is what keeps several
 * API processes, or a re-run of the job, from sending the same reminder twice.
 */
@Entity('funding_reminders_sent')
export class FundingReminderSent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Index('funding_reminders_sent_key_unique', { unique: true })
  @Column({ type: 'varchar', length: 300 })
  reminderKey: string;

  @Column({ type: 'varchar', length: 254 })
  recipient: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  sentAt: Date;
}
