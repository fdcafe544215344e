import { z } from 'zod';
import { centsToInput, euros } from '@/lib/i18n/money';
import { optionalText, requiredText } from '@/lib/schema';
import type { Mission, MissionInput, TimeEntryInput } from './types';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date');
/** A decimal typed the French way or not ("2,5" or "2.5"). */
const decimal = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'validation.required')
    .transform((v) => Number(v.replace(',', '.')))
    .pipe(z.number('validation.number').min(0, 'validation.number').max(max, 'validation.number'));

export const missionSchema = z
  .object({
    contractorPersonId: z.string().min(1, 'validation.required'),
    company: optionalText(200),
    title: requiredText(200),
    jobDescription: z.string().min(1, 'validation.required'),
    startsOn: day,
    endsOn: day,
    daysPerMonth: decimal(31),
    dailyRate: euros.pipe(z.number().max(10_000_000, 'validation.number')),
    hoursPerDay: decimal(12),
  })
  .refine((v) => v.endsOn >= v.startsOn, { path: ['endsOn'], message: 'contractors.validation.endAfterStart' })
  // Euros in the form, integer cents in the API.
  .transform(({ dailyRate, ...rest }): MissionInput => ({ ...rest, dailyRateCents: dailyRate }));

export type MissionFormValues = z.input<typeof missionSchema>;

export function missionFormValues(m?: Mission): MissionFormValues {
  return {
    contractorPersonId: m?.contractorPersonId ?? '',
    company: m?.company ?? '',
    title: m?.title ?? '',
    jobDescription: m?.jobDescription ?? '',
    startsOn: m?.startsOn ?? '',
    endsOn: m?.endsOn ?? '',
    daysPerMonth: m?.daysPerMonth?.toString() ?? '',
    dailyRate: centsToInput(m?.dailyRateCents, 'fr'),
    hoursPerDay: (m?.hoursPerDay ?? 7).toString(),
  };
}

export const timeEntrySchema = z.object({
  workedOn: day,
  unit: z.enum(['day', 'hour']),
  quantity: decimal(12).pipe(z.number().positive('validation.number')),
  description: requiredText(2000),
}) satisfies z.ZodType<TimeEntryInput, unknown>;

export type TimeEntryFormValues = z.input<typeof timeEntrySchema>;
