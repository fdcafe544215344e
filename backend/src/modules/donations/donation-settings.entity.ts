import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * One row: whether the network's legal entity issues tax receipts (off by default: only an organisation of general
 * interest may), the details printed on them, and when a monthly gift counts as stopped.
 */
@Entity('donation_settings')
export class DonationSettings {
  @PrimaryColumn({ type: 'integer', default: 1 })
  id: number;

  @Column({ type: 'boolean', default: false })
  receiptsEnabled: boolean;

  @Column({ type: 'varchar', length: 200, nullable: true })
  legalName: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  legalAddress: string | null;

  @Column({ type: 'varchar', length: 9, nullable: true })
  legalSiren: string | null;

  /** The entity's purpose, as the receipt states it. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  legalObject: string | null;

  /** Its quality, e.g. « Association ou fondation reconnue d'intérêt général ». */
  @Column({ type: 'varchar', length: 200, nullable: true })
  legalStatus: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  signatoryName: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  signatoryRole: string | null;

  /** A monthly gift with no instalment this many days after the expected one is flagged as stopped. */
  @Column({ type: 'integer', default: 10 })
  recurringGraceDays: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
