import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationParams } from '@maillage/emails';
import { Account } from '../../auth/account.entity';

export { NOTIFICATION_KINDS, type NotificationKind };

/** How a person wants to hear of their notifications by email (the bell shows them all whatever they choose). */
export const NOTIFICATION_EMAIL_MODES = ['immediate', 'digest', 'off'] as const;
export type NotificationEmailMode = (typeof NOTIFICATION_EMAIL_MODES)[number];

/**
 * Something that happened, told to one person (one row per recipient). Written in the transaction of the change it
 * tells of, so a change rolled back notifies no one. The words are chosen when read, in the reader's language.
 */
@Entity('notifications')
@Index('notifications_recipient_idx', ['recipientId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient: Relation<Account>;

  @Column({ type: 'varchar', length: 40 })
  kind: NotificationKind;

  @Column({ type: 'jsonb' })
  params: NotificationParams;

  /** The app's page about it (`/contributions/…`). */
  @Column({ type: 'varchar', length: 300 })
  link: string;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** When it went out by email (at once or in a digest); null while it waits for the next digest, or never sent. */
  @Column({ type: 'timestamptz', nullable: true })
  emailedAt: Date | null;
}
