import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only: triggers refuse DELETE, and UPDATE but for redacting the payload (before, after, ip) during an erasure.
 * Each entry's hash covers the previous hash, its fields and its payload's digest (audit-chain.ts), so any other edit
 * or removal breaks the chain (see AuditService.verify).
 */
@Entity('audit_log')
@Index('audit_log_entity_idx', ['entityType', 'entityId'])
export class AuditEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Index('audit_log_at_idx')
  @Column({ type: 'timestamptz' })
  at: Date;

  @Index('audit_log_actor_idx')
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Column({ type: 'varchar', length: 60 })
  entityType: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  entityId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  /** sha256 of the payload (before, after, ip) as recorded; chained, and kept when the payload is redacted. */
  @Column({ type: 'varchar', length: 64 })
  payloadDigest: string;

  /** When an erasure replaced personal data in the payload; null while the payload is as recorded. */
  @Column({ type: 'timestamptz', nullable: true })
  redactedAt: Date | null;

  @Column({ type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}
