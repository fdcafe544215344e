import { largestRemainder } from '@maillage/emails/money';

/**
 * The arithmetic core of a split: share an amount of cents among claims, each getting its base plus a part
 * proportional to its weight, held between its floor and its cap, and rounded so the parts add up exactly.
 *
 * Every claim's exact share is `clamp(base + λ·weight, floor, cap)` for one λ ≥ 0 common to all. The loop finds
 * it without floats: it tries the unclamped λ; if clamping then leaves money over, the claims above their cap
 * stay capped whatever the final λ (it can only be larger), so they are fixed at their cap and the rest is shared
 * again among the others; if clamping takes too much, the claims under their floor are fixed at it likewise.
 * Each round fixes at least one claim, so it ends. The caller checks feasibility beforehand (see split.ts); an
 * infeasible set here is a bug, hence a plain Error.
 *
 * Rounding: the money module's largest-remainder method over the unclamped claims (larger remainder, then larger
 * exact share, then the smaller id in string order), so the result depends only on the claims, never on the order
 * they were given in. Floors and caps are whole cents, so rounding up a share that is under its cap never passes it
 * (and rounding down never goes under a floor).
 */

export interface Claim {
  id: string;
  /** Given before the proportional part, in cents (the fixed base of every organisation). */
  base: bigint;
  /** Weight in the proportional part, on any scale common to all claims; 0 takes no part in it. */
  weight: bigint;
  floor: bigint;
  cap: bigint | null;
}

export type Bound = 'floor' | 'cap';

export interface Allocation {
  id: string;
  /** The exact share before rounding: `exactNum / exactDen` cents. */
  exactNum: bigint;
  exactDen: bigint;
  /** Cents added by the largest-remainder rounding: 0 or 1. */
  rounding: 0 | 1;
  /** The bound the share was held at, if any. */
  bound: Bound | null;
  amount: bigint;
}

/** One round of clamping: who was held at a bound, and what was left to share among the others. */
export interface ClampRound {
  clamped: { id: string; bound: Bound; amount: bigint }[];
  remaining: bigint;
  sharedAmong: number;
}

export class InfeasibleAllocation extends Error {}

const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);

export function allocate(
  amount: bigint,
  claims: readonly Claim[],
): { allocations: Map<string, Allocation>; rounds: ClampRound[] } {
  const allocations = new Map<string, Allocation>();
  const rounds: ClampRound[] = [];
  let active = [...claims];
  let remaining = amount;

  for (;;) {
    if (active.length === 0) {
      if (remaining !== 0n) throw new InfeasibleAllocation(`${remaining} cents left with nobody to give them to`);
      return { allocations, rounds };
    }
    const weight = sum(active.map((c) => c.weight));
    const pool = remaining - sum(active.map((c) => c.base));
    // λ = pool / weight when it is positive; otherwise λ = 0 (a share never shrinks as its weight grows).
    const proportional = weight > 0n && pool > 0n;
    const den = proportional ? weight : 1n;
    const tried = active.map((c) => {
      const num = proportional ? c.base * weight + pool * c.weight : c.base;
      const bound: Bound | null = num < c.floor * den ? 'floor' : c.cap !== null && num > c.cap * den ? 'cap' : null;
      return { c, num, bound };
    });
    const at = (t: (typeof tried)[number]) =>
      t.bound === 'floor' ? t.c.floor * den : t.bound === 'cap' ? t.c.cap! * den : t.num;
    const clampedTotal = sum(tried.map(at));
    const target = remaining * den;

    const fixed =
      clampedTotal === target
        ? tried.filter((t) => t.bound)
        : clampedTotal < target
          ? tried.filter((t) => t.bound === 'cap')
          : proportional
            ? tried.filter((t) => t.bound === 'floor')
            : [];
    if (fixed.length === 0) {
      if (clampedTotal !== target)
        throw new InfeasibleAllocation(`no λ ≥ 0 shares ${remaining} cents among ${active.length} claims`);
      roundLargestRemainder(tried, den, remaining, allocations);
      return { allocations, rounds };
    }

    const clamped = fixed.map((t) => ({
      id: t.c.id,
      bound: t.bound!,
      amount: t.bound === 'floor' ? t.c.floor : t.c.cap!,
    }));
    for (const k of clamped) {
      allocations.set(k.id, {
        id: k.id,
        exactNum: k.amount,
        exactDen: 1n,
        rounding: 0,
        bound: k.bound,
        amount: k.amount,
      });
    }
    const fixedIds = new Set(clamped.map((k) => k.id));
    active = active.filter((c) => !fixedIds.has(c.id));
    remaining -= sum(clamped.map((k) => k.amount));
    rounds.push({ clamped, remaining, sharedAmong: active.length });
  }
}

function roundLargestRemainder(
  tried: { c: Claim; num: bigint }[],
  den: bigint,
  remaining: bigint,
  out: Map<string, Allocation>,
): void {
  // Ties after remainder and exact share go to the smaller id, so the order claims come in never matters.
  const byId = (i: number, j: number) => (tried[i].c.id < tried[j].c.id ? -1 : tried[i].c.id > tried[j].c.id ? 1 : 0);
  const shares = largestRemainder(
    tried.map((t) => t.num),
    den,
    remaining,
    byId,
  );
  tried.forEach(({ c, num }, i) => {
    out.set(c.id, {
      id: c.id,
      exactNum: num,
      exactDen: den,
      rounding: shares[i].rounding,
      bound: null,
      amount: shares[i].amount,
    });
  });
}
