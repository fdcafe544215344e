import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { numericAsNumber } from '../../common/numeric';
import type { DeliverableStatus } from './funding-types';
import { Grant } from './grant.entity';

/** Something the application promised to deliver (a guide, a gathering, a tool), due on a day. */
@Entity('grant_deliverables')
@Index('grant_deliverables_grant_idx', ['grantId', 'dueOn'])
export class GrantDeliverable extends BaseEntity {
  @Column({ type: 'uuid' })
  grantId: string;

  @ManyToOne(() => Grant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grant_id' })
  grant: Relation<Grant>;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'varchar', length: 20, default: 'planned' })
  status: DeliverableStatus;
}

/** A measure of the action the funder follows: a target, and the value measured so far (none yet: null). */
@Entity('grant_indicators')
@Index('grant_indicators_grant_idx', ['grantId'])
@Check('grant_indicators_not_negative', `"target" >= 0 AND ("measured" IS NULL OR "measured" >= 0)`)
export class GrantIndicator extends BaseEntity {
  @Column({ type: 'uuid' })
  grantId: string;

  @ManyToOne(() => Grant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grant_id' })
  grant: Relation<Grant>;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: numericAsNumber })
  target: number;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numericAsNumber })
  measured: number | null;

  /** participants, ateliers, %… */
  @Column({ type: 'varchar', length: 40 })
  unit: string;
}
