import { multiplyCents, sumCents } from '@maillage/emails/money';

/** Days used vs budgeted, month by month: the arithmetic of a mission's budget, apart from the database. */

export interface MonthUsage {
  month: string; // YYYY-MM
  usedDays: number;
  /** Days × daily rate, rounded to the cent, as PostgreSQL computed it. */
  usedCents: number;
}

export interface MonthBudget {
  month: string;
  budgetedDays: number;
  usedDays: number;
  overBudget: boolean;
  budgetedCents: number;
  usedCents: number;
}

export interface BudgetSummary {
  months: MonthBudget[];
  budgetedDays: number;
  usedDays: number;
  overBudgetMonths: number;
  budgetedCents: number;
  usedCents: number;
}

/** Every month the period touches, `YYYY-MM`, in order. */
export function monthsBetween(startsOn: string, endsOn: string): string[] {
  const out: string[] = [];
  let [y, m] = startsOn.slice(0, 7).split('-').map(Number);
  const last = endsOn.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push(month);
    if (month >= last) return out;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
}

/** Two decimals, the precision days are shown and compared at (1/7 of a day logged as an hour is 0.14). */
const days = (n: number) => Math.round(n * 100) / 100;

/**
 * The budget of each month of the period is the mission's days per month (a month the period only partly covers
 * keeps the full budget: missions are agreed per month). A month is over budget when more days were used than
 * budgeted. Money is in integer cents; the budgeted amount of a month is its days × the daily rate.
 */
export function budgetSummary(
  mission: { startsOn: string; endsOn: string; daysPerMonth: number; dailyRateCents: number },
  usage: MonthUsage[],
): BudgetSummary {
  const used = new Map(usage.map((u) => [u.month, u]));
  const monthCents = multiplyCents(mission.daysPerMonth, mission.dailyRateCents);
  const periodMonths = monthsBetween(mission.startsOn, mission.endsOn);
  // Time logged outside the period (it cannot be through the API, but data outlives rules) is shown, not hidden.
  const allMonths = [...new Set([...periodMonths, ...used.keys()])].sort();
  const inPeriod = new Set(periodMonths);
  const months = allMonths.map((month) => {
    const budgetedDays = inPeriod.has(month) ? mission.daysPerMonth : 0;
    const usedDays = days(used.get(month)?.usedDays ?? 0);
    return {
      month,
      budgetedDays,
      usedDays,
      overBudget: usedDays > budgetedDays,
      budgetedCents: inPeriod.has(month) ? monthCents : 0,
      usedCents: used.get(month)?.usedCents ?? 0,
    };
  });
  return {
    months,
    budgetedDays: days(mission.daysPerMonth * periodMonths.length),
    usedDays: days(months.reduce((sum, m) => sum + m.usedDays, 0)),
    overBudgetMonths: months.filter((m) => m.overBudget).length,
    budgetedCents: monthCents * periodMonths.length,
    usedCents: sumCents(months.map((m) => m.usedCents)),
  };
}
