import { formatEuros, formatPlainEuros, parseEuros, parseHundredths } from '@maillage/emails/money';
import { z } from 'zod';
import type { Locale } from './config';

// Money travels as integer cents (never floats); it is formatted and parsed by the shared money module only.

export function formatCents(cents: number | null | undefined, locale: Locale = 'fr'): string {
  if (cents === null || cents === undefined) return '';
  return formatEuros(cents, locale);
}

/** Cents as an amount field shows them: "1234,56" in French, "1234.56" in English, "80000" for whole euros. */
export function centsToInput(cents: number | null | undefined, locale: Locale): string {
  if (cents === null || cents === undefined) return '';
  return formatPlainEuros(cents, locale).replace(/[.,]00$/, '');
}

/**
 * What a form's field holds, read back. Schemas are built once, without the interface's language, so they read
 * the French way, which also takes a point as the decimal mark ("1234.56" typed in English reads the same); an
 * English grouping comma ("1,234.56") is refused rather than guessed (in French "1,234" has a third decimal).
 */
export const typedEuros = (text: string) => parseEuros(text, 'fr');
export const typedHundredths = (text: string) => parseHundredths(text, 'fr');

export const euros = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .refine((value) => typedEuros(value) !== null, 'validation.amount')
  .transform((value) => typedEuros(value)!);

export const optionalEuros = z
  .string()
  .trim()
  .refine((value) => value === '' || typedEuros(value) !== null, 'validation.amount')
  .transform((value) => (value === '' ? null : typedEuros(value)!));
