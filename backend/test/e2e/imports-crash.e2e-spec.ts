import { spawn, type ChildProcess } from 'node:child_process';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { DEMO_PASSWORD } from '../../src/database/seed/demo-data';
import { demo } from '../support/app';
import { compileBackend } from '../support/compiled-backend';
import { createTestDatabase } from '../support/database';

jest.setTimeout(180_000);

const ROWS = 20_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The compiled API as deployed, on a fresh database, SIGKILLed in the middle of a 20 000-row commit: nothing of the
 * import is left, and the same file commits whole once the API is back.
 */
describe('an import killed midway', () => {
  let database: { url: string; drop(): Promise<void> };
  let dist: string;
  let db: Client;
  const children = new Set<ChildProcess>();

  beforeAll(async () => {
    dist = compileBackend('imports-crash');
    database = await createTestDatabase();
    db = new Client({ connectionString: database.url });
    await db.connect();
  });
  afterAll(async () => {
    for (const c of children) c.kill('SIGKILL');
    await db.end();
    await database.drop();
  });

  const startApi = async () => {
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const child = spawn(process.execPath, [path.join(dist, 'main.js')], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        LOG_LEVEL: 'error',
        DATABASE_URL: database.url,
        SEED_DEMO: 'false',
        PORT: String(port),
        NEWSLETTER_WORKER: 'false',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.add(child);
    child.on('exit', () => children.delete(child));
    const base = `http://127.0.0.1:${port}`;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
      if ((await fetch(`${base}/api/health/ready`).catch(() => null))?.ok) return { child, base };
      await sleep(200);
    }
  };
  const signIn = async (base: string) => {
    const res = await request(base)
      .post('/api/auth/login')
      .send({ email: demo.coordinator, password: DEMO_PASSWORD })
      .expect(200);
    const cookie = [res.headers['set-cookie']]
      .flat()
      .map((c: string) => c.split(';')[0])
      .join('; ');
    const csrf = /maillage_csrf=([^;]+)/.exec(cookie)![1];
    // A buffer is sent as the multipart upload's file.
    return (url: string, body: object | Buffer) => {
      const req = request(base).post(url).set('Cookie', cookie).set('x-csrf-token', csrf);
      return Buffer.isBuffer(body) ? req.attach('file', body, 'crash.csv') : req.send(body);
    };
  };
  const imported = async () =>
    (await db.query(`SELECT count(*)::int AS n FROM people WHERE email LIKE 'crash-%@example.org'`)).rows[0]
      .n as number;

  it('leaves nothing half-saved, and commits whole once restarted', async () => {
    const lines = ['Prénom,Nom,E-mail'];
    for (let i = 0; i < ROWS; i++) lines.push(`P${i},Crash,crash-${i}@example.org`);
    const content = Buffer.from(lines.join('\n'));

    const first = await startApi();
    const post = await signIn(first.base);
    const job = await post('/api/imports?kind=people', content).expect(201);
    const mapping = job.body.mapping;
    await post(`/api/imports/${job.body.id}/dry-run`, { mapping }).expect(200);

    let answered = false;
    void post(`/api/imports/${job.body.id}/commit`, { mapping }).then(
      () => (answered = true),
      () => undefined,
    );
    // Killed once a few batches are written inside the transaction, well before the end.
    let processed = 0;
    for (let i = 0; i < 600 && processed < 3000; i++) {
      await sleep(25);
      processed = (await db.query(`SELECT processed FROM import_jobs WHERE id = $1`, [job.body.id])).rows[0].processed;
    }
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    expect(answered).toBe(false);
    expect(processed).toBeGreaterThanOrEqual(3000);
    expect(processed).toBeLessThan(ROWS);

    // The killed transaction is rolled back by PostgreSQL: none of its rows, no audit entry of it.
    expect(await imported()).toBe(0);
    const audits = await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE after->>'importId' = $1`, [
      job.body.id,
    ]);
    expect(audits.rows[0].n).toBe(0);

    const second = await startApi();
    const again = await signIn(second.base);
    const done = await again(`/api/imports/${job.body.id}/commit`, { mapping }).expect(200);
    expect(done.body).toMatchObject({ committed: true, total: ROWS, created: ROWS });
    expect(await imported()).toBe(ROWS);
    second.child.kill('SIGKILL');
  });
});
