import { spawn, type ChildProcess } from 'node:child_process';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import request from 'supertest';
import { DEMO_PASSWORD } from '../../src/database/seed/demo-data';
import { addConfirmedSubscribers, createIssue, createList } from '../factories/newsletters';
import { demo } from '../support/app';
import { compileBackend } from '../support/compiled-backend';
import { admin, createTestDatabase } from '../support/database';
import { SmtpSink } from '../support/smtp-sink';

jest.setTimeout(180_000);

const RECIPIENTS = 300;
const CONNECTIONS = 2;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The scale-out layout of docs/deploy.md, for real: two API processes and two send workers (the compiled backend, as
 * deployed) on one PostgreSQL, with nothing shared but the database.
 */
describe('several processes on one PostgreSQL', () => {
  let database: { url: string; drop(): Promise<void> };
  let dist: string;
  const sink = new SmtpSink();
  let sinkUrl: string;
  const children = new Set<ChildProcess>();
  const apis: string[] = [];
  const workers: ChildProcess[] = [];

  const start = (script: string, env: Record<string, string>) => {
    const child = spawn(process.execPath, [path.join(dist, script)], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        LOG_LEVEL: 'error',
        DATABASE_URL: database.url,
        SEED_DEMO: 'false',
        SMTP_URL: sinkUrl,
        NEWSLETTER_SMTP_URL: sinkUrl,
        NEWSLETTER_SMTP_CONNECTIONS: String(CONNECTIONS),
        NEWSLETTER_RATE_PER_SECOND: '150',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.add(child);
    child.on('exit', () => children.delete(child));
    return child;
  };
  const startApi = async () => {
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const child = start('main.js', { PORT: String(port), NEWSLETTER_WORKER: 'false', SESSION_CACHE_SECONDS: '30' });
    const base = `http://127.0.0.1:${port}`;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
      if ((await fetch(`${base}/api/health/ready`).catch(() => null))?.ok) return base;
      await sleep(200);
    }
  };
  const signIn = async (base: string, email: string) => {
    const res = await request(base).post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
    const cookie = [res.headers['set-cookie']]
      .flat()
      .map((c: string) => c.split(';')[0])
      .join('; ');
    return { cookie, csrf: /maillage_csrf=([^;]+)/.exec(cookie)![1] };
  };
  /** The same session used against any API process. */
  const as = (session: { cookie: string; csrf: string }, base: string) => ({
    get: (url: string) => request(base).get(url).set('Cookie', session.cookie),
    post: (url: string, body: object = {}) =>
      request(base).post(url).set('Cookie', session.cookie).set('x-csrf-token', session.csrf).send(body),
  });
  const refusedWithin = async (check: () => Promise<number>, ms: number) => {
    const started = Date.now();
    while (Date.now() - started < ms) {
      if ((await check()) === 401) return Date.now() - started;
      await sleep(20);
    }
    throw new Error(`still accepted after ${ms} ms`);
  };

  beforeAll(async () => {
    dist = compileBackend('maillage-several-processes');
    database = await createTestDatabase();
    sinkUrl = await sink.start();
    apis.push(...(await Promise.all([startApi(), startApi()])));
  });
  afterAll(async () => {
    await Promise.all([...children].map((c) => new Promise((resolve) => (c.once('exit', resolve), c.kill('SIGKILL')))));
    await sink.stop();
    await database.drop();
  });

  it('refuses on one API, within a second, a session ended or an account disabled on the other', async () => {
    const [a, b] = apis;
    const copil = await signIn(a, demo.copil);
    // B has served the session, so it holds it in its cache (SESSION_CACHE_SECONDS=30).
    await as(copil, b).get('/api/auth/me').expect(200);
    await as(copil, b).get('/api/auth/me').expect(200);
    await as(copil, a).post('/api/auth/logout').expect(204);
    const afterLogout = await refusedWithin(async () => (await as(copil, b).get('/api/auth/me')).status, 1000);

    const volunteer = await signIn(b, demo.volunteer);
    await as(volunteer, a).get('/api/auth/me').expect(200);
    const adminSession = await signIn(b, demo.admin);
    const [{ id }] = await admin(
      database.url,
      async (c) => (await c.query('SELECT id FROM accounts WHERE email = $1', [demo.volunteer])).rows,
    );
    await as(adminSession, b).post(`/api/accounts/${id}/disable`).expect(200);
    const afterDisable = await refusedWithin(async () => (await as(volunteer, a).get('/api/auth/me')).status, 1000);
    console.log(
      `several processes: session ended on A refused by B after ${afterLogout} ms, account disabled on B refused by A after ${afterDisable} ms`,
    );
  });

  /** A list of fresh subscribers and an issue to it, scheduled now through API A. */
  const issueToNewList = async (key: string) => {
    const comms = as(await signIn(apis[0], demo.comms), apis[0]);
    const list = await createList(comms, { key, name: key });
    await addConfirmedSubscribers(
      (sql, params) => admin(database.url, (c) => c.query(sql, params)),
      list.id,
      RECIPIENTS,
      `${key}-`,
    );
    const issue = await createIssue(comms, [list.id], { title: `Lettre ${key}` });
    await admin(database.url, (c) =>
      c.query(`UPDATE newsletter_issues SET status = 'scheduled', send_at = now() WHERE id = $1`, [issue.id]),
    );
    return {
      id: issue.id,
      comms,
      received: () => sink.messages.filter((m) => m.subject === `Lettre ${key}`),
    };
  };
  const waitForSent = async (
    comms: ReturnType<typeof as>,
    id: string,
    done: (s: Record<string, number | string>) => boolean,
  ) => {
    for (const deadline = Date.now() + 90_000; Date.now() < deadline; await sleep(200)) {
      const stats = (await comms.get(`/api/newsletters/issues/${id}/stats`).expect(200)).body;
      if (done(stats)) return stats;
    }
    throw new Error('the issue was never sent');
  };
  const perRecipient = (messages: { to?: unknown }[]) => {
    const counts = new Map<string, number>();
    for (const m of messages)
      for (const to of [m.to].flat() as { text: string }[]) counts.set(to.text, (counts.get(to.text) ?? 0) + 1);
    return counts;
  };
  const deliveries = (id: string) =>
    admin(
      database.url,
      async (c) =>
        (
          await c.query<{ email: string; status: string; worker_id: number }>(
            `SELECT s.email, d.status, d.worker_id FROM newsletter_deliveries d JOIN newsletter_subscribers s ON s.id = d.subscriber_id WHERE d.issue_id = $1`,
            [id],
          )
        ).rows,
    );

  it('sends an issue through both workers to each recipient exactly once', async () => {
    workers.push(
      start('modules/newsletters/sending/worker.main.js', {}),
      start('modules/newsletters/sending/worker.main.js', {}),
    );
    const issue = await issueToNewList('deux-workers');
    await waitForSent(issue.comms, issue.id, (s) => s.status === 'sent');
    const counts = perRecipient(issue.received());
    expect(counts.size).toBe(RECIPIENTS);
    expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
    const rows = await deliveries(issue.id);
    expect(rows.filter((d) => d.status !== 'sent')).toEqual([]);
    // Both took part.
    expect(new Set(rows.map((d) => d.worker_id)).size).toBe(2);
  });

  it('loses nobody when a worker is SIGKILLed mid-send, and duplicates at most the messages it had in flight', async () => {
    const issue = await issueToNewList('un-tue');
    while (issue.received().length < RECIPIENTS / 3) await sleep(10);
    await new Promise((resolve) => (workers[0].once('exit', resolve), workers[0].kill('SIGKILL')));
    const stats = await waitForSent(issue.comms, issue.id, (s) => s.status === 'sent');
    const rows = await deliveries(issue.id);
    expect(rows).toHaveLength(RECIPIENTS);
    // Nobody skipped: every row is sent, or uncertain (in flight when the worker died: at most one per connection).
    expect(rows.filter((d) => d.status !== 'sent' && d.status !== 'uncertain')).toEqual([]);
    const uncertain = rows.filter((d) => d.status === 'uncertain');
    expect(stats.uncertain).toBe(uncertain.length);
    expect(uncertain.length).toBeLessThanOrEqual(CONNECTIONS);
    const counts = perRecipient(issue.received());
    for (const d of rows.filter((r) => r.status === 'sent'))
      expect([d.email, counts.get(d.email)]).toEqual([d.email, 1]);
    // Sent again on request, everyone has it; the duplicates are the uncertain ones that had in fact arrived.
    await issue.comms.post(`/api/newsletters/issues/${issue.id}/resend`, { status: 'uncertain' }).expect(200);
    await waitForSent(issue.comms, issue.id, (s) => s.status === 'sent' && s.uncertain === 0);
    const after = perRecipient(issue.received());
    expect(after.size).toBe(RECIPIENTS);
    const duplicates = [...after.values()].reduce((sum, n) => sum + n - 1, 0);
    expect(duplicates).toBeLessThanOrEqual(uncertain.length);
  });
});
