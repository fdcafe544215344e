import type { Locale } from './config';

const formatters: Record<Locale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
};

/** Money travels as integer cents (never floats); only the display divides by 100. */
export function formatCents(cents: number | null | undefined, locale: Locale = 'fr'): string {
  if (cents === null || cents === undefined) return '';
  return formatters[locale].format(cents / 100);
}
