import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Subscriber } from './subscriber.entity';

export const CONSENT_ACTIONS = [
  'subscribe_requested',
  'confirmed',
  'imported',
  'added_by_staff',
  'unsubscribed',
  'bounced',
  'complained',
] as const;
export type ConsentAction = (typeof CONSENT_ACTIONS)[number];

/**
 * The proof of consent, kept as it happened: when, from which page or import, which version of the consent
 * text, from which address. Only appended to; erased with the subscriber.
 */
@Entity('newsletter_consent_events')
@Index('newsletter_consent_events_subscriber_idx', ['subscriberId', 'at'])
export class ConsentEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  subscriberId: string;

  @ManyToOne(() => Subscriber, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscriber_id' })
  subscriber: Relation<Subscriber>;

  @Column({ type: 'uuid', nullable: true })
  listId: string | null;

  @Column({ type: 'varchar', length: 30 })
  action: ConsentAction;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  /** The page of the form, the import's description, "one-click" for RFC 8058… */
  @Column({ type: 'varchar', length: 500 })
  source: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  textVersion: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  userAgent: string | null;

  /** The staff account when the change was made in the backoffice. */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;
}
