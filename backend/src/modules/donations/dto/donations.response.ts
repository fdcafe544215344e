import { EnumOf, ReadAs } from '../../../common/contract';
import {
  DONOR_KINDS,
  GIFT_FREQUENCIES,
  GIFT_SOURCES,
  GIFT_STATUSES,
  PAYMENT_METHODS,
  RECEIPT_KINDS,
  type DonorKind,
  type GiftFrequency,
  type GiftSource,
  type GiftStatus,
  type PaymentMethod,
  type ReceiptKind,
} from '../donation-types';

/** A campaign and its totals (paid gifts only). Who reads what of it: `CAMPAIGN_TOTALS_FIELDS`. */
@ReadAs('DonationCampaign')
export class CampaignResponse {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  goalCents: number | null;
  /** Calendar days, YYYY-MM-DD. */
  startsOn: string | null;
  endsOn: string | null;
  publicPage: boolean;
  raisedCents: number;
  donorsCount: number;
  giftsCount: number;
  archivedAt: Date | null;
  helloassoFormType: string | null;
  helloassoFormSlug: string | null;
  /** Donors of the campaign whose monthly gift stopped. */
  lapsedDonorsCount: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The public page of a campaign: its progress only, nothing about who gave. */
export class PublicCampaignResponse {
  name: string;
  description: string | null;
  goalCents: number | null;
  startsOn: string | null;
  endsOn: string | null;
  raisedCents: number;
  donorsCount: number;
}

@ReadAs('Donor')
export class DonorResponse {
  id: string;
  @EnumOf(DONOR_KINDS, 'DonorKind') kind: DonorKind;
  /** The name as a receipt prints it: the organisation's, or « First Last ». */
  displayName: string;
  firstName: string | null;
  lastName: string | null;
  organisationName: string | null;
  siren: string | null;
  email: string | null;
  address: string | null;
  postcode: string | null;
  city: string | null;
  publicName: boolean;
  personId: string | null;
  organisationId: string | null;
  totalCents: number;
  giftsCount: number;
  lastGiftOn: string | null;
  /** A monthly gift expected more than the grace days ago did not come. */
  recurringLapsed: boolean;
  createdAt: Date;
}

@ReadAs('Gift')
export class GiftResponse {
  id: string;
  donorId: string;
  donorName: string;
  campaignId: string | null;
  campaignName: string | null;
  strategyActionId: string | null;
  amountCents: number;
  receivedOn: string;
  @EnumOf(GIFT_FREQUENCIES, 'GiftFrequency') frequency: GiftFrequency;
  @EnumOf(PAYMENT_METHODS, 'PaymentMethod') paymentMethod: PaymentMethod;
  @EnumOf(GIFT_STATUSES, 'GiftStatus') status: GiftStatus;
  @EnumOf(GIFT_SOURCES, 'GiftSource') source: GiftSource;
  reference: string | null;
  helloassoPaymentId: string | null;
  receiptId: string | null;
  receiptNumber: string | null;
  createdAt: Date;
}

@ReadAs('TaxReceipt')
export class ReceiptResponse {
  id: string;
  number: string;
  year: number;
  @EnumOf(RECEIPT_KINDS, 'ReceiptKind') kind: ReceiptKind;
  donorId: string;
  donorName: string;
  amountCents: number;
  giftsCount: number;
  issuedOn: string;
  cancelledAt: Date | null;
  cancelReason: string | null;
  replacesId: string | null;
  /** The receipt issued in its place, if any. */
  replacedById: string | null;
  mailedAt: Date | null;
}

@ReadAs('Donor')
export class DonorDetailResponse extends DonorResponse {
  gifts: GiftResponse[];
  receipts: ReceiptResponse[];
}

/** What an issuing run did: the receipts made, in number order. */
export class IssuedReceiptsResponse {
  receipts: ReceiptResponse[];
}

/** Article 222 bis of the tax code: the receipts issued in a year (cancelled ones left out), their count and total. */
@ReadAs('TaxReceipt')
export class ReceiptDeclarationResponse {
  year: number;
  count: number;
  totalCents: number;
  /** Cancelled in the year: their numbers stay used. */
  cancelledCount: number;
  firstNumber: string | null;
  lastNumber: string | null;
}

export class HelloAssoImportResponse {
  orders: number;
  created: number;
  updated: number;
  unchanged: number;
}

@ReadAs('DonationSettings')
export class DonationSettingsResponse {
  receiptsEnabled: boolean;
  legalName: string | null;
  legalAddress: string | null;
  legalSiren: string | null;
  legalObject: string | null;
  legalStatus: string | null;
  signatoryName: string | null;
  signatoryRole: string | null;
  recurringGraceDays: number;
}
