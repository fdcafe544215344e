// `npm run compose:check` (and a step of `npm test`): docker/compose.yaml checked where no container engine runs.
// Statically: services, dependencies, health checks, volumes, published ports, the backend's variables (each one the
// backend knows) and the TLS proxy's upstream. Then it runs the processes of the two images built here (backend, UI)
// as their Dockerfiles start them, with the environment compose gives them, against a local PostgreSQL (the compose
// database and credentials) and mail catcher, and runs compose's own health checks on them. Addresses of other
// services are mapped to local ports, and everything listens on loopback only.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as parseYaml } from 'js-yaml';
import { buildStale, freePorts, root } from './lib/stack.mjs';

const require = createRequire(import.meta.url);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Compose's `${VAR}`, `${VAR:-default}` and `${VAR:?message}` (required: the check fails as compose would). */
const interpolate = (value, env) =>
  String(value).replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_, name, kind, text) => {
    if (env[name]) return env[name];
    if (kind === '?') throw new Error(`compose refuses to start without ${name}: ${text}`);
    return kind === '-' ? text : '';
  });

/** WORKDIR and CMD of a Dockerfile's last stage (exec form). */
function dockerfile(file) {
  const text = readFileSync(path.join(root, file), 'utf8');
  const workdir = [...text.matchAll(/^WORKDIR\s+(\S+)/gm)].pop()[1];
  const cmd = JSON.parse([...text.matchAll(/^CMD\s+(\[.*\])/gm)].pop()[1]);
  const env = Object.fromEntries(
    [...text.matchAll(/^ENV\s+(.+)$/gm)]
      .pop()[1]
      .split(/\s+/)
      .map((kv) => kv.split('=')),
  );
  return { cwd: path.join(root, path.relative('/app', workdir)), cmd, env };
}

export function staticProblems(compose, caddyfile, knownVariables) {
  const problems = [];
  const services = compose.services;
  const declaredVolumes = new Set(Object.keys(compose.volumes ?? {}));
  for (const [name, s] of Object.entries(services)) {
    for (const [dep, { condition } = {}] of Object.entries(s.depends_on ?? {})) {
      if (!services[dep]) problems.push(`${name} depends on ${dep}, which is not a service`);
      else if (condition === 'service_healthy' && !services[dep].healthcheck)
        problems.push(`${name} waits for ${dep} to be healthy, which has no health check`);
    }
    for (const v of s.volumes ?? []) {
      const source = String(v).split(':')[0];
      if (!source.startsWith('.') && !source.startsWith('/') && !declaredVolumes.has(source))
        problems.push(`${name} mounts the undeclared volume ${source}`);
    }
    for (const p of s.ports ?? []) {
      if (name !== 'proxy' && !String(p).startsWith('127.0.0.1:'))
        problems.push(`${name} publishes ${p} beyond loopback`);
    }
  }
  for (const key of Object.keys(services.backend.environment ?? {}))
    if (!knownVariables.includes(key)) problems.push(`backend: ${key} is not a setting of the backend`);
  const upstream = /reverse_proxy\s+([\w-]+):(\d+)/.exec(caddyfile);
  if (!upstream || !services[upstream[1]])
    problems.push(`the Caddyfile proxies to ${upstream?.[1] ?? 'nothing'}, which is not a service`);
  return problems;
}

async function waitHealthy(name, child, healthcheck, map, env) {
  const [form, ...argv] = healthcheck.test;
  if (form !== 'CMD') throw new Error(`${name}: only exec-form health checks are run here`);
  const seconds = (d) => Number(/^(\d+)s$/.exec(d ?? '0s')[1]);
  const deadline =
    Date.now() +
    1000 * (seconds(healthcheck.start_period) + seconds(healthcheck.interval) * (healthcheck.retries ?? 3));
  const args = argv.map(map);
  for (;;) {
    if (spawnSync(args[0], args.slice(1), { env }).status === 0) return;
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}) before its health check passed`);
    if (Date.now() > deadline)
      throw new Error(`${name}: its health check still fails (${args.join(' ').slice(0, 160)})`);
    await sleep(1000);
  }
}

export async function checkCompose(log = console.log) {
  // What the README's docker command asks the person to provide.
  const given = { NEWSLETTER_SECRET: randomBytes(32).toString('hex'), ...process.env };
  const compose = parseYaml(readFileSync(path.join(root, 'docker', 'compose.yaml'), 'utf8'));
  const { configKeys } = require(path.join(root, 'backend', 'dist', 'config', 'app-config.js'));
  const problems = staticProblems(compose, readFileSync(path.join(root, 'docker', 'Caddyfile'), 'utf8'), configKeys());
  if (problems.length) throw new Error(problems.join('\n'));

  const { postgres, backend, frontend } = compose.services;
  const [pgPort, smtpPort, apiPort, uiPort, mailUiPort] = await freePorts(5);
  const data = mkdtempSync(path.join(root, 'data', 'compose-check-'));
  const children = [];
  let stopping = false;
  const { startEmbeddedPostgres } = require(path.join(root, 'backend', 'dist', 'database', 'embedded-postgres.js'));
  const pg = await startEmbeddedPostgres({ dataDir: path.join(data, 'postgres'), port: pgPort, database: 'postgres' });
  try {
    // The compose database: its name, user and password as the postgres service creates them.
    const { Client } = createRequire(path.join(root, 'backend', 'package.json'))('pg');
    const c = new Client({ connectionString: pg.url });
    await c.connect();
    const p = postgres.environment;
    await c.query(`CREATE ROLE "${p.POSTGRES_USER}" LOGIN PASSWORD '${p.POSTGRES_PASSWORD}'`);
    await c.query(`CREATE DATABASE "${p.POSTGRES_DB}" OWNER "${p.POSTGRES_USER}"`);
    await c.end();
    const addresses = {
      'postgres:5432': `127.0.0.1:${pgPort}`,
      'mailpit:1025': `127.0.0.1:${smtpPort}`,
      'backend:3001': `127.0.0.1:${apiPort}`,
    };
    const within = (service, port) => (s) =>
      Object.entries({ ...addresses, [`127.0.0.1:${port}`]: `127.0.0.1:${service}` }).reduce(
        (acc, [from, to]) => acc.replaceAll(from, to),
        s,
      );
    const start = (name, image, env) => {
      const child = spawn(
        image.cmd[0],
        image.cmd.slice(1).map((a) => (a === '0.0.0.0' ? '127.0.0.1' : a)),
        { cwd: image.cwd, env, stdio: ['ignore', 'ignore', 'inherit'] },
      );
      child.once('exit', (code) => code && !stopping && log(`${name} exited with ${code}`));
      children.push(child);
      return child;
    };
    children.push(
      spawn(
        path.join(root, 'node_modules', '.bin', 'maildev'),
        ['--ip', '127.0.0.1', '--web-ip', '127.0.0.1', '-s', String(smtpPort), '-w', String(mailUiPort), '--silent'],
        { stdio: 'ignore' },
      ),
    );

    const api = dockerfile('docker/backend.Dockerfile');
    const apiEnv = Object.fromEntries(
      Object.entries(backend.environment).map(([k, v]) => [k, within(apiPort, 3001)(interpolate(v, given))]),
    );
    // Loopback only on a shared machine (the container listens on all of its own interfaces).
    const apiProcessEnv = {
      PATH: process.env.PATH,
      ...api.env,
      ...apiEnv,
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      BACKUP_DIR: path.join(data, 'backups'),
      LOG_LEVEL: 'error',
    };
    const apiChild = start('backend', api, apiProcessEnv);
    await waitHealthy('backend', apiChild, backend.healthcheck, within(apiPort, 3001), apiProcessEnv);
    log('  backend: started with the compose environment, its health check passes');

    const ui = dockerfile('docker/frontend.Dockerfile');
    const uiEnv = {
      PATH: process.env.PATH,
      ...ui.env,
      ...Object.fromEntries(
        Object.entries(frontend.environment).map(([k, v]) => [k, within(uiPort, 3000)(interpolate(v, given))]),
      ),
      PORT: String(uiPort),
      HOSTNAME: '127.0.0.1',
    };
    const uiChild = start('frontend', ui, uiEnv);
    await waitHealthy('frontend', uiChild, frontend.healthcheck, within(uiPort, 3000), uiEnv);
    // Through the UI's forwarding of /api, as the proxy reaches the API.
    const me = await fetch(`http://127.0.0.1:${uiPort}/api/health`);
    if (!me.ok) throw new Error(`the UI does not forward /api to the backend (${me.status})`);
    log('  frontend: started with the compose environment, its health check passes, /api reaches the backend');
  } finally {
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(
      children.map((child) => (child.exitCode !== null ? null : new Promise((r) => child.once('exit', r)))),
    );
    await pg.stop();
    rmSync(data, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildStale();
  checkCompose().then(
    () => console.log('compose: ok'),
    (e) => {
      console.error(`compose: ${e.message}`);
      process.exit(1);
    },
  );
}
