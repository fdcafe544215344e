// Load test of the contributions list, and timing of the totals, on 300 organisations and 100 000 contributions.
// Not a test: it prints figures measured in one run, the API against a bare node:http + pg handler answering the
// same SQL. Needs a built backend (npm run bench:contributions builds it) and a PostgreSQL server:
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:contributions -w backend
// Env: BENCH_PORT (3311; the bare handlers listen on the next two), BENCH_SECONDS (10), BENCH_ROUNDS (3),
// BENCH_CONNECTIONS (50), BENCH_FEW_CONNECTIONS (4), BENCH_RATE_SHARE (0.5: the paced measure's rate, as a share of
// the API's saturated rate), BENCH_KEEP_DB=1 to keep the database.
import autocannon from 'autocannon';
import http from 'node:http';
import { createRequire } from 'node:module';
import pg from 'pg';
import { benchDatabase } from './bench-database.mjs';
import { pacedLoad } from './paced-load.mjs';

const require = createRequire(import.meta.url);
const dist = (p) => require(`../dist/${p}`);
const { loadConfig } = dist('config/app-config');
const { createApp } = dist('app.factory');
const { SessionService } = dist('auth/session.service');
const { defineAbilityFor } = dist('permissions/ability');
const { contributionScope, filterFromQuery, listPageSql, readPageRow } = dist(
  'modules/contributions/contribution-queries',
);
const { ContributionTotalsService } = dist('modules/contributions/contribution-totals.service');
const { dataSourceOptions } = dist('database/data-source');
const { compile } = dist('database/sql');
const { DataSource } = require('typeorm');

const PORT = Number(process.env.BENCH_PORT ?? 3311);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const FEW = Number(process.env.BENCH_FEW_CONNECTIONS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const RATE_SHARE = Number(process.env.BENCH_RATE_SHARE ?? 0.5);
const POOL = 10; // the API's default DATABASE_POOL_SIZE, given to both sides
const ORGANISATIONS = 300;
const CONTRIBUTIONS = 100_000;
const QUERY = {
  from: '2025-01-01',
  to: '2025-12-31',
  type: 'working_time',
  page: 2,
  pageSize: 20,
  sort: 'startsOn',
  order: 'desc',
};
const PATH = `/api/contributions?${new URLSearchParams(Object.entries(QUERY).filter(([k]) => k !== 'sort' && k !== 'order')).toString()}`;

const db = benchDatabase('maillage_bench');
const dbName = db.name;
const dbUrl = db.url;
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const log = (...a) => console.log(...a);

async function prepare() {
  let t0 = process.hrtime.bigint();
  const c = await db.create({ organisations: ORGANISATIONS, contributions: CONTRIBUTIONS });
  const [{ orgs }] = (await c.query('SELECT count(*)::int AS orgs FROM organisations')).rows;
  const [{ n }] = (await c.query('SELECT count(*)::int AS n FROM contributions')).rows;
  await c.end();
  log(`database ${dbName}: ${orgs} organisations, ${n} contributions (${(ms(t0) / 1000).toFixed(1)} s to prepare)`);
}

/**
 * The load comes from a worker thread (`workers: 1`), so it does not share the event loop of the server it measures.
 */
async function load(url, headers, connections = CONNECTIONS, duration = SECONDS) {
  const r = await autocannon({ url, headers, connections, duration, workers: 1 });
  if (r.non2xx || r.errors) throw new Error(`${url}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function main() {
  await prepare();
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DATABASE_URL: dbUrl,
    PORT: String(PORT),
    SEED_DEMO: 'false',
    NEWSLETTER_WORKER: 'false',
    NEWSLETTER_SECRET: 'bench-only-unsubscribe-secret-0123456789',
  });
  const app = await createApp(config, dbUrl);
  await app.listen({ port: PORT, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${PORT}`;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'copil.colibris@maillage.test', password: 'Maillage-demo-2026' }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const apiBody = await (await fetch(base + PATH, { headers: { cookie } })).json();

  // The very SQL the API runs for this copil member, built by the same functions with the same ability.
  const ds = new DataSource(dataSourceOptions(dbUrl, 2));
  await ds.initialize();
  const { user } = await app.get(SessionService).loadUser((await login.json()).user.id, 'bench');
  const ability = defineAbilityFor(user);
  const { text: sql, values: params } = compile(
    listPageSql(
      contributionScope(ds.manager, filterFromQuery(QUERY), ability),
      QUERY.sort,
      QUERY.order,
      QUERY.page,
      QUERY.pageSize,
    ),
  );

  // A floor for any server on this machine: the same page without its totals (the count and sum over every matching
  // row are most of the query's cost), answered by the bare handler on its own port.
  const pageOnlySql = sql.replace(
    'agg AS (SELECT count(*)::int AS total, coalesce(sum(value_cents), 0) AS "totalValueCents" FROM matching)',
    'agg AS (SELECT 0 AS total, 0 AS "totalValueCents")',
  );
  if (pageOnlySql === sql) throw new Error('the list query no longer has the expected totals CTE');

  const pool = new pg.Pool({ connectionString: dbUrl, max: POOL });
  const bareHandler = (text, name) => async (req, res) => {
    try {
      // The same statement, prepared once per connection, as the API runs it (`prepared` in database/sql.ts).
      const rows = (await pool.query({ name, text, values: params })).rows.map(readPageRow);
      const items = rows.flatMap((r) => (r.item ? [r.item] : []));
      const body = JSON.stringify({ items, ...rows[0].totals, page: QUERY.page, pageSize: QUERY.pageSize });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  };
  const listen = (server, port) => new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bare = http.createServer(bareHandler(sql, 'contributions-list'));
  const floor = http.createServer(bareHandler(pageOnlySql, 'contributions-page-only'));
  await listen(bare, PORT + 1);
  await listen(floor, PORT + 2);
  const bareBase = `http://127.0.0.1:${PORT + 1}`;
  const bareBody = await (await fetch(bareBase + PATH)).json();
  if (
    JSON.stringify(bareBody.items.map((i) => i.id)) !== JSON.stringify(apiBody.items.map((i) => i.id)) ||
    bareBody.total !== apiBody.total
  ) {
    throw new Error('the bare handler and the API do not answer the same page');
  }

  // Warm-up (JIT, pools, caches), then rounds that alternate the two, so a change in the machine's other load
  // weighs on both sides alike; the median round is reported.
  const sides = { api: [base + PATH, { cookie }], bare: [bareBase + PATH, {}] };
  for (const [url, headers] of Object.values(sides)) await load(url, headers, CONNECTIONS, 3);
  const rounds = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push({ api: await load(...sides.api), bare: await load(...sides.bare) });
  const floorRound = await load(`http://127.0.0.1:${PORT + 2}${PATH}`, {});
  const few = { api: await load(...sides.api, FEW), bare: await load(...sides.bare, FEW) };
  // Saturated, latency is only queueing (Little's law); at a rate the machine can carry, it is the request's own.
  const rate = Math.round(RATE_SHARE * median(rounds.map((r) => r.api.rps)));
  const atRate = ([url, headers]) => pacedLoad({ url, headers, rate, connections: CONNECTIONS, seconds: SECONDS });
  const paced = [];
  for (let i = 0; i < 2; i++) paced.push({ api: await atRate(sides.api), bare: await atRate(sides.bare) });
  await app.close();
  bare.close();
  floor.close();

  // The totals other modules ask for (a year, per organisation and type) and the API's by type and month.
  const timings = async (label, fn, runs = 20) => {
    await fn();
    const t = [];
    for (let i = 0; i < runs; i++) {
      const t0 = process.hrtime.bigint();
      await fn();
      t.push(ms(t0));
    }
    t.sort((a, b) => a - b);
    log(`${label.padEnd(58)} median ${t[runs >> 1].toFixed(1)} ms, max ${t[runs - 1].toFixed(1)} ms (${runs} runs)`);
  };
  const internal = new ContributionTotalsService(ds);
  await timings('totals, validated, 2025, per organisation and type', () =>
    internal.totals({ from: '2025-01-01', to: '2025-12-31' }, { groupBy: ['organisation', 'type'] }),
  );
  await timings('totals, validated, all years, per organisation', () =>
    internal.totals({}, { groupBy: ['organisation'] }),
  );
  await timings('totals as the copil member, 2025, per type and month', () =>
    internal.totalsFor(
      { ability },
      { from: '2025-01-01', to: '2025-12-31', groupBy: ['type', 'period'], period: 'month' },
    ),
  );
  const plan = (await pool.query(`EXPLAIN (ANALYZE, BUFFERS OFF, TIMING OFF, SUMMARY ON) ${sql}`, params)).rows.map(
    (r) => r['QUERY PLAN'],
  );

  const line = (label, r) =>
    log(`  ${label.padEnd(31)} ${r.rps.toFixed(0).padStart(6)} req/s   p50 ${r.p50} ms   p99 ${r.p99} ms`);
  log(
    `\nGET ${PATH} as a COPIL member (session cookie, permission-scoped), ${SECONDS} s per measure; page of ${apiBody.items.length}, total ${apiBody.total}`,
  );
  log(`${CONNECTIONS} connections, ${ROUNDS} rounds:`);
  rounds.forEach((r, i) => {
    log(` round ${i + 1}`);
    line('API (Nest + Fastify + TypeORM)', r.api);
    line('bare node:http + pg', r.bare);
    log(`  ratio API / bare                ${((100 * r.api.rps) / r.bare.rps).toFixed(0)} %`);
  });
  log(
    `  median ratio API / bare         ${(100 * median(rounds.map((r) => r.api.rps / r.bare.rps))).toFixed(0)} %   (aim: at least 70 %)`,
  );
  log(
    `  median p99: API ${median(rounds.map((r) => r.api.p99))} ms, bare ${median(rounds.map((r) => r.bare.p99))} ms   (aim: under 50 ms)`,
  );
  // Little's law: with every connection always waiting, the mean latency is connections / rate.
  log(
    `  (with ${CONNECTIONS} connections always busy, a p99 under 50 ms needs over ${(CONNECTIONS / 0.05).toFixed(0)} req/s, from the bare handler as well)`,
  );
  line('floor: bare, page, no totals', floorRound);
  log(`${FEW} connections:`);
  line('API (Nest + Fastify + TypeORM)', few.api);
  line('bare node:http + pg', few.bare);
  log(
    `${CONNECTIONS} connections sending ${rate} req/s in all, evenly spaced (${RATE_SHARE * 100} % of the API's median rate above; latency from the moment each request was due):`,
  );
  paced.forEach((r, i) => {
    log(` round ${i + 1}`);
    line('API (Nest + Fastify + TypeORM)', r.api);
    line('bare node:http + pg', r.bare);
  });
  log(`\nplan of the list query: ${plan.at(-1)}\n  ${plan.slice(0, 12).join('\n  ')}`);

  await pool.end();
  await ds.destroy();
  await db.drop();
}

main().catch(async (e) => {
  console.error(e);
  await db.drop();
  process.exit(1);
});
