import { generate } from 'otplib';
import { DEMO_PASSWORD } from '../../src/database/seed/demo-data';
import { demo, startTestApp, type Caller, type TestApp } from '../support/app';

/** A code of the app for the time step after the current one (accepted: one step of drift is allowed). */
const nextCode = (secret: string) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
const login = (t: TestApp, body: object) =>
  t
    .http()
    .post('/api/auth/login')
    .send({ email: demo.comms, password: DEMO_PASSWORD, ...body });
const ageSession = (t: TestApp, c: Caller, minutes: number) =>
  t.db.query(
    `UPDATE sessions SET authenticated_at = now() - make_interval(mins => $2) WHERE account_id = (SELECT id FROM accounts WHERE email = $1)`,
    [c.email, minutes],
  );

describe('second factor, re-authentication and sessions', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('enrols with a first code, then asks for a code at sign-in; a code or a recovery code works once', async () => {
    const comms = await t.as(demo.comms);
    const { secret, otpauthUri } = (await comms.post('/api/auth/second-factor/setup').expect(200)).body;
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Maillage:/);
    await comms.post('/api/auth/second-factor/enable', { currentPassword: DEMO_PASSWORD, code: '000000' }).expect(400);
    const code = await generate({ secret });
    const { recoveryCodes } = (
      await comms.post('/api/auth/second-factor/enable', { currentPassword: DEMO_PASSWORD, code }).expect(200)
    ).body;
    expect(recoveryCodes).toHaveLength(10);
    const [{ hashes }] = await t.db.query(`SELECT recovery_code_hashes AS hashes FROM accounts WHERE email = $1`, [
      demo.comms,
    ]);
    expect(hashes).not.toContain(recoveryCodes[0]);

    const asked = await login(t, {}).expect(401);
    expect(asked.body.error.code).toBe('auth.second_factor_required');
    expect(asked.headers['set-cookie']).toBeUndefined();
    // The code that turned it on is spent; so is a wrong one.
    expect((await login(t, { code }).expect(401)).body.error.code).toBe('auth.invalid_second_factor');
    const signedIn = await login(t, { code: await nextCode(secret) }).expect(200);
    expect(signedIn.body.user.secondFactor).toEqual({ enabled: true, required: false });
    await login(t, { code: recoveryCodes[0].toUpperCase() }).expect(200);
    await login(t, { code: recoveryCodes[0] }).expect(401);
    const audited = await t.db.query(
      `SELECT action FROM audit_log WHERE action IN ('second_factor_enabled', 'login_second_factor_failed')`,
    );
    expect(audited.map((r: { action: string }) => r.action)).toEqual(
      expect.arrayContaining(['second_factor_enabled', 'login_second_factor_failed']),
    );
  });

  it('makes the roles the admin chose enrol before anything else', async () => {
    const admin = await t.as(demo.admin);
    await admin.put('/api/security/settings', { totpRequiredFor: ['coordinator'] }).expect(200);
    const coord = await t.as(demo.coordinator);
    const me = (await coord.get('/api/auth/me').expect(200)).body;
    expect(me.user.secondFactor).toEqual({ enabled: false, required: true });
    expect((await coord.get('/api/organisations').expect(403)).body.error.code).toBe(
      'permissions.second_factor_required',
    );
    const { secret } = (await coord.post('/api/auth/second-factor/setup').expect(200)).body;
    await coord
      .post('/api/auth/second-factor/enable', { currentPassword: DEMO_PASSWORD, code: await generate({ secret }) })
      .expect(200);
    await coord.get('/api/organisations').expect(200);
    // Required: it cannot be turned off.
    await coord
      .post('/api/auth/second-factor/disable', { currentPassword: DEMO_PASSWORD, code: await nextCode(secret) })
      .expect(409);
    await admin.put('/api/security/settings', { totpRequiredFor: [] }).expect(200);
  });

  it('asks for the password again before a sensitive action, once the sign-in is more than ten minutes old', async () => {
    const admin = await t.as(demo.admin);
    const [target] = await t.db.query(`SELECT id FROM accounts WHERE email = $1`, [demo.volunteer]);
    await admin.patch(`/api/accounts/${target.id}/roles`, { roles: ['volunteer'] }).expect(200);
    await ageSession(t, admin, 11);
    expect(
      (await admin.patch(`/api/accounts/${target.id}/roles`, { roles: ['volunteer'] }).expect(403)).body.error.code,
    ).toBe('permissions.reauthentication_required');
    expect(
      (await admin.post('/api/auth/reauthenticate', { password: 'pas le bon' }).expect(400)).body.error.fields,
    ).toHaveProperty('password');
    await admin.post('/api/auth/reauthenticate', { password: DEMO_PASSWORD }).expect(204);
    await admin.patch(`/api/accounts/${target.id}/roles`, { roles: ['volunteer'] }).expect(200);

    // Approving or paying a split, exporting subscribers: the same.
    await ageSession(t, admin, 11);
    const [split] = await t.db.query(`SELECT id FROM splits LIMIT 1`);
    for (const url of [`/api/splits/${split.id}/approve`, `/api/splits/${split.id}/payments`]) {
      expect((await admin.post(url, {}).expect(403)).body.error.code).toBe('permissions.reauthentication_required');
    }
    // Exports that name people: subscribers, contributions (their givers), a group's members and their addresses.
    const [group] = await t.db.query(`SELECT id FROM working_groups LIMIT 1`);
    for (const url of [
      '/api/newsletters/subscribers/export',
      '/api/contributions/export',
      `/api/working-groups/${group.id}/members.csv`,
    ]) {
      expect((await admin.get(url).expect(403)).body.error.code).toBe('permissions.reauthentication_required');
    }
  });

  it('lists one’s sessions and signs out the others', async () => {
    const here = await t.as(demo.wgLead);
    const there = await t.as(demo.wgLead);
    const sessions = (await here.get('/api/auth/sessions').expect(200)).body as { id: string; current: boolean }[];
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    expect(sessions[0].id).toMatch(/^[0-9a-f]{16}$/);
    await here.delete('/api/auth/sessions/0123456789abcdef').expect(404);
    await here.post('/api/auth/sessions/end-others').expect(204);
    await there.get('/api/auth/me').expect(401);
    await here.get('/api/auth/me').expect(200);
    expect((await here.get('/api/auth/sessions').expect(200)).body).toHaveLength(1);
  });
});
