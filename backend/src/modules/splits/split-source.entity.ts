import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Grant } from '../funding/grant.entity';
import { CentsColumn } from '../../common/cents-column';
import { Split } from './split.entity';

/** Where the money of a split comes from: a part of a grant (a split may pool several). */
@Entity('split_sources')
@Index('split_sources_split_grant_unique', ['splitId', 'grantId'], { unique: true })
@Check('split_sources_amount_positive', `"amount_cents" > 0`)
export class SplitSource {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  splitId: string;

  @ManyToOne(() => Split, (s) => s.sources, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'split_id' })
  split: Relation<Split>;

  @Index('split_sources_grant_idx')
  @Column({ type: 'uuid' })
  grantId: string;

  @ManyToOne('Grant', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grant_id' })
  grant: Relation<Grant>;

  @CentsColumn()
  amountCents: number;
}
