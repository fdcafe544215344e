import type { EntityManager } from 'typeorm';
import { exec, many, sql, type Sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { idsOf, literal, type DataSubject } from './data-subject';

/**
 * Where personal data can sit, read from the schema itself rather than listed by hand: every uuid column may point at
 * the person (with or without a foreign key: `submitted_by_id`, `actor_id`…), every text, varchar or jsonb column may
 * spell out their address or name. A table added later is covered without touching this module.
 */
export interface TableShape {
  table: string;
  uuid: string[];
  /** text and varchar columns. */
  text: string[];
  json: string[];
  /** Refuses UPDATE by trigger: a register the network must keep as written (decisions, approved splits…). */
  frozen: boolean;
}

/** Tables left out: the migrations' own bookkeeping; the audit log is redacted through AuditService. */
const NOT_PERSONAL = new Set(['migrations']);
/** Columns never exported, even to the person: credentials and chain hashes. */
const SECRET = /password|secret|token|hash|digest|csrf/;
/** Someone else's name copied into a row about the subject (who made the change they were told of): left out. */
const OTHERS: Record<string, (row: Record<string, unknown>) => Record<string, unknown>> = {
  notifications: ({ params, ...row }) => {
    const { actor: _actor, ...rest } = (params ?? {}) as Record<string, unknown>;
    return { ...row, params: rest };
  },
};

export async function tableShapes(em: EntityManager): Promise<TableShape[]> {
  const columns = await many(
    em,
    sql`SELECT c.table_name AS "table", c.column_name AS "column", c.data_type AS type
        FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
          AND c.data_type IN ('uuid', 'text', 'character varying', 'jsonb')
        ORDER BY c.table_name, c.ordinal_position`,
    { table: col.text, column: col.text, type: col.text },
  );
  const frozen = await many(
    em,
    sql`SELECT DISTINCT event_object_table AS "table" FROM information_schema.triggers
        WHERE trigger_schema = 'public' AND action_timing = 'BEFORE' AND event_manipulation = 'UPDATE'`,
    { table: col.text },
  );
  const shapes = new Map<string, TableShape>();
  for (const c of columns) {
    if (NOT_PERSONAL.has(c.table)) continue;
    const shape = shapes.get(c.table) ?? { table: c.table, uuid: [], text: [], json: [], frozen: false };
    (c.type === 'uuid' ? shape.uuid : c.type === 'jsonb' ? shape.json : shape.text).push(c.column);
    shapes.set(c.table, shape);
  }
  for (const f of frozen) {
    const shape = shapes.get(f.table);
    if (shape) shape.frozen = true;
  }
  return [...shapes.values()];
}

/** One regular expression for every way the subject is written out (empty when there is none). */
export function mentionPattern(subject: DataSubject, withIds: boolean): string {
  return [
    ...subject.emails.map(literal),
    ...subject.names,
    ...subject.otherValues.map(literal),
    ...(withIds ? idsOf(subject) : []),
  ].join('|');
}

/** Two patterns: the subject's addresses, then their names and other values (each empty when there is none). */
export function mentionPatterns(subject: DataSubject): [string, string] {
  return [subject.emails.map(literal).join('|'), [...subject.names, ...subject.otherValues.map(literal)].join('|')];
}

/** Rows of `shape` that point at the subject or mention them. */
function about(shape: TableShape, ids: string[], pattern: string): Sql {
  const conditions = [
    ...shape.uuid.map((c) => sql`${sql.id(c)} = ANY(${ids}::uuid[])`),
    ...(pattern ? [...shape.text, ...shape.json].map((c) => sql`${sql.id(c)}::text ~* ${pattern}`) : []),
  ];
  return conditions.length ? sql.join(conditions, sql` OR `) : sql`false`;
}

/** Everything held about the subject, table by table, credentials left out. */
export async function rowsAbout(em: EntityManager, subject: DataSubject): Promise<Map<string, object[]>> {
  const ids = idsOf(subject);
  const pattern = mentionPattern(subject, true);
  const found = new Map<string, object[]>();
  for (const shape of await tableShapes(em)) {
    const rows = await many(
      em,
      sql`SELECT to_jsonb(t) AS row FROM ${sql.id(shape.table)} t WHERE ${about(shape, ids, pattern)}`,
      { row: col.json<Record<string, unknown>>() },
    );
    if (rows.length === 0) continue;
    found.set(
      shape.table,
      rows.map(({ row }) => {
        const kept = Object.fromEntries(Object.entries(row).filter(([k]) => !SECRET.test(k)));
        return OTHERS[shape.table]?.(kept) ?? kept;
      }),
    );
  }
  return found;
}

/**
 * Replaces every mention of the subject in free text and JSON: addresses by `pseudoEmail`, names and other values by
 * `pseudonym`. Frozen registers are not touched: those that mention the subject are returned, for the record.
 */
export async function scrubMentions(
  em: EntityManager,
  subject: DataSubject,
  pseudonym: string,
  pseudoEmail: string,
  shapes: TableShape[],
): Promise<{ tables: string[]; frozenMentions: string[] }> {
  const [emails, names] = mentionPatterns(subject);
  const replacements: [string, string][] = [
    [emails, pseudoEmail],
    [names, pseudonym],
  ];
  const tables = new Set<string>();
  const frozenMentions: string[] = [];
  for (const shape of shapes) {
    if (shape.table === 'audit_log' || shape.text.length + shape.json.length === 0) continue;
    for (const [pattern, replacement] of replacements) {
      if (!pattern) continue;
      if (shape.frozen) {
        const [{ n }] = await many(
          em,
          sql`SELECT count(*)::int AS n FROM ${sql.id(shape.table)} t WHERE ${about({ ...shape, uuid: [] }, [], pattern)}`,
          { n: col.int },
        );
        if (n > 0) frozenMentions.push(shape.table);
        continue;
      }
      const set = (c: string, type: Sql) => {
        const column = sql.id(c);
        return sql`${column} = CASE WHEN ${column}::text ~* ${pattern}
          THEN regexp_replace(${column}::text, ${pattern}, ${replacement}, 'gi')::${type} ELSE ${column} END`;
      };
      const sets = [...shape.text.map((c) => set(c, sql`text`)), ...shape.json.map((c) => set(c, sql`jsonb`))];
      const changed = await exec(
        em,
        sql`UPDATE ${sql.id(shape.table)} SET ${sql.join(sets)} WHERE ${about({ ...shape, uuid: [] }, [], pattern)}`,
      );
      if (changed > 0) tables.add(shape.table);
    }
  }
  return { tables: [...tables].sort(), frozenMentions: [...new Set(frozenMentions)].sort() };
}
