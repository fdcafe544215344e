import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../../common/request-context';
import { many, sql, type Sql } from '../../database/sql';
import {
  contributionScope,
  dimensionAlias,
  filterFromQuery,
  totalsQuery,
  totalsShape,
  type ContributionFilter,
} from './contribution-queries';
import type { ContributionTotalResponse } from './dto/contribution.response';
import type { ContributionTotalsQuery, Period, TotalDimension } from './dto/contribution.dto';

/** Other domains (splits) name contribution types through this service (docs/layering.md). */
export {
  CONTRIBUTION_TYPES,
  CONTRIBUTION_UNITS,
  TYPE_LABELS,
  UNIT_LABELS,
  type ContributionType,
  type ContributionUnit,
} from './contribution-types';

/** A row of totals; other modules (funding, splits) read them too. */
export type TotalRow = ContributionTotalResponse;

export interface TotalsOptions {
  groupBy: TotalDimension[];
  period?: Period;
}

/**
 * Sums of contributions, computed in PostgreSQL. `totals` is for other modules (funding shows in-kind
 * co-financing per grant, splits share funds in proportion to what each organisation brought): it counts validated
 * contributions unless told otherwise, and is not limited to a caller's rights. `totalsFor` answers the API.
 */
@Injectable()
export class ContributionTotalsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async totals(
    filter: ContributionFilter,
    options: TotalsOptions,
    em: EntityManager = this.db.manager,
  ): Promise<TotalRow[]> {
    const scope = contributionScope(em, { ...filter, statuses: filter.statuses ?? ['validated'] });
    const totals = totalsQuery(scope, options.groupBy, options.period ?? 'month');
    return many(em, sql.builder(totals), totalsShape(options.groupBy));
  }

  /** What the caller may read, filtered like the list (all statuses unless one is asked). */
  async totalsFor(ctx: RequestContext, q: ContributionTotalsQuery): Promise<TotalRow[]> {
    const scope = contributionScope(this.db.manager, filterFromQuery(q), ctx.ability);
    return this.named(sql.builder(totalsQuery(scope, q.groupBy, q.period)), q.groupBy);
  }

  /**
   * For the public transparency page: validated contributions valued, by year, organisation (by name; null for what
   * people gave in their own name, who are not named) and type.
   */
  async validatedByYear(): Promise<TotalRow[]> {
    const groupBy: TotalDimension[] = ['period', 'organisation', 'type'];
    const scope = contributionScope(this.db.manager, { statuses: ['validated'] });
    return this.named(sql.builder(totalsQuery(scope, groupBy, 'year')), groupBy);
  }

  private named(totals: Sql, groupBy: TotalDimension[]): Promise<TotalRow[]> {
    if (!groupBy.includes('organisation')) return many(this.db, totals, totalsShape(groupBy));
    // Names are joined on the aggregated rows, not on every contribution.
    const order = groupBy.map((d) =>
      d === 'organisation' ? sql`o.name NULLS FIRST` : sql`t.${sql.id(dimensionAlias(d))} NULLS FIRST`,
    );
    return many(
      this.db,
      sql`SELECT t.*, o.name AS "organisationName" FROM (${totals}) t LEFT JOIN organisations o ON o.id = t."organisationId"
          ORDER BY ${sql.join(order)}`,
      totalsShape(groupBy, true),
    );
  }
}
