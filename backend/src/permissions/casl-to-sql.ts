import { rulesToAST } from '@casl/ability/extra';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Action, AppAbility, Subject } from './ability';

interface Node {
  operator: string;
  field?: string;
  value: unknown;
}

const comparisons: Record<string, string> = { eq: '=', ne: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' };

/**
 * Adds the ability's conditions for (action, subject) to a query as a WHERE clause on its main alias, with
 * qualified columns, so lists are filtered in SQL. No rule at all → no rows. A condition on a one-to-many relation's
 * field (`'attendees.personId'`: true when any related row matches, as CASL checks it in memory) becomes an EXISTS.
 */
export function whereAllowed<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  ability: AppAbility,
  action: Action,
  subject: Subject,
): SelectQueryBuilder<E> {
  const ast = rulesToAST(ability, action, subject) as Node | null;
  if (!ast) return qb.andWhere('1 = 0');
  const metadata = qb.expressionMap.mainAlias!.metadata;
  const params: ObjectLiteral = {};
  let n = 0;
  const columnOf = (field: string) => {
    const col = metadata.findColumnWithPropertyPath(field);
    if (!col) throw new Error(`Permission condition on unknown field ${subject}.${field}`);
    return col;
  };
  const column = (field: string) => `"${qb.alias}"."${columnOf(field).databaseName}"`;
  const bind = (value: unknown) => {
    const name = `casl_${qb.alias}_${n++}`;
    params[name] = value;
    return `:${name}`;
  };

  const related = (node: Node): string => {
    const [name, field] = node.field!.split('.');
    const relation = metadata.findRelationWithPropertyPath(name);
    if (!relation?.isOneToMany || !['eq', 'in'].includes(node.operator)) {
      throw new Error(`Unsupported permission condition ${subject}.${node.field} (${node.operator})`);
    }
    const target = relation.inverseEntityMetadata;
    const alias = `casl_${qb.alias}_${name}_${n++}`;
    const col = target.findColumnWithPropertyPath(field);
    if (!col) throw new Error(`Permission condition on unknown field ${subject}.${node.field}`);
    const [join] = relation.inverseRelation!.joinColumns;
    const value = node.operator === 'in' ? `= ANY(${bind(node.value)})` : `= ${bind(node.value)}`;
    return `EXISTS (SELECT 1 FROM "${target.tableName}" "${alias}" WHERE "${alias}"."${join.databaseName}" = "${qb.alias}"."${join.referencedColumn!.databaseName}" AND "${alias}"."${col.databaseName}" ${value})`;
  };

  const sql = (node: Node): string => {
    if (node.field?.includes('.')) return related(node);
    switch (node.operator) {
      case 'and':
      case 'or': {
        const parts = (node.value as Node[]).map(sql);
        if (parts.length === 0) return node.operator === 'and' ? 'TRUE' : 'FALSE';
        return `(${parts.join(node.operator === 'and' ? ' AND ' : ' OR ')})`;
      }
      case 'not':
        // A `cannot` rule applies only where its condition is true: a NULL column must not hide the row.
        return `NOT COALESCE((${(node.value as Node[]).map(sql).join(' AND ') || 'TRUE'}), FALSE)`;
      case 'in':
      case 'nin': {
        const values = node.value as unknown[];
        if (values.length === 0) return node.operator === 'in' ? 'FALSE' : 'TRUE';
        return node.operator === 'in'
          ? `${column(node.field!)} = ANY(${bind(values)})`
          : `NOT (${column(node.field!)} = ANY(${bind(values)}))`;
      }
      default: {
        const op = comparisons[node.operator];
        if (!op) throw new Error(`Unsupported permission operator ${node.operator}`);
        if (node.value === null && (op === '=' || op === '<>'))
          return `${column(node.field!)} IS ${op === '=' ? '' : 'NOT '}NULL`;
        return `${column(node.field!)} ${op} ${bind(node.value)}`;
      }
    }
  };

  return qb.andWhere(sql(ast), params);
}
