import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { NewsletterIssue } from './newsletter-issue.entity';
import { Subscriber } from './subscriber.entity';

/**
 * queued → claimed → sending → sent | failed | bounced, or back to queued (a retry, later). `claimed`: reserved by
 * worker `workerId`, not handed yet (a dead worker's claims go back to the queue). `sending`: handed to the SMTP
 * server; such a row left by a dead worker becomes `uncertain` (see README). `skipped`: the person unsubscribed or
 * bounced before their turn.
 */
export const DELIVERY_STATUSES = [
  'queued',
  'claimed',
  'sending',
  'sent',
  'failed',
  'bounced',
  'complained',
  'uncertain',
  'skipped',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One recipient of one issue: the send queue itself. Unique per (issue, subscriber), so nobody is queued twice. */
@Entity('newsletter_deliveries')
@Index('newsletter_deliveries_issue_subscriber_unique', ['issueId', 'subscriberId'], { unique: true })
@Index('newsletter_deliveries_queued_idx', { synchronize: false })
@Index('newsletter_deliveries_sending_idx', { synchronize: false })
@Index('newsletter_deliveries_subscriber_idx', ['subscriberId'])
export class Delivery {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  issueId: string;

  @ManyToOne(() => NewsletterIssue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'issue_id' })
  issue: Relation<NewsletterIssue>;

  @Column({ type: 'uuid' })
  subscriberId: string;

  @ManyToOne(() => Subscriber, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscriber_id' })
  subscriber: Relation<Subscriber>;

  /** The list the mail goes out through: its unsubscribe link names it. */
  @Column({ type: 'uuid' })
  listId: string;

  @Column({ type: 'varchar', length: 12, default: 'queued' })
  status: DeliveryStatus;

  @Column({ type: 'smallint', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ type: 'integer', nullable: true })
  workerId: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  handedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** The SMTP server's last answer (or the connection error). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  smtpResponse: string | null;
}
