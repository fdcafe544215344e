import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Organisation } from '../organisations/organisation.entity';
import { CentsColumn } from '../../common/cents-column';
import { Split } from './split.entity';

/**
 * One organisation's share of an approved split, with everything it was computed from (its contributions
 * per type as they were at approval) and how (ratio, exact share, rounding, floor or cap). Written once, at
 * approval; the database refuses updates and deletes.
 */
@Entity('split_lines')
@Index('split_lines_split_org_unique', ['splitId', 'organisationId'], { unique: true })
export class SplitLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  splitId: string;

  @ManyToOne(() => Split, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'split_id' })
  split: Relation<Split>;

  @Index('split_lines_organisation_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne('Organisation', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<Organisation>;

  @Column({ type: 'integer' })
  position: number;

  @CentsColumn()
  amountCents: number;

  @Column({ type: 'integer', nullable: true })
  shareBp: number | null;

  @CentsColumn({ nullable: true })
  fixedAmountCents: number | null;

  @CentsColumn({ nullable: true })
  floorCents: number | null;

  @CentsColumn({ nullable: true })
  capCents: number | null;

  /** Validated contributions per type, in cents, as they were at approval. */
  @Column({ type: 'jsonb' })
  contributions: Record<string, number>;

  @CentsColumn()
  contributionCents: number;

  @Column({ type: 'numeric', precision: 30, scale: 4 })
  weightedContributionCents: string;

  @CentsColumn()
  baseCents: number;

  @Column({ type: 'numeric', precision: 9, scale: 6 })
  ratio: string;

  @Column({ type: 'numeric', precision: 30, scale: 4 })
  exactShareCents: string;

  @Column({ type: 'smallint' })
  roundingCents: number;

  @Column({ type: 'varchar', length: 10, nullable: true })
  bound: 'floor' | 'cap' | null;
}
