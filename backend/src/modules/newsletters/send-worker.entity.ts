import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A send worker process. While alive it holds a session-level advisory lock keyed by its id; PostgreSQL frees the
 * lock the moment the process dies (its connection drops), which is how others know its in-flight rows are orphans.
 */
@Entity('newsletter_workers')
export class SendWorkerRecord {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ type: 'varchar', length: 200 })
  host: string;

  @Column({ type: 'integer' })
  pid: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  startedAt: Date;
}
