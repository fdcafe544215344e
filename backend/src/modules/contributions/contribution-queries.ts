import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { decodeRow, sql, type Sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import type { AppAbility } from '../../permissions/ability';
import { whereAllowed } from '../../permissions/casl-to-sql';
import { Contribution } from './contribution.entity';
import {
  CONTRIBUTION_STATUSES,
  CONTRIBUTION_TYPES,
  CONTRIBUTION_UNITS,
  type ContributionStatus,
  type ContributionType,
} from './contribution-types';
import type { Period, TotalDimension } from './dto/contribution.dto';

/** What lists, totals and exports can be narrowed to; other modules pass sets (organisations of a split, types). */
export interface ContributionFilter {
  organisationIds?: string[];
  personId?: string;
  types?: ContributionType[];
  statuses?: ContributionStatus[];
  /** Inclusive days, compared with the contribution's start day. */
  from?: string;
  to?: string;
  workingGroupId?: string;
  grantId?: string;
}

/** The API's single-valued query parameters as a filter. */
export function filterFromQuery(q: {
  organisationId?: string;
  personId?: string;
  type?: ContributionType;
  status?: ContributionStatus;
  from?: string;
  to?: string;
  workingGroupId?: string;
  grantId?: string;
}): ContributionFilter {
  return {
    organisationIds: q.organisationId ? [q.organisationId] : undefined,
    personId: q.personId,
    types: q.type ? [q.type] : undefined,
    statuses: q.status ? [q.status] : undefined,
    from: q.from,
    to: q.to,
    workingGroupId: q.workingGroupId,
    grantId: q.grantId,
  };
}

/** `contributions c`, narrowed by the filter and, when an ability is given, by what the caller may read. */
export function contributionScope(
  em: EntityManager,
  filter: ContributionFilter,
  ability?: AppAbility,
): SelectQueryBuilder<Contribution> {
  const qb = em.getRepository(Contribution).createQueryBuilder('c');
  if (ability) whereAllowed(qb, ability, 'read', 'Contribution');
  // One value is compared with `=`, so an index on it can also give the order (ANY cannot).
  const oneOf = (column: string, name: string, values: string[]) =>
    values.length === 1
      ? qb.andWhere(`${column} = :${name}`, { [name]: values[0] })
      : qb.andWhere(`${column} = ANY(:${name})`, { [name]: values });
  if (filter.organisationIds) oneOf('c.organisation_id', 'orgs', filter.organisationIds);
  if (filter.personId) qb.andWhere('c.person_id = :personId', { personId: filter.personId });
  if (filter.types) oneOf('c.type', 'types', filter.types);
  if (filter.statuses) oneOf('c.status', 'statuses', filter.statuses);
  if (filter.from) qb.andWhere('c.starts_on >= :from', { from: filter.from });
  if (filter.to) qb.andWhere('c.starts_on <= :to', { to: filter.to });
  if (filter.workingGroupId) qb.andWhere('c.working_group_id = :group', { group: filter.workingGroupId });
  if (filter.grantId) qb.andWhere('c.grant_id = :grant', { grant: filter.grantId });
  return qb;
}

/**
 * The contribution credits no organisation, or one the person who gave it belongs to: what the ability's write rules
 * call `creditedToGiver` (a group lead logs a volunteer's time for the volunteer's organisation, never another).
 */
export const CREDITED_TO_GIVER = `(c.organisation_id IS NULL OR EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = c.person_id AND m.organisation_id = c.organisation_id))`;

const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/** Columns of a list row, named as the API answers, with how each is read. */
const LIST_COLUMNS = {
  id: ['c.id', col.uuid],
  organisationId: ['c.organisation_id', col.uuid.nullable],
  personId: ['c.person_id', col.uuid.nullable],
  enteredById: ['c.entered_by_id', col.uuid],
  type: ['c.type', col.oneOf(CONTRIBUTION_TYPES)],
  unit: ['c.unit', col.oneOf(CONTRIBUTION_UNITS)],
  startsOn: [day('c.starts_on'), col.day],
  endsOn: [day('c.ends_on'), col.day],
  quantity: ['c.quantity', col.number],
  amountCents: ['c.amount_cents', col.cents.nullable],
  rateCents: ['c.rate_cents', col.cents.nullable],
  valueCents: ['c.value_cents', col.cents],
  description: ['c.description', col.text],
  workingGroupId: ['c.working_group_id', col.uuid.nullable],
  grantId: ['c.grant_id', col.uuid.nullable],
  status: ['c.status', col.oneOf(CONTRIBUTION_STATUSES)],
  submittedAt: ['c.submitted_at', col.timestamp.nullable],
  reviewedAt: ['c.reviewed_at', col.timestamp.nullable],
  rejectionReason: ['c.rejection_reason', col.text.nullable],
  createdAt: ['c.created_at', col.timestamp],
  updatedAt: ['c.updated_at', col.timestamp],
  creditedToGiver: [CREDITED_TO_GIVER, col.bool],
  organisationName: ['o.name', col.text.nullable],
  personName: [`pe.first_name || ' ' || pe.last_name`, col.text.nullable],
} as const;
type ListColumns = typeof LIST_COLUMNS;
/** The list row's columns, for a query that joins `organisations o` and `people pe` to `contributions c`. */
export const LIST_SELECT = sql.trusted(
  Object.entries(LIST_COLUMNS)
    .map(([alias, [expression]]) => `${expression} AS "${alias}"`)
    .join(', '),
);
export const LIST_ROW = Object.fromEntries(
  Object.entries(LIST_COLUMNS).map(([alias, [, decoder]]) => [alias, decoder]),
) as {
  [K in keyof ListColumns]: ListColumns[K][1];
};
const PAGE_TOTALS = { total: col.int, totalValueCents: col.cents };

/** A row of the list page: the totals, and the page's contribution (none past the last page, where one row is left). */
export const readPageRow = (raw: Record<string, unknown>) => ({
  totals: decodeRow(raw, PAGE_TOTALS),
  item: raw.id === null ? null : decodeRow(raw, LIST_ROW),
});

const SORT_COLUMNS: Record<string, string> = {
  startsOn: 'c.starts_on',
  valueCents: 'c.value_cents',
  createdAt: 'c.created_at',
  status: 'c.status',
  type: 'c.type',
};

/**
 * One round trip and one pass over the matching rows: an aggregate counts and sums them (an index-only scan on
 * type and period), while the page reads only its own rows in index order (a backward scan that stops after
 * offset + size entries); full rows and names are fetched for the page's ids alone. Both read the scope's one
 * generated query (TypeORM's SQL generation is most of a list request's own CPU), whole, as a CTE that PostgreSQL
 * inlines into each (NOT MATERIALIZED: a materialised one would be read in full and sorted). Every value is a
 * parameter, page and size included: one text per filter shape, run as a prepared statement.
 */
export function listPageSql(
  scope: SelectQueryBuilder<Contribution>,
  sort: string,
  order: 'asc' | 'desc',
  page: number,
  pageSize: number,
): Sql {
  const dir = sql.trusted(order === 'desc' ? 'DESC' : 'ASC');
  const matching = scope
    .clone()
    .select('c.id', 'id')
    .addSelect('c.value_cents', 'value_cents')
    .addSelect(SORT_COLUMNS[sort], 'sort_key');
  return sql`WITH matching AS NOT MATERIALIZED (${sql.builder(matching)}),
     agg AS (SELECT count(*)::int AS total, coalesce(sum(value_cents), 0) AS "totalValueCents" FROM matching),
     page AS (SELECT id, sort_key FROM matching ORDER BY sort_key ${dir}, id ${dir} LIMIT ${pageSize}::int OFFSET ${(page - 1) * pageSize}::int)
     SELECT agg.total, agg."totalValueCents", ${LIST_SELECT}
     FROM agg
     LEFT JOIN (page JOIN contributions c ON c.id = page.id
                LEFT JOIN organisations o ON o.id = c.organisation_id
                LEFT JOIN people pe ON pe.id = c.person_id) ON true
     ORDER BY page.sort_key ${dir}, page.id ${dir}`;
}

const DIMENSIONS: Record<Exclude<TotalDimension, 'period'>, [string, string]> = {
  organisation: ['c.organisation_id', 'organisationId'],
  type: ['c.type', 'type'],
  unit: ['c.unit', 'unit'],
  workingGroup: ['c.working_group_id', 'workingGroupId'],
  grant: ['c.grant_id', 'grantId'],
  status: ['c.status', 'status'],
};

/** The column name a dimension gets in a totals row. */
export const dimensionAlias = (d: TotalDimension) => (d === 'period' ? 'period' : DIMENSIONS[d][1]);

/** Sums in SQL, grouped by the dimensions asked; quantities only make sense per unit, so only then. */
export function totalsQuery(
  scope: SelectQueryBuilder<Contribution>,
  groupBy: TotalDimension[],
  period: Period,
): SelectQueryBuilder<Contribution> {
  const qb = scope.clone().select('count(*)::int', 'count').addSelect('coalesce(sum(c.value_cents), 0)', 'valueCents');
  if (groupBy.includes('unit')) qb.addSelect('sum(c.quantity)', 'quantity');
  for (const dimension of groupBy) {
    const expression =
      dimension === 'period' ? `to_char(date_trunc('${period}', c.starts_on), 'YYYY-MM-DD')` : DIMENSIONS[dimension][0];
    const alias = dimension === 'period' ? 'period' : DIMENSIONS[dimension][1];
    qb.addSelect(expression, alias).addGroupBy(expression).addOrderBy(expression, 'ASC', 'NULLS FIRST');
  }
  return qb;
}

/** Every column a totals row may have; those of the dimensions not asked are absent. */
const TOTAL_COLUMNS = {
  organisationId: col.uuid.nullable,
  organisationName: col.text.nullable,
  type: col.oneOf(CONTRIBUTION_TYPES),
  unit: col.oneOf(CONTRIBUTION_UNITS),
  workingGroupId: col.uuid.nullable,
  grantId: col.uuid.nullable,
  status: col.oneOf(CONTRIBUTION_STATUSES),
  period: col.day,
  quantity: col.number,
};

/** How the rows of `totalsQuery` (and, with `named`, the organisations' names joined to them) are read. */
export function totalsShape(groupBy: TotalDimension[], named = false) {
  const keys = groupBy.map((d) => dimensionAlias(d) as keyof typeof TOTAL_COLUMNS);
  if (groupBy.includes('unit')) keys.push('quantity');
  if (named) keys.push('organisationName');
  const columns: Partial<typeof TOTAL_COLUMNS> = Object.fromEntries(keys.map((k) => [k, TOTAL_COLUMNS[k]]));
  return { count: col.int, valueCents: col.cents, ...columns };
}
