import type { ContributionUnit } from './contribution-types';

/** A rate of the dated table, as valuation needs it. */
export interface RateRef {
  id: string;
  rateCents: number;
}

export interface ValuationInput {
  unit: ContributionUnit;
  /** Up to two decimals (7.5 hours, 0.5 room-day). */
  quantity: number | string;
  /** A justified value given instead of the rate. */
  amountCents?: number | null;
}

export interface Valuation {
  valueCents: number;
  method: 'rate' | 'amount';
  rateId: string | null;
  rateCents: number | null;
}

export type ValuationProblem = 'amount_with_euro' | 'no_rate';

/** `7.5`, `"7.50"` → 750 hundredths, exactly (no float arithmetic on money). */
export function toHundredths(quantity: number | string): bigint {
  const text = typeof quantity === 'number' ? quantity.toFixed(2) : quantity.trim();
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) throw new RangeError(`Not a quantity with at most two decimals: ${quantity}`);
  return BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** quantity × rate in cents, rounded half up to the cent (quantities and rates are never negative). */
export function multiplyCents(quantity: number | string, rateCents: number): number {
  return Number((toHundredths(quantity) * BigInt(rateCents) + 50n) / 100n);
}

/**
 * The value of a contribution: a sum of money is its own value (unit euro), an explicit amount wins over the
 * table, otherwise quantity × the rate in force on the contribution's date. The rate used is kept with the
 * contribution, so a later change of the table never moves a validated value.
 */
export function valueContribution(input: ValuationInput, rate: RateRef | null): Valuation | ValuationProblem {
  const hasAmount = input.amountCents !== undefined && input.amountCents !== null;
  if (input.unit === 'euro') {
    if (hasAmount) return 'amount_with_euro';
    return { valueCents: multiplyCents(input.quantity, 100), method: 'amount', rateId: null, rateCents: null };
  }
  if (hasAmount) return { valueCents: input.amountCents!, method: 'amount', rateId: null, rateCents: null };
  if (!rate) return 'no_rate';
  return { valueCents: multiplyCents(input.quantity, rate.rateCents), method: 'rate', rateId: rate.id, rateCents: rate.rateCents };
}

/** The rate in force on a day: the latest one that starts on or before it. */
export function rateOn<R extends { validFrom: string }>(rates: R[], day: string): R | null {
  let best: R | null = null;
  for (const r of rates) if (r.validFrom <= day && (!best || r.validFrom > best.validFrom)) best = r;
  return best;
}
