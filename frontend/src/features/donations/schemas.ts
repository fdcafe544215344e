import { z } from 'zod';
import { optionalDate, optionalEmail, optionalText, requiredText } from '@/lib/schema';
import type { Locale } from '@/lib/i18n/config';
import { centsToInput, euros, optionalEuros } from '@/lib/i18n/money';
import { DONOR_KINDS, GIFT_FREQUENCIES, PAYMENT_METHODS, type Campaign, type DonationSettings } from './types';

// Selects hold '' until a choice is made; a date input gives YYYY-MM-DD.
const choice = <T extends string>(values: readonly T[]) =>
  z.string().pipe(z.enum(values as [T, ...T[]], 'validation.required'));
const requiredDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date');

export const campaignSchema = z.object({
  name: requiredText(200),
  slug: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(80, 'validation.tooLong')
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'donations.campaign.field.slugHelp'),
  description: optionalText(5000),
  goalCents: optionalEuros,
  startsOn: optionalDate,
  endsOn: optionalDate,
  publicPage: z.boolean(),
  helloassoFormType: optionalText(30),
  helloassoFormSlug: optionalText(200),
});
export type CampaignFormValues = z.input<typeof campaignSchema>;

export function campaignFormValues(locale: Locale, c?: Campaign): CampaignFormValues {
  return {
    name: c?.name ?? '',
    slug: c?.slug ?? '',
    description: c?.description ?? '',
    goalCents: centsToInput(c?.goalCents, locale),
    startsOn: c?.startsOn ?? '',
    endsOn: c?.endsOn ?? '',
    publicPage: c?.publicPage ?? false,
    helloassoFormType: c?.helloassoFormType ?? '',
    helloassoFormSlug: c?.helloassoFormSlug ?? '',
  };
}

/** A gift entered by hand: for a known donor (`donorId`), or a donor found or created from the fields. */
export const giftSchema = z.object({
  donorId: z.string(),
  donor: z.object({
    kind: choice(DONOR_KINDS),
    firstName: optionalText(100),
    lastName: optionalText(100),
    organisationName: optionalText(200),
    email: optionalEmail,
    address: optionalText(300),
    postcode: optionalText(10),
    city: optionalText(100),
  }),
  campaignId: z.string(),
  amountCents: euros,
  receivedOn: requiredDate,
  frequency: choice(GIFT_FREQUENCIES),
  paymentMethod: choice(PAYMENT_METHODS),
  reference: optionalText(100),
});
export type GiftFormValues = z.input<typeof giftSchema>;

export function giftFormValues(today: string, donorId = '', campaignId = ''): GiftFormValues {
  return {
    donorId,
    donor: {
      kind: 'person',
      firstName: '',
      lastName: '',
      organisationName: '',
      email: '',
      address: '',
      postcode: '',
      city: '',
    },
    campaignId,
    amountCents: '',
    receivedOn: today,
    frequency: 'one_off',
    paymentMethod: 'cheque',
    reference: '',
  };
}

export const cancelReceiptSchema = z.object({ reason: requiredText(500), reissue: z.boolean() });
export type CancelReceiptValues = z.input<typeof cancelReceiptSchema>;

export const settingsSchema = z.object({
  receiptsEnabled: z.boolean(),
  legalName: optionalText(200),
  legalAddress: optionalText(300),
  legalSiren: z
    .string()
    .trim()
    .refine((v) => v === '' || /^\d{9}$/.test(v), 'donations.validation.siren')
    .transform((v) => v || null),
  legalObject: optionalText(500),
  legalStatus: optionalText(200),
  signatoryName: optionalText(200),
  signatoryRole: optionalText(120),
  recurringGraceDays: z.coerce
    .number<string>()
    .int('donations.validation.graceDays')
    .min(1, 'donations.validation.graceDays')
    .max(90, 'donations.validation.graceDays'),
});
export type SettingsFormValues = z.input<typeof settingsSchema>;

export function settingsFormValues(s: DonationSettings): SettingsFormValues {
  return {
    receiptsEnabled: s.receiptsEnabled,
    legalName: s.legalName ?? '',
    legalAddress: s.legalAddress ?? '',
    legalSiren: s.legalSiren ?? '',
    legalObject: s.legalObject ?? '',
    legalStatus: s.legalStatus ?? '',
    signatoryName: s.signatoryName ?? '',
    signatoryRole: s.signatoryRole ?? '',
    recurringGraceDays: String(s.recurringGraceDays),
  };
}
