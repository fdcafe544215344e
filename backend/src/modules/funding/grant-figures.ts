import type { GrantFiguresResponse } from './dto/grant.response';

/**
 * A grant's money at a glance, from its rows: what came in, what is still to come and what is late, what was planned
 * and spent, and the co-financing. Pure, so the rules are unit-tested; every sum is of integer cents.
 */
export interface InstalmentRow {
  expectedCents: number;
  expectedOn: string;
  receivedCents: number | null;
  receivedOn: string | null;
}

export interface GrantMoney {
  amountRequestedCents: number;
  amountGrantedCents: number | null;
  ownFundsCents: number;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export const isOverdue = (i: Pick<InstalmentRow, 'expectedOn' | 'receivedOn'>, today: string) =>
  i.receivedOn === null && i.expectedOn < today;

/** A deliverable still owed after its day (one delivered or given up is settled). */
export const isDeliverableOverdue = (d: { status: string; dueOn: string }, today: string) =>
  (d.status === 'planned' || d.status === 'in_progress') && d.dueOn < today;

export function grantFigures(
  grant: GrantMoney,
  instalments: InstalmentRow[],
  budget: { plannedCents: number; spentCents: number }[],
  inKindCents: number,
  today: string,
): GrantFiguresResponse {
  const receivedCents = sum(instalments.map((i) => i.receivedCents ?? 0));
  const toComeCents = sum(instalments.filter((i) => i.receivedOn === null).map((i) => i.expectedCents));
  const scheduled = sum(instalments.map((i) => i.expectedCents));
  const plannedCents = sum(budget.map((l) => l.plannedCents));
  const spentCents = sum(budget.map((l) => l.spentCents));
  const base = grant.amountGrantedCents ?? grant.amountRequestedCents;
  return {
    receivedCents,
    toComeCents,
    unscheduledCents: Math.max(0, (grant.amountGrantedCents ?? 0) - scheduled),
    overdueInstalments: instalments.filter((i) => isOverdue(i, today)).length,
    plannedCents,
    spentCents,
    spentShare: plannedCents > 0 ? spentCents / plannedCents : null,
    ownFundsCents: grant.ownFundsCents,
    inKindCents,
    cofinancingRatio: base > 0 ? (grant.ownFundsCents + inKindCents) / base : null,
  };
}
