import { cents, type Cents } from './cents';

/**
 * Arithmetic that cannot lose a cent: everything is done on big integers, and the single rounding of each result is
 * half up (half away from zero), as French accounting and the domain rules say.
 */

/** num / den rounded half away from zero (den > 0). */
export function divideHalfUp(num: bigint, den: bigint): bigint {
  if (den <= 0n) throw new RangeError('divideHalfUp() takes a positive denominator');
  const half = num < 0n ? -1n : 1n;
  return (2n * num + half * den) / (2n * den);
}

/** `7.5`, `"7.50"` → 750 hundredths, exactly (quantities have at most two decimals and are never negative). */
export function toHundredths(quantity: number | string): bigint {
  const text = typeof quantity === 'number' ? quantity.toFixed(2) : quantity.trim();
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) throw new RangeError(`Not a quantity with at most two decimals: ${quantity}`);
  return BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** quantity (two decimals) × rate in cents, rounded half up to the cent. */
export function multiplyCents(quantity: number | string, rateCents: Cents): Cents {
  return cents(divideHalfUp(toHundredths(quantity) * BigInt(cents(rateCents)), 100n));
}

/** A percentage of an amount, given in basis points (12,34 % = 1234), rounded half up to the cent. */
export function percentOf(amount: Cents, basisPoints: number): Cents {
  if (!Number.isSafeInteger(basisPoints)) throw new RangeError(`Not a whole number of basis points: ${basisPoints}`);
  return cents(divideHalfUp(BigInt(cents(amount)) * BigInt(basisPoints), 10_000n));
}

/**
 * Exact decimal text of a non-negative fraction, rounded half up at `digits` places. Shares are computed as
 * fractions of big integers; only what is shown to people is turned into decimals, and never through floats.
 */
export function decimal(num: bigint, den: bigint, digits: number): string {
  if (den <= 0n || num < 0n) throw new RangeError('decimal() takes a non-negative fraction');
  const scale = 10n ** BigInt(digits);
  const scaled = divideHalfUp(num * scale, den);
  const whole = scaled / scale;
  if (digits === 0) return whole.toString();
  return `${whole}.${(scaled % scale).toString().padStart(digits, '0')}`;
}
