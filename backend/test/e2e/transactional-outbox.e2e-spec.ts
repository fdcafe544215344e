import { demo, startTestApp, type TestApp } from '../support/app';
import { SmtpSink } from '../support/smtp-sink';

/** Transactional mail goes through the outbox: a relay that is down delays it, never loses nor doubles it. */
describe('transactional mail with the relay down', () => {
  let t: TestApp;
  let relayUrl: string;
  let relay: SmtpSink;

  beforeAll(async () => {
    // The relay's address is taken, then the relay stopped: connections to it are refused.
    relay = new SmtpSink();
    relayUrl = await relay.start();
    await relay.stop();
    t = await startTestApp({ SMTP_URL: relayUrl, OUTBOX_RETRY_SECONDS: '1', OUTBOX_MAX_ATTEMPTS: '20' });
  });
  afterAll(async () => {
    await t.close();
    await relay.stop();
  });

  const job = () =>
    t.db.query<{ attempts: number; last_error: string | null; failed_at: Date | null }[]>(
      `SELECT attempts, last_error, failed_at FROM outbox WHERE kind = 'mail'`,
    );

  it('sends an invitation once the relay is back, exactly once', async () => {
    const coordinator = await t.as(demo.coordinator);
    await coordinator
      .post('/api/invitations', {
        email: 'relais@maillage.test',
        firstName: 'Rémi',
        lastName: 'Lais',
        roles: ['comms'],
      })
      .expect(201);

    // Tried and refused twice: kept, with the error, for later.
    while (((await job())[0]?.attempts ?? 0) < 2) await new Promise((r) => setTimeout(r, 100));
    const [waiting] = await job();
    expect(waiting.last_error).toMatch(/ECONNREFUSED/);
    expect(waiting.failed_at).toBeNull();

    relay = new SmtpSink();
    await relay.start(Number(new URL(relayUrl).port));
    const mail = await relay.waitFor((m) => relay.to('relais@maillage.test').includes(m), 60_000);
    expect(mail.text).toMatch(/^Bonjour Rémi,/);
    await t.drain();
    expect(await job()).toEqual([]);
    expect(relay.to('relais@maillage.test')).toHaveLength(1);
  });

  it('shows the admin a mail that keeps failing, with its error, and retries it on demand', async () => {
    await t.close();
    await relay.stop();
    // A relay that is down for good, and a single attempt: the mail is given up at once.
    relay = new SmtpSink();
    const port = Number(new URL(await relay.start()).port);
    await relay.stop();
    t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, OUTBOX_MAX_ATTEMPTS: '1' });
    const coordinator = await t.as(demo.coordinator);
    await coordinator
      .post('/api/invitations', {
        email: 'perdue@maillage.test',
        firstName: 'Paule',
        lastName: 'Perdue',
        roles: ['comms'],
      })
      .expect(201);
    await t.drain();

    const admin = await t.as(demo.admin);
    const jobs = await admin.get('/api/outbox/jobs').expect(200);
    expect(jobs.body).toEqual([
      {
        id: expect.any(String),
        kind: 'mail',
        to: 'perdue@maillage.test',
        subject: expect.stringContaining('Maillage'),
        attempts: 1,
        lastError: expect.stringMatching(/ECONNREFUSED/),
        createdAt: expect.any(String),
        runAfter: expect.any(String),
        failedAt: expect.any(String),
      },
    ]);
    for (const who of [demo.coordinator, demo.comms, demo.volunteer]) {
      const caller = await t.as(who);
      await caller.get('/api/outbox/jobs').expect(403);
      await caller.post(`/api/outbox/jobs/${jobs.body[0].id}/retry`).expect(403);
    }
    await t.http().get('/api/outbox/jobs').expect(401);
    await admin.post('/api/outbox/jobs/abc/retry').expect(400);
    await admin.post('/api/outbox/jobs/999999/retry').expect(404);

    relay = new SmtpSink();
    await relay.start(port);
    const retried = await admin.post(`/api/outbox/jobs/${jobs.body[0].id}/retry`).expect(200);
    expect(retried.body).toMatchObject({ attempts: 0, failedAt: null, to: 'perdue@maillage.test' });
    await relay.waitFor((m) => relay.to('perdue@maillage.test').includes(m));
    await t.drain();
    expect((await admin.get('/api/outbox/jobs').expect(200)).body).toEqual([]);
    const audit = await admin.get(`/api/audit?entityType=OutboxJob&entityId=${jobs.body[0].id}`).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['retry']);
  });
});
