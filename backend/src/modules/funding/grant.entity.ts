import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { CentsColumn } from '../../common/cents-column';
import { Funder } from './funder.entity';
import type { GrantStatus } from './funding-types';

/** A grant or a call for projects, from the first idea (prospect) to its closing. */
@Entity('grants')
@Check(
  'grants_amounts_not_negative',
  `"amount_requested_cents" >= 0 AND ("amount_granted_cents" IS NULL OR "amount_granted_cents" >= 0) AND "own_funds_cents" >= 0`,
)
@Check('grants_period_ordered', `"ends_on" IS NULL OR "starts_on" IS NULL OR "ends_on" >= "starts_on"`)
@Check('grants_currency_eur', `"currency" = 'EUR'`)
@Index('grants_status_idx', ['status'])
export class Grant extends BaseEntity {
  @Index('grants_funder_idx')
  @Column({ type: 'uuid' })
  funderId: string;

  @ManyToOne(() => Funder, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'funder_id' })
  funder: Relation<Funder>;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** The funder's file number or the call's name. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  reference: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: GrantStatus;

  /** The day of the last status change (the full history is in grant_status_changes). */
  @Column({ type: 'date' })
  statusChangedOn: string;

  @CentsColumn()
  amountRequestedCents: number;

  /** May exceed the amount requested (a funder can top up). Required once granted. */
  @CentsColumn({ nullable: true })
  amountGrantedCents: number | null;

  /** The network's own money put into the funded action: with valued in-kind contributions, the co-financing. */
  @CentsColumn({ default: 0 })
  ownFundsCents: number;

  @Column({ type: 'varchar', length: 3, default: 'EUR' })
  currency: 'EUR';

  @Column({ type: 'date', nullable: true })
  startsOn: string | null;

  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'date', nullable: true })
  applicationDeadline: string | null;

  /** The day the funder said yes: public grants are summed per year of this day. */
  @Index('grants_granted_on_idx')
  @Column({ type: 'date', nullable: true })
  grantedOn: string | null;

  /** When the written agreement (convention) was signed: required over 23 000 €. */
  @Column({ type: 'date', nullable: true })
  agreementSignedOn: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** Who signs the financial report's attestation (the association's legal representative), and as what. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  signatoryName: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  signatoryRole: string | null;

  /** What the funded action aims at and what it should bring, as the application words them (the activity report
   *  starts from them). */
  @Column({ type: 'text', nullable: true })
  objectives: string | null;

  @Column({ type: 'text', nullable: true })
  expectedResults: string | null;

  /** Shown on the network's public transparency page (when the network turns it on); the coordinator chooses. */
  @Column({ type: 'boolean', default: false })
  published: boolean;
}
