import { multiplyCents } from './arithmetic';
import type { Cents } from './cents';

/**
 * The valuation rule of a contribution, once for the API (which stores the value) and the UI (which previews it
 * while the form is typed in).
 */

/** A rate of the dated table, as valuation needs it. */
export interface RateRef {
  id: string;
  rateCents: Cents;
}

export interface ValuationInput {
  /** `euro`: the contribution is a sum of money; any other unit is valued by the table or an explicit amount. */
  unit: string;
  /** Up to two decimals (7.5 hours, 0.5 room-day). */
  quantity: number | string;
  /** A justified value given instead of the rate. */
  amountCents?: Cents | null;
}

export interface Valuation {
  valueCents: Cents;
  method: 'rate' | 'amount';
  rateId: string | null;
  rateCents: Cents | null;
}

export type ValuationProblem = 'amount_with_euro' | 'no_rate';

/**
 * The value of a contribution: a sum of money is its own value (unit euro), an explicit amount wins over the
 * table, otherwise quantity × the rate in force on the contribution's date, half up to the cent. The rate used is
 * kept with the contribution, so a later change of the table never moves a validated value.
 */
export function valueContribution(input: ValuationInput, rate: RateRef | null): Valuation | ValuationProblem {
  const hasAmount = input.amountCents !== undefined && input.amountCents !== null;
  if (input.unit === 'euro') {
    if (hasAmount) return 'amount_with_euro';
    return { valueCents: multiplyCents(input.quantity, 100), method: 'amount', rateId: null, rateCents: null };
  }
  if (hasAmount) return { valueCents: input.amountCents!, method: 'amount', rateId: null, rateCents: null };
  if (!rate) return 'no_rate';
  return {
    valueCents: multiplyCents(input.quantity, rate.rateCents),
    method: 'rate',
    rateId: rate.id,
    rateCents: rate.rateCents,
  };
}

/** The rate in force on a day: the latest one that starts on or before it. */
export function rateOn<R extends { validFrom: string }>(rates: readonly R[], day: string): R | null {
  let best: R | null = null;
  for (const r of rates) if (r.validFrom <= day && (!best || r.validFrom > best.validFrom)) best = r;
  return best;
}
