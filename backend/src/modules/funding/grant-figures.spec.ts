import { grantFigures, isOverdue } from './grant-figures';

const grant = { amountRequestedCents: 1_000_000, amountGrantedCents: 900_001, ownFundsCents: 150_000 };

describe('a grant’s figures', () => {
  it('adds received, still-to-come and unscheduled money to the cent', () => {
    const f = grantFigures(
      grant,
      [
        { expectedCents: 300_000, expectedOn: '2026-01-10', receivedCents: 299_999, receivedOn: '2026-01-12' },
        { expectedCents: 300_000, expectedOn: '2026-06-10', receivedCents: null, receivedOn: null },
        { expectedCents: 200_000, expectedOn: '2026-12-10', receivedCents: null, receivedOn: null },
      ],
      [],
      0,
      '2026-07-01',
    );
    expect(f).toMatchObject({
      receivedCents: 299_999,
      toComeCents: 500_000,
      unscheduledCents: 100_001,
      overdueInstalments: 1,
    });
  });

  it('flags an instalment late from the day after it was expected, and never once received', () => {
    expect(isOverdue({ expectedOn: '2026-07-01', receivedOn: null }, '2026-07-01')).toBe(false);
    expect(isOverdue({ expectedOn: '2026-06-30', receivedOn: null }, '2026-07-01')).toBe(true);
    expect(isOverdue({ expectedOn: '2026-06-30', receivedOn: '2026-07-05' }, '2026-07-10')).toBe(false);
  });

  it('works out planned vs spent and the co-financing against the amount granted, else requested', () => {
    const budget = [
      { plannedCents: 600_000, spentCents: 150_000 },
      { plannedCents: 400_000, spentCents: 250_001 },
    ];
    const f = grantFigures(grant, [], budget, 30_000, '2026-01-01');
    expect(f).toMatchObject({
      plannedCents: 1_000_000,
      spentCents: 400_001,
      ownFundsCents: 150_000,
      inKindCents: 30_000,
    });
    expect(f.spentShare).toBeCloseTo(0.400001, 9);
    expect(f.cofinancingRatio).toBeCloseTo(180_000 / 900_001, 12);
    const prospect = grantFigures({ ...grant, amountGrantedCents: null }, [], [], 50_000, '2026-01-01');
    expect(prospect.cofinancingRatio).toBe(0.2);
    expect(prospect.spentShare).toBeNull();
    expect(prospect.unscheduledCents).toBe(0);
    expect(
      grantFigures({ amountRequestedCents: 0, amountGrantedCents: null, ownFundsCents: 0 }, [], [], 0, '2026-01-01')
        .cofinancingRatio,
    ).toBeNull();
  });
});
