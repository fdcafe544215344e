import { demo, startTestApp, type Caller, type TestApp } from '../support/app';
import { waitForStats } from '../support/newsletters';
import { SmtpSink } from '../support/smtp-sink';

const blocks = [{ type: 'free_text', html: '<p>Des nouvelles du réseau</p>' }];

/** The deliveries page's route, and resending to a chosen set. */
describe('newsletter deliveries', () => {
  let t: TestApp;
  let comms: Caller;
  let issueId: string;
  /** Delivery id by subscriber's first name. */
  const row: Record<string, string> = {};
  const bulk = new SmtpSink();
  const people = ['Anouk', 'Basile', 'Chloé', 'Dorian', 'Elsa', 'Fanny'];
  const email = (name: string) =>
    `${name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')}@livraisons.example.org`;

  beforeAll(async () => {
    t = await startTestApp({
      NEWSLETTER_SMTP_URL: await bulk.start(),
      NEWSLETTER_RATE_PER_SECOND: '0',
      NEWSLETTER_LINK_CHECK: 'false',
    });
    comms = await t.as(demo.comms);
    const list = await comms.post('/api/newsletters/lists', { key: 'livraisons', name: 'Livraisons' }).expect(201);
    for (const firstName of people)
      await comms
        .post('/api/newsletters/subscribers', {
          email: email(firstName),
          firstName,
          lastName: 'Martin',
          listIds: [list.body.id],
          consentSource: 'Salon',
        })
        .expect(201);
    const issue = await comms
      .post('/api/newsletters/issues', { title: 'Lettre des livraisons', listIds: [list.body.id], blocks })
      .expect(201);
    issueId = issue.body.id;
    await comms.post(`/api/newsletters/issues/${issueId}/schedule`, { sendAt: new Date().toISOString() }).expect(200);
    await waitForStats(comms, issueId, (s) => s.status === 'sent');
    const rows = await t.db.query(
      `SELECT d.id, s.first_name FROM newsletter_deliveries d JOIN newsletter_subscribers s ON s.id = d.subscriber_id
       WHERE d.issue_id = $1`,
      [issueId],
    );
    for (const r of rows) row[r.first_name] = r.id;
    // What the relay would have left: two failures, one in flight at a crash, one hard bounce; Fanny failed and
    // unsubscribed since.
    const set = (name: string, status: string, answer: string) =>
      t.db.query(`UPDATE newsletter_deliveries SET status = $2, smtp_response = $3 WHERE id = $1`, [
        row[name],
        status,
        answer,
      ]);
    await set('Anouk', 'failed', '554 5.7.1 Message refusé');
    await set('Basile', 'failed', '552 Mailbox full');
    await set('Chloé', 'uncertain', null as never);
    await set('Dorian', 'bounced', '550 5.1.1 User unknown');
    await set('Fanny', 'failed', '554 5.7.1 Message refusé');
    await t.db.query(`UPDATE newsletter_subscribers SET status = 'bounced' WHERE email = $1`, [email('Dorian')]);
    await t.db.query(
      `UPDATE newsletter_subscriptions SET status = 'unsubscribed' WHERE subscriber_id =
         (SELECT id FROM newsletter_subscribers WHERE email = $1)`,
      [email('Fanny')],
    );
  });
  afterAll(async () => {
    await t.close();
    await bulk.stop();
  });

  const url = (path = '') => `/api/newsletters/issues/${issueId}${path}`;
  const received = (name: string) => bulk.to(email(name)).filter((m) => m.subject === 'Lettre des livraisons');

  it('lists each recipient with status, name and the relay’s answer; filters by status and searches', async () => {
    const failed = await comms.get(url('/deliveries?status=failed')).expect(200);
    expect(failed.body.total).toBe(3);
    expect(failed.body.items.map((d: { firstName: string }) => d.firstName).sort()).toEqual([
      'Anouk',
      'Basile',
      'Fanny',
    ]);
    expect(failed.body.items.find((d: { firstName: string }) => d.firstName === 'Basile')).toEqual({
      id: row.Basile,
      subscriberId: expect.any(String),
      email: email('Basile'),
      firstName: 'Basile',
      lastName: 'Martin',
      status: 'failed',
      attempts: 1,
      sentAt: expect.any(String),
      smtpResponse: '552 Mailbox full',
    });

    const byName = await comms.get(url(`/deliveries?q=${encodeURIComponent('chloé mar')}`)).expect(200);
    expect(byName.body.items.map((d: { status: string; email: string }) => [d.email, d.status])).toEqual([
      [email('Chloe'), 'uncertain'],
    ]);
    const byEmail = await comms.get(url('/deliveries?q=DORIAN@')).expect(200);
    expect(byEmail.body.items).toMatchObject([{ status: 'bounced', smtpResponse: '550 5.1.1 User unknown' }]);
    // A LIKE wildcard typed in the search is searched for, not obeyed.
    expect((await comms.get(url('/deliveries?q=%25')).expect(200)).body.total).toBe(0);

    const paged = await comms.get(url('/deliveries?pageSize=4&page=2')).expect(200);
    expect(paged.body).toMatchObject({ total: 6, page: 2, pageSize: 4 });
    expect(paged.body.items).toHaveLength(2);

    const stats = await comms.get(url('/stats')).expect(200);
    expect(stats.body).toMatchObject({ sent: 1, failed: 3, uncertain: 1, bounced: 1, complained: 0, recipients: 6 });
    await comms.get(url('/deliveries?status=nope')).expect(400);
  });

  it('lets the communication team and the coordination read it, and nobody else', async () => {
    const coordinator = await t.as(demo.coordinator);
    expect((await coordinator.get(url('/deliveries')).expect(200)).body.total).toBe(6);
    for (const who of [demo.volunteer, demo.contractor, demo.copil, demo.otherCopil]) {
      const caller = await t.as(who);
      const res = await caller.get(url('/deliveries')).expect(403);
      expect(res.body.error.code).toBe('common.forbidden');
      expect(res.body.items).toBeUndefined();
      await caller.post(url('/resend'), { status: 'failed' }).expect(403);
    }
    await t.http().get(url('/deliveries')).expect(401);
    await t.http().post(url('/resend')).send({ status: 'failed' }).expect(401);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM newsletter_deliveries WHERE issue_id = $1 AND status = 'queued'`,
      [issueId],
    );
    expect(n).toBe(0);
  });

  it('resends to the chosen failed ones only, once each, never to a bounced or unsubscribed person, and audits it', async () => {
    await comms.post(url('/resend'), {}).expect(400);
    await comms.post(url('/resend'), { deliveryIds: ['x'] }).expect(400);
    // Chosen: a failed one, the bounced one, the sent one: only the failed one goes again.
    const chosen = await comms.post(url('/resend'), { deliveryIds: [row.Anouk, row.Dorian, row.Elsa] }).expect(200);
    expect(chosen.body).toEqual({ queued: 1 });
    // "All failed": Basile; Anouk is queued already, Fanny left the list.
    expect((await comms.post(url('/resend'), { status: 'failed' }).expect(200)).body).toEqual({ queued: 1 });
    expect((await comms.post(url('/resend'), { status: 'failed' }).expect(200)).body).toEqual({ queued: 0 });

    await waitForStats(comms, issueId, (s) => s.status === 'sent' && s.queued === 0);
    expect(people.map((name) => [name, received(name).length])).toEqual([
      ['Anouk', 2],
      ['Basile', 2],
      ['Chloé', 1],
      ['Dorian', 1],
      ['Elsa', 1],
      ['Fanny', 1],
    ]);
    const stats = await comms.get(url('/stats')).expect(200);
    expect(stats.body).toMatchObject({ sent: 3, failed: 1, uncertain: 1, bounced: 1 });

    const audit = await (
      await t.as(demo.coordinator)
    )
      .get(`/api/audit?entityType=NewsletterIssue&entityId=${issueId}`)
      .expect(200);
    const resends = audit.body.items.filter((e: { action: string }) => e.action === 'resend');
    expect(resends).toHaveLength(3);
    expect(resends.map((e: { after: { queued: string[] } }) => e.after.queued)).toEqual(
      expect.arrayContaining([[row.Anouk], [row.Basile], []]),
    );
  });

  it('shows a subscriber’s delivery history on their page', async () => {
    const [anouk] = await t.db.query(`SELECT id FROM newsletter_subscribers WHERE email = $1`, [email('Anouk')]);
    const page = await comms.get(`/api/newsletters/subscribers/${anouk.id}`).expect(200);
    expect(page.body.deliveries).toEqual([
      {
        id: row.Anouk,
        issueId,
        issueNumber: expect.any(Number),
        issueTitle: 'Lettre des livraisons',
        status: 'sent',
        attempts: 1,
        at: expect.any(String),
        smtpResponse: expect.stringMatching(/^250/),
      },
    ]);
  });

  it('refuses a resend for an issue that has not gone out', async () => {
    const draft = await comms.post('/api/newsletters/issues', { title: 'Brouillon', blocks }).expect(201);
    const res = await comms.post(`/api/newsletters/issues/${draft.body.id}/resend`, { status: 'failed' }).expect(409);
    expect(res.body.error.kind).toBe('conflict');
  });
});
