// `npm test`: every test of the project — emails, backend unit + API e2e (real PostgreSQL), then the
// browser tests (Playwright + Debian chromium) against the whole stack on a fresh database.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkCompose } from './compose-check.mjs';
import { ensureChromium } from './lib/browser.mjs';
import { ensureDovecot, ensurePoppler } from './lib/dovecot.mjs';
import { buildStale, freePorts, root, startStack } from './lib/stack.mjs';

ensureChromium();
ensureDovecot();
ensurePoppler();

const totals = { passed: 0, failed: 0, skipped: 0 };
const results = mkdtempSync(path.join(os.tmpdir(), 'maillage-test-'));
let failed = false;

function step(name, cmd, args, opts = {}) {
  console.log(`\n━━ ${name}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (r.status !== 0) failed = true;
  return r.status === 0;
}

function countJest(file) {
  try {
    const j = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += j.numPassedTests;
    totals.failed += j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0);
    totals.skipped += j.numPendingTests;
  } catch {
    totals.failed += 1;
  }
}

// Everything built first: the backend's tests load the emails package from its build.
buildStale();
// The UI's client and docs/openapi.json are generated from the backend's declared contract: stale copies fail.
step('API contract', 'node', ['scripts/api-contract.mjs', '--check']);
// The lint (eslint.config.mjs: types, React/Next, no import cycles, the layering) with zero warnings; counted as one
// test.
if (step('lint', 'npm', ['run', 'lint'])) totals.passed += 1;
else totals.failed += 1;
step('emails', 'npm', ['test', '-w', 'emails', '--', '--json', `--outputFile=${results}/emails.json`]);
countJest(`${results}/emails.json`);
// Every server of the run on ports free right now: another checkout's tests may be running on this machine.
const [testPgPort, pgPort, apiPort, uiPort, smtpPort, mailUiPort, helloAssoPort] = await freePorts(7);
step(
  'backend (unit and API e2e against PostgreSQL)',
  'npm',
  ['test', '-w', 'backend', '--', '--json', `--outputFile=${results}/backend.json`],
  {
    env: { ...process.env, TEST_EMBEDDED_PG_PORT: process.env.TEST_EMBEDDED_PG_PORT ?? String(testPgPort) },
  },
);
countJest(`${results}/backend.json`);

console.log("\n━━ compose: its services' processes and health checks, without a container engine");
try {
  await checkCompose();
  totals.passed += 1;
} catch (e) {
  console.error(`compose: ${e.message}`);
  totals.failed += 1;
}

console.log('\n━━ browser tests (Playwright, Debian chromium)');
// Inside the project (not a private temp dir): the embedded server runs as the postgres user when we are root.
const dataDir = path.join(root, 'data', `e2e-${Date.now().toString(36)}`);
let dbEnv = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort) };
if (process.env.DATABASE_URL) {
  // A fresh database on that server, so the demo data is the known starting point.
  const url = new URL(process.env.DATABASE_URL);
  const name = `maillage_e2e_${Date.now().toString(36)}`;
  spawnSync(
    'node',
    [
      '-e',
      `const {Client}=require('pg');const c=new Client(${JSON.stringify(url.toString())});c.connect().then(()=>c.query('CREATE DATABASE "${name}"')).then(()=>c.end())`,
    ],
    { cwd: path.join(root, 'backend'), stdio: 'inherit' },
  );
  url.pathname = `/${name}`;
  dbEnv = { DATABASE_URL: url.toString() };
}
// HelloAsso is a local fixture server (backend/test/support/helloasso-fixture.ts) that the donations browser spec
// starts on this port with the orders it expects: the API is pointed at it, no call leaves the machine.
const helloAssoUrl = `http://127.0.0.1:${helloAssoPort}`;
const helloAssoEnv = {
  HELLOASSO_API_URL: helloAssoUrl,
  HELLOASSO_CLIENT_ID: 'fixture-client-id',
  HELLOASSO_CLIENT_SECRET: 'fixture-client-secret',
  HELLOASSO_ORGANIZATION_SLUG: 'reseau-faire-systeme',
};
const stack = await startStack({
  apiPort,
  uiPort,
  smtpPort,
  mailUiPort,
  quiet: true,
  env: { ...dbEnv, ...helloAssoEnv, LOG_LEVEL: 'error', SMTP_URL: '' },
});
try {
  step('playwright', 'npx', ['playwright', 'test'], {
    cwd: path.join(root, 'frontend'),
    env: {
      ...process.env,
      E2E_BASE_URL: `http://127.0.0.1:${uiPort}`,
      E2E_API_URL: `http://127.0.0.1:${apiPort}`,
      E2E_MAIL_URL: stack.mailUi,
      E2E_HELLOASSO_URL: helloAssoUrl,
      PLAYWRIGHT_JSON_OUTPUT_NAME: `${results}/browser.json`,
    },
  });
  try {
    const s = JSON.parse(readFileSync(`${results}/browser.json`, 'utf8')).stats;
    totals.passed += s.expected;
    totals.failed += s.unexpected;
    totals.skipped += s.skipped;
  } catch {
    totals.failed += 1;
  }
} finally {
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(results, { recursive: true, force: true });
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failed || totals.failed > 0 ? 1 : 0);
