import { call, client, download } from '@/lib/api';
import type {
  CampaignInput,
  DonationSettingsInput,
  DonorListQuery,
  GiftInput,
  GiftListQuery,
  ReceiptCancel,
  ReceiptIssue,
  ReceiptListQuery,
} from './types';

const d = client.donations;

export const donationsApi = {
  campaigns: (signal?: AbortSignal) => call(d.donationsListCampaigns({ signal })),
  campaign: (id: string, signal?: AbortSignal) => call(d.donationsGetCampaign({ id }, { signal })),
  createCampaign: (input: CampaignInput) => call(d.donationsCreateCampaign(input)),
  updateCampaign: (id: string, input: Partial<CampaignInput>) => call(d.donationsUpdateCampaign({ id }, input)),
  importHelloAsso: (id: string) => call(d.donationsImportHelloAsso({ id })),
  publicCampaign: (slug: string, signal?: AbortSignal) => call(d.donationsPublicCampaign({ slug }, { signal })),
  donors: (query: DonorListQuery, signal?: AbortSignal) => call(d.donationsListDonors(query, { signal })),
  donor: (id: string, signal?: AbortSignal) => call(d.donationsGetDonor({ id }, { signal })),
  gifts: (query: GiftListQuery, signal?: AbortSignal) => call(d.donationsListGifts(query, { signal })),
  createGift: (input: GiftInput) => call(d.donationsCreateGift(input)),
  receipts: (query: ReceiptListQuery, signal?: AbortSignal) => call(d.donationsListReceipts(query, { signal })),
  issueReceipts: (input: ReceiptIssue) => call(d.donationsIssueReceipts(input)),
  cancelReceipt: (id: string, input: ReceiptCancel) => call(d.donationsCancelReceipt({ id }, input)),
  receiptPdf: (id: string, number: string) => download(`/donations/receipts/${id}/pdf`, `recu-fiscal-${number}.pdf`),
  declaration: (year: number, signal?: AbortSignal) => call(d.donationsDeclaration({ year }, { signal })),
  declarationCsv: (year: number) =>
    download('/donations/receipts/declaration.csv', `recus-fiscaux-${year}.csv`, { year }),
  settings: (signal?: AbortSignal) => call(d.donationsSettings({ signal })),
  saveSettings: (input: DonationSettingsInput) => call(d.donationsSaveSettings(input)),
};
