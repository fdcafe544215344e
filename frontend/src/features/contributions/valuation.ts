import type { ContributionType, ContributionUnit, Rate } from './types';

/**
 * The value the API will compute, shown while the form is typed in. Same rules as the server (backend
 * modules/contributions/valuation.ts): exact hundredths, half up to the cent, the rate in force on the first day.
 */
export function previewValue(
  rates: Rate[] | undefined,
  input: { type: ContributionType | ''; unit: ContributionUnit | ''; startsOn: string; quantity: string; amountEuros: string },
): { valueCents: number; rate: Rate | null } | null {
  const hundredths = toHundredths(input.quantity);
  if (!input.type || !input.unit || hundredths === null) return null;
  if (input.unit === 'euro') return { valueCents: hundredths, rate: null };
  const amount = toHundredths(input.amountEuros);
  if (amount !== null) return { valueCents: amount, rate: null };
  const rate = (rates ?? [])
    .filter((r) => r.type === input.type && r.unit === input.unit && r.validFrom <= input.startsOn)
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
  if (!rate) return null;
  return { valueCents: Math.floor((hundredths * rate.rateCents + 50) / 100), rate };
}

/** « 7,5 » or « 7.50 » → 750; null when not a number with at most two decimals. */
export function toHundredths(text: string): number | null {
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(text.trim().replace(/[\s\u00a0\u202f]/g, ''));
  return match ? Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) : null;
}
