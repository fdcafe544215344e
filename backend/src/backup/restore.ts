import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { CustomArchive, type ArchiveHeader } from './archive';
import { exec, many, one, sql } from '../database/sql';
import { col } from '../database/sql-columns';

export class DatabaseNotEmpty extends Error {
  constructor(readonly relations: number) {
    super(
      `the database is not empty (${relations} tables, indexes, sequences or views): restore into an empty one, or pass --force to replace everything in it`,
    );
  }
}

/**
 * Entries a restore into an existing database leaves out, as `pg_restore --no-owner --no-acl` without --create does.
 */
const SKIPPED = new Set([
  'DATABASE',
  'DATABASE PROPERTIES',
  'ACL',
  'DEFAULT ACL',
  'ENCODING',
  'STDSTRINGS',
  'SEARCHPATH',
]);
/** Settings pg_restore applies before anything else, so that definitions replay as they were dumped. */
const SESSION = sql`SET statement_timeout = 0; SET lock_timeout = 0; SET idle_in_transaction_session_timeout = 0;
  SET check_function_bodies = false; SET xmloption = content; SET client_min_messages = warning; SET row_security = off`;

export interface RestoreResult {
  archive: ArchiveHeader;
  tables: number;
  entries: number;
}

/** Relations (tables, sequences, views…) outside PostgreSQL's own schemas. */
async function userRelations(c: Client): Promise<number> {
  const { n } = await one(
    c,
    sql`SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'`,
    { n: col.int },
  );
  return n;
}

/**
 * Restores a custom-format archive into the database of `url`, in one transaction: it all goes in, or nothing does.
 * The database must be empty; `force` first drops every schema of its own (everything the app stored).
 */
export async function restoreArchive(
  url: string,
  file: string,
  opts: { force?: boolean } = {},
): Promise<RestoreResult> {
  const archive = await CustomArchive.open(file);
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const relations = await userRelations(c);
    if (relations > 0 && !opts.force) throw new DatabaseNotEmpty(relations);
    await exec(c, sql`BEGIN`);
    if (relations > 0) {
      const schemas = await many(
        c,
        sql`SELECT nspname FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%'`,
        { nspname: col.text },
      );
      for (const { nspname } of schemas) await exec(c, sql`DROP SCHEMA ${sql.id(nspname)} CASCADE`);
      await exec(c, sql`CREATE SCHEMA public`);
    }
    await exec(c, SESSION);
    // Encoding, string syntax and search path as the dump recorded them. Here and below, the archive's own SQL is
    // replayed as pg_restore does: statements of the dump, not queries of the app, so they go to the client as read.
    for (const e of archive.toc.filter((t) => ['ENCODING', 'STDSTRINGS', 'SEARCHPATH'].includes(t.desc)))
      await c.query(e.defn);
    let tables = 0;
    let entries = 0;
    for (const entry of archive.toc) {
      if (SKIPPED.has(entry.desc) || (entry.desc === 'COMMENT' && entry.tag.startsWith('DATABASE '))) continue;
      if (entry.desc === 'TABLE DATA') {
        if (entry.dataOffset === null || !entry.copyStmt) continue;
        await pipeline(archive.data(entry), c.query(copyFrom(entry.copyStmt)));
        tables++;
      } else if (entry.defn.trim()) {
        await c.query(entry.defn);
      } else {
        continue;
      }
      entries++;
    }
    await exec(c, sql`COMMIT`);
    return { archive: archive.header, tables, entries };
  } finally {
    // On a failure, closing the connection rolls the transaction back (a ROLLBACK could not wait for a broken COPY).
    await c.end();
    await archive.close();
  }
}
