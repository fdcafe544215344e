import { SubscriptionService } from '../../src/modules/newsletters/subscription.service';
import { unsubscribeToken } from '../../src/modules/newsletters/unsubscribe-token';
import { demo, startTestApp, type TestApp } from '../support/app';

describe('newsletter subscribers', () => {
  let t: TestApp;
  let publicList: string;
  let privateList: string;
  beforeAll(async () => {
    t = await startTestApp();
    [{ id: publicList }] = await t.db.query(`SELECT id FROM newsletter_lists WHERE key = 'lettre-du-reseau'`);
    [{ id: privateList }] = await t.db.query(`SELECT id FROM newsletter_lists WHERE key = 'copil-interne'`);
  });
  afterAll(() => t.close());

  const form = (email: string, extra: object = {}) => ({
    email,
    firstName: 'Zoé',
    lastName: 'Martin',
    locale: 'fr',
    listIds: [publicList],
    consentTextVersion: '2026-01',
    sourcePage: 'https://transiscope.example.org/lettre',
    ...extra,
  });
  const count = async (sql: string, params: unknown[] = []) => (await t.db.query(sql, params))[0].n as number;

  it('offers the public lists and the consent text of the form', async () => {
    const res = await t.http().get('/api/newsletters/public/form').expect(200);
    expect(res.body.lists.map((l: { name: string }) => l.name)).toEqual([
      'Actualités Auvergne-Rhône-Alpes',
      'La lettre du réseau',
    ]);
    expect(res.body.consentTextVersion).toBe('2026-01');
    expect(res.body.consentText.fr).toMatch(/désinscrire à tout moment/);
  });

  it('subscribes by double opt-in, keeping the proof of consent, with a single-use link', async () => {
    await t
      .http()
      .post('/api/newsletters/public/subscribe')
      .set('User-Agent', 'Firefox test')
      .send(form('Zoe.Martin@Example.org'))
      .expect(202);
    await t.drain();
    const [pending] = await t.db.query(
      `SELECT id, status FROM newsletter_subscribers WHERE email = 'zoe.martin@example.org'`,
    );
    expect(pending.status).toBe('pending');
    const mail = await t.mail.waitFor(
      (m) =>
        m.subject?.includes('Confirmez votre inscription') === true && t.mail.to('zoe.martin@example.org').includes(m),
    );
    expect(mail.text).toContain('La lettre du réseau');
    const token = /confirm\?token=([\w-]+)/.exec(mail.text!)![1];

    const confirmed = await t.http().post('/api/newsletters/public/confirm').send({ token }).expect(200);
    expect(confirmed.body).toEqual({ email: 'zoe.martin@example.org', lists: ['La lettre du réseau'] });
    await t.http().post('/api/newsletters/public/confirm').send({ token }).expect(404);

    const [s] = await t.db.query(`SELECT status, confirmed_at FROM newsletter_subscribers WHERE id = $1`, [pending.id]);
    expect(s.status).toBe('confirmed');
    const proof = await t.db.query(
      `SELECT action, source, text_version, ip, user_agent FROM newsletter_consent_events WHERE subscriber_id = $1 ORDER BY id`,
      [pending.id],
    );
    expect(proof).toEqual([
      {
        action: 'subscribe_requested',
        source: 'https://transiscope.example.org/lettre',
        text_version: '2026-01',
        ip: expect.any(String),
        user_agent: 'Firefox test',
      },
      {
        action: 'confirmed',
        source: 'confirmation link',
        text_version: '2026-01',
        ip: expect.any(String),
        user_agent: null,
      },
    ]);
    const comms = await t.as(demo.comms);
    const detail = await comms.get(`/api/newsletters/subscribers/${pending.id}`).expect(200);
    expect(detail.body.lists).toEqual([{ listId: publicList, name: 'La lettre du réseau', status: 'confirmed' }]);
    expect(detail.body.consent).toHaveLength(2);
  });

  it('refuses an expired link', async () => {
    await t.http().post('/api/newsletters/public/subscribe').send(form('expire@example.org')).expect(202);
    const mail = await t.mail.waitFor((m) => t.mail.to('expire@example.org').includes(m));
    await t.db.query(
      `UPDATE newsletter_subscribers SET confirm_token_expires_at = now() - interval '1 minute' WHERE email = 'expire@example.org'`,
    );
    await t
      .http()
      .post('/api/newsletters/public/confirm')
      .send({ token: /token=([\w-]+)/.exec(mail.text!)![1] })
      .expect(410);
  });

  it('refuses bad input with field messages and saves nothing; a bot filling the hidden field gets nowhere', async () => {
    const before = await count('SELECT count(*)::int AS n FROM newsletter_subscribers');
    const bad = await t
      .http()
      .post('/api/newsletters/public/subscribe')
      .send({ ...form('pas-une-adresse'), locale: 'de', extra: 1 })
      .expect(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['email', 'extra', 'locale']);
    expect(bad.body.error.fields.email).toEqual(['Adresse e-mail invalide']);
    const privateOne = await t
      .http()
      .post('/api/newsletters/public/subscribe')
      .send(form('prive@example.org', { listIds: [privateList] }))
      .expect(400);
    expect(privateOne.body.error.fields.listIds).toEqual(['Liste inconnue ou archivée']);
    await t
      .http()
      .post('/api/newsletters/public/subscribe')
      .send(form('version@example.org', { consentTextVersion: '1999' }))
      .expect(400);
    await t
      .http()
      .post('/api/newsletters/public/subscribe')
      .send(form('bot@example.org', { website: 'http://spam.example' }))
      .expect(202);
    expect(await count('SELECT count(*)::int AS n FROM newsletter_subscribers')).toBe(before);
  });

  it('unsubscribes at once with one click (RFC 8058), shows a page on GET, and ignores forged links', async () => {
    const [s] = await t.db.query(`SELECT s.id FROM newsletter_subscribers s WHERE s.email LIKE 'helene.marchal@%'`);
    const token = unsubscribeToken(t.config.NEWSLETTER_SECRET, s.id, publicList);
    const page = await t.http().get(`/api/newsletters/public/unsubscribe/${token}`).expect(303);
    expect(page.headers.location).toBe(`http://localhost:3000/newsletter/unsubscribe/${token}`);
    const info = await t.http().get(`/api/newsletters/public/unsubscribe/${token}/info`).expect(200);
    expect(info.body).toEqual({
      maskedEmail: 'h•••@transitions.example.org',
      list: 'La lettre du réseau',
      subscribed: true,
      locale: 'fr',
    });

    await t
      .http()
      .post(`/api/newsletters/public/unsubscribe/${token}`)
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(200);
    const [after] = await t.db.query(
      `SELECT x.status, p.status AS subscriber FROM newsletter_subscriptions x JOIN newsletter_subscribers p ON p.id = x.subscriber_id WHERE x.subscriber_id = $1`,
      [s.id],
    );
    expect(after).toEqual({ status: 'unsubscribed', subscriber: 'unsubscribed' });
    const [event] = await t.db.query(
      `SELECT source FROM newsletter_consent_events WHERE subscriber_id = $1 AND action = 'unsubscribed'`,
      [s.id],
    );
    expect(event.source).toBe('one-click');
    // Again: nothing changes, still 200.
    await t
      .http()
      .post(`/api/newsletters/public/unsubscribe/${token}`)
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(200);

    const forged = unsubscribeToken('another-secret-that-is-long-enough-to-pass', s.id, publicList);
    await t
      .http()
      .post(`/api/newsletters/public/unsubscribe/${forged}`)
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(404);
    await t.http().get(`/api/newsletters/public/unsubscribe/garbage/info`).expect(404);
  });

  it('lets the unsubscribe page leave every list at once', async () => {
    const [s] = await t.db.query(`SELECT id FROM newsletter_subscribers WHERE email LIKE 'youssef.amrani@%'`);
    await t
      .http()
      .post(`/api/newsletters/public/unsubscribe/${unsubscribeToken(t.config.NEWSLETTER_SECRET, s.id, publicList)}`)
      .send({ allLists: true })
      .expect(200);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM newsletter_subscriptions WHERE subscriber_id = $1 AND status <> 'unsubscribed'`,
        [s.id],
      ),
    ).toBe(0);
  });

  it('adds a person by hand with the consent recorded, and never signs up again someone who left', async () => {
    const comms = await t.as(demo.comms);
    const added = await comms
      .post('/api/newsletters/subscribers', {
        email: 'Paul.Henry@example.org',
        firstName: 'Paul',
        listIds: [publicList, privateList],
        consentSource: 'Fiche papier, rencontre des territoires du 16 mai',
      })
      .expect(201);
    expect(added.body).toMatchObject({ email: 'paul.henry@example.org', status: 'confirmed' });
    expect(added.body.consent.map((c: { action: string; source: string }) => [c.action, c.source])).toEqual([
      ['added_by_staff', 'Fiche papier, rencontre des territoires du 16 mai'],
      ['added_by_staff', 'Fiche papier, rencontre des territoires du 16 mai'],
    ]);
    const again = await comms
      .post('/api/newsletters/subscribers', {
        email: 'vanessa.roy@alternatives.example.org',
        listIds: [publicList],
        consentSource: 'Salon',
      })
      .expect(409);
    expect(again.body.error.fields.email[0]).toMatch(/désinscrite/);
    await comms.post('/api/newsletters/subscribers', { email: 'x', listIds: [], consentSource: '' }).expect(400);

    const bounced = await comms
      .patch(`/api/newsletters/subscribers/${added.body.id}`, { status: 'bounced' })
      .expect(200);
    expect(bounced.body.status).toBe('bounced');
    await comms.patch(`/api/newsletters/subscribers/${added.body.id}`, { status: 'confirmed' }).expect(400);
  });

  it('gives the proof of consent with a subscriber to those who keep the lists only', async () => {
    const [{ id }] = await t.db.query(`SELECT id FROM newsletter_subscribers WHERE email LIKE 'claire.dubois@%'`);
    for (const email of [demo.comms, demo.coordinator]) {
      const detail = (await (await t.as(email)).get(`/api/newsletters/subscribers/${id}`).expect(200)).body;
      expect(detail.consent.length).toBeGreaterThan(0);
      expect(Object.keys(detail.consent[0]).sort()).toEqual([
        'action',
        'actorId',
        'at',
        'id',
        'ip',
        'listId',
        'source',
        'textVersion',
        'userAgent',
      ]);
    }
    // The list gives none: the proof goes with one subscriber's page.
    const page = (await (await t.as(demo.comms)).get('/api/newsletters/subscribers').expect(200)).body;
    expect(page.items.some((s: object) => 'consent' in s)).toBe(false);
    for (const email of [demo.copil, demo.wgLead, demo.contractor, demo.volunteer]) {
      const res = await (await t.as(email)).get(`/api/newsletters/subscribers/${id}`).expect(403);
      expect(res.body).not.toHaveProperty('consent');
    }
  });

  it('erases requests never confirmed after 30 days', async () => {
    await t.http().post('/api/newsletters/public/subscribe').send(form('oublie@example.org')).expect(202);
    await t.drain();
    await t.db.query(
      `UPDATE newsletter_subscribers SET created_at = now() - interval '31 days', confirm_token_expires_at = now() - interval '24 days' WHERE email = 'oublie@example.org'`,
    );
    await t.db.query(
      `UPDATE newsletter_subscriptions SET created_at = now() - interval '31 days' WHERE subscriber_id = (SELECT id FROM newsletter_subscribers WHERE email = 'oublie@example.org')`,
    );
    expect(await t.app.get(SubscriptionService).purgePending()).toBe(2);
    expect(
      await count(`SELECT count(*)::int AS n FROM newsletter_subscribers WHERE email = 'oublie@example.org'`),
    ).toBe(0);
    // The recent pending request of the demo data stays.
    expect(
      await count(`SELECT count(*)::int AS n FROM newsletter_subscribers WHERE status = 'pending'`),
    ).toBeGreaterThan(0);
  });

  it('manages lists', async () => {
    const comms = await t.as(demo.comms);
    const created = await comms
      .post('/api/newsletters/lists', { key: 'territoire-bretagne', name: 'Actualités Bretagne', isPublic: true })
      .expect(201);
    await comms.post('/api/newsletters/lists', { key: 'territoire-bretagne', name: 'Doublon' }).expect(400);
    await comms.post('/api/newsletters/lists', { key: 'Pas Bon', name: '' }).expect(400);
    await comms
      .patch(`/api/newsletters/lists/${created.body.id}`, { description: 'Rennes, Brest, Lorient' })
      .expect(200);
    const lists = await comms.get('/api/newsletters/lists').expect(200);
    const lettre = lists.body.find((l: { key: string }) => l.key === 'lettre-du-reseau');
    expect(lettre.confirmed).toBeGreaterThan(10);
    await comms.post(`/api/newsletters/lists/${created.body.id}/archive`).expect(200);
    expect(
      (await comms.get('/api/newsletters/lists').expect(200)).body.map((l: { key: string }) => l.key),
    ).not.toContain('territoire-bretagne');
    await (await t.as(demo.volunteer)).get('/api/newsletters/lists').expect(403);
  });
});
