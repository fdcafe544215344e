import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type request from 'supertest';
import { BackupService, backupName, takeBackup } from '../../src/backup/backup.service';
import { DatabaseNotEmpty, restoreArchive } from '../../src/backup/restore';
import { demo, startTestApp, type TestApp } from '../support/app';
import { admin, createEmptyDatabase, tableDigests } from '../support/database';
import { discoverRoutes } from '../support/routes';

jest.setTimeout(120_000);

/** Answers that depend on the process or on the moment, not on the data: left out of the comparison. */
const PER_PROCESS = ['/api/health', '/api/health/live', '/api/health/ready', '/api/metrics', '/api/backups/status'];
/**
 * The test signs in on both sides at different moments: what that writes is not the data under comparison; nor is
 * the last backup the home shows, which is each process's own (as `/api/backups/status`).
 */
const NOT_COMPARED = new Set(['lastLoginAt', 'lastBackupAt']);
const withoutSignIns = (body: unknown) =>
  JSON.parse(JSON.stringify(body, (key, value: unknown) => (NOT_COMPARED.has(key) ? undefined : value)));

/** Collects a binary answer (supertest only buffers text and JSON by itself). */
const bytes = (res: request.Response, done: (e: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('backup and restore', () => {
  let t: TestApp;
  let restored: TestApp | undefined;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'maillage-backups-'));

  beforeAll(async () => {
    t = await startTestApp({ BACKUP_DIR: dir, BACKUP_KEEP: '3' });
  });
  afterAll(async () => {
    await restored?.close();
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes a backup of a running demo that, restored into an empty database, gives the same data and the same API answers', async () => {
    // An uploaded file, so that the comparison covers evidence (kept in the database); over a megabyte, so that the
    // dump's rows outgrow the client's read buffer.
    const copil = await t.as(demo.copil);
    const [colibris] = await t.db.query(`SELECT id FROM organisations WHERE name ILIKE '%colibris%'`);
    const { id } = (
      await copil
        .post('/api/contributions', {
          organisationId: colibris.id,
          type: 'working_time',
          unit: 'hour',
          startsOn: '2026-11-03',
          quantity: 3,
          description: 'Atelier',
        })
        .expect(201)
    ).body;
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(1_500_000)]);
    await copil
      .put(`/api/contributions/${id}/evidence`, {
        fileName: 'convention.pdf',
        contentType: 'application/pdf',
        data: pdf.toString('base64'),
      })
      .expect(200);

    const outcome = await t.app.get(BackupService).backupOnce();
    expect(outcome).toMatchObject({ ran: true, ok: true });
    const [file] = readdirSync(dir);
    expect(file).toMatch(/^maillage-\d{8}-\d{6}Z\.dump$/);

    const target = await createEmptyDatabase('restore');
    await restoreArchive(target.url, path.join(dir, file));
    // Every row of every table, before anyone signs in again (that writes sessions and the audit log); the backup's
    // own run was recorded as running at the time of the dump, and finished after it.
    const digests = async (url: string) => ({ ...(await tableDigests(url)), scheduled_job_runs: undefined });
    expect(await digests(target.url)).toEqual(await digests(t.config.DATABASE_URL!));

    const status = (await (await t.as(demo.admin)).get('/api/backups/status').expect(200)).body;
    expect(status).toMatchObject({ daily: false, keep: 3, lastSuccess: { file }, lastFailure: null });
    expect(status.lastSuccess.bytes).toBeGreaterThan(100_000);

    const [{ lastAudit }] = await admin(
      target.url,
      async (c) => (await c.query('SELECT max(id)::int AS "lastAudit" FROM audit_log')).rows,
    );
    restored = await startTestApp({}, target);
    const routes = discoverRoutes(t.app)
      .map((r) => r.key)
      .filter((k) => k.startsWith('GET ') && !k.includes(':'))
      .map((k) => k.slice(4));
    // The caller's own session (/api/auth/…) and the audit log change with this test's sign-ins: the audit is compared
    // below.
    const gets = routes.filter(
      (r) => !PER_PROCESS.includes(r) && !r.startsWith('/api/audit') && !r.startsWith('/api/auth/'),
    );
    expect(gets.length).toBeGreaterThan(20);
    const differing: string[] = [];
    for (const who of [demo.admin, demo.copil]) {
      const [before, after] = [await t.as(who), await restored.as(who)];
      for (const url of gets) {
        const [a, b] = [await before.get(url), await after.get(url)];
        if (a.status !== b.status || JSON.stringify(withoutSignIns(a.body)) !== JSON.stringify(withoutSignIns(b.body)))
          differing.push(`${url} as ${who}`);
      }
    }
    expect(differing).toEqual([]);
    const evidence = await (
      await restored.as(demo.admin)
    )
      .get(`/api/contributions/${id}/evidence`)
      .buffer(true)
      .parse(bytes)
      .expect(200);
    expect((evidence.body as Buffer).equals(pdf)).toBe(true);
    // The audit log too, as far as the backup went (each side has logged its own sign-ins since).
    const auditOf = async (app: TestApp) =>
      (await (await app.as(demo.admin)).get('/api/audit?pageSize=100').expect(200)).body.items.filter(
        (e: { id: string }) => Number(e.id) <= lastAudit,
      );
    expect(await auditOf(restored)).toEqual(await auditOf(t));
  });

  it('refuses to restore over data unless forced, and a forced restore replaces everything in one transaction', async () => {
    const [file] = readdirSync(dir);
    const target = await createEmptyDatabase('force');
    try {
      await restoreArchive(target.url, path.join(dir, file));
      await expect(restoreArchive(target.url, path.join(dir, file))).rejects.toBeInstanceOf(DatabaseNotEmpty);
      // A broken archive changes nothing, even forced.
      const broken = path.join(dir, 'broken.dump');
      const { readFileSync } = await import('node:fs');
      const bytes = readFileSync(path.join(dir, file));
      writeFileSync(broken, bytes.subarray(0, Math.floor(bytes.length * 0.8)));
      const digests = await tableDigests(target.url);
      await expect(restoreArchive(target.url, broken, { force: true })).rejects.toThrow();
      expect(await tableDigests(target.url)).toEqual(digests);
      rmSync(broken);
      await restoreArchive(target.url, path.join(dir, file), { force: true });
      expect(await tableDigests(target.url)).toEqual(digests);
    } finally {
      await target.drop();
    }
  });

  it('tries the dump once more when the server drops the connection under it', async () => {
    const target = new URL(t.config.DATABASE_URL!);
    let connections = 0;
    // In front of the database: pg_dump's first connection (the second: the first asks the server's version) is cut
    // once the server has begun to answer; the others pass.
    const proxy = net.createServer((client) => {
      connections += 1;
      const server = net.connect(Number(target.port || 5432), target.hostname);
      client.pipe(server);
      if (connections === 2) server.once('data', () => (client.destroy(), server.destroy()));
      else server.pipe(client);
      client.on('error', () => server.destroy());
      server.on('error', () => client.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const via = new URL(target);
    via.hostname = '127.0.0.1';
    via.port = String((proxy.address() as net.AddressInfo).port);
    const retryDir = mkdtempSync(path.join(os.tmpdir(), 'maillage-backups-retry-'));
    try {
      const backup = await takeBackup(via.toString(), retryDir);
      expect(backup.bytes).toBeGreaterThan(0);
      expect(connections).toBe(4);
    } finally {
      proxy.close();
      rmSync(retryDir, { recursive: true, force: true });
    }
  });

  it('keeps the newest BACKUP_KEEP dated files and no other', async () => {
    const old = ['2020-01-01T03:30:00Z', '2020-01-02T03:30:00Z', '2020-01-03T03:30:00Z'].map((d) =>
      backupName(new Date(d)),
    );
    for (const f of old) writeFileSync(path.join(dir, f), 'old');
    writeFileSync(path.join(dir, 'notes.txt'), 'not a backup');
    await takeBackup(t.config.DATABASE_URL!, dir, 3);
    const left = readdirSync(dir).sort();
    expect(left).toHaveLength(4);
    expect(left).toContain('notes.txt');
    expect(left.filter((f) => f.startsWith('maillage-2020'))).toEqual(
      old.slice(2).filter((f) => existsSync(path.join(dir, f))),
    );
  });

  it('runs the daily backup only when BACKUP_DAILY is on', async () => {
    const before = readdirSync(dir).length;
    await t.app.get(BackupService).daily();
    expect(readdirSync(dir)).toHaveLength(before);
  });
});
