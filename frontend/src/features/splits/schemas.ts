import { z } from 'zod';
import { optionalDate, optionalText, requiredText } from '@/lib/schema';
import { CONTRIBUTION_TYPES } from '@/features/contributions/types';
import { PROPORTIONAL_RULES, SPLIT_RULES, type SaveSplitInput, type SplitDetail, type SplitParameters } from './types';

/** Whole cents or basis points, or empty. */
const units = z.number().int().min(0).nullable();

/**
 * The editor's form: the API's body (money already in cents, percentages in basis points, see MoneyInput), plus
 * what only the screen needs (organisation names, which contribution types are ticked).
 */
export const splitFormSchema = z.object({
  title: requiredText(200),
  notes: optionalText(5000),
  rule: z.enum(SPLIT_RULES),
  totalCents: z
    .number('validation.required')
    .int()
    .min(1, 'validation.required')
    .nullable()
    .refine((v) => v !== null, 'validation.required'),
  baseCents: units,
  periodFrom: optionalDate,
  periodTo: optionalDate,
  allTypes: z.boolean(),
  typeWeights: z.array(z.object({ type: z.enum(CONTRIBUTION_TYPES), enabled: z.boolean(), weightBp: units })),
  setAsides: z.array(
    z.object({ label: requiredText(200), amountCents: units.refine((v) => v !== null, 'validation.required') }),
  ),
  sources: z.array(
    z.object({
      grantId: z.string().min(1, 'validation.required'),
      amountCents: units.refine((v) => v !== null, 'validation.required'),
    }),
  ),
  participants: z.array(
    z.object({
      organisationId: z.string(),
      organisationName: z.string(),
      shareBp: units,
      amountCents: units,
      floorCents: units,
      capCents: units,
    }),
  ),
});

export type SplitFormValues = z.input<typeof splitFormSchema>;
export type SplitFormOutput = z.output<typeof splitFormSchema>;

export function splitFormValues(split?: SplitDetail): SplitFormValues {
  const weights = new Map(split?.typeWeights?.map((w) => [w.type, w.weightBp]));
  return {
    title: split?.title ?? '',
    notes: split?.notes ?? '',
    rule: split?.rule ?? 'proportional',
    totalCents: split?.totalCents ?? null,
    baseCents: split?.baseCents ?? null,
    periodFrom: split?.periodFrom ?? '',
    periodTo: split?.periodTo ?? '',
    allTypes: !split?.typeWeights,
    typeWeights: CONTRIBUTION_TYPES.map((type) => ({
      type,
      enabled: !split?.typeWeights || weights.has(type),
      weightBp: weights.get(type) ?? 10_000,
    })),
    setAsides: split?.setAsides.map((s) => ({ ...s })) ?? [],
    sources: split?.sources.map((s) => ({ grantId: s.grantId, amountCents: s.amountCents })) ?? [],
    participants:
      split?.participants.map((p) => ({
        organisationId: p.organisationId,
        organisationName: p.organisationName,
        shareBp: p.shareBp,
        amountCents: p.amountCents,
        floorCents: p.floorCents,
        capCents: p.capCents,
      })) ?? [],
  };
}

/** What the API takes, from the form as it is (also mid-typing, for the live simulation): only what the rule uses. */
export function toParameters(v: SplitFormValues): SplitParameters {
  const proportional = PROPORTIONAL_RULES.includes(v.rule);
  return {
    rule: v.rule,
    totalCents: v.totalCents ?? 0,
    baseCents: v.rule === 'base_plus_proportional' ? (v.baseCents ?? 0) : null,
    periodFrom: proportional ? v.periodFrom || null : null,
    periodTo: proportional ? v.periodTo || null : null,
    typeWeights:
      proportional && !v.allTypes
        ? v.typeWeights.filter((w) => w.enabled).map((w) => ({ type: w.type, weightBp: w.weightBp ?? 0 }))
        : null,
    setAsides: v.setAsides.map((s) => ({ label: s.label.trim() || '—', amountCents: s.amountCents ?? 0 })),
    sources: v.sources.filter((s) => s.grantId).map((s) => ({ grantId: s.grantId, amountCents: s.amountCents ?? 0 })),
    participants: v.participants.map((p) => ({
      organisationId: p.organisationId,
      shareBp: v.rule === 'fixed_percent' ? (p.shareBp ?? 0) : null,
      amountCents: v.rule === 'fixed_amount' ? (p.amountCents ?? 0) : null,
      floorCents: p.floorCents,
      capCents: p.capCents,
    })),
  };
}

export function toSaveInput(v: SplitFormValues): SaveSplitInput {
  return { ...toParameters(v), title: v.title.trim(), notes: v.notes?.trim() || null };
}
