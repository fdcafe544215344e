import { z } from 'zod';
import { centsToInput, typedEuros, typedHundredths } from '@/lib/i18n/money';
import { optionalDate, optionalText, optionalUrl, requiredText } from '@/lib/schema';
import {
  CONTRIBUTION_TYPES,
  CONTRIBUTION_UNITS,
  type Contribution,
  type ContributionDetail,
  type ContributionInput,
} from './types';

const nullIfEmpty = (value: string) => (value === '' ? null : value);

export const contributionSchema = z
  .object({
    organisationId: z.string().transform(nullIfEmpty),
    personId: z.string().transform(nullIfEmpty),
    // Selects hold '' until a choice is made.
    type: z.string().pipe(z.enum(CONTRIBUTION_TYPES, 'validation.required')),
    unit: z.string().pipe(z.enum(CONTRIBUTION_UNITS, 'validation.required')),
    startsOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date'),
    endsOn: optionalDate,
    quantity: z.string().refine((v) => (typedHundredths(v) ?? 0) > 0, 'contributions.validation.quantity'),
    amountEuros: z.string().refine((v) => v.trim() === '' || typedEuros(v) !== null, 'contributions.validation.amount'),
    description: requiredText(2000),
    evidenceUrl: optionalUrl,
    workingGroupId: z.string().transform(nullIfEmpty),
    grantId: z.string().transform(nullIfEmpty),
    reason: optionalText(500),
  })
  .superRefine((v, ctx) => {
    if (v.endsOn && v.startsOn && v.endsOn < v.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'contributions.validation.period' });
  })
  .transform(({ quantity, amountEuros, unit, reason, ...v }): ContributionInput & { reason: string | null } => ({
    ...v,
    unit,
    quantity: typedHundredths(quantity)! / 100,
    // A sum of money is its own value: no separate amount then.
    amountCents: unit === 'euro' || amountEuros.trim() === '' ? null : typedEuros(amountEuros),
    reason,
  }));

export type ContributionFormValues = z.input<typeof contributionSchema>;

/** The form's starting values: an existing contribution, or a new one for the given organisation and person. */
export function contributionFormValues(
  c?: Contribution | ContributionDetail,
  defaults: { organisationId?: string; personId?: string; workingGroupId?: string } = {},
): ContributionFormValues {
  return {
    organisationId: c ? (c.organisationId ?? '') : (defaults.organisationId ?? ''),
    personId: c ? (c.personId ?? '') : (defaults.personId ?? ''),
    type: c?.type ?? '',
    unit: c?.unit ?? '',
    startsOn: c?.startsOn ?? '',
    endsOn: c && c.endsOn !== c.startsOn ? c.endsOn : '',
    quantity: c ? String(c.quantity).replace('.', ',') : '',
    amountEuros: centsToInput(c?.amountCents, 'fr'),
    description: c?.description ?? '',
    evidenceUrl: c && 'evidenceUrl' in c ? (c.evidenceUrl ?? '') : '',
    workingGroupId: c ? (c.workingGroupId ?? '') : (defaults.workingGroupId ?? ''),
    grantId: c?.grantId ?? '',
    reason: '',
  };
}
