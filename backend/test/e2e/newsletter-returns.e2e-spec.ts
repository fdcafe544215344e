import { ImapFlow } from 'imapflow';
import { execFileSync } from 'node:child_process';
import { createSign, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { AppConfig } from '../../src/config/app-config';
import { JobRunner } from '../../src/jobs/job-runner.service';
import { MailboxReader } from '../../src/modules/newsletters/returns/mailbox-reader.service';
import { ReturnsService } from '../../src/modules/newsletters/returns/returns.service';
import { addConfirmedSubscribers } from '../factories/newsletters';
import { demo, startTestApp, type Caller, type TestApp } from '../support/app';
import { Dovecot } from '../support/dovecot';
import { waitForStats } from '../support/newsletters';
import { SmtpSink } from '../support/smtp-sink';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'returns');
const BREVO_SECRET = 'brevo-secret-of-the-test-0123456789';
const MAILJET_SECRET = 'mailjet-secret-of-the-test-0123456789';
const TOPIC = 'arn:aws:sns:eu-west-3:123456789012:maillage-ses';

/** A fixture with the delivery's token, the recipient and a unique id put in. */
const fixture = (name: string, token: string, email: string) =>
  Buffer.from(
    readFileSync(path.join(FIXTURES, `${name}.eml`), 'utf8')
      .replace(/\{\{TOKEN\}\}/g, token)
      .replace(/\{\{EMAIL\}\}/g, email)
      .replace(/\{\{ID\}\}/g, randomUUID())
      .replace(/\r?\n/g, '\r\n'),
  );

/** SNS's string to sign, written from AWS's documentation (not taken from the code under test). */
const snsSigned = (m: Record<string, string>) =>
  (m.Type === 'Notification'
    ? ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type']
    : ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type']
  )
    .filter((k) => m[k] !== undefined)
    .map((k) => `${k}\n${m[k]}\n`)
    .join('');

describe('newsletter returns: bounce mailbox over IMAP, relay webhooks', () => {
  let t: TestApp;
  let comms: Caller;
  let listId: string;
  const bulk = new SmtpSink();
  const dovecot = new Dovecot();
  let imap: ImapFlow;
  let certServer: Server;
  let certUrl: string;
  let keyPem: string;
  let tmp: string;
  /** email → the token of its delivery, read from the envelope sender the relay received. */
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    await dovecot.start();
    tmp = mkdtempSync(path.join(os.tmpdir(), 'maillage-sns-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=sns.test',
        '-keyout',
        path.join(tmp, 'key.pem'),
        '-out',
        path.join(tmp, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    keyPem = readFileSync(path.join(tmp, 'key.pem'), 'utf8');
    const certPem = readFileSync(path.join(tmp, 'cert.pem'), 'utf8');
    certServer = createServer((_req, res) => res.end(certPem));
    await new Promise<void>((resolve) => certServer.listen(0, '127.0.0.1', resolve));
    certUrl = `http://127.0.0.1:${(certServer.address() as AddressInfo).port}/SimpleNotificationService-test.pem`;

    t = await startTestApp({
      NEWSLETTER_SMTP_URL: await bulk.start(),
      NEWSLETTER_RATE_PER_SECOND: '0',
      NEWSLETTER_LINK_CHECK: 'false',
      NEWSLETTER_FROM: 'La lettre <lettre@reseau.example.org>',
      NEWSLETTER_UNSUBSCRIBE_EMAIL: 'desinscription@reseau.example.org',
      BOUNCE_ADDRESS: 'bounces@reseau.example.org',
      IMAP_URL: dovecot.url,
      // The app's own reading loop stays out of the way of the explicit readings below (one test runs a fast one).
      IMAP_POLL_SECONDS: '3600',
      BREVO_WEBHOOK_SECRET: BREVO_SECRET,
      MAILJET_WEBHOOK_SECRET: MAILJET_SECRET,
      SES_SNS_TOPIC_ARN: TOPIC,
      SES_SNS_CERT_URL_PATTERN: '^http://127\\.0\\.0\\.1:\\d+/[^?#]+\\.pem$',
    });
    comms = await t.as(demo.comms);
    listId = (await comms.post('/api/newsletters/lists', { key: 'retours', name: 'Retours' }).expect(201)).body.id;
    await addConfirmedSubscribers((q, p) => t.db.query(q, p), listId, 8, 'retour');
    const issue = (
      await comms
        .post('/api/newsletters/issues', {
          title: 'La lettre de mars',
          listIds: [listId],
          blocks: [{ type: 'editorial', title: 'Édito', html: '<p>Bonjour</p>' }],
        })
        .expect(201)
    ).body;
    await comms.post(`/api/newsletters/issues/${issue.id}/schedule`, { sendAt: new Date().toISOString() }).expect(200);
    await waitForStats(comms, issue.id, (s) => s.status === 'sent');
    for (const m of bulk.messages) {
      const from = bulk.mailFrom.get(m)!;
      tokens.set(
        m.to && !Array.isArray(m.to) ? m.to.text : '',
        /^bounces\+(\d+-[0-9a-f]{20})@reseau\.example\.org$/.exec(from)![1],
      );
    }
    imap = new ImapFlow({
      host: '127.0.0.1',
      port: dovecot.port,
      secure: false,
      auth: { user: dovecot.user, pass: dovecot.password },
      logger: false,
    });
    await imap.connect();
  }, 300_000);

  afterAll(async () => {
    await imap?.logout().catch(() => undefined);
    await t?.close();
    await bulk.stop();
    await dovecot.stop();
    certServer?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  /** What the subscriber, their subscription, delivery and consent history say now. */
  const state = async (email: string) => {
    const [row] = await t.db.query<Record<string, string | null>[]>(
      `SELECT s.status, s.status_reason AS reason, d.status AS delivery, d.smtp_response AS response,
              (SELECT string_agg(x.status, ',') FROM newsletter_subscriptions x WHERE x.subscriber_id = s.id) AS subscriptions,
              (SELECT string_agg(e.action || ':' || e.source, ' | ' ORDER BY e.id) FROM newsletter_consent_events e
                WHERE e.subscriber_id = s.id) AS history
         FROM newsletter_subscribers s JOIN newsletter_deliveries d ON d.subscriber_id = s.id WHERE s.email = $1`,
      [email],
    );
    return row;
  };
  const everyone = async () => Promise.all([...tokens.keys()].sort().map(state));
  const reader = () => t.app.get(MailboxReader);
  const append = (raw: Buffer) => imap.append('INBOX', raw);

  it('puts a signed token per delivery in the envelope sender, the mailto unsubscribe and the Message-ID', () => {
    expect(tokens.size).toBe(8);
    const mail = bulk.messages.find((m) => bulk.mailFrom.get(m)!.includes(tokens.get('retour1@example.org')!))!;
    const token = tokens.get('retour1@example.org')!;
    expect(mail.messageId).toMatch(new RegExp(`^<${token}\\.[0-9a-z]+@reseau\\.example\\.org>$`));
    const unsubscribe = mail.headerLines.find((h) => h.key === 'list-unsubscribe')!.line.replace(/\s*\r?\n\s+/g, ' ');
    expect(unsubscribe).toContain(`<mailto:desinscription+${token}@reseau.example.org?subject=unsubscribe>`);
    expect(new Set(tokens.values()).size).toBe(8);
  });

  it('reads the bounce mailbox: a hard bounce, a complaint and a mailto unsubscribe apply at once; a delay warning does nothing', async () => {
    await append(fixture('hard-bounce', tokens.get('retour1@example.org')!, 'retour1@example.org'));
    await append(fixture('complaint', tokens.get('retour3@example.org')!, 'retour3@example.org'));
    await append(fixture('mailto-unsubscribe', tokens.get('retour4@example.org')!, 'retour4@example.org'));
    await append(fixture('delayed', tokens.get('retour8@example.org')!, 'retour8@example.org'));

    expect(await reader().readOnce()).toEqual({ read: 4, recorded: 3 });

    expect(await state('retour1@example.org')).toMatchObject({
      status: 'bounced',
      delivery: 'bounced',
      response: expect.stringContaining('5.1.1 550 5.1.1 <retour1@example.org>: Recipient address rejected'),
      subscriptions: 'confirmed',
      history: expect.stringContaining('bounced:bounce mailbox: 5.1.1'),
    });
    expect(await state('retour3@example.org')).toMatchObject({
      status: 'complained',
      delivery: 'complained',
      response: 'complaint (abuse)',
      subscriptions: 'unsubscribed',
      history: expect.stringContaining('complained:bounce mailbox: complaint (abuse)'),
    });
    expect(await state('retour4@example.org')).toMatchObject({
      status: 'unsubscribed',
      delivery: 'sent',
      subscriptions: 'unsubscribed',
      history: expect.stringContaining('unsubscribed:bounce mailbox: mailto'),
    });
    expect(await state('retour8@example.org')).toMatchObject({ status: 'confirmed', delivery: 'sent', history: null });

    // The team sees it on the subscriber's page.
    const [{ id }] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM newsletter_subscribers WHERE email = 'retour1@example.org'`,
    );
    const page = await comms.get(`/api/newsletters/subscribers/${id}`).expect(200);
    expect(JSON.stringify(page.body)).toContain('bounce mailbox: 5.1.1');
  });

  it('marks an address bounced on its third soft bounce, not before', async () => {
    const email = 'retour2@example.org';
    await append(fixture('soft-bounce', tokens.get(email)!, email));
    await append(fixture('soft-bounce', tokens.get(email)!, email));
    expect(await reader().readOnce()).toEqual({ read: 2, recorded: 2 });
    expect(await state(email)).toMatchObject({
      status: 'confirmed',
      delivery: 'failed',
      response: expect.stringContaining('4.2.2'),
      history: null,
    });
    await append(fixture('soft-bounce', tokens.get(email)!, email));
    expect(await reader().readOnce()).toEqual({ read: 1, recorded: 1 });
    expect(await state(email)).toMatchObject({
      status: 'bounced',
      reason: expect.stringContaining('3 soft bounces in 30 days'),
      history: expect.stringMatching(/^bounced:bounce mailbox: 4\.2\.2 452 4\.2\.2/),
    });
  });

  it('reading every message again changes nothing', async () => {
    const before = await everyone();
    const lock = await imap.getMailboxLock('INBOX');
    try {
      await imap.messageFlagsRemove('1:*', ['\\Seen']);
    } finally {
      lock.release();
    }
    expect(await reader().readOnce()).toEqual({ read: 7, recorded: 0 });
    expect(await reader().readOnce()).toEqual({ read: 0, recorded: 0 });
    expect(await everyone()).toEqual(before);
  });

  it('the worker reads the mailbox by itself, every IMAP_POLL_SECONDS, as a scheduled job', async () => {
    const email = 'retour8@example.org';
    const loop = new MailboxReader(
      { ...t.config, IMAP_POLL_SECONDS: 5 } as AppConfig,
      t.app.get(ReturnsService),
      t.app.get(JobRunner),
    );
    loop.onApplicationBootstrap();
    try {
      await append(fixture('hard-bounce', tokens.get(email)!, email));
      const deadline = Date.now() + 30_000;
      while ((await state(email)).status !== 'bounced') {
        if (Date.now() > deadline) throw new Error('the loop never read the mailbox');
        await new Promise((r) => setTimeout(r, 250));
      }
    } finally {
      await loop.onModuleDestroy();
    }
    const [run] = await t.db.query<{ status: string }[]>(
      `SELECT status FROM scheduled_job_runs WHERE job = 'newsletter-returns' ORDER BY slot DESC LIMIT 1`,
    );
    expect(run.status).toBe('succeeded');
  }, 40_000);

  const basic = (secret: string) => `Basic ${Buffer.from(`relay:${secret}`).toString('base64')}`;

  it('Brevo: a hard_bounce with the shared secret bounces the address; a wrong or missing secret is refused', async () => {
    const email = 'retour5@example.org';
    const event = {
      event: 'hard_bounce',
      email,
      id: 4012,
      date: '2026-12-07 10:12:03',
      'message-id': `<${tokens.get(email)}.abc@reseau.example.org>`,
      ts_event: 1796634723,
      reason: '550 5.1.1 user unknown',
      'X-Mailin-custom': tokens.get(email),
    };
    const before = await state(email);
    const forged = await t
      .http()
      .post('/api/newsletters/webhooks/brevo')
      .set('authorization', basic('wrong'))
      .send(event);
    expect(forged.status).toBe(401);
    expect(forged.body.error.code).toBe('newsletters.webhook_secret_invalid');
    await t.http().post('/api/newsletters/webhooks/brevo').send(event).expect(401);
    expect(await state(email)).toEqual(before);

    await t
      .http()
      .post('/api/newsletters/webhooks/brevo')
      .set('authorization', basic(BREVO_SECRET))
      .send(event)
      .expect(200, { ok: true });
    expect(await state(email)).toMatchObject({
      status: 'bounced',
      delivery: 'bounced',
      response: '550 5.1.1 user unknown',
      history: 'bounced:Brevo webhook: 550 5.1.1 user unknown',
    });
  });

  it('Mailjet: a spam event with the shared secret unsubscribes at once; a wrong secret is refused', async () => {
    const email = 'retour6@example.org';
    const events = [
      { event: 'open', email, time: 1796634700, MessageID: 19421777835146490 },
      {
        event: 'spam',
        time: 1796634723,
        MessageID: 19421777835146490,
        email,
        CustomID: tokens.get(email),
        source: 'JMRPP',
      },
    ];
    const before = await state(email);
    await t
      .http()
      .post('/api/newsletters/webhooks/mailjet')
      .set('authorization', basic(BREVO_SECRET))
      .send(events)
      .expect(401);
    expect(await state(email)).toEqual(before);

    await t
      .http()
      .post('/api/newsletters/webhooks/mailjet')
      .set('authorization', basic(MAILJET_SECRET))
      .send(events)
      .expect(200);
    expect(await state(email)).toMatchObject({
      status: 'complained',
      delivery: 'complained',
      subscriptions: 'unsubscribed',
      history: 'complained:Mailjet webhook: complaint (JMRPP)',
    });
  });

  it('Amazon SES through SNS: a signed bounce notification applies; a forged signature or a foreign certificate URL is refused', async () => {
    const email = 'retour7@example.org';
    const sign = <M extends Record<string, string>>(m: M) => ({
      ...m,
      SignatureVersion: '2',
      SigningCertURL: certUrl,
      Signature: createSign('RSA-SHA256').update(snsSigned(m)).sign(keyPem, 'base64'),
    });
    const notification = {
      Type: 'Notification',
      MessageId: randomUUID(),
      TopicArn: TOPIC,
      Timestamp: new Date().toISOString(),
      Message: JSON.stringify({
        notificationType: 'Bounce',
        bounce: {
          bounceType: 'Permanent',
          bounceSubType: 'General',
          bouncedRecipients: [{ emailAddress: email, status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }],
        },
        mail: {
          messageId: '0102018c-ses-id',
          headers: [{ name: 'Message-ID', value: `<${tokens.get(email)}.x1@reseau.example.org>` }],
        },
      }),
    };
    const post = (body: object) =>
      t
        .http()
        .post('/api/newsletters/webhooks/ses')
        .set('content-type', 'text/plain; charset=UTF-8')
        .send(JSON.stringify(body));
    const before = await state(email);
    const signed = sign(notification);
    const tampered = { ...signed, Message: signed.Message.replace('Permanent', 'Transient') };
    expect((await post(tampered)).status).toBe(403);
    expect((await post({ ...signed, SigningCertURL: 'https://evil.example.com/cert.pem' })).status).toBe(403);
    expect((await post({ ...signed, TopicArn: 'arn:aws:sns:eu-west-3:123456789012:other' })).status).toBe(403);
    expect(await state(email)).toEqual(before);

    await post(signed).expect(200);
    expect(await state(email)).toMatchObject({
      status: 'bounced',
      delivery: 'bounced',
      response: '5.1.1 smtp; 550 5.1.1 user unknown',
      history: 'bounced:Amazon SES notification: 5.1.1 smtp; 550 5.1.1 user unknown',
    });
    // SNS retries a notification it thinks was lost: the same one again changes nothing.
    const after = await everyone();
    await post(signed).expect(200);
    expect(await everyone()).toEqual(after);
  });
});
