import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { sequentially } from './sequentially';
import type { FundingAlertResponse } from './dto/overview.response';
import { AGREEMENT_THRESHOLD_CENTS, FUNDER_KINDS, PUBLIC_AUDIT_THRESHOLD_CENTS } from './funding-types';
import { agreementsRequired, auditsRequired, type AgreementRequired, type AuditRequired } from './funding-thresholds';
import { many, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';

/**
 * The coordinator's alerts, each a rule the network must keep with its funders:
 * - a public authority's subsidies of a year over 23 000 € with an agreement still to sign (funding-thresholds.ts);
 * - public subsidies received in a financial year over 153 000 € (statutory auditor, published accounts);
 * - an open application to a funder that still awaits a report on an earlier grant.
 * Computed on demand: there are tens of grants, not millions, and an alert must never be stale.
 */
@Injectable()
export class FundingAlertsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** All alerts, or those about one grant. */
  async list(grantId: string | null = null, em: EntityManager = this.db.manager): Promise<FundingAlertResponse[]> {
    const [agreements, audits, reports] = await sequentially(
      () => this.agreementsRequired(em),
      () => this.auditsRequired(em),
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
      ...agreements.flatMap((a) =>
        a.grants
          .filter((g) => g.agreementMissing && (grantId === null || g.grantId === grantId))
          .map((g) => ({
            kind: 'agreement_missing' as const,
            grantId: g.grantId,
            grantTitle: g.grantTitle,
            funderName: a.funderName,
            amountGrantedCents: g.amountCents,
            year: a.year,
            funderYearCents: a.funderYearCents,
            thresholdCents: AGREEMENT_THRESHOLD_CENTS,
          })),
      ),
      ...audits
        .filter((t) => grantId === null || t.grantIds.includes(grantId))
        .map((t) => ({ kind: 'public_threshold' as const, ...t, thresholdCents: PUBLIC_AUDIT_THRESHOLD_CENTS })),
      ...reports.map((r) => ({ kind: 'report_still_due' as const, ...r })),
    ];
  }

  /** Subsidies granted, by year of decision, each funder's over 23 000 € (public authorities only). */
  async agreementsRequired(em: EntityManager = this.db.manager): Promise<AgreementRequired[]> {
    const rows = await many(
      em,
      sql`SELECT g.id AS "grantId", g.title AS "grantTitle", f.id AS "funderId", f.name AS "funderName", f.kind AS "funderKind",
               extract(year FROM g.granted_on)::int AS year, g.amount_granted_cents AS "amountCents",
               (g.status = 'granted' AND g.agreement_signed_on IS NULL) AS "agreementMissing"
          FROM grants g JOIN funders f ON f.id = g.funder_id
         WHERE g.status IN ('granted', 'closed') AND g.granted_on IS NOT NULL AND g.amount_granted_cents IS NOT NULL
         ORDER BY g.title`,
      {
        grantId: col.uuid,
        grantTitle: col.text,
        funderId: col.uuid,
        funderName: col.text,
        funderKind: col.oneOf(FUNDER_KINDS),
        year: col.int,
        amountCents: col.cents,
        agreementMissing: col.bool,
      },
    );
    return agreementsRequired(rows);
  }

  /** Public subsidies received, by year of receipt, over 153 000 €. */
  async auditsRequired(em: EntityManager = this.db.manager): Promise<AuditRequired[]> {
    const rows = await many(
      em,
      sql`SELECT i.grant_id AS "grantId", f.kind AS "funderKind", extract(year FROM i.received_on)::int AS year,
               sum(i.received_cents)::bigint AS "receivedCents"
          FROM grant_instalments i JOIN grants g ON g.id = i.grant_id JOIN funders f ON f.id = g.funder_id
         WHERE i.received_on IS NOT NULL AND f.kind = 'public_body'
         GROUP BY 1, 2, 3 ORDER BY 3, 1`,
      { grantId: col.uuid, funderKind: col.oneOf(FUNDER_KINDS), year: col.int, receivedCents: col.cents },
    );
    return auditsRequired(rows);
  }
}
