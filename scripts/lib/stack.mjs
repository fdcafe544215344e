// Builds what is stale and runs the whole stack (mail catcher, API, UI) as child processes.
// Used by `npm start` (demo) and by `npm test` (browser tests against a fresh database).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** Ports nothing listens on right now (the system picks them), so two checkouts can run their tests side by side. */
export async function freePorts(count) {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise((resolve, reject) => {
          const server = net.createServer().once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => server.address().port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** Newest modification time under the given paths (files only), skipping build outputs. */
function newest(paths) {
  let max = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const e of readdirSync(p))
        if (!['node_modules', 'dist', '.next', 'test-results'].includes(e)) walk(path.join(p, e));
    } else max = Math.max(max, s.mtimeMs);
  };
  paths.forEach((p) => walk(path.join(root, p)));
  return max;
}

const targets = [
  { name: 'emails', output: 'emails/dist/index.js', inputs: ['emails/src', 'emails/package.json'] },
  { name: 'backend', output: 'backend/dist/main.js', inputs: ['backend/src', 'backend/package.json', 'emails/src'] },
  {
    name: 'frontend',
    output: 'frontend/.next/BUILD_ID',
    inputs: ['frontend/src', 'frontend/next.config.ts', 'frontend/package.json', 'emails/src'],
  },
];

/** Runs `npm run build` in each workspace whose sources are newer than its last build. */
export function buildStale(log = console.log, names = targets.map((t) => t.name)) {
  for (const t of targets.filter((x) => names.includes(x.name))) {
    const out = path.join(root, t.output);
    if (existsSync(out) && statSync(out).mtimeMs >= newest(t.inputs)) continue;
    log(`building ${t.name}…`);
    const r = spawnSync('npm', ['run', 'build', '-w', t.name], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`build of ${t.name} failed`);
  }
}

async function waitFor(url, child, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * Starts the mail catcher (unless SMTP_URL is set), the API (which starts its embedded PostgreSQL unless
 * DATABASE_URL is set, migrates and seeds) and the UI. Resolves when all answer.
 */
export async function startStack({ apiPort, uiPort, smtpPort, mailUiPort, env = {}, quiet = false }) {
  const children = [];
  const stdio = quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit';
  const run = (cmd, args, opts) => {
    const child = spawn(cmd, args, { cwd: root, stdio, ...opts });
    children.push(child);
    return child;
  };
  const stop = async () => {
    for (const c of children.reverse()) if (c.exitCode === null) c.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once('exit', r)))));
  };
  try {
    // An empty SMTP_URL in `env` asks for the local catcher even when the environment names a server.
    let smtpUrl = 'SMTP_URL' in env ? env.SMTP_URL : process.env.SMTP_URL;
    if (!smtpUrl) {
      const maildev = run(
        bin('maildev'),
        [
          '--ip',
          '127.0.0.1',
          '--web-ip',
          '127.0.0.1',
          '-s',
          String(smtpPort),
          '-w',
          String(mailUiPort),
          '--max-emails',
          '500',
          '--silent',
        ],
        {},
      );
      await waitFor(`http://127.0.0.1:${mailUiPort}/`, maildev);
      smtpUrl = `smtp://127.0.0.1:${smtpPort}`;
    }
    const api = run('node', ['backend/dist/main.js'], {
      env: { ...process.env, PORT: String(apiPort), APP_URL: `http://localhost:${uiPort}`, ...env, SMTP_URL: smtpUrl },
    });
    await waitFor(`http://127.0.0.1:${apiPort}/api/health`, api);
    // server.mjs: Next behind the layer that sets the client address and the security headers.
    const ui = run('node', ['server.mjs'], {
      cwd: path.join(root, 'frontend'),
      env: {
        ...process.env,
        PORT: String(uiPort),
        HOSTNAME: '127.0.0.1',
        API_URL: `http://127.0.0.1:${apiPort}`,
        APP_URL: `http://localhost:${uiPort}`,
        NODE_ENV: 'production',
      },
    });
    await waitFor(`http://127.0.0.1:${uiPort}/login`, ui);
    return { children, stop, smtpUrl, mailUi: `http://127.0.0.1:${mailUiPort}` };
  } catch (e) {
    await stop();
    throw e;
  }
}
