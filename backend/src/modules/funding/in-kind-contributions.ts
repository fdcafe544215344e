import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { toCents } from './cents';

export interface OrganisationContributions {
  organisationId: string | null;
  organisationName: string | null;
  valueCents: number;
}

/**
 * What funding needs from contributions in kind: their valued total per grant (co-financing, CERFA 15059) and the
 * quarter's validated contributions per organisation (the dashboard). The contributions module is built alongside
 * this one: until it is merged, the table may be missing, and these read 0 / nothing. At merge, the lead swaps this
 * class for calls to the contributions service (same signatures).
 */
@Injectable()
export class InKindContributions {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private async present(em: EntityManager): Promise<boolean> {
    const [{ present }] = await em.query(`SELECT to_regclass('public.contributions') IS NOT NULL AS present`);
    return present;
  }

  /** Validated contributions linked to each grant, valued, in cents (grants without any are absent from the map). */
  async validatedByGrant(grantIds: string[], em: EntityManager = this.db.manager): Promise<Map<string, number>> {
    if (grantIds.length === 0 || !(await this.present(em))) return new Map();
    const rows: { grantId: string; total: string }[] = await em.query(
      `SELECT grant_id AS "grantId", sum(value_cents)::bigint AS total FROM contributions
       WHERE status = 'validated' AND grant_id = ANY($1::uuid[]) GROUP BY grant_id`,
      [grantIds],
    );
    return new Map(rows.map((r) => [r.grantId, toCents(r.total)]));
  }

  /** Contributions validated between two days (inclusive, Paris time), summed per organisation, largest first. */
  async validatedByOrganisation(from: string, to: string, em: EntityManager = this.db.manager): Promise<OrganisationContributions[]> {
    if (!(await this.present(em))) return [];
    const rows: { organisationId: string | null; organisationName: string | null; total: string }[] = await em.query(
      `SELECT c.organisation_id AS "organisationId", o.name AS "organisationName", sum(c.value_cents)::bigint AS total
       FROM contributions c LEFT JOIN organisations o ON o.id = c.organisation_id
       WHERE c.status = 'validated'
         AND c.reviewed_at >= ($1::date::timestamp AT TIME ZONE 'Europe/Paris')
         AND c.reviewed_at < (($2::date + 1)::timestamp AT TIME ZONE 'Europe/Paris')
       GROUP BY c.organisation_id, o.name ORDER BY total DESC, o.name`,
      [from, to],
    );
    return rows.map((r) => ({ organisationId: r.organisationId, organisationName: r.organisationName, valueCents: toCents(r.total) }));
  }
}
