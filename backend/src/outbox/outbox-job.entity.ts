import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Work a request leaves for after its answer (a mail to send, a password-reset request to look into), written in the
 * request's own transaction so it happens if and only if the request's changes are kept. Deleted once done.
 */
@Entity('outbox')
@Index('outbox_due_idx', ['runAfter'], { where: 'failed_at IS NULL' })
export class OutboxJob {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'jsonb' })
  payload: object;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  runAfter: Date;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  /** Given up after the last attempt; kept a week for someone to look at, then purged. */
  @Column({ type: 'timestamptz', nullable: true })
  failedAt: Date | null;
}
