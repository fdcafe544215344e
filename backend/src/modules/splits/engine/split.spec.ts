import { ValidationFailed } from '../../../common/errors';
import { render } from '../../../common/error-catalogue';
import { explainLine } from './explain';
import { computeSplit } from './split';
import type { SplitInput } from './types';

/** Intl separates thousands and the currency with narrow and non-breaking spaces; the expectations use plain ones. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const explain = (...args: Parameters<typeof explainLine>) => plain(explainLine(...args));
const amounts = (input: SplitInput) =>
  Object.fromEntries(computeSplit(input).lines.map((l) => [l.organisationId, l.amountCents]));

function fields(input: SplitInput): Record<string, string[]> {
  try {
    computeSplit(input);
  } catch (e) {
    if (!(e instanceof ValidationFailed)) throw e;
    return Object.fromEntries(Object.entries(e.fields!).map(([k, v]) => [k, v.map((t) => plain(render(t, 'fr')))]));
  }
  throw new Error('expected a validation error');
}

describe('computeSplit', () => {
  it('shares fixed percentages, the largest remainders taking the odd cents', () => {
    // 100 € in thirds: 3333.33… each, one cent left; equal remainders and shares → the smallest id gets it.
    const r = computeSplit({
      totalCents: 10_000,
      rule: 'fixed_percent',
      participants: [
        { organisationId: 'c', shareBp: 3334 },
        { organisationId: 'a', shareBp: 3333 },
        { organisationId: 'b', shareBp: 3333 },
      ],
    });
    expect(r.lines.map((l) => [l.organisationId, l.amountCents, l.roundingCents])).toEqual([
      ['c', 3334, 0],
      ['a', 3333, 0],
      ['b', 3333, 0],
    ]);
    expect(
      amounts({
        totalCents: 100,
        rule: 'fixed_percent',
        participants: [
          { organisationId: 'b', shareBp: 3333 },
          { organisationId: 'a', shareBp: 3333 },
          { organisationId: 'c', shareBp: 3334 },
        ],
      }),
    ).toEqual({ a: 33, b: 33, c: 34 });
    // 1 cent among two equal shares: remainder tie, share tie → id order.
    expect(
      amounts({
        totalCents: 1,
        rule: 'fixed_percent',
        participants: [
          { organisationId: 'z', shareBp: 5000 },
          { organisationId: 'y', shareBp: 5000 },
        ],
      }),
    ).toEqual({ y: 1, z: 0 });
  });

  it('breaks a remainder tie by the larger exact share before the id', () => {
    // 7 cents at 5:9 → exact 2.5 and 4.5: equal remainders, one cent left; the larger share (b) gets it, not the
    // smaller id.
    expect(
      amounts({
        totalCents: 7,
        rule: 'proportional',
        participants: [
          { organisationId: 'a', contributions: { other: 5 } },
          { organisationId: 'b', contributions: { other: 9 } },
        ],
      }),
    ).toEqual({ a: 2, b: 5 });
  });

  it('shares in proportion to weighted contributions and explains each line', () => {
    const r = computeSplit({
      totalCents: 1_000_000,
      rule: 'proportional',
      typeWeights: { room: 5000 },
      participants: [
        { organisationId: 'colibris', contributions: { working_time: 600_000, room: 200_000 } },
        { organisationId: 'noe', contributions: { working_time: 300_000 } },
      ],
    });
    // Weighted: 700 000 and 300 000 → 70 % and 30 %.
    expect(r.lines).toEqual([
      expect.objectContaining({
        organisationId: 'colibris',
        contributionCents: 800_000,
        weightedContributionCents: '700000.0000',
        ratio: '0.700000',
        amountCents: 700_000,
        roundingCents: 0,
        bound: null,
      }),
      expect.objectContaining({
        organisationId: 'noe',
        contributionCents: 300_000,
        weightedContributionCents: '300000.0000',
        ratio: '0.300000',
        amountCents: 300_000,
      }),
    ]);
    expect(explain(r.lines[0], { rule: r.rule, clamped: false }, 'fr')).toBe(
      'Contributions validées 8 000,00 € (pondérées 7 000,00 €), soit 70 % du total ; part exacte 7 000,00 € = 7 000,00 €',
    );
  });

  it('gives a base to every organisation, then the rest in proportion, after the set-asides', () => {
    const r = computeSplit({
      totalCents: 10_000_00,
      rule: 'base_plus_proportional',
      baseCents: 1_000_00,
      setAsides: [{ label: 'Coordination', amountCents: 1_000_00 }],
      participants: [
        { organisationId: 'a', contributions: { working_time: 1 } },
        { organisationId: 'b', contributions: { working_time: 2 } },
        { organisationId: 'c' },
      ],
    });
    // 9 000 € left; 3 000 € of bases; 6 000 € in proportion 1:2:0.
    expect(r).toMatchObject({ setAsideCents: 1_000_00, distributedCents: 9_000_00 });
    expect(r.lines.map((l) => [l.organisationId, l.baseCents, l.amountCents])).toEqual([
      ['a', 1_000_00, 3_000_00],
      ['b', 1_000_00, 5_000_00],
      ['c', 1_000_00, 1_000_00],
    ]);
    expect(explain(r.lines[1], { rule: r.rule, clamped: false }, 'en')).toBe(
      'Base €1,000.00; validated contributions €0.02, 66.6667% of the total; exact share €5,000.00 = €5,000.00',
    );
  });

  it('holds shares between floors and caps and shares what they free among the others', () => {
    const r = computeSplit({
      totalCents: 100_000,
      rule: 'proportional',
      participants: [
        { organisationId: 'big', contributions: { working_time: 900 }, capCents: 50_000 },
        { organisationId: 'mid', contributions: { working_time: 90 } },
        { organisationId: 'small', contributions: { working_time: 10 }, floorCents: 10_000 },
      ],
    });
    // Unclamped: 90 000 / 9 000 / 1 000. big is capped at 50 000; 50 000 left for mid and small (9:1 → 45 000 / 5 000);
    // small stays above its floor of 10 000? no: 5 000 < 10 000 → floor; mid gets the last 40 000.
    expect(Object.fromEntries(r.lines.map((l) => [l.organisationId, [l.amountCents, l.bound]]))).toEqual({
      big: [50_000, 'cap'],
      mid: [40_000, null],
      small: [10_000, 'floor'],
    });
    expect(r.rounds.length).toBeGreaterThan(0);
    expect(explain(r.lines[0], { rule: r.rule, clamped: true }, 'fr')).toContain('limitée au plafond de 500,00 €');
    expect(explain(r.lines[1], { rule: r.rule, clamped: true }, 'fr')).toContain(
      'recalculée après les planchers et plafonds des autres',
    );
  });

  it('caps a fixed share and gives the excess to the others in proportion to their percentages', () => {
    expect(
      amounts({
        totalCents: 1000,
        rule: 'fixed_percent',
        participants: [
          { organisationId: 'a', shareBp: 6000, capCents: 400 },
          { organisationId: 'b', shareBp: 3000 },
          { organisationId: 'c', shareBp: 1000 },
        ],
      }),
    ).toEqual({ a: 400, b: 450, c: 150 });
  });

  it('refuses bad input with a message per field', () => {
    expect(
      fields({
        totalCents: 100,
        rule: 'fixed_percent',
        participants: [
          { organisationId: 'a', shareBp: 5000 },
          { organisationId: 'b', shareBp: 4000 },
        ],
      }),
    ).toEqual({ participants: ['Les pourcentages totalisent 90 % au lieu de 100 %'] });
    expect(fields({ totalCents: 100, rule: 'proportional', participants: [] })).toEqual({
      participants: ['Choisissez au moins une organisation'],
    });
    expect(
      fields({
        totalCents: -1,
        rule: 'fixed_amount',
        participants: [
          { organisationId: 'a', amountCents: 1.5 },
          { organisationId: 'a', amountCents: 1, floorCents: 5, capCents: 2 },
        ],
      }),
    ).toEqual({
      totalCents: ['Montant invalide (en centimes, entier positif)'],
      'participants.0.amountCents': ['Montant invalide (en centimes, entier positif)'],
      'participants.1.organisationId': ['Organisation en double'],
      'participants.1.capCents': ['Le plafond est inférieur au plancher'],
    });
    expect(
      fields({
        totalCents: 100,
        rule: 'fixed_amount',
        setAsides: [{ label: 'x', amountCents: 30 }],
        participants: [{ organisationId: 'a', amountCents: 100 }],
      }),
    ).toEqual({ participants: ['Les montants totalisent 1,00 € au lieu de 0,70 €'] });
    expect(
      fields({
        totalCents: 100,
        rule: 'proportional',
        setAsides: [{ label: 'x', amountCents: 300 }],
        participants: [{ organisationId: 'a' }],
      }),
    ).toEqual({ setAsides: ['Les montants mis de côté (3,00 €) dépassent le montant à répartir'] });
    expect(
      fields({
        totalCents: 100,
        rule: 'proportional',
        typeWeights: { room: -1 },
        participants: [{ organisationId: 'a' }],
      }),
    ).toEqual({ 'typeWeights.room': ['Poids invalide (de 0 à 1 000 000 points de base)'] });
  });

  it('refuses what no split can satisfy, saying why', () => {
    expect(
      fields({
        totalCents: 100,
        rule: 'base_plus_proportional',
        baseCents: 60,
        participants: [{ organisationId: 'a' }, { organisationId: 'b' }],
      }).baseCents[0],
    ).toMatch(/^La base × 2 organisations \(1,20 €\) dépasse les 1,00 € à répartir$/);
    expect(
      fields({
        totalCents: 100,
        rule: 'proportional',
        participants: [
          { organisationId: 'a', contributions: { room: 1 }, floorCents: 80 },
          { organisationId: 'b', floorCents: 30 },
        ],
      }).participants[0],
    ).toMatch(/^Les planchers demandent au moins 1,10 €/);
    expect(
      fields({
        totalCents: 100,
        rule: 'proportional',
        participants: [
          { organisationId: 'a', contributions: { room: 1 }, capCents: 40 },
          { organisationId: 'b', contributions: { room: 1 }, capCents: 50 },
        ],
      }).participants[0],
    ).toBe('Les plafonds ne permettent de répartir que 0,90 € sur 1,00 €');
    expect(
      fields({
        totalCents: 100,
        rule: 'proportional',
        participants: [{ organisationId: 'a' }, { organisationId: 'b', contributions: {} }],
      }).participants[0],
    ).toMatch(/^Aucune contribution validée/);
    // An organisation without contributions cannot take what a capped one leaves.
    expect(
      fields({
        totalCents: 100,
        rule: 'proportional',
        participants: [{ organisationId: 'a', contributions: { room: 1 }, capCents: 50 }, { organisationId: 'b' }],
      }).participants[0],
    ).toBe('Les plafonds ne permettent de répartir que 0,50 € sur 1,00 €');
  });

  it('stays exact with amounts and weights far beyond floating point', () => {
    const r = computeSplit({
      totalCents: Number.MAX_SAFE_INTEGER,
      rule: 'proportional',
      typeWeights: { a: 1_000_000 },
      participants: [
        { organisationId: 'x', contributions: { a: Number.MAX_SAFE_INTEGER } },
        { organisationId: 'y', contributions: { a: Number.MAX_SAFE_INTEGER - 2 } },
        { organisationId: 'z', contributions: { a: 1 } },
      ],
    });
    expect(r.lines.reduce((s, l) => BigInt(l.amountCents) + s, 0n)).toBe(BigInt(Number.MAX_SAFE_INTEGER));
  });
});
