import { isCents, type Cents } from './cents';
import type { Locale } from './format';

export interface ParseOptions {
  /** Refunds and corrections may be negative; amounts typed into most fields may not. */
  negative?: boolean;
}

// Grouping as people type it: fr spaces (Intl writes U+202F, keyboards U+0020, some U+00A0), en commas.
const patterns: Record<Locale, RegExp> = {
  fr: /^(\d{1,3}(?:\s\d{3})+|\d+)(?:[,.](\d{1,2}))?$/,
  en: /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/,
};

/**
 * A number with at most two decimals, as typed in one locale, in hundredths: fr « 1 234,56 » or « 7,5 » (a point is
 * taken as the decimal mark too), en "1,234.56". Null for garbage, a third decimal, or a sign where none is allowed.
 * Works on the digits, never through a float, so 0,29 is 29 and not 28.999….
 */
export function parseHundredths(text: string, locale: Locale, options: ParseOptions = {}): number | null {
  return parse(text, locale, options, false);
}

/** Euros as typed or shown in one locale (« 1 234,56 € », "€1,234.56", "80000") → integer cents, or null. */
export function parseEuros(text: string, locale: Locale, options: ParseOptions = {}): Cents | null {
  return parse(text, locale, options, true);
}

function parse(text: string, locale: Locale, { negative = false }: ParseOptions, currency: boolean): number | null {
  let rest = text.trim().replace(/^\u2212/, '-');
  const minus = rest.startsWith('-');
  if (minus) rest = rest.slice(1).trim();
  if (currency) rest = rest.replace(/^€\s*/, '').replace(/\s*€$/, '');
  const match = patterns[locale].exec(rest);
  if (!match || (minus && !negative)) return null;
  const whole = match[1].replace(/[\s,]/g, '');
  if (whole.length > 16) return null;
  const value = BigInt(whole) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
  const result = Number(minus ? -value : value);
  return isCents(result) ? result + 0 : null; // + 0 turns -0 into 0
}
