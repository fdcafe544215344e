import { centsFrom } from '@maillage/emails/money';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { sequentially } from './sequentially';
import type { DeadlineResponse, FundingAlertResponse, FundingDashboardResponse } from './dto/overview.response';
import { FundingAlertsService } from './funding-alerts.service';
import { addDays, parisToday, quarterOf } from './funding-dates';
import { GRANT_STATUSES, type GrantStatus } from './funding-types';
import { InKindContributions } from './in-kind-contributions';

/**
 * Everything due, across grants: application deadlines of applications not yet sent, reports not yet sent, and
 * instalments expected but not received, from `from` (or since ever, to keep what is overdue) up to `until`.
 */
export async function dueItems(em: EntityManager, from: string | null, until: string, today: string): Promise<DeadlineResponse[]> {
  const rows: (Omit<DeadlineResponse, 'overdue' | 'amountCents'> & { amountCents: string | null })[] = await em.query(
    `SELECT d.kind, d."itemId", d."grantId", d."grantTitle", d."funderName", d.label, to_char(d.due, 'YYYY-MM-DD') AS "dueOn", d."amountCents"
     FROM (
       SELECT 'application' AS kind, g.id AS "itemId", g.id AS "grantId", g.title AS "grantTitle", f.name AS "funderName", NULL AS label,
              g.application_deadline AS due, g.amount_requested_cents AS "amountCents"
       FROM grants g JOIN funders f ON f.id = g.funder_id
       WHERE g.status IN ('prospect', 'drafting') AND g.application_deadline IS NOT NULL
       UNION ALL
       SELECT 'report', r.id, g.id, g.title, f.name, r.title, r.due_on, NULL
       FROM grant_reports r JOIN grants g ON g.id = r.grant_id JOIN funders f ON f.id = g.funder_id
       WHERE r.status = 'due'
       UNION ALL
       SELECT 'instalment', i.id, g.id, g.title, f.name, i.label, i.expected_on, i.expected_cents
       FROM grant_instalments i JOIN grants g ON g.id = i.grant_id JOIN funders f ON f.id = g.funder_id
       WHERE i.received_on IS NULL AND g.status IN ('granted', 'closed')
     ) d
     WHERE ($1::date IS NULL OR d.due >= $1::date) AND d.due <= $2::date
     ORDER BY d.due, d.kind, d."grantTitle"`,
    [from, until],
  );
  return rows.map((r) => ({ ...r, amountCents: r.amountCents === null ? null : centsFrom(r.amountCents), overdue: r.dueOn < today }));
}

@Injectable()
export class FundingOverviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly alerts: FundingAlertsService,
    private readonly inKind: InKindContributions,
  ) {}

  async deadlines(days: number): Promise<DeadlineResponse[]> {
    const today = parisToday();
    return dueItems(this.db.manager, null, addDays(today, days), today);
  }

  alertsList(): Promise<FundingAlertResponse[]> {
    return this.alerts.list();
  }

  /** The coordinator's home: the pipeline, the year's money, what is due soon, who contributed this quarter, the budget spent. */
  async dashboard(year?: number): Promise<FundingDashboardResponse> {
    const today = parisToday();
    const y = year ?? Number(today.slice(0, 4));
    const [from, to] = [`${y}-01-01`, `${y}-12-31`];
    const quarter = quarterOf(today);
    return this.db.transaction('REPEATABLE READ', async (em) => {
      const [pipeline, [money], months, deadlines, organisations, budget, alerts] = await sequentially(
        () => em.query(
          `SELECT status, count(*)::int AS count, sum(amount_requested_cents)::bigint AS requested, coalesce(sum(amount_granted_cents), 0)::bigint AS granted
           FROM grants GROUP BY status`,
        ),
        () => em.query(
          `SELECT
             (SELECT coalesce(sum(amount_granted_cents), 0) FROM grants WHERE status IN ('granted', 'closed') AND granted_on BETWEEN $1 AND $2)::bigint AS granted,
             (SELECT coalesce(sum(received_cents), 0) FROM grant_instalments WHERE received_on BETWEEN $1 AND $2)::bigint AS received,
             (SELECT coalesce(sum(i.expected_cents), 0) FROM grant_instalments i JOIN grants g ON g.id = i.grant_id
              WHERE i.received_on IS NULL AND g.status IN ('granted', 'closed') AND i.expected_on <= $2)::bigint AS expected,
             (SELECT coalesce(sum(i.expected_cents), 0) FROM grant_instalments i JOIN grants g ON g.id = i.grant_id
              WHERE i.received_on IS NULL AND g.status IN ('granted', 'closed') AND i.expected_on < $3)::bigint AS overdue`,
          [from, to, today],
        ),
        () => em.query(
          `SELECT m AS month,
             (SELECT coalesce(sum(received_cents), 0) FROM grant_instalments WHERE received_on BETWEEN $1 AND $2 AND extract(month FROM received_on) = m)::bigint AS received,
             (SELECT coalesce(sum(i.expected_cents), 0) FROM grant_instalments i JOIN grants g ON g.id = i.grant_id
              WHERE i.received_on IS NULL AND g.status IN ('granted', 'closed') AND i.expected_on BETWEEN $1 AND $2 AND extract(month FROM i.expected_on) = m)::bigint AS expected
           FROM generate_series(1, 12) m ORDER BY m`,
          [from, to],
        ),
        () => dueItems(em, null, addDays(today, 42), today),
        () => this.inKind.validatedByOrganisation(quarter.from, quarter.to, em),
        () => em.query(
          `SELECT g.id AS "grantId", g.title,
             (SELECT coalesce(sum(planned_cents), 0) FROM grant_budget_lines l WHERE l.grant_id = g.id)::bigint AS planned,
             (SELECT coalesce(sum(amount_cents), 0) FROM grant_expenses e WHERE e.grant_id = g.id)::bigint AS spent
           FROM grants g WHERE g.status = 'granted' ORDER BY g.title`,
        ),
        () => this.alerts.list(null, em),
      );
      const byStatus = new Map(pipeline.map((p: { status: GrantStatus }) => [p.status, p]));
      const budgetGrants = budget
        .map((b: { grantId: string; title: string; planned: string; spent: string }) => ({ grantId: b.grantId, title: b.title, plannedCents: centsFrom(b.planned), spentCents: centsFrom(b.spent) }))
        .filter((b: { plannedCents: number; spentCents: number }) => b.plannedCents > 0 || b.spentCents > 0);
      return {
        year: y,
        today,
        pipeline: GRANT_STATUSES.map((status) => {
          const p = byStatus.get(status) as { count: number; requested: string; granted: string } | undefined;
          return { status, count: p?.count ?? 0, requestedCents: centsFrom(p?.requested), grantedCents: centsFrom(p?.granted) };
        }),
        money: { grantedCents: centsFrom(money.granted), receivedCents: centsFrom(money.received), expectedCents: centsFrom(money.expected), overdueCents: centsFrom(money.overdue) },
        months: months.map((m: { month: number; received: string; expected: string }) => ({ month: m.month, receivedCents: centsFrom(m.received), expectedCents: centsFrom(m.expected) })),
        deadlines: deadlines.slice(0, 10),
        contributions: { ...quarter, organisations },
        budget: {
          plannedCents: budgetGrants.reduce((s: number, b: { plannedCents: number }) => s + b.plannedCents, 0),
          spentCents: budgetGrants.reduce((s: number, b: { spentCents: number }) => s + b.spentCents, 0),
          grants: budgetGrants,
        },
        alerts,
      };
    });
  }
}
