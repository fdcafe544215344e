import type { Locale } from '@/lib/i18n/config';

/** "12 %" — shares and ratios are shown rounded to the percent. */
export function formatShare(share: number | null | undefined, locale: Locale): string {
  if (share === null || share === undefined) return '—';
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);
}
