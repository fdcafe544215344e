import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Source } from './source.entity';
import type { FeedFailure } from './feed-client';

/** One reading of a source's feed: its figures, or why it failed. */
@Entity('source_feed_checks')
@Index('source_feed_checks_source_idx', ['sourceId', 'checkedAt'])
export class FeedCheck {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sourceId: string;

  @ManyToOne(() => Source, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_id' })
  source: Relation<Source>;

  @Column({ type: 'timestamptz' })
  checkedAt: Date;

  @Column({ type: 'boolean' })
  ok: boolean;

  @Column({ type: 'int', nullable: true })
  httpStatus: number | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  failure: FeedFailure | null;

  /** The server answered 304: nothing changed since the last reading (the figures are carried over). */
  @Column({ type: 'boolean', default: false })
  notModified: boolean;

  @Column({ type: 'int', nullable: true })
  records: number | null;

  @Column({ type: 'int', nullable: true })
  added: number | null;

  @Column({ type: 'int', nullable: true })
  removed: number | null;

  /** Records missing a name, an address or coordinates, or a category. */
  @Column({ type: 'int', nullable: true })
  incomplete: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  newestChangeAt: Date | null;

  @Column({ type: 'int' })
  durationMs: number;
}
