import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Delivery } from '../delivery.entity';
import { Subscriber } from '../subscriber.entity';

export const RETURN_KINDS = ['hard', 'soft', 'complaint', 'unsubscribe'] as const;
export type ReturnKind = (typeof RETURN_KINDS)[number];
export const RETURN_SOURCES = ['mailbox', 'brevo', 'mailjet', 'ses'] as const;
export type ReturnSource = (typeof RETURN_SOURCES)[number];

/**
 * A bounce, complaint or mailto unsubscribe that came back after the send (mailbox or relay webhook). `key` names the
 * report (the mail's digest, the relay's event id): the same report read twice is recorded once and changes nothing
 * the second time. Soft bounces are counted here over a window.
 */
@Entity('newsletter_returns')
@Index('newsletter_returns_key_unique', ['key'], { unique: true })
@Index('newsletter_returns_subscriber_idx', ['subscriberId', 'kind', 'at'])
export class NewsletterReturn {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  key: string;

  @Column({ type: 'uuid' })
  subscriberId: string;

  @ManyToOne(() => Subscriber, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscriber_id' })
  subscriber: Relation<Subscriber>;

  @Column({ type: 'bigint', nullable: true })
  deliveryId: string | null;

  @ManyToOne(() => Delivery, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'delivery_id' })
  delivery: Relation<Delivery> | null;

  @Column({ type: 'varchar', length: 12 })
  kind: ReturnKind;

  @Column({ type: 'varchar', length: 12 })
  source: ReturnSource;

  /** The receiving server's diagnostic, the complaint's feedback type… */
  @Column({ type: 'varchar', length: 500 })
  detail: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
