import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { many, one, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { sequentially } from './sequentially';
import type { DeadlineResponse, FundingAlertResponse, FundingDashboardResponse } from './dto/overview.response';
import { FundingAlertsService } from './funding-alerts.service';
import { addDays, parisToday, quarterOf } from './funding-dates';
import { DEADLINE_KINDS, GRANT_STATUSES } from './funding-types';
import { InKindContributions } from './in-kind-contributions';
import { YearResourcesService } from './year-resources.service';

/**
 * Everything due, across grants: application deadlines of applications not yet sent, reports not yet sent, and
 * instalments expected but not received, from `from` (or since ever, to keep what is overdue) up to `until`.
 */
export async function dueItems(
  em: EntityManager,
  from: string | null,
  until: string,
  today: string,
): Promise<DeadlineResponse[]> {
  const rows = await many(
    em,
    sql`SELECT d.kind, d."itemId", d."grantId", d."grantTitle", d."funderName", d.label, to_char(d.due, 'YYYY-MM-DD') AS "dueOn", d."amountCents"
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
     WHERE (${from}::date IS NULL OR d.due >= ${from}::date) AND d.due <= ${until}::date
     ORDER BY d.due, d.kind, d."grantTitle"`,
    {
      kind: col.oneOf(DEADLINE_KINDS),
      itemId: col.uuid,
      grantId: col.uuid,
      grantTitle: col.text,
      funderName: col.text,
      label: col.text.nullable,
      dueOn: col.day,
      amountCents: col.cents.nullable,
    },
  );
  return rows.map((r) => ({ ...r, overdue: r.dueOn < today }));
}

@Injectable()
export class FundingOverviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly alerts: FundingAlertsService,
    private readonly inKind: InKindContributions,
    private readonly yearResources: YearResourcesService,
  ) {}

  async deadlines(days: number): Promise<DeadlineResponse[]> {
    const today = parisToday();
    return dueItems(this.db.manager, null, addDays(today, days), today);
  }

  alertsList(): Promise<FundingAlertResponse[]> {
    return this.alerts.list();
  }

  /**
   * The coordinator's home: the pipeline, the year's money, what is due soon, who contributed this quarter, the budget
   * spent.
   */
  async dashboard(year?: number): Promise<FundingDashboardResponse> {
    const today = parisToday();
    const y = year ?? Number(today.slice(0, 4));
    const [from, to] = [`${y}-01-01`, `${y}-12-31`];
    const quarter = quarterOf(today);
    return this.db.transaction('REPEATABLE READ', async (em) => {
      const [pipeline, money, months, deadlines, organisations, budget, alerts, otherResources] = await sequentially(
        () =>
          many(
            em,
            sql`SELECT status, count(*)::int AS count, coalesce(sum(amount_requested_cents), 0)::bigint AS "requestedCents",
                     coalesce(sum(amount_granted_cents), 0)::bigint AS "grantedCents"
           FROM grants GROUP BY status`,
            { status: col.oneOf(GRANT_STATUSES), count: col.int, requestedCents: col.cents, grantedCents: col.cents },
          ),
        () =>
          one(
            em,
            sql`SELECT
             (SELECT coalesce(sum(amount_granted_cents), 0) FROM grants
              WHERE status IN ('granted', 'closed') AND granted_on BETWEEN ${from} AND ${to})::bigint AS "grantedCents",
             (SELECT coalesce(sum(received_cents), 0) FROM grant_instalments
              WHERE received_on BETWEEN ${from} AND ${to})::bigint AS "receivedCents",
             (SELECT coalesce(sum(i.expected_cents), 0) FROM grant_instalments i JOIN grants g ON g.id = i.grant_id
              WHERE i.received_on IS NULL AND g.status IN ('granted', 'closed') AND i.expected_on <= ${to})::bigint AS "expectedCents",
             (SELECT coalesce(sum(i.expected_cents), 0) FROM grant_instalments i JOIN grants g ON g.id = i.grant_id
              WHERE i.received_on IS NULL AND g.status IN ('granted', 'closed') AND i.expected_on < ${today})::bigint AS "overdueCents",
             (SELECT coalesce(sum(i.received_cents), 0) FROM grant_instalments i JOIN grants g ON g.id = i.grant_id
              WHERE i.received_on IS NOT NULL AND g.status IN ('granted', 'closed')
                AND g.granted_on BETWEEN ${from} AND ${to})::bigint AS "ofGrantedReceivedCents",
             (SELECT coalesce(sum(i.expected_cents), 0) FROM grant_instalments i JOIN grants g ON g.id = i.grant_id
              WHERE i.received_on IS NULL AND g.status IN ('granted', 'closed')
                AND g.granted_on BETWEEN ${from} AND ${to})::bigint AS "ofGrantedExpectedCents"`,
            {
              grantedCents: col.cents,
              receivedCents: col.cents,
              expectedCents: col.cents,
              overdueCents: col.cents,
              ofGrantedReceivedCents: col.cents,
              ofGrantedExpectedCents: col.cents,
            },
          ),
        () =>
          many(
            em,
            sql`SELECT m AS month,
             (SELECT coalesce(sum(received_cents), 0) FROM grant_instalments
              WHERE received_on BETWEEN ${from} AND ${to} AND extract(month FROM received_on) = m)::bigint AS "receivedCents",
             (SELECT coalesce(sum(i.expected_cents), 0) FROM grant_instalments i JOIN grants g ON g.id = i.grant_id
              WHERE i.received_on IS NULL AND g.status IN ('granted', 'closed') AND i.expected_on BETWEEN ${from} AND ${to}
                AND extract(month FROM i.expected_on) = m)::bigint AS "expectedCents"
           FROM generate_series(1, 12) m ORDER BY m`,
            { month: col.int, receivedCents: col.cents, expectedCents: col.cents },
          ),
        () => dueItems(em, null, addDays(today, 42), today),
        () => this.inKind.validatedByOrganisation(quarter.from, quarter.to, em),
        () =>
          many(
            em,
            sql`SELECT g.id AS "grantId", g.title,
             (SELECT coalesce(sum(planned_cents), 0) FROM grant_budget_lines l WHERE l.grant_id = g.id AND l.account < '70')::bigint AS "plannedCents",
             (SELECT coalesce(sum(amount_cents), 0) FROM grant_expenses e WHERE e.grant_id = g.id)::bigint AS "spentCents"
           FROM grants g WHERE g.status = 'granted' ORDER BY g.title`,
            { grantId: col.uuid, title: col.text, plannedCents: col.cents, spentCents: col.cents },
          ),
        () => this.alerts.list(null, em),
        () => this.yearResources.between(from, to, em),
      );
      const byStatus = new Map(pipeline.map((p) => [p.status, p]));
      const budgetGrants = budget.filter((b) => b.plannedCents > 0 || b.spentCents > 0);
      return {
        year: y,
        today,
        pipeline: GRANT_STATUSES.map(
          (status) => byStatus.get(status) ?? { status, count: 0, requestedCents: 0, grantedCents: 0 },
        ),
        money: {
          ...money,
          ofGrantedUnscheduledCents: money.grantedCents - money.ofGrantedReceivedCents - money.ofGrantedExpectedCents,
        },
        months,
        deadlines: deadlines.slice(0, 10),
        contributions: { ...quarter, organisations },
        budget: {
          plannedCents: budgetGrants.reduce((s, b) => s + b.plannedCents, 0),
          spentCents: budgetGrants.reduce((s, b) => s + b.spentCents, 0),
          grants: budgetGrants,
        },
        alerts,
        otherResources,
      };
    });
  }
}
