/**
 * Exact decimal text of a non-negative fraction, rounded half up at `digits` places. Shares are computed as
 * fractions of big integers; only what is shown to people is turned into decimals, and never through floats.
 */
export function decimal(num: bigint, den: bigint, digits: number): string {
  if (den <= 0n || num < 0n) throw new RangeError('decimal() takes a non-negative fraction');
  const scale = 10n ** BigInt(digits);
  const scaled = (num * scale * 2n + den) / (den * 2n);
  const whole = scaled / scale;
  if (digits === 0) return whole.toString();
  return `${whole}.${(scaled % scale).toString().padStart(digits, '0')}`;
}

export type Locale = 'fr' | 'en';

const euro: Record<Locale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
};
const euroFine: Record<Locale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 4 }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 4 }),
};

/** "1 234,56 €" / "€1,234.56" from cents; Intl formats the decimal string exactly (no float on the way). */
export function formatEuros(cents: bigint | number, locale: Locale): string {
  return euro[locale].format(decimal(BigInt(cents), 100n, 2) as unknown as number);
}

/** An exact share in cents, given as a decimal string ("123456.6667"), as euros with up to 4 decimals. */
export function formatFineEuros(centsDecimal: string, locale: Locale): string {
  const [whole, frac = ''] = centsDecimal.split('.');
  const padded = whole.padStart(3, '0');
  const euros = `${padded.slice(0, -2)}.${padded.slice(-2)}${frac}`;
  return euroFine[locale].format(euros as unknown as number);
}

const percent: Record<Locale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 4 }),
  en: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 4 }),
};

/** "12,5 %" / "12.5%" from a decimal ratio string ("0.125000"). */
export function formatPercent(ratio: string, locale: Locale): string {
  return percent[locale].format(ratio as unknown as number);
}
