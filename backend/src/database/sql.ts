import { createHash } from 'node:crypto';
import type { ClientBase } from 'pg';
import { DataSource, EntityManager, type QueryRunner } from 'typeorm';
import type { Decoder } from './sql-columns';

/**
 * Hand-written SQL where the query builder does not serve (aggregations, CTEs, locks, the prepared list queries):
 * a tagged template that keeps every value a parameter, and reads whose rows are decoded by column, not cast.
 *
 *   const rows = await many(em, sql`SELECT id, count(*) AS n FROM t WHERE org = ${orgId} GROUP BY id`,
 *     { id: col.uuid, n: col.int });   // { id: string; n: number }[]
 */

/** A piece of SQL text with its values; pieces nest (`sql\`… ${fragment} …\``) and are numbered when run. */
export class Sql {
  /** @internal Text parts and what goes between them, in order. */
  constructor(readonly parts: readonly (string | Value | Sql | Builder)[]) {}
}

/** A value sent as a parameter (`$n`), never spliced. */
class Value {
  constructor(readonly value: unknown) {}
}

/** A TypeORM query builder's whole query, whose own `$1…$n` stay the first parameters of the statement. */
class Builder {
  constructor(
    readonly text: string,
    readonly values: readonly unknown[],
  ) {}
}

/** The tagged template: interpolated `Sql` fragments are embedded, anything else becomes a parameter. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  const parts: (string | Value | Sql | Builder)[] = [strings[0]];
  values.forEach((v, i) => parts.push(v instanceof Sql ? v : new Value(v), strings[i + 1]));
  return new Sql(parts);
}

/** A table, column, channel or database name chosen by code (a constant, a map lookup, configuration), quoted. */
sql.id = (name: string): Sql => {
  if (name === '' || name.includes('\0')) throw new Error('sql.id: an identifier cannot be empty or hold NUL');
  return new Sql([`"${name.replace(/"/g, '""')}"`]);
};

/** SQL text written in code (an ORDER BY direction, a column expression from a fixed map); never a request's value. */
sql.trusted = (text: string): Sql => new Sql([text]);

/** Fragments one after the other, with a separator (a comma by default). */
sql.join = (fragments: readonly Sql[], separator: Sql = new Sql([', '])): Sql =>
  new Sql(fragments.flatMap((f, i) => (i === 0 ? [f] : [separator, f])));

sql.empty = new Sql([]);

/**
 * A TypeORM query builder's query, whole (as a subquery or CTE body): its parameters keep their numbers and the
 * statement's other values come after them. One builder per statement; the same one may appear several times.
 */
sql.builder = (qb: { getQueryAndParameters(): [string, unknown[]] }): Sql => {
  const [text, values] = qb.getQueryAndParameters();
  return new Sql([new Builder(text, values)]);
};

/** The text with `$n` placeholders and the values, ready for PostgreSQL. */
export function compile(query: Sql): { text: string; values: unknown[] } {
  const builders = new Set<Builder>();
  const findBuilders = (q: Sql): void =>
    q.parts.forEach((p) => (p instanceof Builder ? builders.add(p) : p instanceof Sql ? findBuilders(p) : undefined));
  findBuilders(query);
  const [builder, ...more] = [...builders];
  const same = (b: Builder) => b.text === builder.text && JSON.stringify(b.values) === JSON.stringify(builder.values);
  if (!more.every(same)) throw new Error('sql: one query builder per statement (their parameters would share numbers)');
  const values: unknown[] = builder ? [...builder.values] : [];
  const emit = (q: Sql): string =>
    q.parts
      .map((p) => {
        if (typeof p === 'string') return p;
        if (p instanceof Sql) return emit(p);
        if (p instanceof Builder) return p.text;
        values.push(p.value);
        return `$${values.length}`;
      })
      .join('');
  return { text: emit(query), values };
}

/** Where a statement runs: a transaction's or the app's manager, a query runner, or a plain pg client (tooling). */
export type Db = EntityManager | DataSource | QueryRunner | ClientBase;

interface Result {
  rows: Record<string, unknown>[];
  affected: number;
}

/** Runs through TypeORM's public API: the manager's transaction runner when it has one, else a pooled runner. */
async function run(db: Db, query: Sql, named = false): Promise<Result> {
  return send(db, compile(query), named);
}

async function send(db: Db, { text, values }: { text: string; values: unknown[] }, named: boolean): Promise<Result> {
  if (db instanceof EntityManager || db instanceof DataSource) {
    const own = db instanceof EntityManager ? db.queryRunner : undefined;
    const runner = own ?? (db instanceof DataSource ? db : db.connection).createQueryRunner();
    try {
      return await send(runner, { text, values }, named);
    } finally {
      if (!own) await runner.release();
    }
  }
  if (isQueryRunner(db)) {
    if (!named) {
      const r = await db.query(text, values, true);
      return { rows: r.records as Record<string, unknown>[], affected: r.affected ?? 0 };
    }
    // A named statement needs pg's own client, which `connect()` hands out publicly for PostgreSQL.
    return send((await db.connect()) as ClientBase, { text, values }, named);
  }
  const name = named ? `q_${createHash('sha1').update(text).digest('base64url')}` : undefined;
  const r = await db.query({ name, text, values });
  return { rows: r.rows as Record<string, unknown>[], affected: r.rowCount ?? 0 };
}

const isQueryRunner = (db: Db): db is QueryRunner => 'isReleased' in db && 'manager' in db;

/** A row shape: one decoder per column the query must return (an optional key: a column some queries leave out). */
export type Shape = Record<string, Decoder<unknown> | undefined>;
export type Row<S extends Shape> = { [K in keyof S]: NonNullable<S[K]> extends Decoder<infer T> ? T : never };

/** How rows are read: a shape, or a function of the raw row that decodes it with shapes (rows of two kinds). */
export type Read = Shape | ((raw: Record<string, unknown>) => unknown);
export type Decoded<R extends Read> = R extends (raw: Record<string, unknown>) => infer T
  ? T
  : R extends Shape
    ? Row<R>
    : never;

/** Decodes a row by its shape; a missing column is a mistake in the query, so it throws. Extra columns are left. */
export function decodeRow<S extends Shape>(raw: Record<string, unknown>, shape: S): Row<S> {
  const row: Record<string, unknown> = {};
  for (const [column, decode] of Object.entries(shape)) {
    if (!decode) continue;
    if (!(column in raw)) throw new Error(`sql: column "${column}" is missing from the row`);
    row[column] = decode(raw[column], column);
  }
  return row as Row<S>;
}

const decode = <R extends Read>(raw: Record<string, unknown>, read: R) =>
  (typeof read === 'function' ? read(raw) : decodeRow(raw, read)) as Decoded<R>;

/** Every row, decoded. */
export async function many<R extends Read>(db: Db, query: Sql, read: R): Promise<Decoded<R>[]> {
  return (await run(db, query)).rows.map((r) => decode(r, read));
}

/** The row, or null when there is none; more than one is a mistake. */
export async function maybeOne<R extends Read>(db: Db, query: Sql, read: R): Promise<Decoded<R> | null> {
  const { rows } = await run(db, query);
  if (rows.length > 1) throw new Error(`sql: expected at most one row, got ${rows.length}`);
  return rows.length ? decode(rows[0], read) : null;
}

/** Exactly one row (an aggregate, a RETURNING of one insert). */
export async function one<R extends Read>(db: Db, query: Sql, read: R): Promise<Decoded<R>> {
  const { rows } = await run(db, query);
  if (rows.length !== 1) throw new Error(`sql: expected one row, got ${rows.length}`);
  return decode(rows[0], read);
}

/** A statement run for its effect; the number of rows it inserted, updated or deleted. */
export async function exec(db: Db, query: Sql): Promise<number> {
  return (await run(db, query)).affected;
}

/**
 * Every row, from a statement PostgreSQL parses and plans once per connection, then only executes: for a list query
 * with CTEs and joins, planning costs about as much as executing. The statement is named after its text, so the text
 * must carry only the query's shape (every value a parameter), or each call would leave a new one on the connection.
 */
export async function prepared<R extends Read>(db: Db, query: Sql, read: R): Promise<Decoded<R>[]> {
  return (await run(db, query, true)).rows.map((r) => decode(r, read));
}
