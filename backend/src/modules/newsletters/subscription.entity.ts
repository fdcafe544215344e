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
import { NewsletterList } from './newsletter-list.entity';
import { Subscriber } from './subscriber.entity';

export const SUBSCRIPTION_STATUSES = ['pending', 'confirmed', 'unsubscribed'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

/** A subscriber on one list. Unsubscribing is per list: the link in each mail names the list it came through. */
@Entity('newsletter_subscriptions')
@Index('newsletter_subscriptions_unique', ['subscriberId', 'listId'], { unique: true })
@Index('newsletter_subscriptions_list_status_idx', ['listId', 'status'])
export class Subscription {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  subscriberId: string;

  @ManyToOne(() => Subscriber, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscriber_id' })
  subscriber: Relation<Subscriber>;

  @Column({ type: 'uuid' })
  listId: string;

  @ManyToOne(() => NewsletterList, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'list_id' })
  list: Relation<NewsletterList>;

  @Column({ type: 'varchar', length: 20 })
  status: SubscriptionStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  unsubscribedAt: Date | null;
}
