import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { CentsColumn } from '../../common/cents-column';
import type { StrategyAction } from '../governance/strategy-action.entity';
import { DonationCampaign } from './campaign.entity';
import type { GiftFrequency, GiftSource, GiftStatus, PaymentMethod } from './donation-types';
import { Donor } from './donor.entity';
import { TaxReceipt } from './tax-receipt.entity';

/** One gift (or one instalment of a monthly gift). HelloAsso's payment id makes a notification idempotent. */
@Entity('gifts')
@Index('gifts_helloasso_payment_unique', ['helloassoPaymentId'], { unique: true })
@Index('gifts_donor', ['donorId'])
export class Gift extends BaseEntity {
  @Column({ type: 'uuid' })
  donorId: string;

  @ManyToOne(() => Donor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'donor_id' })
  donor?: Relation<Donor>;

  @Column({ type: 'uuid', nullable: true })
  campaignId: string | null;

  @ManyToOne(() => DonationCampaign, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Relation<DonationCampaign> | null;

  /** The strategy action the gift supports: it then counts among that action's other resources. */
  @Column({ type: 'uuid', nullable: true })
  strategyActionId: string | null;

  @ManyToOne('StrategyAction', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'strategy_action_id' })
  strategyAction?: Relation<StrategyAction> | null;

  @CentsColumn()
  amountCents: number;

  @Column({ type: 'date' })
  receivedOn: string;

  @Column({ type: 'varchar', length: 10, default: 'one_off' })
  frequency: GiftFrequency;

  @Column({ type: 'varchar', length: 20 })
  paymentMethod: PaymentMethod;

  @Column({ type: 'varchar', length: 12, default: 'paid' })
  status: GiftStatus;

  @Column({ type: 'varchar', length: 12 })
  source: GiftSource;

  /** A cheque number, a transfer's reference, an import's reference. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  reference: string | null;

  @Column({ type: 'bigint', nullable: true })
  helloassoPaymentId: string | null;

  @Column({ type: 'bigint', nullable: true })
  helloassoOrderId: string | null;

  /** When HelloAsso last changed the payment: an older notification never overwrites a newer state. */
  @Column({ type: 'timestamptz', nullable: true })
  helloassoUpdatedAt: Date | null;

  /** The receipt in force for this gift (a cancelled one no longer is). */
  @Column({ type: 'uuid', nullable: true })
  receiptId: string | null;

  @ManyToOne(() => TaxReceipt, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receipt_id' })
  receipt?: Relation<TaxReceipt> | null;
}
