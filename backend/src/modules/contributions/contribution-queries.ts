import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { AppAbility } from '../../permissions/ability';
import { whereAllowed } from '../../permissions/casl-to-sql';
import { Contribution } from './contribution.entity';
import type { ContributionStatus, ContributionType } from './contribution-types';
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
  organisationId?: string; personId?: string; type?: ContributionType; status?: ContributionStatus; from?: string; to?: string; workingGroupId?: string; grantId?: string;
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
export function contributionScope(em: EntityManager, filter: ContributionFilter, ability?: AppAbility): SelectQueryBuilder<Contribution> {
  const qb = em.getRepository(Contribution).createQueryBuilder('c');
  if (ability) whereAllowed(qb, ability, 'read', 'Contribution');
  // One value is compared with `=`, so an index on it can also give the order (ANY cannot).
  const oneOf = (column: string, name: string, values: string[]) =>
    values.length === 1 ? qb.andWhere(`${column} = :${name}`, { [name]: values[0] }) : qb.andWhere(`${column} = ANY(:${name})`, { [name]: values });
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

/** Columns of a list row, named as the API answers. */
const LIST_COLUMNS: [string, string][] = [
  ['c.id', 'id'], ['c.organisation_id', 'organisationId'], ['c.person_id', 'personId'], ['c.entered_by_id', 'enteredById'],
  ['c.type', 'type'], ['c.unit', 'unit'], [`to_char(c.starts_on, 'YYYY-MM-DD')`, 'startsOn'], [`to_char(c.ends_on, 'YYYY-MM-DD')`, 'endsOn'], ['c.quantity', 'quantity'],
  ['c.amount_cents', 'amountCents'], ['c.rate_cents', 'rateCents'], ['c.value_cents', 'valueCents'], ['c.description', 'description'],
  ['c.working_group_id', 'workingGroupId'], ['c.grant_id', 'grantId'], ['c.status', 'status'], ['c.submitted_at', 'submittedAt'],
  ['c.reviewed_at', 'reviewedAt'], ['c.rejection_reason', 'rejectionReason'], ['c.created_at', 'createdAt'], ['c.updated_at', 'updatedAt'],
  [CREDITED_TO_GIVER, 'creditedToGiver'],
];

const SORT_COLUMNS: Record<string, string> = {
  startsOn: 'c.starts_on', valueCents: 'c.value_cents', createdAt: 'c.created_at', status: 'c.status', type: 'c.type',
};

/**
 * One round trip and one pass over the matching rows: an aggregate counts and sums them (an index-only scan on
 * type and period), while the page reads only its own rows in index order (a backward scan that stops after
 * offset + size entries); full rows and names are fetched for the page's ids alone. Both read the scope's one
 * generated FROM … WHERE (TypeORM's SQL generation is most of a list request's own CPU), so they number its
 * parameters alike. Every value is a parameter, page and size included: one text per filter shape, run as a
 * prepared statement.
 */
export function listPageSql(scope: SelectQueryBuilder<Contribution>, sort: string, order: 'asc' | 'desc', page: number, pageSize: number): [string, unknown[]] {
  const column = SORT_COLUMNS[sort];
  const dir = order === 'desc' ? 'DESC' : 'ASC';
  const [idsSql, params] = scope.clone().select('c.id', 'id').getQueryAndParameters();
  const fromWhere = idsSql.slice(idsSql.indexOf(' FROM '));
  const [limit, offset] = [params.length + 1, params.length + 2];
  return [
    `WITH agg AS (SELECT count(*)::int AS total, coalesce(sum(c.value_cents), 0) AS "totalValueCents"${fromWhere}),
     page AS (SELECT c.id${fromWhere} ORDER BY ${column} ${dir}, c.id ${dir} LIMIT $${limit}::int OFFSET $${offset}::int)
     SELECT agg.total, agg."totalValueCents", ${LIST_COLUMNS.map(([c, a]) => `${c} AS "${a}"`).join(', ')},
            o.name AS "organisationName", pe.first_name || ' ' || pe.last_name AS "personName"
     FROM agg
     LEFT JOIN (page JOIN contributions c ON c.id = page.id
                LEFT JOIN organisations o ON o.id = c.organisation_id
                LEFT JOIN people pe ON pe.id = c.person_id) ON true
     ORDER BY ${column} ${dir}, c.id ${dir}`,
    [...params, pageSize, (page - 1) * pageSize],
  ];
}

const DIMENSIONS: Record<Exclude<TotalDimension, 'period'>, [string, string]> = {
  organisation: ['c.organisation_id', 'organisationId'], type: ['c.type', 'type'], unit: ['c.unit', 'unit'],
  workingGroup: ['c.working_group_id', 'workingGroupId'], grant: ['c.grant_id', 'grantId'], status: ['c.status', 'status'],
};

/** The column name a dimension gets in a totals row. */
export const dimensionAlias = (d: TotalDimension) => (d === 'period' ? 'period' : DIMENSIONS[d][1]);

/** Sums in SQL, grouped by the dimensions asked; quantities only make sense per unit, so only then. */
export function totalsQuery(scope: SelectQueryBuilder<Contribution>, groupBy: TotalDimension[], period: Period): SelectQueryBuilder<Contribution> {
  const qb = scope.clone().select('count(*)::int', 'count').addSelect('sum(c.value_cents)', 'valueCents');
  if (groupBy.includes('unit')) qb.addSelect('sum(c.quantity)', 'quantity');
  for (const dimension of groupBy) {
    const expression = dimension === 'period' ? `to_char(date_trunc('${period}', c.starts_on), 'YYYY-MM-DD')` : DIMENSIONS[dimension][0];
    const alias = dimension === 'period' ? 'period' : DIMENSIONS[dimension][1];
    qb.addSelect(expression, alias).addGroupBy(expression).addOrderBy(expression, 'ASC', 'NULLS FIRST');
  }
  return qb;
}
