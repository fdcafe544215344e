import { cents, type Cents } from './cents';

/** One exact share, `num / den` cents, as the largest-remainder method rounds it. */
export interface RoundedShare {
  /** The whole cents of the exact share plus `rounding`. */
  amount: bigint;
  /** The cent given by the rounding: 0 or 1. */
  rounding: 0 | 1;
}

/**
 * The largest-remainder method: exact non-negative shares `nums[i] / den` that add up to `total` cents become whole
 * cents that still add up to it. Each share gets its whole cents; the cents left over (fewer than the shares) go one
 * each to the larger remainder, then the larger share, then `tieBreak` (by default the earlier index), so the
 * result depends only on the shares. Each rounded share differs from the exact one by less than a cent.
 */
export function largestRemainder(
  nums: readonly bigint[],
  den: bigint,
  total: bigint,
  tieBreak = (i: number, j: number) => i - j,
): RoundedShare[] {
  if (den <= 0n) throw new RangeError('largestRemainder() takes a positive denominator');
  const parts = nums.map((num, i) => ({ i, num, whole: num / den, rest: num % den }));
  let leftover = total - parts.reduce((a, p) => a + p.whole, 0n);
  if (leftover < 0n || leftover > BigInt(parts.length))
    throw new RangeError(`the shares do not add up to ${total} cents`);
  const order = [...parts].sort((a, b) =>
    a.rest !== b.rest ? (a.rest > b.rest ? -1 : 1) : a.num !== b.num ? (a.num > b.num ? -1 : 1) : tieBreak(a.i, b.i),
  );
  const out: RoundedShare[] = parts.map((p) => ({ amount: p.whole, rounding: 0 }));
  for (const p of order) {
    if (leftover === 0n) break;
    out[p.i] = { amount: p.whole + 1n, rounding: 1 };
    leftover -= 1n;
  }
  return out;
}

/** An amount shared in proportion to non-negative whole weights, to the cent, adding up exactly to the amount. */
export function allocate(amount: Cents, weights: readonly (number | bigint)[]): Cents[] {
  const total = BigInt(cents(amount));
  const w = weights.map((x) => BigInt(x));
  if (w.some((x) => x < 0n)) throw new RangeError('allocate() takes non-negative weights');
  const den = w.reduce((a, b) => a + b, 0n);
  if (den === 0n) throw new RangeError('allocate() needs a positive weight');
  const sign = total < 0n ? -1n : 1n;
  // A debt is shared like a credit, then given its sign back: rounding stays symmetric.
  return largestRemainder(
    w.map((x) => sign * total * x),
    den,
    sign * total,
  ).map((s) => cents(sign * s.amount));
}
