import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { CentsColumn } from '../../common/cents-column';
import type { DonorKind, ReceiptKind } from './donation-types';
import type { ReceiptEntity } from './receipt-pdf';
import { Donor } from './donor.entity';

/**
 * A tax receipt (CERFA 11580), numbered without gaps per year. Never deleted: a cancelled receipt keeps its number,
 * and its replacement points back at it. The donor's name and address are kept as printed.
 */
@Entity('tax_receipts')
@Index('tax_receipts_year_seq_unique', ['year', 'seq'], { unique: true })
export class TaxReceipt extends BaseEntity {
  /** `2026-000042`: the year, then the rank within it. */
  @Column({ type: 'varchar', length: 20 })
  number: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'varchar', length: 10 })
  kind: ReceiptKind;

  @Column({ type: 'uuid' })
  donorId: string;

  @ManyToOne(() => Donor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'donor_id' })
  donor?: Relation<Donor>;

  @Column({ type: 'varchar', length: 300 })
  donorName: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  donorAddress: string | null;

  @Column({ type: 'varchar', length: 20 })
  donorKind: DonorKind;

  /** The issuing entity as printed (the settings may change later). */
  @Column({ type: 'jsonb' })
  entity: ReceiptEntity;

  @CentsColumn()
  amountCents: number;

  @Column({ type: 'integer' })
  giftsCount: number;

  @Column({ type: 'date' })
  issuedOn: string;

  @Column({ type: 'uuid', nullable: true })
  issuedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  cancelReason: string | null;

  /** The receipt this one replaces (a cancelled one), for the trace. */
  @Column({ type: 'uuid', nullable: true })
  replacesId: string | null;

  @ManyToOne(() => TaxReceipt, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'replaces_id' })
  replaces?: Relation<TaxReceipt> | null;

  /** Whether the receipt was queued to the donor's address (no address, no mail). */
  @Column({ type: 'timestamptz', nullable: true })
  mailedAt: Date | null;
}

/** Which gifts a receipt covers, kept after a cancellation (the gift's `receiptId` then moves on). */
@Entity('tax_receipt_gifts')
export class TaxReceiptGift {
  @PrimaryColumn({ type: 'uuid' })
  receiptId: string;

  @PrimaryColumn({ type: 'uuid' })
  giftId: string;

  @ManyToOne(() => TaxReceipt, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receipt_id' })
  receipt?: Relation<TaxReceipt>;
}

/** The last number given in a year: locked FOR UPDATE by each issuing transaction, so numbers have no gaps. */
@Entity('tax_receipt_counters')
export class TaxReceiptCounter {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'integer', default: 0 })
  lastSeq: number;
}
