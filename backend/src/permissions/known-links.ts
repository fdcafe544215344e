import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { FieldErrors, Text } from '../common/errors';
import type { AppAbility, Subject } from './ability';
import { whereAllowed } from './casl-to-sql';
import { one, sql } from '../database/sql';
import { col } from '../database/sql-columns';
import { CommonError } from '../common/common.errors';

/** Tables other modules link to by id, with the message a field gets when its id matches no row. */
const TARGETS = {
  working_groups: CommonError.UnknownWorkingGroup,
  grants: CommonError.UnknownGrant,
  strategy_actions: CommonError.UnknownStrategyAction,
  grant_budget_lines: CommonError.UnknownBudgetLine,
  splits: CommonError.UnknownSplit,
} satisfies Record<string, Text>;
export type LinkTarget = keyof typeof TARGETS;

/**
 * Field messages for the links that point at nothing (field → [table, id or ids]); empty when all exist. Foreign
 * keys back this up, but a 400 on the field is what the person filling the form needs, not a constraint error.
 */
export async function unknownLinks(
  em: EntityManager,
  links: Record<string, [LinkTarget, string | string[] | null | undefined]>,
): Promise<FieldErrors> {
  const fields: FieldErrors = {};
  for (const [field, [table, value]] of Object.entries(links)) {
    const ids = [value ?? []].flat();
    if (ids.length === 0) continue;
    const { missing } = await one(
      em,
      sql`SELECT count(*)::int AS missing FROM unnest(${ids}::uuid[]) AS wanted(id)
          WHERE NOT EXISTS (SELECT 1 FROM ${sql.id(table)} t WHERE t.id = wanted.id)`,
      { missing: col.int },
    );
    if (missing > 0) fields[field] = [TARGETS[table]];
  }
  return fields;
}

/**
 * Field messages for links to records (field → [subject, ids]) that do not exist or that the caller may not read:
 * linking to a record one cannot see is refused the same way, without telling whether it exists.
 */
export async function unreadableLinks(
  em: EntityManager,
  ability: AppAbility,
  links: Record<string, [Subject, string[] | undefined]>,
): Promise<FieldErrors> {
  const fields: FieldErrors = {};
  for (const [field, [subject, value]] of Object.entries(links)) {
    const ids = [...new Set(value ?? [])];
    if (ids.length === 0) continue;
    const qb = em.getRepository<ObjectLiteral>(subject).createQueryBuilder('t').where('t.id IN (:...ids)', { ids });
    const readable = await whereAllowed(qb, ability, 'read', subject).getCount();
    if (readable < ids.length) fields[field] = [TARGETS[em.connection.getMetadata(subject).tableName as LinkTarget]];
  }
  return fields;
}
