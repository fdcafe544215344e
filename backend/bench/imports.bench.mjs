// Figures of the import flow on a people file of 2 000 (the baseline), 20 000 and 80 000 rows (upload, dry run,
// commit through the HTTP API, in this process). Not a test: it prints rows per second of each step and the peak RSS
// above the idle process during each file, so that a memory that grew with the file shows as a ratio between
// sizes. The file is written to disk and sent as a file-backed blob, so that this process (which also runs the API)
// does not hold it.
// Needs a built backend and a PostgreSQL server:
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:imports -w backend
// Env: BENCH_PORT (3363), BENCH_KEEP_DB=1 to keep the database.
import { createWriteStream, openAsBlob, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { benchDatabase } from './bench-database.mjs';

const require = createRequire(import.meta.url);
const dist = (p) => require(`../dist/${p}`);
const { loadConfig } = dist('config/app-config');
const { createApp } = dist('app.factory');

const PORT = Number(process.env.BENCH_PORT ?? 3363);
/** The first size is the baseline the others are compared with, measured in the same run (same machine, same load). */
const SIZES = [2_000, 20_000, 80_000];
const db = benchDatabase('maillage_bench_imports');
const mb = (b) => (b / 2 ** 20).toFixed(0);

const client = await db.create({ organisations: 0, contributions: 0 });
await client.end();
const config = loadConfig({
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  DATABASE_URL: db.url,
  PORT: String(PORT),
  SEED_DEMO: 'false',
  NEWSLETTER_WORKER: 'false',
  NEWSLETTER_SECRET: 'bench-only-unsubscribe-secret-0123456789',
});
const app = await createApp(config, db.url);
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
const post = async (url, body) => {
  const form = body instanceof FormData;
  const res = await fetch(`${base}${url}`, {
    method: 'POST',
    headers: { ...(form ? {} : { 'content-type': 'application/json' }), cookie, 'x-csrf-token': csrf },
    body: form ? body : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return res.json();
};

try {
  global.gc?.();
  const idle = process.memoryUsage().rss;
  console.log(`idle RSS ${mb(idle)} MB`);
  const peaks = [];
  for (const n of SIZES) {
    const file = path.join(os.tmpdir(), `maillage-bench-${process.pid}-${n}.csv`);
    const out = createWriteStream(file);
    out.write('Prénom,Nom,E-mail,Téléphone\n');
    for (let i = 0; i < n; i++)
      out.write(`P${i},Banc ${n},banc-${n}-${i}@example.org,06${String(i).padStart(8, '0')}\n`);
    out.end();
    await finished(out);
    const form = new FormData();
    form.append('file', await openAsBlob(file), `banc-${n}.csv`);
    global.gc?.();
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const step = async (fn) => {
      const t0 = performance.now();
      const r = await fn();
      return [r, (performance.now() - t0) / 1000];
    };
    const [job, tUpload] = await step(() => post('/api/imports?kind=people', form));
    rmSync(file);
    const [dry, tDry] = await step(() => post(`/api/imports/${job.id}/dry-run`, { mapping: job.mapping }));
    const [done, tCommit] = await step(() => post(`/api/imports/${job.id}/commit`, { mapping: job.mapping }));
    clearInterval(sampler);
    if (dry.created !== n || done.created !== n)
      throw new Error(`expected ${n} created, got ${dry.created}/${done.created}`);
    peaks.push(peak - idle);
    const rate = (s) => `${Math.round(n / s).toLocaleString('en')} rows/s`;
    console.log(
      `${n.toLocaleString('en')} rows: upload ${tUpload.toFixed(2)} s, dry run ${tDry.toFixed(2)} s (${rate(tDry)}), ` +
        `commit ${tCommit.toFixed(2)} s (${rate(tCommit)}), peak RSS +${mb(peak - idle)} MB over idle`,
    );
  }
  for (let i = 1; i < SIZES.length; i++)
    console.log(
      `file ×${SIZES[i] / SIZES[0]} of the baseline → peak RSS above idle ×${(peaks[i] / peaks[0]).toFixed(2)}`,
    );
  console.log(
    `${SIZES[1].toLocaleString('en')} → ${SIZES[2].toLocaleString('en')} rows: peak RSS ×${(peaks[2] / peaks[1]).toFixed(2)} ` +
      '(flat would be ×1: the file is streamed into storage and read back in slices, one batch of rows at a time)',
  );
} finally {
  await app.close();
  await db.drop();
}
