import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';

export const SUBSCRIBER_STATUSES = ['pending', 'confirmed', 'unsubscribed', 'bounced', 'complained'] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];
export const SUBSCRIBER_LOCALES = ['fr', 'en'] as const;

/**
 * An address that asked for (or was imported into) newsletter lists. `pending` until the confirmation link is
 * opened; bounced and complained addresses are never sent to again. Emails are unique whatever their case.
 */
@Entity('newsletter_subscribers')
@Index('newsletter_subscribers_email_lower_unique', { synchronize: false })
export class Subscriber extends BaseEntity {
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  firstName: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  lastName: string | null;

  @Column({ type: 'varchar', length: 2, default: 'fr' })
  locale: 'fr' | 'en';

  @Index('newsletter_subscribers_status_idx')
  @Column({ type: 'varchar', length: 20 })
  status: SubscriberStatus;

  /** Hash of the single-use confirmation link's token; cleared once used. */
  @Index('newsletter_subscribers_confirm_token_unique', { unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true, select: false })
  confirmTokenHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmTokenExpiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  unsubscribedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  bouncedAt: Date | null;

  /** Why the status changed when it was not the person's own doing (the SMTP answer of a bounce…). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;
}
