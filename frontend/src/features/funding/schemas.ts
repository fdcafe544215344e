import { z } from 'zod';
import { optionalDate, optionalEmail, optionalText, optionalUrl, requiredText } from '@/lib/schema';
import type { Locale } from '@/lib/i18n/config';
import { centsToInput, euros, optionalEuros, typedHundredths } from '@/lib/i18n/money';
import {
  BUDGET_ACCOUNTS,
  BUDGET_CATEGORIES,
  DELIVERABLE_STATUSES,
  DOCUMENT_KINDS,
  FUNDER_KINDS,
  GRANT_STATUSES,
  INITIAL_STATUSES,
  REPORT_KINDS,
  REPORT_STATUSES,
  type FunderDetail,
  type GrantDetail,
} from './types';

// Selects hold '' until a choice is made.
const choice = <T extends string>(values: readonly T[]) =>
  z.string().pipe(z.enum(values as [T, ...T[]], 'validation.required'));
const requiredDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date');

export const funderSchema = z.object({
  name: requiredText(200),
  kind: choice(FUNDER_KINDS),
  website: optionalUrl,
  notes: optionalText(5000),
  contacts: z.array(
    z.object({ name: requiredText(200), role: optionalText(120), email: optionalEmail, phone: optionalText(40) }),
  ),
});
export type FunderFormValues = z.input<typeof funderSchema>;

export function funderFormValues(funder?: FunderDetail): FunderFormValues {
  return {
    name: funder?.name ?? '',
    kind: funder?.kind ?? '',
    website: funder?.website ?? '',
    notes: funder?.notes ?? '',
    contacts:
      funder?.contacts.map((c) => ({ name: c.name, role: c.role ?? '', email: c.email ?? '', phone: c.phone ?? '' })) ??
      [],
  };
}

const grantFields = {
  funderId: z.string().min(1, 'validation.required'),
  title: requiredText(200),
  reference: optionalText(120),
  amountRequestedCents: euros,
  amountGrantedCents: optionalEuros,
  ownFundsCents: optionalEuros.transform((cents) => cents ?? 0),
  startsOn: optionalDate,
  endsOn: optionalDate,
  applicationDeadline: optionalDate,
  agreementSignedOn: optionalDate,
  notes: optionalText(10000),
  signatoryName: optionalText(200),
  signatoryRole: optionalText(200),
};
const periodInOrder = (v: { startsOn: string | null; endsOn: string | null }) =>
  !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn;

export const newGrantSchema = z
  .object({ ...grantFields, status: choice(INITIAL_STATUSES), statusOn: requiredDate })
  .refine(periodInOrder, { path: ['endsOn'], message: 'funding.validation.periodOrder' })
  .refine((v) => v.status !== 'granted' || v.amountGrantedCents !== null, {
    path: ['amountGrantedCents'],
    message: 'validation.required',
  });
export const grantSchema = z
  .object(grantFields)
  .refine(periodInOrder, { path: ['endsOn'], message: 'funding.validation.periodOrder' });
export type GrantFormValues = z.input<typeof newGrantSchema>;

export function grantFormValues(
  locale: Locale,
  today: string,
  grant?: GrantDetail,
  funderId?: string,
): GrantFormValues {
  return {
    funderId: grant?.funderId ?? funderId ?? '',
    title: grant?.title ?? '',
    reference: grant?.reference ?? '',
    amountRequestedCents: centsToInput(grant?.amountRequestedCents, locale),
    amountGrantedCents: centsToInput(grant?.amountGrantedCents, locale),
    ownFundsCents: grant?.ownFundsCents ? centsToInput(grant.ownFundsCents, locale) : '',
    startsOn: grant?.startsOn ?? '',
    endsOn: grant?.endsOn ?? '',
    applicationDeadline: grant?.applicationDeadline ?? '',
    agreementSignedOn: grant?.agreementSignedOn ?? '',
    notes: grant?.notes ?? '',
    signatoryName: grant?.signatoryName ?? '',
    signatoryRole: grant?.signatoryRole ?? '',
    status: 'prospect',
    statusOn: today,
  };
}

export const statusChangeSchema = z
  .object({
    status: choice(GRANT_STATUSES),
    on: requiredDate,
    amountGrantedCents: optionalEuros,
    note: optionalText(500),
  })
  .refine((v) => v.status !== 'granted' || v.amountGrantedCents !== null, {
    path: ['amountGrantedCents'],
    message: 'validation.required',
  });

export const instalmentSchema = z.object({
  label: requiredText(200),
  expectedCents: euros,
  expectedOn: requiredDate,
  notes: optionalText(500),
});
export const receiptSchema = z.object({ receivedCents: euros, receivedOn: requiredDate });
export const budgetLineSchema = z.object({
  category: choice(BUDGET_CATEGORIES),
  // Left empty, the API files the line under its category's usual account.
  account: z
    .enum(BUDGET_ACCOUNTS)
    .or(z.literal(''))
    .transform((v) => v || undefined),
  label: requiredText(200),
  plannedCents: euros,
  gapNote: optionalText(2000),
});
export const expenseSchema = z.object({
  budgetLineId: z.string().min(1, 'validation.required'),
  spentOn: requiredDate,
  amountCents: euros,
  description: requiredText(300),
  reference: optionalText(120),
});
export const reportSchema = z.object({
  kind: choice(REPORT_KINDS),
  title: requiredText(200),
  dueOn: requiredDate,
  notes: optionalText(1000),
});
export const reportSentSchema = z.object({
  status: choice(REPORT_STATUSES),
  sentOn: requiredDate,
  documentUrl: optionalUrl,
});
export const documentSchema = z.object({
  kind: choice(DOCUMENT_KINDS),
  label: requiredText(200),
  url: z
    .string()
    .trim()
    .regex(/^https?:\/\/\S+\.\S+/, 'validation.url'),
});

/** What the application promises, on the grant itself. */
export const contentSchema = z.object({ objectives: optionalText(5000), expectedResults: optionalText(5000) });

export const deliverableSchema = z.object({
  title: requiredText(200),
  dueOn: requiredDate,
  status: choice(DELIVERABLE_STATUSES),
});

/** A count or a share typed the French way ("87,5"); two decimals at most. */
const indicatorValue = z
  .string()
  .trim()
  .refine((v) => v === '' || typedHundredths(v) !== null, 'funding.validation.indicatorValue')
  .transform((v) => (v === '' ? null : typedHundredths(v)! / 100));

export const indicatorSchema = z.object({
  label: requiredText(200),
  target: indicatorValue.refine((v) => v !== null, 'validation.required'),
  measured: indicatorValue,
  unit: requiredText(40),
});

export const activityPeriodSchema = z
  .object({ from: requiredDate, to: requiredDate })
  .refine((p) => p.to >= p.from, { path: ['to'], message: 'funding.validation.periodOrder' });

export const activityReportSchema = z.object({
  sections: z
    .array(z.object({ title: requiredText(200), body: z.string().max(20_000, 'validation.tooLong') }))
    .min(1, 'validation.required'),
});
export type ActivityReportValues = z.input<typeof activityReportSchema>;
