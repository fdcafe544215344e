import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { sequentially } from './sequentially';
import type { FundingAlertResponse } from './dto/overview.response';
import { AGREEMENT_THRESHOLD_CENTS, PUBLIC_AUDIT_THRESHOLD_CENTS } from './funding-types';
import { many, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';

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
      () =>
        many(
          em,
          sql`SELECT g.id AS "grantId", g.title AS "grantTitle", f.name AS "funderName", g.amount_granted_cents AS "amountGrantedCents"
         FROM grants g JOIN funders f ON f.id = g.funder_id
         WHERE g.status = 'granted' AND g.amount_granted_cents > ${AGREEMENT_THRESHOLD_CENTS} AND g.agreement_signed_on IS NULL
           AND (${grantId}::uuid IS NULL OR g.id = ${grantId}) ORDER BY g.title`,
          { grantId: col.uuid, grantTitle: col.text, funderName: col.text, amountGrantedCents: col.cents },
        ),
      () =>
        many(
          em,
          sql`SELECT extract(year FROM g.granted_on)::int AS year, sum(g.amount_granted_cents)::bigint AS "publicGrantedCents",
                   array_agg(g.id ORDER BY g.title) AS "grantIds"
         FROM grants g JOIN funders f ON f.id = g.funder_id
         WHERE f.kind = 'public_body' AND g.status IN ('granted', 'closed') AND g.granted_on IS NOT NULL
         GROUP BY 1 HAVING sum(g.amount_granted_cents) > ${PUBLIC_AUDIT_THRESHOLD_CENTS}
           AND (${grantId}::uuid IS NULL OR ${grantId} = ANY(array_agg(g.id))) ORDER BY 1 DESC`,
          { year: col.int, publicGrantedCents: col.cents, grantIds: col.array(col.uuid) },
        ),
      () =>
        many(
          em,
          sql`SELECT g.id AS "grantId", g.title AS "grantTitle", f.name AS "funderName", p.id AS "previousGrantId",
                p.title AS "previousGrantTitle", array_agg(r.title ORDER BY r.due_on, r.title) AS "reportTitles",
                to_char(min(r.due_on), 'YYYY-MM-DD') AS "reportDueOn"
         FROM grants g JOIN funders f ON f.id = g.funder_id
         JOIN grants p ON p.funder_id = g.funder_id AND p.id <> g.id AND p.status IN ('granted', 'closed')
         JOIN grant_reports r ON r.grant_id = p.id AND r.status = 'due'
         WHERE g.status IN ('prospect', 'drafting', 'applied') AND (${grantId}::uuid IS NULL OR g.id = ${grantId})
         GROUP BY g.id, f.name, p.id ORDER BY min(r.due_on), g.title`,
          {
            grantId: col.uuid,
            grantTitle: col.text,
            funderName: col.text,
            previousGrantId: col.uuid,
            previousGrantTitle: col.text,
            reportTitles: col.array(col.text),
            reportDueOn: col.day,
          },
        ),
    );
    return [
      ...agreements.map((a) => ({ kind: 'agreement_missing' as const, ...a })),
      ...thresholds.map((t) => ({
        kind: 'public_threshold' as const,
        year: t.year,
        publicGrantedCents: t.publicGrantedCents,
        thresholdCents: PUBLIC_AUDIT_THRESHOLD_CENTS,
        grantIds: t.grantIds,
      })),
      ...reports.map((r) => ({ kind: 'report_still_due' as const, ...r })),
    ];
  }
}
