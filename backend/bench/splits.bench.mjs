// Timing of a fund split among 1 000 organisations with 100 000 contributions. Not a test: it prints figures measured
// in one run, each beside a baseline measured in the same run:
//   - the database aggregation (the contributions module's SQL, through the splits adapter) against the same GROUP BY
//     sent bare through pg, and against loading the rows and summing them in JS (what the aggregation avoids);
//   - the split itself (exact, BigInt, floors and caps, largest remainder) against a naive floating-point share;
//   - the whole simulation as the editor asks for it (POST /api/splits/simulate) against its two parts.
// Needs a built backend (npm run bench:splits builds it) and a PostgreSQL server:
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:splits -w backend
// Env: BENCH_PORT (3362), BENCH_RUNS (20), BENCH_KEEP_DB=1 to keep the database.
import { createRequire } from 'node:module';
import pg from 'pg';
import { benchDatabase } from './bench-database.mjs';

const require = createRequire(import.meta.url);
const dist = (p) => require(`../dist/${p}`);
const { loadConfig } = dist('config/app-config');
const { createApp } = dist('app.factory');
const { dataSourceOptions } = dist('database/data-source');
const { ContributionTotalsService } = dist('modules/contributions/contribution-totals.service');
const { ContributionTotalsAdapter } = dist('modules/splits/contribution-totals.adapter');
const { computeSplit } = dist('modules/splits/engine');
const { SplitCalculator } = dist('modules/splits/split-calculator.service');
const { DataSource } = require('typeorm');

const PORT = Number(process.env.BENCH_PORT ?? 3362);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const ORGANISATIONS = 1_000;
const CONTRIBUTIONS = 100_000;
const PERIOD = { from: '2025-01-01', to: '2025-12-31' };
const WEIGHTS = {
  working_time: 10_000,
  room: 10_000,
  financial_participation: 5_000,
  financial_management: 10_000,
  hosting_tools: 5_000,
  other: 10_000,
};
const TOTAL_CENTS = 25_000_000;

const db = benchDatabase('maillage_bench_splits');
const dbName = db.name;
const dbUrl = db.url;
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const log = (...a) => console.log(...a);

/** Median and max of `runs` timed calls, after one warm-up call. */
async function time(fn, runs = RUNS) {
  await fn();
  const t = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    t.push(ms(t0));
  }
  t.sort((a, b) => a - b);
  return { median: t[runs >> 1], max: t[runs - 1] };
}
const show = (label, r) =>
  log(`  ${label.padEnd(62)} median ${r.median.toFixed(2).padStart(8)} ms   max ${r.max.toFixed(2).padStart(8)} ms`);
const ratio = (a, b, what) => log(`  ${''.padEnd(62)} ${(a.median / b.median).toFixed(2)}× ${what}`);

async function prepare() {
  const t0 = process.hrtime.bigint();
  const c = await db.create({ organisations: ORGANISATIONS, contributions: CONTRIBUTIONS });
  const [{ orgs }] = (await c.query('SELECT count(*)::int AS orgs FROM organisations')).rows;
  const [{ n }] = (await c.query('SELECT count(*)::int AS n FROM contributions')).rows;
  const [{ inPeriod }] = (
    await c.query(
      `SELECT count(*)::int AS "inPeriod" FROM contributions WHERE status = 'validated' AND starts_on BETWEEN $1 AND $2`,
      [PERIOD.from, PERIOD.to],
    )
  ).rows;
  await c.end();
  log(
    `database ${dbName}: ${orgs} organisations, ${n} contributions (${inPeriod} validated in ${PERIOD.from.slice(0, 4)}), prepared in ${(ms(t0) / 1000).toFixed(1)} s\n`,
  );
}

/**
 * The same share as the engine's, the naive way: floats, Math.round, no floors or caps; its sum drifts from the total.
 */
function naiveSplit(total, weights) {
  const sum = weights.reduce((a, w) => a + w, 0);
  return weights.map((w) => Math.round((total * w) / sum));
}

async function main() {
  await prepare();
  const ds = new DataSource(dataSourceOptions(dbUrl, 4));
  await ds.initialize();
  const orgIds = (await ds.query('SELECT id FROM organisations ORDER BY name')).map((r) => r.id);
  const adapter = new ContributionTotalsAdapter(new ContributionTotalsService(ds));
  const filter = { organisationIds: orgIds, ...PERIOD, types: null };

  log(
    `Database aggregation: validated contributions of ${PERIOD.from.slice(0, 4)} per organisation and type, for ${orgIds.length} organisations`,
  );
  const pool = new pg.Pool({ connectionString: dbUrl, max: 2 });
  const viaAdapter = await time(() => adapter.totalsByOrganisationAndType(filter));
  const bareSql = `SELECT organisation_id, type, sum(value_cents)::bigint AS cents FROM contributions
                   WHERE status = 'validated' AND organisation_id = ANY($1) AND starts_on BETWEEN $2 AND $3 GROUP BY organisation_id, type`;
  const bare = await time(() => pool.query(bareSql, [orgIds, PERIOD.from, PERIOD.to]));
  const rowsInJs = await time(
    async () => {
      const { rows } = await pool.query(
        `SELECT organisation_id, type, value_cents FROM contributions WHERE status = 'validated' AND organisation_id = ANY($1) AND starts_on BETWEEN $2 AND $3`,
        [orgIds, PERIOD.from, PERIOD.to],
      );
      const sums = new Map();
      for (const r of rows) {
        const k = `${r.organisation_id}:${r.type}`;
        sums.set(k, (sums.get(k) ?? 0n) + BigInt(r.value_cents));
      }
      return sums;
    },
    Math.max(5, RUNS >> 2),
  );
  show('splits adapter → contributions module (TypeORM, GROUP BY)', viaAdapter);
  show('baseline: the same GROUP BY, bare pg', bare);
  ratio(viaAdapter, bare, 'the bare query');
  show('baseline: loading the rows and summing in JS', rowsInJs);
  ratio(rowsInJs, viaAdapter, 'slower than aggregating in the database');

  const totals = await adapter.totalsByOrganisationAndType(filter);
  const byOrg = new Map();
  for (const t of totals) byOrg.set(t.organisationId, { ...byOrg.get(t.organisationId), [t.type]: t.valueCents });
  const participants = orgIds.map((organisationId, i) => ({
    organisationId,
    contributions: byOrg.get(organisationId) ?? {},
    // Some floors and caps, so the clamping rounds run: every 10th capped at 600 €, every 7th raised to 150 €.
    capCents: i % 10 === 0 ? 60_000 : null,
    floorCents: i % 7 === 0 ? 15_000 : null,
  }));
  const input = {
    totalCents: TOTAL_CENTS,
    rule: 'base_plus_proportional',
    baseCents: 5_000,
    typeWeights: WEIGHTS,
    setAsides: [{ label: 'Coordination', amountCents: 2_000_000 }],
    participants,
  };
  const plain = {
    totalCents: TOTAL_CENTS,
    rule: 'proportional',
    typeWeights: WEIGHTS,
    participants: participants.map(({ organisationId, contributions }) => ({ organisationId, contributions })),
  };
  const weights = plain.participants.map((p) =>
    Object.entries(p.contributions).reduce((w, [type, cents]) => w + cents * (WEIGHTS[type] / 10_000), 0),
  );

  log(
    `\nThe split itself: ${participants.length} organisations, ${totals.length} (organisation, type) totals, ${(TOTAL_CENTS / 100).toLocaleString('fr-FR')} €`,
  );
  const exact = await time(() => computeSplit(plain), RUNS * 5);
  const clamped = await time(() => computeSplit(input), RUNS * 5);
  const naive = await time(() => naiveSplit(TOTAL_CENTS, weights), RUNS * 5);
  const r = computeSplit(input);
  const drift = naiveSplit(TOTAL_CENTS, weights).reduce((a, b) => a + b, 0) - TOTAL_CENTS;
  show('engine, proportional (BigInt, largest remainder, line details)', exact);
  show(`engine, base + prorata, set-aside, floors and caps, ${r.rounds.length} round(s)`, clamped);
  show('baseline: naive float share, Math.round', naive);
  ratio(exact, naive, 'the naive share');
  log(
    `  ${''.padEnd(62)} the naive share is off by ${drift} cent(s) from the total; the engine's sums exactly: ${r.lines.reduce((a, l) => a + l.amountCents, 0) + r.setAsideCents === TOTAL_CENTS}`,
  );

  // The whole simulation as the editor asks for it, through HTTP, as the coordinator.
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
    body: JSON.stringify({ email: 'coordination@maillage.test', password: 'Maillage-demo-2026' }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = /maillage_csrf=([^;]+)/.exec(cookie)[1];
  const body = JSON.stringify({
    rule: 'base_plus_proportional',
    totalCents: TOTAL_CENTS,
    baseCents: 5_000,
    periodFrom: PERIOD.from,
    periodTo: PERIOD.to,
    typeWeights: Object.entries(WEIGHTS).map(([type, weightBp]) => ({ type, weightBp })),
    setAsides: [{ label: 'Coordination', amountCents: 2_000_000 }],
    participants: participants.map(({ organisationId, capCents, floorCents }) => ({
      organisationId,
      capCents,
      floorCents,
    })),
  });
  const simulate = async () => {
    const res = await fetch(`${base}/api/splits/simulate`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body,
    });
    if (res.status !== 200) throw new Error(`simulate: ${res.status} ${(await res.text()).slice(0, 300)}`);
    return res.json();
  };
  const http = await time(simulate, Math.max(5, RUNS >> 1));
  const answer = await simulate();
  const calculator = new SplitCalculator(ds, adapter, { grants: async () => [], grantedGrants: async () => [] });
  const parameters = JSON.parse(body);
  const calc = await time(() => calculator.compute(parameters, 'fr'), Math.max(5, RUNS >> 1));
  log(
    `\nPOST /api/splits/simulate, ${answer.lines.length} lines (${(JSON.stringify(answer).length / 1024).toFixed(0)} KB of JSON, an explanation per line)`,
  );
  show('whole request (validation, checks, aggregation, engine, wording, JSON)', http);
  show('the calculator alone (checks, aggregation, engine, wording)', calc);
  log(
    `  ${''.padEnd(62)} of the request: aggregation ≈ ${((100 * viaAdapter.median) / http.median).toFixed(0)} %, split ≈ ${((100 * clamped.median) / http.median).toFixed(0)} %, calculator ≈ ${((100 * calc.median) / http.median).toFixed(0)} %`,
  );

  await app.close();
  await pool.end();
  await ds.destroy();
  await db.drop();
}

main().catch(async (e) => {
  console.error(e);
  await db.drop();
  process.exit(1);
});
