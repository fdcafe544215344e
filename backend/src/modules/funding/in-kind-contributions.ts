import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ContributionTotalsService } from '../contributions/contribution-totals.service';
import { InKindService } from '../contributions/in-kind.service';
import type { OrganisationContributionsResponse } from './dto/overview.response';
import { many, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';

export interface InKindLine {
  chargeAccount: string;
  chargeLabel: string;
  productAccount: string;
  productLabel: string;
  valueCents: number;
}

/**
 * What funding needs from contributions in kind: their valued total per grant (co-financing, CERFA 15059), through
 * the contributions module's totals, and the quarter's validated contributions per organisation (the dashboard).
 */
@Injectable()
export class InKindContributions {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly totals: ContributionTotalsService,
    private readonly accounts: InKindService,
  ) {}

  /**
   * Validated contributions linked to a grant, valued, per type with its 86/87 accounts (the report's lines below the
   * line). A type the coordinator gave no accounts is not in kind (a financial participation is money): left out.
   */
  async byAccountForGrant(grantId: string, em: EntityManager = this.db.manager): Promise<InKindLine[]> {
    const rows = await this.totals.totals({ grantId }, { groupBy: ['type'] }, em);
    const accounts = await this.accounts.accounts();
    // Several types may share their accounts (862/871 "prestations"): one line per pair of accounts.
    const lines = new Map<string, InKindLine>();
    for (const a of accounts) {
      const valueCents = rows.filter((r) => r.type === a.type).reduce((sum, r) => sum + r.valueCents, 0);
      if (!a.chargeAccount || !a.productAccount || valueCents === 0) continue;
      const key = `${a.chargeAccount}/${a.productAccount}`;
      const line = lines.get(key) ?? {
        chargeAccount: a.chargeAccount,
        chargeLabel: a.chargeLabel ?? a.chargeAccount,
        productAccount: a.productAccount,
        productLabel: a.productLabel ?? a.productAccount,
        valueCents: 0,
      };
      lines.set(key, { ...line, valueCents: line.valueCents + valueCents });
    }
    return [...lines.values()];
  }

  /** Validated contributions linked to each grant, valued, in cents (grants without any are absent from the map). */
  async validatedByGrant(grantIds: string[], em: EntityManager = this.db.manager): Promise<Map<string, number>> {
    const totals = new Map<string, number>();
    for (const grantId of grantIds) {
      const rows = await this.totals.totals({ grantId }, { groupBy: ['grant'] }, em);
      totals.set(
        grantId,
        rows.reduce((sum, r) => sum + r.valueCents, 0),
      );
    }
    return totals;
  }

  /** Contributions validated between two days (inclusive, Paris time), summed per organisation, largest first. */
  async validatedByOrganisation(
    from: string,
    to: string,
    em: EntityManager = this.db.manager,
  ): Promise<OrganisationContributionsResponse[]> {
    return many(
      em,
      sql`SELECT c.organisation_id AS "organisationId", o.name AS "organisationName", sum(c.value_cents)::bigint AS "valueCents"
       FROM contributions c LEFT JOIN organisations o ON o.id = c.organisation_id
       WHERE c.status = 'validated'
         AND c.reviewed_at >= (${from}::date::timestamp AT TIME ZONE ${DISPLAY_TIME_ZONE})
         AND c.reviewed_at < ((${to}::date + 1)::timestamp AT TIME ZONE ${DISPLAY_TIME_ZONE})
       GROUP BY c.organisation_id, o.name ORDER BY "valueCents" DESC, o.name`,
      { organisationId: col.uuid.nullable, organisationName: col.text.nullable, valueCents: col.cents },
    );
  }
}
