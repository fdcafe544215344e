import type { Cents } from './cents';

export type Locale = 'fr' | 'en';

const intlLocales: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
const euro = (locale: Locale, fine: boolean) =>
  new Intl.NumberFormat(intlLocales[locale], {
    style: 'currency',
    currency: 'EUR',
    ...(fine ? { minimumFractionDigits: 2, maximumFractionDigits: 4 } : {}),
  });
// Intl formatters are costly to build and safe to share.
const euros: Record<Locale, Intl.NumberFormat> = { fr: euro('fr', false), en: euro('en', false) };
const fineEuros: Record<Locale, Intl.NumberFormat> = { fr: euro('fr', true), en: euro('en', true) };

/** Euros as exact decimal text ("-1234.56"), never through a float: cents / 100 is not exact past 2^53 / 100. */
function plain(amount: Cents | bigint): string {
  const n = BigInt(amount);
  const abs = (n < 0n ? -n : n).toString().padStart(3, '0');
  return `${n < 0n ? '-' : ''}${abs.slice(0, -2)}.${abs.slice(-2)}`;
}

// Intl formats a decimal string exactly (ES2023); TypeScript's ES2022 library only declares numbers.
const exact = (text: string) => text as unknown as number;

/** « 1 234,56 € » (with U+202F and U+00A0, as Intl writes them) / "€1,234.56", from integer cents. */
export function formatEuros(amount: Cents | bigint, locale: Locale): string {
  return euros[locale].format(exact(plain(amount)));
}

/** An exact share in cents given as a decimal string ("123456.6667"), as euros with up to 4 decimals. */
export function formatFineEuros(centsDecimal: string, locale: Locale): string {
  const [whole, frac = ''] = centsDecimal.split('.');
  const padded = whole.padStart(3, '0');
  return fineEuros[locale].format(exact(`${padded.slice(0, -2)}.${padded.slice(-2)}${frac}`));
}

/**
 * The plain form of exports and input fields: no grouping, no symbol, two decimals, the locale's decimal mark
 * ("1234,56" / "1234.56"): what spreadsheets read back as a number.
 */
export function formatPlainEuros(amount: Cents | bigint, locale: Locale): string {
  const text = plain(amount);
  return locale === 'fr' ? text.replace('.', ',') : text;
}
