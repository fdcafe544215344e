import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { CentsColumn } from '../../common/cents-column';
import { Grant } from './grant.entity';

/** A payment the funder is to make: expected (amount, day), then received (amount, day) — both or neither. */
@Entity('grant_instalments')
@Check('grant_instalments_amounts', `"expected_cents" > 0 AND ("received_cents" IS NULL OR "received_cents" >= 0)`)
@Check('grant_instalments_received_pair', `("received_cents" IS NULL) = ("received_on" IS NULL)`)
@Index('grant_instalments_grant_idx', ['grantId', 'expectedOn'])
@Index('grant_instalments_pending_idx', ['expectedOn'], { where: 'received_on IS NULL' })
export class GrantInstalment extends BaseEntity {
  @Column({ type: 'uuid' })
  grantId: string;

  @ManyToOne(() => Grant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grant_id' })
  grant: Relation<Grant>;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  @CentsColumn()
  expectedCents: number;

  @Column({ type: 'date' })
  expectedOn: string;

  @CentsColumn({ nullable: true })
  receivedCents: number | null;

  @Column({ type: 'date', nullable: true })
  receivedOn: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  notes: string | null;
}
