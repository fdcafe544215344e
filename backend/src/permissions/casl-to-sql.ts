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
 * qualified columns, so lists are filtered in SQL. No rule at all → no rows.
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

  const sql = (node: Node): string => {
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
        // On an array column, CASL (like MongoDB) matches when the arrays share an element.
        if (columnOf(node.field!).isArray) return `${node.operator === 'nin' ? 'NOT ' : ''}(${column(node.field!)} && ${bind(values)})`;
        return node.operator === 'in' ? `${column(node.field!)} = ANY(${bind(values)})` : `NOT (${column(node.field!)} = ANY(${bind(values)}))`;
      }
      default: {
        const op = comparisons[node.operator];
        if (!op) throw new Error(`Unsupported permission operator ${node.operator}`);
        if (node.value === null && (op === '=' || op === '<>')) return `${column(node.field!)} IS ${op === '=' ? '' : 'NOT '}NULL`;
        // `{ tags: x }` on an array column means "contains x", as CASL checks it in memory.
        if (columnOf(node.field!).isArray && (op === '=' || op === '<>')) return `${op === '<>' ? 'NOT ' : ''}(${bind(node.value)} = ANY(${column(node.field!)}))`;
        return `${column(node.field!)} ${op} ${bind(node.value)}`;
      }
    }
  };

  return qb.andWhere(sql(ast), params);
}
