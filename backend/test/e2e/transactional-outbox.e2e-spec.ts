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

  const job = async () =>
    (await t.db.query(`SELECT attempts, last_error, failed_at FROM outbox WHERE kind = 'mail'`)) as {
      attempts: number;
      last_error: string | null;
      failed_at: Date | null;
    }[];

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
});
