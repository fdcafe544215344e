import { centsFrom } from '@maillage/emails/money';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { sequentially } from './sequentially';
import type { FundingAlertResponse } from './dto/overview.response';
import { AGREEMENT_THRESHOLD_CENTS, PUBLIC_AUDIT_THRESHOLD_CENTS } from './funding-types';

/**
 * The coordinator's alerts, each a rule the network must keep with its funders:
 * - a grant over 23 000 € still running without a signed agreement recorded;
 * - public grants decided in one year adding up past 153 000 € (the accounts must then be audited);
 * - an open application to a funder that still awaits a report on an earlier grant.
 * Computed in SQL on demand: there are tens of grants, not millions, and an alert must never be stale.
 */
@Injectable()
export class FundingAlertsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** All alerts, or those about one grant. */
  async list(grantId: string | null = null, em: EntityManager = this.db.manager): Promise<FundingAlertResponse[]> {
    const [agreements, thresholds, reports] = await sequentially(
      () => em.query(
        `SELECT g.id AS "grantId", g.title AS "grantTitle", f.name AS "funderName", g.amount_granted_cents AS amount
         FROM grants g JOIN funders f ON f.id = g.funder_id
         WHERE g.status = 'granted' AND g.amount_granted_cents > $1 AND g.agreement_signed_on IS NULL
           AND ($2::uuid IS NULL OR g.id = $2) ORDER BY g.title`,
        [AGREEMENT_THRESHOLD_CENTS, grantId],
      ),
      () => em.query(
        `SELECT extract(year FROM g.granted_on)::int AS year, sum(g.amount_granted_cents)::bigint AS total, array_agg(g.id ORDER BY g.title) AS "grantIds"
         FROM grants g JOIN funders f ON f.id = g.funder_id
         WHERE f.kind = 'public_body' AND g.status IN ('granted', 'closed') AND g.granted_on IS NOT NULL
         GROUP BY 1 HAVING sum(g.amount_granted_cents) > $1
           AND ($2::uuid IS NULL OR $2 = ANY(array_agg(g.id))) ORDER BY 1 DESC`,
        [PUBLIC_AUDIT_THRESHOLD_CENTS, grantId],
      ),
      () => em.query(
        `SELECT g.id AS "grantId", g.title AS "grantTitle", f.name AS "funderName", p.id AS "previousGrantId", p.title AS "previousGrantTitle",
                array_agg(r.title ORDER BY r.due_on, r.title) AS "reportTitles", to_char(min(r.due_on), 'YYYY-MM-DD') AS "reportDueOn"
         FROM grants g JOIN funders f ON f.id = g.funder_id
         JOIN grants p ON p.funder_id = g.funder_id AND p.id <> g.id AND p.status IN ('granted', 'closed')
         JOIN grant_reports r ON r.grant_id = p.id AND r.status = 'due'
         WHERE g.status IN ('prospect', 'drafting', 'applied') AND ($1::uuid IS NULL OR g.id = $1)
         GROUP BY g.id, f.name, p.id ORDER BY min(r.due_on), g.title`,
        [grantId],
      ),
    );
    return [
      ...agreements.map((a: { grantId: string; grantTitle: string; funderName: string; amount: string }) => ({
        kind: 'agreement_missing' as const, grantId: a.grantId, grantTitle: a.grantTitle, funderName: a.funderName, amountGrantedCents: centsFrom(a.amount),
      })),
      ...thresholds.map((t: { year: number; total: string; grantIds: string[] }) => ({
        kind: 'public_threshold' as const, year: t.year, publicGrantedCents: centsFrom(t.total), thresholdCents: PUBLIC_AUDIT_THRESHOLD_CENTS, grantIds: t.grantIds,
      })),
      ...reports.map((r: Omit<FundingAlertResponse, 'kind'>) => ({ kind: 'report_still_due' as const, ...r })),
    ];
  }
}
