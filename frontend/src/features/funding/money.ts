import { z } from 'zod';
import type { Locale } from '@/lib/i18n/config';

/**
 * Amounts are typed in euros ("1 234,56", "1234.56", "80000") and travel as integer cents. The conversion works on the
 * digits, never through a float, so 0,29 € is 29 cents and not 28.999….
 */
export function parseEuros(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d{1,13}(\.\d{1,2})?$/.test(cleaned)) return null;
  const [units, decimals = ''] = cleaned.split('.');
  return Number(units) * 100 + Number(decimals.padEnd(2, '0'));
}

/** Cents as the amount field shows them: "1234,56" in French, "1234.56" in English, "" for none. */
export function centsToInput(cents: number | null | undefined, locale: Locale): string {
  if (cents === null || cents === undefined) return '';
  const text = (cents / 100).toFixed(2).replace(/\.00$/, '');
  return locale === 'fr' ? text.replace('.', ',') : text;
}

export const euros = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .refine((value) => parseEuros(value) !== null, 'validation.amount')
  .transform((value) => parseEuros(value)!);

export const optionalEuros = z
  .string()
  .trim()
  .refine((value) => value === '' || parseEuros(value) !== null, 'validation.amount')
  .transform((value) => (value === '' ? null : parseEuros(value)!));

/** "12 %" — shares and ratios are shown rounded to the percent. */
export function formatShare(share: number | null | undefined, locale: Locale): string {
  if (share === null || share === undefined) return '—';
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
