import fc from 'fast-check';
import { ValidationFailed } from '../../../common/errors';
import { computeSplit } from './split';
import { FULL_BP, type SplitInput, type SplitParticipantInput, type SplitResult } from './types';

const TYPES = ['working_time', 'room', 'financial_participation'] as const;

const ids = (min: number, max: number) =>
  fc.uniqueArray(fc.stringMatching(/^[0-9a-f]{1,8}$/), { minLength: min, maxLength: max });
const contributions = fc.dictionary(
  fc.constantFrom(...TYPES),
  fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 1e11 })),
  { maxKeys: 3 },
);
const typeWeights = fc.option(
  fc.dictionary(fc.constantFrom(...TYPES), fc.integer({ min: 0, max: 3 * FULL_BP }), { maxKeys: 3 }),
  { nil: undefined },
);
const total = fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 1e13 }));

/** `n` non-negative integers adding up to `sum`: the gaps between sorted cut points. */
const partsOf = (sum: number, n: number) =>
  fc.array(fc.integer({ min: 0, max: sum }), { minLength: n - 1, maxLength: n - 1 }).map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), sum];
    return points.slice(1).map((p, i) => p - points[i]);
  });

/** Any valid input of any rule, floors and caps free (so some are infeasible). */
const anyInput: fc.Arbitrary<SplitInput> = fc
  .record({
    ids: ids(1, 25),
    totalCents: total,
    rule: fc.constantFrom('fixed_percent', 'fixed_amount', 'proportional', 'base_plus_proportional' as const),
    typeWeights,
  })
  .chain(({ ids, totalCents, rule, typeWeights }) =>
    fc
      .record({
        setAside: fc.integer({ min: 0, max: totalCents }),
        baseCents: fc.integer({ min: 0, max: Math.floor(totalCents / ids.length) + 10 }),
        contributions: fc.array(contributions, { minLength: ids.length, maxLength: ids.length }),
        bounds: fc.array(
          fc.record({
            floor: fc.option(fc.integer({ min: 0, max: totalCents }), { nil: null }),
            cap: fc.option(fc.integer({ min: 0, max: totalCents }), { nil: null }),
          }),
          { minLength: ids.length, maxLength: ids.length },
        ),
      })
      .chain(({ setAside, baseCents, contributions, bounds }) =>
        fc
          .record({
            bp: partsOf(FULL_BP, ids.length),
            amounts: partsOf(totalCents - setAside, ids.length),
          })
          .map(({ bp, amounts }): SplitInput => ({
            totalCents,
            rule,
            typeWeights,
            baseCents,
            setAsides: setAside ? [{ label: 'Coordination', amountCents: setAside }] : [],
            participants: ids.map((organisationId, i) => ({
              organisationId,
              shareBp: bp[i],
              amountCents: amounts[i],
              contributions: contributions[i],
              floorCents: bounds[i].floor,
              capCents:
                bounds[i].floor !== null && bounds[i].cap !== null
                  ? Math.max(bounds[i].floor, bounds[i].cap)
                  : bounds[i].cap,
            })),
          })),
      ),
  );

/**
 * Inputs that must have a split: floors and bases take at most the amount, and one organisation with
 * contributions has no cap (so what the caps leave can go somewhere).
 */
const feasibleInput: fc.Arbitrary<SplitInput> = anyInput.map((input) => {
  const n = input.participants.length;
  const left = input.totalCents - (input.setAsides?.[0]?.amountCents ?? 0);
  const share = Math.floor(left / (2 * n));
  const participants: SplitParticipantInput[] = input.participants.map((p, i) => {
    const floorCents = p.floorCents === null || p.floorCents === undefined ? null : p.floorCents % (share + 1);
    const capCents = p.capCents === null || p.capCents === undefined ? null : Math.max(p.capCents, floorCents ?? 0);
    return { ...p, floorCents, capCents: i === 0 ? null : capCents };
  });
  participants[0].contributions = {
    ...participants[0].contributions,
    working_time: 1 + (participants[0].contributions?.working_time ?? 0),
  };
  if (input.rule === 'fixed_percent' && participants[0].shareBp === 0) {
    const donor = participants.find((p) => p.shareBp! > 0)!;
    donor.shareBp! -= 1;
    participants[0].shareBp = 1;
  }
  const typeWeights = input.typeWeights
    ? { ...input.typeWeights, working_time: Math.max(1, input.typeWeights.working_time ?? FULL_BP) }
    : undefined;
  const feasible = { ...input, typeWeights, baseCents: Math.min(input.baseCents ?? 0, share), participants };
  // A fixed amount of 0 for the uncapped one leaves it out of the proportional part: give it the first cent.
  if (input.rule === 'fixed_amount' && participants[0].amountCents === 0) {
    const donor = participants.find((p) => p.amountCents! > 0);
    if (donor) {
      donor.amountCents! -= 1;
      participants[0].amountCents = 1;
    }
  }
  return feasible;
});

const byId = (r: SplitResult) => new Map(r.lines.map((l) => [l.organisationId, l]));
const shuffled = <T>(xs: T[], seed: number[]) =>
  xs
    .map((x, i) => [seed[i] ?? 0, i, x] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([, , x]) => x);

function checkInvariants(input: SplitInput, r: SplitResult): void {
  const setAside = (input.setAsides ?? []).reduce((s, a) => s + a.amountCents, 0);
  expect(r.distributedCents).toBe(input.totalCents - setAside);
  expect(r.lines.reduce((s, l) => s + BigInt(l.amountCents), 0n)).toBe(BigInt(r.distributedCents));
  for (const [i, l] of r.lines.entries()) {
    const p = input.participants[i];
    expect(l.organisationId).toBe(p.organisationId);
    expect(Number.isSafeInteger(l.amountCents) && l.amountCents >= 0).toBe(true);
    if (p.floorCents !== null && p.floorCents !== undefined) expect(l.amountCents).toBeGreaterThanOrEqual(p.floorCents);
    if (p.capCents !== null && p.capCents !== undefined) expect(l.amountCents).toBeLessThanOrEqual(p.capCents);
    // Rounding moves a share by less than a cent (the exact share is shown to 4 places, hence ≤ rather than <).
    const exact = BigInt(l.exactShareCents.replace('.', ''));
    const gap = BigInt(l.amountCents) * 10_000n - exact;
    expect(gap <= 10_000n && gap >= -10_000n).toBe(true);
    expect([0, 1]).toContain(l.roundingCents);
  }
}

describe('computeSplit (properties)', () => {
  it('either refuses the input with field errors or shares it exactly, within floors and caps, none negative', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        let r: SplitResult;
        try {
          r = computeSplit(input);
        } catch (e) {
          // Infeasible floors, caps or bases are caught up front, never half-way through the computation.
          expect(e).toBeInstanceOf(ValidationFailed);
          return;
        }
        checkInvariants(input, r);
      }),
      { numRuns: 2000 },
    );
  });

  it('always finds a split when floors and bases fit in the amount and one contributor has no cap', () => {
    fc.assert(
      fc.property(feasibleInput, (input) => checkInvariants(input, computeSplit(input))),
      { numRuns: 2000 },
    );
  });

  it('gives equal shares, up to one cent, to organisations with equal inputs', () => {
    fc.assert(
      fc.property(feasibleInput, fc.integer({ min: 2, max: 6 }), (input, copies) => {
        // Clone the second participant (the first is the uncapped one) under new ids; percentages and amounts
        // must still add up, so for those rules the clones share the original's.
        const [first, model, ...rest] = input.participants;
        if (!model) return;
        const each = (v: number | null | undefined) => (v === null || v === undefined ? v : Math.floor(v / copies));
        const clones = Array.from({ length: copies }, (_, k) => ({
          ...model,
          organisationId: `clone-${k}`,
          shareBp: each(model.shareBp),
          amountCents: each(model.amountCents),
        }));
        const fixShare = (model.shareBp ?? 0) - copies * (each(model.shareBp) ?? 0);
        const fixAmount = (model.amountCents ?? 0) - copies * (each(model.amountCents) ?? 0);
        const adjusted = {
          ...first,
          shareBp: (first.shareBp ?? 0) + fixShare,
          amountCents: (first.amountCents ?? 0) + fixAmount,
        };
        const n = 1 + copies + rest.length;
        const left = input.totalCents - (input.setAsides?.[0]?.amountCents ?? 0);
        const bounded = (v: number | null | undefined) =>
          v === null || v === undefined ? v : v % (Math.floor(left / (2 * n)) + 1);
        const cloneFloor = bounded(model.floorCents);
        const sameClones = clones.map((c) => ({
          ...c,
          floorCents: cloneFloor,
          capCents:
            c.capCents === null || c.capCents === undefined ? c.capCents : Math.max(c.capCents, cloneFloor ?? 0),
        }));
        const others = rest.map((p) => ({
          ...p,
          floorCents: bounded(p.floorCents),
          capCents:
            p.capCents === null || p.capCents === undefined
              ? p.capCents
              : Math.max(p.capCents, bounded(p.floorCents) ?? 0),
        }));
        const r = computeSplit({
          ...input,
          baseCents: Math.min(input.baseCents ?? 0, Math.floor(left / (2 * n))),
          participants: [adjusted, ...sameClones, ...others],
        });
        const amounts = r.lines.filter((l) => l.organisationId.startsWith('clone-')).map((l) => l.amountCents);
        expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('does not depend on the order of the organisations', () => {
    fc.assert(
      fc.property(anyInput, fc.array(fc.integer(), { minLength: 25, maxLength: 25 }), (input, seed) => {
        const reordered = { ...input, participants: shuffled(input.participants, seed) };
        let a: SplitResult;
        try {
          a = computeSplit(input);
        } catch {
          expect(() => computeSplit(reordered)).toThrow(ValidationFailed);
          return;
        }
        const lines = byId(computeSplit(reordered));
        for (const l of a.lines) expect(lines.get(l.organisationId)).toEqual(l);
      }),
      { numRuns: 1000 },
    );
  });
});
