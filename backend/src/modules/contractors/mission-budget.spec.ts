import { budgetSummary, monthsBetween } from './mission-budget';

describe('mission budget', () => {
  it('lists every month a period touches, across a year end', () => {
    expect(monthsBetween('2025-11-15', '2026-02-03')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
  });

  it('compares used and budgeted days month by month and flags the months over budget', () => {
    const s = budgetSummary({ startsOn: '2026-01-01', endsOn: '2026-03-31', daysPerMonth: 4, dailyRateCents: 45_000 }, [
      { month: '2026-01', usedDays: 3.5, usedCents: 157_500 },
      { month: '2026-02', usedDays: 4.2857, usedCents: 192_857 },
    ]);
    expect(s.months).toEqual([
      {
        month: '2026-01',
        budgetedDays: 4,
        usedDays: 3.5,
        overBudget: false,
        budgetedCents: 180_000,
        usedCents: 157_500,
      },
      {
        month: '2026-02',
        budgetedDays: 4,
        usedDays: 4.29,
        overBudget: true,
        budgetedCents: 180_000,
        usedCents: 192_857,
      },
      { month: '2026-03', budgetedDays: 4, usedDays: 0, overBudget: false, budgetedCents: 180_000, usedCents: 0 },
    ]);
    expect(s).toMatchObject({
      budgetedDays: 12,
      usedDays: 7.79,
      overBudgetMonths: 1,
      budgetedCents: 540_000,
      usedCents: 350_357,
    });
  });

  it('keeps money in whole cents for fractional days (2.5 days at 333.33 €)', () => {
    const s = budgetSummary(
      { startsOn: '2026-01-01', endsOn: '2026-01-31', daysPerMonth: 2.5, dailyRateCents: 33_333 },
      [],
    );
    expect(s.budgetedCents).toBe(83_333); // 83 332.5 rounded half up
  });

  it('shows time logged outside the period as over budget rather than hiding it', () => {
    const s = budgetSummary({ startsOn: '2026-02-01', endsOn: '2026-02-28', daysPerMonth: 2, dailyRateCents: 10_000 }, [
      { month: '2026-01', usedDays: 1, usedCents: 10_000 },
    ]);
    expect(s.months.map((m) => [m.month, m.budgetedDays, m.overBudget])).toEqual([
      ['2026-01', 0, true],
      ['2026-02', 2, false],
    ]);
  });
});
