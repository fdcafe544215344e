import { demo, startTestApp, type TestApp } from '../support/app';

const STRONG = 'Une phrase de passe solide 2026';

const cookiesOf = (res: { headers: Record<string, unknown> }) =>
  ([res.headers['set-cookie']].flat() as string[]).map((c) => c.split(';')[0]).join('; ');

describe('sessions', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ SESSION_IDLE_MINUTES: '30', LOGIN_MAX_ATTEMPTS: '3' })));
  afterAll(() => t.close());

  it('signs in with httpOnly, SameSite cookies and a new session id each time', async () => {
    const a = await t
      .http()
      .post('/api/auth/login')
      .send({ email: demo.copil, password: 'Maillage-demo-2026' })
      .expect(200);
    const raw = [a.headers['set-cookie']].flat();
    expect(raw.find((c) => c.startsWith('maillage_session='))).toMatch(/HttpOnly/i);
    expect(raw.find((c) => c.startsWith('maillage_session='))).toMatch(/SameSite=Lax/i);
    expect(raw.find((c) => c.startsWith('maillage_csrf='))).not.toMatch(/HttpOnly/i);
    expect(a.body.user).toMatchObject({ email: demo.copil, roles: ['copil'] });
    expect(a.body.user.organisationIds).toHaveLength(1);
    expect(a.body.user.sessionId).toBeUndefined();
    expect(Array.isArray(a.body.rules)).toBe(true);
    const b = await t
      .http()
      .post('/api/auth/login')
      .send({ email: demo.copil, password: 'Maillage-demo-2026' })
      .expect(200);
    expect(cookiesOf(a)).not.toEqual(cookiesOf(b));
    const [{ n }] = await t.db.query(
      'SELECT count(*)::int AS n FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.email = $1',
      [demo.copil],
    );
    expect(n).toBe(2);
  });

  it('answers the same for a wrong password and an unknown email, and logs both', async () => {
    const wrong = await t
      .http()
      .post('/api/auth/login')
      .send({ email: demo.comms, password: 'not the password!' })
      .expect(401);
    const unknown = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'personne@nulle-part.test', password: 'not the password!' })
      .expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.code).toBe('auth.invalid_credentials');
    const rows = await t.db.query(
      `SELECT after->>'email' AS email FROM audit_log WHERE action = 'login_failed' ORDER BY id`,
    );
    expect(rows.map((r: { email: string }) => r.email)).toEqual(
      expect.arrayContaining([demo.comms, 'personne@nulle-part.test']),
    );
  });

  it('rate-limits repeated failures for one email, even with the right password afterwards', async () => {
    for (let i = 0; i < 3; i++)
      await t
        .http()
        .post('/api/auth/login')
        .send({ email: demo.wgLead, password: `mauvais-${i}-motdepasse` })
        .expect(401);
    await t.http().post('/api/auth/login').send({ email: demo.wgLead, password: 'Maillage-demo-2026' }).expect(429);
  });

  it('refuses a change without the CSRF header, and logout ends the session at once', async () => {
    const c = await t.as(demo.coordinator);
    await t.http().patch('/api/auth/me/locale').set('Cookie', c.cookie).send({ locale: 'en' }).expect(403);
    await c.patch('/api/auth/me/locale', { locale: 'en' }).expect(200);
    await c.post('/api/auth/logout').expect(204);
    await c.get('/api/auth/me').expect(401);
  });

  it('expires an idle session and one past its absolute lifetime', async () => {
    const idle = await t.as(demo.comms);
    await t.db.query(
      `UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE account_id = (SELECT id FROM accounts WHERE email = $1)`,
      [demo.comms],
    );
    await idle.get('/api/auth/me').expect(401);
    const old = await t.as(demo.comms);
    await t.db.query(
      `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE account_id = (SELECT id FROM accounts WHERE email = $1)`,
      [demo.comms],
    );
    await old.get('/api/auth/me').expect(401);
  });

  it('asks for the current password to change password or email; a password change ends the other sessions', async () => {
    const here = await t.as(demo.otherCopil);
    const elsewhere = await t.as(demo.otherCopil);
    const bad = await here
      .patch('/api/auth/me/password', { currentPassword: 'pas le bon', newPassword: STRONG })
      .expect(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(['currentPassword']);
    const weak = await here
      .patch('/api/auth/me/password', { currentPassword: 'Maillage-demo-2026', newPassword: 'motdepasse2024' })
      .expect(400);
    expect(Object.keys(weak.body.error.fields)).toEqual(['newPassword']);
    await here
      .patch('/api/auth/me/password', { currentPassword: 'Maillage-demo-2026', newPassword: STRONG })
      .expect(204);
    await here.get('/api/auth/me').expect(200);
    await elsewhere.get('/api/auth/me').expect(401);
    await here
      .patch('/api/auth/me/email', { currentPassword: 'Maillage-demo-2026', email: 'x@maillage.test' })
      .expect(400);
    const moved = await here
      .patch('/api/auth/me/email', { currentPassword: STRONG, email: 'Nouvelle.Adresse@maillage.test' })
      .expect(200);
    expect(moved.body.user.email).toBe('nouvelle.adresse@maillage.test');
    await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'nouvelle.adresse@maillage.test', password: STRONG })
      .expect(200);
  });

  it('disabling an account ends its sessions at once; only an admin may', async () => {
    const volunteer = await t.as(demo.volunteer);
    const admin = await t.as(demo.admin);
    const [{ id }] = await t.db.query('SELECT id FROM accounts WHERE email = $1', [demo.volunteer]);
    await (await t.as(demo.coordinator)).post(`/api/accounts/${id}/disable`).expect(403);
    await admin.post(`/api/accounts/${id}/disable`).expect(200);
    await volunteer.get('/api/auth/me').expect(401);
    await t.http().post('/api/auth/login').send({ email: demo.volunteer, password: 'Maillage-demo-2026' }).expect(401);
    await admin.post(`/api/accounts/${id}/enable`).expect(200);
    await t.as(demo.volunteer);
  });

  it('keeps at least one active admin and lets only an admin grant admin', async () => {
    const admin = await t.as(demo.admin);
    const [{ id }] = await t.db.query('SELECT id FROM accounts WHERE email = $1', [demo.admin]);
    await admin.patch(`/api/accounts/${id}/roles`, { roles: ['coordinator'] }).expect(409);
    const coord = await t.as(demo.coordinator);
    await coord
      .post('/api/invitations', { email: 'chef@maillage.test', firstName: 'A', lastName: 'B', roles: ['admin'] })
      .expect(403);
  });

  it('logs a refused access in the audit log', async () => {
    const c = await t.as(demo.contractor);
    await c.get('/api/audit').expect(403);
    const [row] = await t.db.query(
      `SELECT after FROM audit_log WHERE action = 'access_denied' ORDER BY id DESC LIMIT 1`,
    );
    expect(row.after).toEqual({ method: 'GET', url: '/api/audit' });
  });
});

describe('invitations and password reset', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ APP_URL: 'https://maillage.example.org' })));
  afterAll(() => t.close());

  const linkToken = (text: string, page: string) =>
    new RegExp(`https://maillage\\.example\\.org/${page}\\?token=([\\w-]+)`).exec(text)![1];

  it('invites a person who sets a password through the emailed link, once', async () => {
    const coord = await t.as(demo.coordinator);
    const [org] = await t.db.query(`SELECT id FROM organisations WHERE name ILIKE '%colibris%'`);
    const res = await coord
      .post('/api/invitations', {
        email: 'Lea.Nouvelle@maillage.test',
        firstName: 'Léa',
        lastName: 'Nouvelle',
        roles: ['copil'],
        organisationIds: [org.id],
      })
      .expect(201);
    expect(res.body.email).toBe('lea.nouvelle@maillage.test');
    const mail = await t.mail.waitFor((m) =>
      m.to ? [m.to].flat().some((a) => a.text.includes('lea.nouvelle@maillage.test')) : false,
    );
    expect(mail.html).toBeTruthy();
    expect(mail.text).toContain('Léa');
    const token = linkToken(mail.text!, 'invitation');
    // Until they accept, the accounts list shows the invitation pending, not an active account.
    const pending = async () =>
      (await coord.get('/api/accounts?q=lea.nouvelle').expect(200)).body.items[0].invitationPending as boolean;
    expect(await pending()).toBe(true);
    const desc = await t.http().get(`/api/auth/invitations/${token}`).expect(200);
    expect(desc.body).toMatchObject({ email: 'lea.nouvelle@maillage.test', firstName: 'Léa' });
    await t.http().post('/api/auth/invitations/accept').send({ token, password: 'azerty123456' }).expect(400);
    const accepted = await t.http().post('/api/auth/invitations/accept').send({ token, password: STRONG }).expect(200);
    expect(accepted.body.user).toMatchObject({ roles: ['copil'], organisationIds: [org.id] });
    await t.http().post('/api/auth/invitations/accept').send({ token, password: STRONG }).expect(410);
    await t.http().post('/api/auth/login').send({ email: 'lea.nouvelle@maillage.test', password: STRONG }).expect(200);
    expect(await pending()).toBe(false);
    await coord
      .post('/api/invitations', {
        email: 'lea.nouvelle@maillage.test',
        firstName: 'Léa',
        lastName: 'Nouvelle',
        roles: ['copil'],
      })
      .expect(409);
  });

  it('refuses an expired invitation', async () => {
    const coord = await t.as(demo.coordinator);
    await coord
      .post('/api/invitations', {
        email: 'tard@maillage.test',
        firstName: 'Tom',
        lastName: 'Tard',
        roles: ['volunteer'],
      })
      .expect(201);
    const mail = await t.mail.waitFor((m) => [m.to].flat().some((a) => a?.text.includes('tard@maillage.test')));
    await t.db.query(`UPDATE account_tokens SET expires_at = now() - interval '1 minute' WHERE purpose = 'invitation'`);
    await t
      .http()
      .post('/api/auth/invitations/accept')
      .send({ token: linkToken(mail.text!, 'invitation'), password: STRONG })
      .expect(410);
  });

  it('resets a password with a single-use link and ends the old sessions; says nothing about unknown emails', async () => {
    const before = await t.as(demo.comms);
    await t.http().post('/api/auth/password-reset').send({ email: 'inconnu@maillage.test' }).expect(202);
    await t.http().post('/api/auth/password-reset').send({ email: demo.comms }).expect(202);
    const mail = await t.mail.waitFor((m) => [m.to].flat().some((a) => a?.text.includes(demo.comms)));
    expect(t.mail.to('inconnu@maillage.test')).toHaveLength(0);
    const token = linkToken(mail.text!, 'reset-password');
    await t.http().post('/api/auth/password-reset/confirm').send({ token, password: STRONG }).expect(204);
    await t.http().post('/api/auth/password-reset/confirm').send({ token, password: STRONG }).expect(410);
    await before.get('/api/auth/me').expect(401);
    await t.http().post('/api/auth/login').send({ email: demo.comms, password: STRONG }).expect(200);
  });
});
