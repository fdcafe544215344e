import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

/**
 * Where the tests' databases live: the server of DATABASE_URL when it is given, otherwise an embedded
 * PostgreSQL of their own (so the tests pass on a machine without any PostgreSQL).
 */
export async function testServer(): Promise<{ adminUrl: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    return { adminUrl: url.toString(), stop: () => Promise.resolve() };
  }
  const pg = await startEmbeddedPostgres({
    dataDir: path.resolve(__dirname, '..', '..', '..', 'data', 'test-postgres'),
    port: Number(process.env.TEST_EMBEDDED_PG_PORT ?? 5434),
    database: 'postgres',
  });
  return { adminUrl: pg.url, stop: pg.stop };
}

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function admin<T>(adminUrl: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * A name no other test database has: jest loads this module afresh for each test file, so a counter would start again
 * in the same worker, and a file that could not drop its database (a hook that timed out) would break the next ones.
 */
const unique = () => randomBytes(4).toString('hex');

/** An empty database on the tests' server (a restore target), dropped by the caller. */
export async function createEmptyDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.MAILLAGE_TEST_ADMIN_URL!;
  const name = `${process.env.MAILLAGE_TEST_TEMPLATE!}_${label}_${process.pid}_${unique()}`;
  await admin(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  return {
    url: databaseUrl(adminUrl, name),
    drop: () => admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** A digest of every row of every table, by table: two databases holding the same data give the same digests. */
export async function tableDigests(url: string): Promise<Record<string, string>> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const { rows: tables } = await c.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    );
    const digests: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await c.query<{ d: string }>(
        `SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS d FROM "${name}" t`,
      );
      digests[name] = rows[0].d;
    }
    const { rows } = await c.query<{ name: string; value: string }>(
      `SELECT sequencename AS name, coalesce(last_value, 0)::text AS value FROM pg_sequences WHERE schemaname = 'public'`,
    );
    for (const { name, value } of rows) digests[`sequence ${name}`] = value;
    return digests;
  } finally {
    await c.end();
  }
}

/** A fresh database for one test file: a copy of the migrated, seeded template (fast, isolated). */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.MAILLAGE_TEST_ADMIN_URL!;
  const template = process.env.MAILLAGE_TEST_TEMPLATE!;
  const name = `${template}_w${process.env.JEST_WORKER_ID ?? 0}_${process.pid}_${unique()}`;
  await admin(adminUrl, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    url: databaseUrl(adminUrl, name),
    drop: () => admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
