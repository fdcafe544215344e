import type { Translate } from '@/lib/i18n/provider';

/** Days with at most two decimals, in words ("1,5 j" / "1.5 d"). */
export function formatDays(t: Translate, days: number): string {
  return t('contractors.days', {
    n: String(Math.round(days * 100) / 100).replace('.', t('contractors.decimalSeparator')),
  });
}

/** "2026-03" → "mars 2026" in the interface's language. */
export function formatMonth(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
}
