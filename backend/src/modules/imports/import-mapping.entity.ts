import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The network's last column mapping of a kind (field → header), offered again with the next file. */
@Entity('import_mappings')
export class ImportMapping {
  @PrimaryColumn({ type: 'varchar', length: 30, primaryKeyConstraintName: 'PK_import_mappings' })
  kind: string;

  @Column({ type: 'jsonb' })
  mapping: Record<string, string | null>;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
