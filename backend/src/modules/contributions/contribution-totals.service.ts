import { centsFrom } from '@maillage/emails/money';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../../common/request-context';
import { contributionScope, dimensionAlias, filterFromQuery, totalsQuery, type ContributionFilter } from './contribution-queries';
import type { ContributionTotalResponse } from './dto/contribution.response';
import type { ContributionTotalsQuery, Period, TotalDimension } from './dto/contribution.dto';

/** A row of totals; other modules (funding, splits) read them too. */
export type TotalRow = ContributionTotalResponse;

export interface TotalsOptions {
  groupBy: TotalDimension[];
  period?: Period;
}

const toRow = (r: Record<string, unknown>): TotalRow => ({
  ...r,
  count: Number(r.count),
  valueCents: centsFrom(r.valueCents as string | null),
  ...(r.quantity !== undefined ? { quantity: Number(r.quantity) } : {}),
}) as TotalRow;

/**
 * Sums of contributions, computed in PostgreSQL. `totals` is for other modules (funding shows in-kind
 * co-financing per grant, splits share funds in proportion to what each organisation brought): it counts validated
 * contributions unless told otherwise, and is not limited to a caller's rights. `totalsFor` answers the API.
 */
@Injectable()
export class ContributionTotalsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async totals(filter: ContributionFilter, options: TotalsOptions, em: EntityManager = this.db.manager): Promise<TotalRow[]> {
    const scope = contributionScope(em, { ...filter, statuses: filter.statuses ?? ['validated'] });
    const rows = await totalsQuery(scope, options.groupBy, options.period ?? 'month').getRawMany<Record<string, unknown>>();
    return rows.map(toRow);
  }

  /** What the caller may read, filtered like the list (all statuses unless one is asked). */
  async totalsFor(ctx: RequestContext, q: ContributionTotalsQuery): Promise<TotalRow[]> {
    const scope = contributionScope(this.db.manager, filterFromQuery(q), ctx.ability);
    const [sql, params] = totalsQuery(scope, q.groupBy, q.period).getQueryAndParameters();
    // Names are joined on the aggregated rows, not on every contribution.
    const rows: Record<string, unknown>[] = q.groupBy.includes('organisation')
      ? await this.db.query(
          `SELECT t.*, o.name AS "organisationName" FROM (${sql}) t LEFT JOIN organisations o ON o.id = t."organisationId"
           ORDER BY ${q.groupBy.map((d) => (d === 'organisation' ? 'o.name NULLS FIRST' : `t."${dimensionAlias(d)}" NULLS FIRST`)).join(', ')}`,
          params,
        )
      : await this.db.query(sql, params);
    return rows.map(toRow);
  }
}
