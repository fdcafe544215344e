import { col } from './sql-columns';
import { compile, decodeRow, sql } from './sql';

const builder = (text: string, values: unknown[]) => ({
  getQueryAndParameters: (): [string, unknown[]] => [text, values],
});

describe('sql', () => {
  it('numbers values as parameters in order, never splicing them', () => {
    const q = compile(sql`SELECT * FROM t WHERE a = ${"x'; DROP TABLE t; --"} AND b > ${3}`);
    expect(q).toEqual({ text: 'SELECT * FROM t WHERE a = $1 AND b > $2', values: ["x'; DROP TABLE t; --", 3] });
  });

  it('numbers the values of nested and joined fragments across the whole statement', () => {
    const conditions = [sql`a = ${1}`, sql`b = ${2}`, sql`c = ANY(${['x', 'y']})`];
    const where = sql`WHERE ${sql.join(conditions, sql` AND `)}`;
    const q = compile(sql`SELECT ${sql.id('total_cents')} FROM t ${where} LIMIT ${10}${sql.empty}`);
    expect(q.text).toBe('SELECT "total_cents" FROM t WHERE a = $1 AND b = $2 AND c = ANY($3) LIMIT $4');
    expect(q.values).toEqual([1, 2, ['x', 'y'], 10]);
  });

  it('joins with a comma by default', () => {
    expect(compile(sql`${sql.join([sql`${1}`, sql`${2}`])}`).text).toBe('$1, $2');
  });

  it('quotes identifiers, doubling their quotes, and refuses empty ones', () => {
    expect(compile(sql`DROP TABLE ${sql.id('x"; DROP TABLE t; --')}`).text).toBe('DROP TABLE "x""; DROP TABLE t; --"');
    expect(() => sql.id('')).toThrow(/empty/);
  });

  it("keeps a query builder's parameter numbers and appends the statement's own values after them", () => {
    const scope = sql.builder(builder('SELECT c.id FROM c WHERE c.type = $1 AND c.day >= $2', ['time', '2025-01-01']));
    const q = compile(
      sql`WITH s AS (${scope}) SELECT id FROM s WHERE id <> ${'z'} UNION SELECT id FROM (${scope}) t LIMIT ${5}`,
    );
    expect(q.text).toBe(
      'WITH s AS (SELECT c.id FROM c WHERE c.type = $1 AND c.day >= $2) SELECT id FROM s WHERE id <> $3 ' +
        'UNION SELECT id FROM (SELECT c.id FROM c WHERE c.type = $1 AND c.day >= $2) t LIMIT $4',
    );
    expect(q.values).toEqual(['time', '2025-01-01', 'z', 5]);
  });

  it('refuses two different query builders in one statement', () => {
    const a = sql.builder(builder('SELECT 1 WHERE $1', [true]));
    const b = sql.builder(builder('SELECT 2 WHERE $1', [false]));
    expect(() => compile(sql`${a} UNION ${b}`)).toThrow(/one query builder/);
    const c = sql.builder(builder('SELECT 2 WHERE $1', [false]));
    expect(() => compile(sql`${b} UNION ${c}`)).not.toThrow();
    expect(() => compile(sql`${a} UNION ${sql.builder(builder('SELECT 1 WHERE $1', [false]))}`)).toThrow(
      /one query builder/,
    );
  });
});

describe('decoding rows', () => {
  const shape = { id: col.uuid, total: col.cents, count: col.int, day: col.day, note: col.text.nullable };
  const id = '3f2b8a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';

  it("converts pg's strings once: bigint sums and counts become numbers", () => {
    const row = decodeRow({ id, total: '123456789012', count: '42', day: '2025-03-01', note: null, extra: 1 }, shape);
    expect(row).toEqual({ id, total: 123456789012, count: 42, day: '2025-03-01', note: null });
  });

  it("reads pg's date (a Date at local midnight) as its calendar day", () => {
    expect(decodeRow({ d: new Date(2025, 2, 1) }, { d: col.day }).d).toBe('2025-03-01');
  });

  it('refuses a missing column, naming it', () => {
    expect(() => decodeRow({ id, total: '1', count: 1, day: '2025-03-01' }, shape)).toThrow('column "note" is missing');
  });

  it('refuses values of the wrong kind, naming the column', () => {
    expect(() => decodeRow({ n: '4.5' }, { n: col.int })).toThrow(/column "n" should be an integer, got "4.5"/);
    expect(() => decodeRow({ n: '9007199254740993' }, { n: col.cents })).toThrow(/"n" should be an amount in cents/);
    expect(() => decodeRow({ n: null }, { n: col.int })).toThrow(/"n" should be an integer, got null/);
    expect(() => decodeRow({ id: 'nope' }, { id: col.uuid })).toThrow(/"id" should be a uuid/);
    expect(() => decodeRow({ d: '01/03/2025' }, { d: col.day })).toThrow(/"d" should be a day/);
    expect(() => decodeRow({ b: 't' }, { b: col.bool })).toThrow(/"b" should be a boolean/);
    expect(() => decodeRow({ s: 'gone' }, { s: col.oneOf(['draft', 'sent']) })).toThrow(/one of draft, sent/);
    expect(() => decodeRow({ a: [id, 'x'] }, { a: col.array(col.uuid) })).toThrow(/"a\[1\]" should be a uuid/);
  });

  it('accepts numerics, timestamps, arrays and a fixed set of strings', () => {
    const at = new Date('2025-03-01T10:00:00Z');
    const row = decodeRow(
      { q: '12.50', at, s: 'sent', ids: [id], j: { a: 1 } },
      {
        q: col.number,
        at: col.timestamp,
        s: col.oneOf(['draft', 'sent']),
        ids: col.array(col.uuid),
        j: col.json<{ a: number }>(),
      },
    );
    expect(row).toEqual({ q: 12.5, at, s: 'sent', ids: [id], j: { a: 1 } });
  });
});
