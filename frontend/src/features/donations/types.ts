import {
  DonorKind,
  GiftFrequency,
  GiftStatus,
  PaymentMethod,
  type CampaignResponse,
  type CancelReceiptDto,
  type CreateCampaignDto,
  type CreateGiftDto,
  type DonationSettingsDto,
  type DonationSettingsResponse,
  type DonationsListDonorsParams,
  type DonationsListGiftsParams,
  type DonationsListReceiptsParams,
  type DonorDetailResponse,
  type DonorResponse,
  type GiftResponse,
  type IssueReceiptsDto,
  type PublicCampaignResponse,
  type ReceiptDeclarationResponse,
  type ReceiptResponse,
} from '@/lib/generated/api';

// The API's shapes come from its OpenAPI description (src/lib/generated/api.ts); these names are the UI's.
export type { DonorKind, GiftFrequency, GiftStatus, PaymentMethod };
export type Campaign = CampaignResponse;
export type CampaignInput = CreateCampaignDto;
export type PublicCampaign = PublicCampaignResponse;
export type Donor = DonorResponse;
export type DonorDetail = DonorDetailResponse;
export type Gift = GiftResponse;
export type GiftInput = CreateGiftDto;
export type Receipt = ReceiptResponse;
export type ReceiptIssue = IssueReceiptsDto;
export type ReceiptCancel = CancelReceiptDto;
export type Declaration = ReceiptDeclarationResponse;
export type DonationSettings = DonationSettingsResponse;
export type DonationSettingsInput = DonationSettingsDto;
export type DonorListQuery = DonationsListDonorsParams;
export type GiftListQuery = DonationsListGiftsParams;
export type ReceiptListQuery = DonationsListReceiptsParams;

export const DONOR_KINDS = Object.values(DonorKind);
export const GIFT_FREQUENCIES = Object.values(GiftFrequency);
export const GIFT_STATUSES = Object.values(GiftStatus);
export const PAYMENT_METHODS = Object.values(PaymentMethod);
