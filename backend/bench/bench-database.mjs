// The database both benchmarks measure against: a fresh one on DATABASE_URL's server, migrated, with the demo data,
// then filled up to N organisations and M contributions (2024-01-01 … 2026-11-20, six types, 85 % validated,
// values = quantity × a plausible rate, unevenly spread over organisations). Needs a built backend.
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);
const { runMigrations } = require('../dist/database/prepare');
const { seedDemoData } = require('../dist/database/seed/seed');

export function benchDatabase(prefix) {
  const serverUrl = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const name = `${prefix}_${Date.now().toString(36)}`;
  const adminUrl = new URL(serverUrl);
  adminUrl.pathname = '/postgres';
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = async (sql) => {
    const c = new pg.Client({ connectionString: adminUrl.toString() });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };

  return {
    name,
    url: url.toString(),
    /** Creates and fills the database; returns a connected client on it (the caller ends it). */
    async create({ organisations, contributions }) {
      await admin(`CREATE DATABASE "${name}"`);
      await runMigrations(url.toString());
      await seedDemoData(url.toString());
      const c = new pg.Client({ connectionString: url.toString() });
      await c.connect();
      await c.query(
        `INSERT INTO organisations (name, kind, membership_status, has_copil_seat, territory)
        SELECT 'Organisation membre ' || i, (ARRAY['association','cooperative','collective','public_body'])[1 + i % 4], 'member', i % 3 = 0, 'Territoire ' || (i % 20)
        FROM generate_series(1, $1 - (SELECT count(*) FROM organisations)) i`,
        [organisations],
      );
      await c.query(
        `
        WITH o AS (SELECT array_agg(id ORDER BY id) AS ids FROM organisations),
             a AS (SELECT array_agg(id ORDER BY id) AS ids FROM accounts),
             t AS (SELECT ARRAY['working_time','room','financial_participation','financial_management','hosting_tools','other'] AS types,
                          ARRAY['hour','room_day','euro','day','month','unit'] AS units, ARRAY[1850,25000,100,32000,4000,5000] AS rates)
        INSERT INTO contributions (organisation_id, entered_by_id, type, unit, starts_on, ends_on, quantity, rate_cents, value_cents, description, status, submitted_at, reviewed_at)
        SELECT o.ids[1 + ((i * 7919) % array_length(o.ids, 1) * (1 + i % 3)) % array_length(o.ids, 1)], a.ids[1 + i % array_length(a.ids, 1)],
               t.types[1 + i % 6], t.units[1 + i % 6], d, d, 1 + i % 8, t.rates[1 + i % 6], (1 + i % 8) * t.rates[1 + i % 6],
               'Contribution générée n° ' || i,
               CASE WHEN i % 100 < 85 THEN 'validated' WHEN i % 100 < 90 THEN 'submitted' WHEN i % 100 < 97 THEN 'draft' ELSE 'rejected' END,
               CASE WHEN i % 100 < 90 OR i % 100 >= 97 THEN d + 3 END, CASE WHEN i % 100 < 85 OR i % 100 >= 97 THEN d + 7 END
        FROM generate_series(1, $1) i, o, a, t, LATERAL (SELECT DATE '2024-01-01' + (i * 37) % 1055 AS d) day`,
        [contributions],
      );
      await c.query('VACUUM ANALYZE');
      return c;
    },
    /** Unless BENCH_KEEP_DB is set. */
    async drop() {
      if (!process.env.BENCH_KEEP_DB)
        await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
    },
  };
}
