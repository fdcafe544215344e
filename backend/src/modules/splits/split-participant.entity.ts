import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Organisation } from '../organisations/organisation.entity';
import { CentsColumn } from '../../common/cents-column';
import { Split } from './split.entity';

/** An organisation taking part in a split, with its own parameters (frozen with the split at approval). */
@Entity('split_participants')
@Index('split_participants_split_org_unique', ['splitId', 'organisationId'], { unique: true })
export class SplitParticipant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  splitId: string;

  @ManyToOne(() => Split, (s) => s.participants, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'split_id' })
  split: Relation<Split>;

  @Index('split_participants_organisation_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne('Organisation', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<Organisation>;

  /** Order in the editor. */
  @Column({ type: 'integer' })
  position: number;

  /** fixed_percent: basis points. */
  @Column({ type: 'integer', nullable: true })
  shareBp: number | null;

  /** fixed_amount. */
  @CentsColumn({ nullable: true })
  amountCents: number | null;

  @CentsColumn({ nullable: true })
  floorCents: number | null;

  @CentsColumn({ nullable: true })
  capCents: number | null;
}
