import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const IMPORT_KINDS = [
  'organisations',
  'people',
  'funders',
  'group-members',
  'grants',
  'contributions',
  'subscribers',
  'gifts',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_STATUSES = ['uploaded', 'committing', 'committed', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/**
 * An uploaded file between its dry runs and its commit. `processed`/`total` count the commit's rows as it goes (written
 * outside the commit's transaction, so the UI sees them move); the file (a large object)
 * stays until it is committed.
 */
@Entity('import_jobs')
export class ImportJob {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_import_jobs' })
  id: string;

  @Column({ type: 'varchar', length: 30 })
  kind: ImportKind;

  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  /** The uploaded file, a PostgreSQL large object (import-file-store.ts); removed once committed. */
  @Column({ type: 'bigint', nullable: true })
  fileOid: string | null;

  @Column({ type: 'varchar', length: 10 })
  format: 'csv' | 'xlsx';

  @Column({ type: 'varchar', length: 20, nullable: true })
  encoding: string | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  delimiter: string | null;

  @Column({ type: 'varchar', length: 20, default: 'uploaded' })
  status: ImportStatus;

  @Column({ type: 'integer', nullable: true })
  total: number | null;

  @Column({ type: 'integer', default: 0 })
  processed: number;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
