import type { ParsedMail } from 'mailparser';
import { SendQueue } from '../../src/modules/newsletters/sending/send-queue';
import { SendWorkerService } from '../../src/modules/newsletters/sending/send-worker.service';
import { demo, startTestApp, type Caller, type TestApp } from '../support/app';
import { waitForStats } from '../support/newsletters';
import { SmtpSink } from '../support/smtp-sink';

const blocks = [
  {
    type: 'editorial',
    title: 'Édito',
    html: '<p>Bonjour à toutes et tous <script>alert("x")</script><img src=x onerror=alert(1)></p>',
  },
  {
    type: 'article',
    title: 'Transiscothon',
    text: 'Compte rendu.',
    linkUrl: 'https://transiscope.example.org/transiscothon',
    linkLabel: 'Lire',
  },
  {
    type: 'donation',
    title: 'Soutenez-nous',
    text: 'Un don aide.',
    buttonLabel: 'Donner',
    buttonUrl: 'https://transiscope.example.org/don',
  },
];

describe('newsletter sending', () => {
  let t: TestApp;
  let comms: Caller;
  let listId: string;
  /** Newsletters go through their own relay (NEWSLETTER_SMTP_URL), which can refuse recipients. */
  const refusals = new Map<string, () => { code: number; message: string } | null>();
  const bulk = new SmtpSink({ rejectRecipient: (address) => refusals.get(address)?.() ?? null });
  beforeAll(async () => {
    t = await startTestApp({
      NEWSLETTER_SMTP_URL: await bulk.start(),
      NEWSLETTER_RATE_PER_SECOND: '0',
      NEWSLETTER_LINK_CHECK: 'false',
      NEWSLETTER_RETRY_SECONDS: '1',
      NEWSLETTER_MAX_ATTEMPTS: '2',
      NEWSLETTER_UNSUBSCRIBE_EMAIL: 'desinscription@reseau.example.org',
    });
    comms = await t.as(demo.comms);
    const list = await comms
      .post('/api/newsletters/lists', { key: 'essai', name: 'Liste d’essai', isPublic: true })
      .expect(201);
    listId = list.body.id;
  });
  afterAll(async () => {
    await t.close();
    await bulk.stop();
  });

  const subscribeAndConfirm = async (email: string, firstName: string) => {
    await t
      .http()
      .post('/api/newsletters/public/subscribe')
      .send({
        email,
        firstName,
        locale: 'fr',
        listIds: [listId],
        consentTextVersion: '2026-01',
        sourcePage: 'https://transiscope.example.org/lettre',
      })
      .expect(202);
    const mail = await t.mail.waitFor((m) => t.mail.to(email).includes(m) && (m.subject ?? '').includes('Confirmez'));
    expect(mail.text).toMatch(new RegExp(`^Bonjour ${firstName},`));
    await t
      .http()
      .post('/api/newsletters/public/confirm')
      .send({ token: /token=([\w-]+)/.exec(mail.text!)![1] })
      .expect(200);
  };
  const issueFor = async (title: string) =>
    (await comms.post('/api/newsletters/issues', { title, listIds: [listId], blocks }).expect(201)).body;
  const sendNow = async (id: string) => {
    await comms.post(`/api/newsletters/issues/${id}/schedule`, { sendAt: new Date().toISOString() }).expect(200);
    return waitForStats(comms, id, (s) => s.status === 'sent');
  };
  // Header lines as received, unfolded.
  const header = (m: ParsedMail, name: string) =>
    m.headerLines.find((h) => h.key === name)?.line.replace(/\s*\r?\n\s+/g, ' ');

  it('subscribe → confirm → send: the issue arrives with both List-Unsubscribe headers, a text part and the name; one click unsubscribes; the next send skips them', async () => {
    await subscribeAndConfirm('camille.roux@example.org', 'Camille');
    await subscribeAndConfirm('yanis.haddad@example.org', 'Yanis');

    const issue = await issueFor('La lettre de mars');
    const stats = await sendNow(issue.id);
    expect(stats).toMatchObject({ recipients: 2, sent: 2, failed: 0, queued: 0, sending: 0, uncertain: 0 });

    const mail = await bulk.waitFor(
      (m) => bulk.to('camille.roux@example.org').includes(m) && m.subject === 'La lettre de mars',
    );
    const listUnsubscribe = header(mail, 'list-unsubscribe')!;
    expect(listUnsubscribe).toMatch(
      /^List-Unsubscribe: <http:\/\/localhost:3000\/api\/newsletters\/public\/unsubscribe\/[\w-]{64}>, <mailto:desinscription\+\d+-[0-9a-f]{20}@reseau\.example\.org\?subject=unsubscribe>$/,
    );
    expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(header(mail, 'list-id')).toMatch(/<essai\.maillage\.test>/);
    expect(mail.text).toContain('Bonjour Camille,');
    expect(mail.html).toContain('Bonjour Camille,');
    // The script typed in the editorial is gone; its text stays.
    expect(mail.html).not.toMatch(/<script|onerror/);
    expect(mail.html).toContain('Bonjour à toutes et tous');

    const url = /<(http[^>]+)>/.exec(listUnsubscribe)![1];
    await t.http().post(new URL(url).pathname).type('form').send('List-Unsubscribe=One-Click').expect(200);

    const next = await issueFor('La lettre de mai');
    expect(await sendNow(next.id)).toMatchObject({ recipients: 1, sent: 1 });
    expect(bulk.to('camille.roux@example.org').filter((m) => m.subject === 'La lettre de mai')).toHaveLength(0);
    await bulk.waitFor((m) => bulk.to('yanis.haddad@example.org').includes(m) && m.subject === 'La lettre de mai');

    const stats1 = await comms.get(`/api/newsletters/issues/${issue.id}/stats`).expect(200);
    expect(stats1.body.unsubscribedSince).toBe(1);
    const deliveries = await comms.get(`/api/newsletters/issues/${issue.id}/deliveries?status=sent`).expect(200);
    expect(deliveries.body.total).toBe(2);
    expect(deliveries.body.items[0].smtpResponse).toMatch(/^250/);

    // Archive and web version: the same rendering, nothing personal.
    const archive = await t.http().get('/api/newsletters/public/archive').expect(200);
    expect(archive.body.map((i: { number: number }) => i.number)).toContain(issue.number);
    const web = await t.http().get(`/api/newsletters/public/archive/${issue.number}`).expect(200);
    expect(web.headers['content-type']).toMatch(/^text\/html/);
    expect(web.text).toContain('Bonjour,');
    expect(web.text).not.toMatch(/Camille|Yanis|unsubscribe\/[\w-]{64}/);
    const unknown = await t
      .http()
      .get(`/api/newsletters/public/archive/${next.number + 50}`)
      .expect(404);
    expect(unknown.body.error.code).toBe('newsletters.issue_does_not_exist_not');
    const draft = await issueFor('Pas encore parue');
    const notOut = await t.http().get(`/api/newsletters/public/archive/${draft.number}`).expect(404);
    expect(notOut.body.error.code).toBe('newsletters.issue_not_out_yet');
    await t.http().get('/api/newsletters/public/archive/abc').expect(400);
  });

  it('walks the workflow and keeps content frozen once scheduled', async () => {
    const issue = await issueFor('Brouillon');
    await comms.post(`/api/newsletters/issues/${issue.id}/submit`).expect(200);
    await comms.patch(`/api/newsletters/issues/${issue.id}`, { title: 'Relue' }).expect(200);
    const later = new Date(Date.now() + 86_400_000).toISOString();
    const scheduled = await comms.post(`/api/newsletters/issues/${issue.id}/schedule`, { sendAt: later }).expect(200);
    expect(scheduled.body.status).toBe('scheduled');
    await comms.patch(`/api/newsletters/issues/${issue.id}`, { title: 'Trop tard' }).expect(409);
    await comms.post(`/api/newsletters/issues/${issue.id}/pause`).expect(409);
    await comms.post(`/api/newsletters/issues/${issue.id}/reopen`).expect(200);
    const audit = await (
      await t.as(demo.coordinator)
    )
      .get(`/api/audit?entityType=NewsletterIssue&entityId=${issue.id}`)
      .expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'reopen',
      'schedule',
      'update',
      'submit',
      'create',
    ]);
  });

  it('refuses to schedule an issue the check finds errors in, and reports them', async () => {
    const bad = await comms
      .post('/api/newsletters/issues', {
        title: 'Sans liste',
        blocks: [{ type: 'article', title: 'A', text: 'B', linkUrl: 'http://insecure.example.org' }],
      })
      .expect(201);
    const check = await comms.get(`/api/newsletters/issues/${bad.body.id}/check`).expect(200);
    expect(check.body.ok).toBe(false);
    expect(check.body.problems.map((p: { code: string }) => p.code)).toEqual([
      'no_lists',
      'not_https',
      'own_url_not_https',
      'no_dkim',
    ]);
    const refused = await comms
      .post(`/api/newsletters/issues/${bad.body.id}/schedule`, { sendAt: new Date().toISOString() })
      .expect(409);
    expect(refused.body.error.fields.check).toEqual([
      'Aucune liste de destinataires n’est choisie',
      'Lien ou image hors https',
    ]);
  });

  it('validates blocks by type, with field paths, and saves nothing on bad input', async () => {
    const before = (await t.db.query('SELECT count(*)::int AS n FROM newsletter_issues'))[0].n;
    const res = await comms
      .post('/api/newsletters/issues', {
        title: '',
        listIds: ['nope'],
        blocks: [
          { type: 'article', title: 'Sans texte', imageUrl: 'javascript:alert(1)' },
          { type: 'agenda', events: [{ date: '2026-02-30', title: 'x', place: 'y', time: '25:00' }] },
          {
            type: 'donation',
            title: 'Don',
            text: 'x',
            buttonLabel: 'Go',
            buttonUrl: 'https://ok.example.org',
            html: '<p>pas ici</p>',
          },
          { type: 'video', url: 'https://x' },
        ],
      })
      .expect(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(
      [
        'blocks.0.imageUrl',
        'blocks.0.text',
        'blocks.1.events.0.date',
        'blocks.1.events.0.time',
        'blocks.2.html',
        'blocks.3.type',
        'blocks.3.url',
        'listIds',
        'title',
      ].sort(),
    );
    const unknownOrg = await comms
      .post('/api/newsletters/issues', {
        title: 'X',
        blocks: [{ type: 'new_members', organisationIds: ['00000000-0000-4000-8000-000000000000'] }],
      })
      .expect(400);
    expect(unknownOrg.body.error.fields).toEqual({ 'blocks.0.organisationIds': ['Organisation inconnue'] });
    expect((await t.db.query('SELECT count(*)::int AS n FROM newsletter_issues'))[0].n).toBe(before);
  });

  it('previews unsaved content as sent, and test-sends to typed addresses', async () => {
    const [org] = await t.db.query(`SELECT id FROM organisations WHERE name = 'Colibris'`);
    const preview = await comms
      .post('/api/newsletters/preview', {
        title: 'Aperçu',
        blocks: [...blocks, { type: 'new_members', organisationIds: [org.id] }],
      })
      .expect(200);
    expect(preview.body.html).toContain('Bonjour Léa,');
    expect(preview.body.html).toContain('Colibris');
    expect(preview.body.text).toContain('SOUTENEZ-NOUS');
    expect(preview.body.bytes).toBeGreaterThan(5000);
    const issue = await issueFor('Pour test');
    await comms
      .post(`/api/newsletters/issues/${issue.id}/test-send`, { emails: ['relecture@example.org', 'pas une adresse'] })
      .expect(400);
    await comms
      .post(`/api/newsletters/issues/${issue.id}/test-send`, { emails: ['Relecture@Example.org'] })
      .expect(200);
    const mail = await bulk.waitFor((m) => bulk.to('relecture@example.org').includes(m));
    expect(mail.subject).toBe('[TEST] Pour test');
    expect(header(mail, 'list-unsubscribe-post')).toBeDefined();
    // "See this issue in the browser": not the archive (the issue is not out) but a signed preview that works.
    const link = /\/newsletter\/preview\/([\w-]+)/.exec(mail.text ?? '');
    expect(link).not.toBeNull();
    expect(mail.html).toContain(`/newsletter/preview/${link![1]}`);
    expect(mail.html).not.toContain(`/newsletter/archive/${issue.number}`);
    const page = await t.http().get(`/api/newsletters/public/preview/${link![1]}`).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('Pour test');
    expect(page.text).not.toContain('Relecture');
    const forged = link![1].slice(0, -2) + (link![1].endsWith('AA') ? 'BB' : 'AA');
    const refused = await t.http().get(`/api/newsletters/public/preview/${forged}`).expect(404);
    expect(refused.body.error.code).toBe('newsletters.preview_link_expired');
  });

  it('records a hard bounce and marks the address bounced; retries a temporary failure with backoff', async () => {
    refusals.set('inconnu@example.org', () => ({ code: 550, message: '5.1.1 User unknown' }));
    let full = true;
    refusals.set('plein@example.org', () =>
      full ? ((full = false), { code: 452, message: '4.2.2 Mailbox full, try later' }) : null,
    );
    await subscribeAndConfirm('plein@example.org', 'Paul');
    await comms
      .post('/api/newsletters/subscribers', {
        email: 'inconnu@example.org',
        listIds: [listId],
        consentSource: 'Fiche papier',
      })
      .expect(201);
    const issue = await issueFor('Lettre avec rebond');
    const stats = await sendNow(issue.id);
    expect(stats).toMatchObject({ bounced: 1, failed: 0, sent: (stats.recipients as number) - 1 });
    const [bounced] = await t.db.query(
      `SELECT status, status_reason FROM newsletter_subscribers WHERE email = 'inconnu@example.org'`,
    );
    expect(bounced.status).toBe('bounced');
    expect(bounced.status_reason).toMatch(/550/);
    const [retried] = await t.db.query(
      `SELECT d.status, d.attempts FROM newsletter_deliveries d JOIN newsletter_subscribers s ON s.id = d.subscriber_id WHERE s.email = 'plein@example.org' AND d.issue_id = $1`,
      [issue.id],
    );
    expect(retried).toEqual({ status: 'sent', attempts: 2 });
  });

  it('pauses and resumes a send', async () => {
    const worker = t.app.get(SendWorkerService);
    await worker.stop();
    const issue = await issueFor('Lettre en pause');
    await comms.post(`/api/newsletters/issues/${issue.id}/schedule`, { sendAt: new Date().toISOString() }).expect(200);
    expect((await t.app.get(SendQueue).startDueIssue())?.id).toBe(issue.id);
    await comms.post(`/api/newsletters/issues/${issue.id}/pause`).expect(200);
    await worker.start();
    await new Promise((r) => setTimeout(r, 800));
    const paused = await comms.get(`/api/newsletters/issues/${issue.id}/stats`).expect(200);
    expect(paused.body).toMatchObject({ status: 'paused', sent: 0 });
    expect(paused.body.queued).toBeGreaterThan(0);
    await comms.post(`/api/newsletters/issues/${issue.id}/resume`).expect(200);
    expect(await waitForStats(comms, issue.id, (s) => s.status === 'sent')).toMatchObject({
      queued: 0,
      sent: paused.body.queued,
    });
  });

  it('registers again when the connection holding its lock drops, and sends on', async () => {
    const worker = t.app.get(SendWorkerService);
    const before = worker.id;
    await t.db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND classid = 727100 AND objid = $1`,
      [before],
    );
    await worker.tick();
    for (let i = 0; i < 100 && worker.id === before; i++) await new Promise((r) => setTimeout(r, 100));
    expect(worker.id).toBeGreaterThan(before);
    const issue = await issueFor('Lettre après coupure');
    expect(await sendNow(issue.id)).toMatchObject({ queued: 0, failed: 0 });
  });

  it('keeps the send stats and controls to the team; others read sent issues only', async () => {
    const [sent] = await t.db.query(`SELECT id FROM newsletter_issues WHERE status = 'sent' LIMIT 1`);
    const [draft] = await t.db.query(`SELECT id FROM newsletter_issues WHERE status = 'draft' LIMIT 1`);
    const volunteer = await t.as(demo.volunteer);
    await volunteer.get(`/api/newsletters/issues/${sent.id}`).expect(200);
    await volunteer.get(`/api/newsletters/issues/${draft.id}`).expect(403);
    await volunteer.get(`/api/newsletters/issues/${sent.id}/stats`).expect(403);
    const listed = await volunteer.get('/api/newsletters/issues?pageSize=100').expect(200);
    expect(listed.body.items.every((i: { status: string }) => i.status === 'sent')).toBe(true);
    await volunteer
      .post(`/api/newsletters/issues/${draft.id}/schedule`, { sendAt: new Date().toISOString() })
      .expect(403);
  });
});
