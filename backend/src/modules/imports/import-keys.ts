import type { EntityManager } from 'typeorm';
import { exec, many, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';

/** A row's natural keys, in file order. */
export interface KeyedRow {
  line: number;
  keys: string[];
}

/** A row refused as a duplicate: the key it repeats and the earlier line that has it. */
export interface Duplicate {
  key: string;
  first: number;
}

/**
 * The natural keys met so far in one pass over a file, kept in a temporary table of the pass's transaction rather than
 * in memory (a 100 000-row file would otherwise hold 100 000 keys): each batch looks its keys up there in one
 * statement and adds its own in another. The table goes with the transaction, committed or rolled back.
 */
export async function keyRegister(em: EntityManager) {
  await exec(em, sql`CREATE TEMPORARY TABLE import_keys (key text PRIMARY KEY, line integer NOT NULL) ON COMMIT DROP`);
  return {
    /** The duplicates among `rows` (by line), against earlier batches and earlier rows; records the others' keys. */
    async claim(rows: KeyedRow[]): Promise<Map<number, Duplicate>> {
      const earlier = await many(
        em,
        sql`SELECT key, line FROM pg_temp.import_keys WHERE key = ANY(${rows.flatMap((r) => r.keys)}::text[])`,
        { key: col.text, line: col.int },
      );
      const known = new Map(earlier.map((e) => [e.key, e.line]));
      const added = new Map<string, number>();
      const duplicates = new Map<number, Duplicate>();
      for (const { line, keys } of rows) {
        const key = keys.find((k) => known.has(k) || added.has(k));
        if (key !== undefined) duplicates.set(line, { key, first: known.get(key) ?? added.get(key)! });
        else for (const k of keys) added.set(k, line);
      }
      if (added.size)
        await exec(
          em,
          sql`INSERT INTO pg_temp.import_keys (key, line)
              SELECT * FROM unnest(${[...added.keys()]}::text[], ${[...added.values()]}::int[])`,
        );
      return duplicates;
    },
  };
}
