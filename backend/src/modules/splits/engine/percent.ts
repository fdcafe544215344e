import type { Locale } from '@maillage/emails/money';

const percent: Record<Locale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 4 }),
  en: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 4 }),
};

/** "12,5 %" / "12.5%" from a decimal ratio string ("0.125000"); Intl formats the string exactly (no float). */
export function formatPercent(ratio: string, locale: Locale): string {
  return percent[locale].format(ratio as unknown as number);
}
