import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One hit in a rate-limited bucket, kept in PostgreSQL so several API processes share the count. */
@Entity('rate_limit_hits')
@Index('rate_limit_hits_bucket_at_idx', ['bucket', 'at'])
export class RateLimitHit {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  bucket: string;

  @Column({ type: 'timestamptz' })
  at: Date;
}
