// Makes the fixture of test/e2e/upgrade.e2e-spec.ts: the demo database as an earlier commit created it, and what that
// commit's API answered about it.
//   node backend/test/upgrade/make-fixture.mjs <commit>        (from the repository root; ~5 minutes)
// It checks the commit out in a temporary worktree, installs and builds it, starts its API on an embedded PostgreSQL
// with the demo data, records the answers of its GET routes for two roles, takes a backup with today's pg_dump, and
// writes both here (replacing the previous fixture). Refresh it when the upgrade path worth testing moves.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePorts } from '../../../scripts/lib/stack.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const backend = path.resolve(here, '..', '..');
const root = path.resolve(backend, '..');
const commit = execFileSync('git', ['rev-parse', '--short', process.argv[2] ?? ''], {
  cwd: root,
  encoding: 'utf8',
}).trim();
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: 'inherit' });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Today's pg_dump (the fixture is restored by today's code, as a user's backup would be).
const today = path.join(backend, 'node_modules', '.cache', 'maillage-fixture');
run(
  path.join(root, 'node_modules', '.bin', 'swc'),
  ['src', '-d', today, '--config-file', '.swcrc', '--strip-leading-paths', '-q'],
  backend,
);
const { pgDump } = createRequire(import.meta.url)(path.join(today, 'backup', 'pg-dump.js'));

const tree = mkdtempSync(path.join(os.tmpdir(), `maillage-${commit}-`));
run('git', ['worktree', 'add', '--detach', tree, commit], root);
let api;
try {
  run('npm', ['ci', '--no-audit', '--no-fund'], tree);
  run('npm', ['run', 'build', '-w', 'emails'], tree);
  run('npm', ['run', 'build', '-w', 'backend'], tree);
  const [pgPort, apiPort] = await freePorts(2);
  api = spawn('node', ['backend/dist/main.js'], {
    cwd: tree,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATA_DIR: path.join(tree, 'data'),
      EMBEDDED_PG_PORT: String(pgPort),
      PORT: String(apiPort),
      LOG_LEVEL: 'error',
      NEWSLETTER_WORKER: 'false',
      SEED_DEMO: 'true',
    },
  });
  const base = `http://127.0.0.1:${apiPort}`;
  while (!(await fetch(`${base}/api/health`).catch(() => null))?.ok) await sleep(300);

  const paths = Object.entries((await (await fetch(`${base}/api/docs-json`)).json()).paths)
    .filter(([p, ops]) => ops.get && !p.includes('{') && !/^\/api\/(health|auth|audit|metrics|backups)/.test(p))
    .map(([p]) => p);
  const answers = {};
  for (const who of ['admin@maillage.test', 'copil.colibris@maillage.test']) {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: who, password: 'Maillage-demo-2026' }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    answers[who] = {};
    for (const p of paths) {
      const res = await fetch(`${base}${p}`, { headers: { cookie } });
      if (res.ok && res.headers.get('content-type')?.includes('json')) answers[who][p] = await res.json();
    }
  }
  for (const f of readdirSync(here).filter((f) => /^(earlier|answers)-.*\.(dump|json)$/.test(f)))
    rmSync(path.join(here, f));
  const dump = path.join(here, `earlier-${commit}.dump`);
  const { bytes } = await pgDump(`postgres://postgres:postgres@127.0.0.1:${pgPort}/maillage`, dump);
  writeFileSync(path.join(here, `answers-${commit}.json`), `${JSON.stringify({ commit, answers }, null, 1)}\n`);
  console.log(`fixture of ${commit}: ${dump} (${bytes} bytes), ${paths.length} routes × 2 roles recorded`);
} finally {
  if (api && api.exitCode === null) {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
  }
  run('git', ['worktree', 'remove', '--force', tree], root);
}
