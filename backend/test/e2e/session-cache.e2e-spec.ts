import { SessionCache } from '../../src/auth/session-cache';
import { demo, startTestApp, type TestApp } from '../support/app';

/** Polls until `check` passes: what another process changes arrives as a notification, a moment later. */
async function eventually(check: () => unknown, ms = 3_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return void (await check());
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

describe('session cache', () => {
  let t: TestApp;
  let cache: SessionCache;
  let sessionQueries: jest.SpyInstance;
  const accountId = async (email: string) =>
    (await t.db.query('SELECT id FROM accounts WHERE email = $1', [email]))[0].id as string;
  const sessionLookups = () => sessionQueries.mock.calls.filter(([sql]) => /FROM sessions s\s/.test(sql)).length;

  beforeAll(async () => {
    t = await startTestApp();
    cache = t.app.get(SessionCache);
    await eventually(() => expect(cache.isLive).toBe(true));
  });
  beforeEach(() => {
    // Every statement TypeORM runs is logged first, whichever way it was sent.
    sessionQueries = jest.spyOn(t.db.logger, 'logQuery');
  });
  afterEach(() => sessionQueries.mockRestore());
  afterAll(() => t.close());

  it('answers a signed-in request without a session round trip once the session is known', async () => {
    const copil = await t.as(demo.copil);
    await copil.get('/api/auth/me').expect(200);
    await copil.get('/api/contributions').expect(200);
    await copil.get('/api/auth/me').expect(200);
    expect(sessionLookups()).toBe(1);
  });

  it("drops what it knows after each of this process's change requests, before answering: a disabled account is refused at once", async () => {
    const volunteer = await t.as(demo.volunteer);
    const admin = await t.as(demo.admin);
    await volunteer.get('/api/auth/me').expect(200);
    await volunteer.get('/api/auth/me').expect(200);
    const before = sessionLookups();
    await volunteer.patch('/api/auth/me/locale', { locale: 'xx' }).expect(400); // writes nothing: no notification
    await volunteer.get('/api/auth/me').expect(200);
    expect(sessionLookups() - before).toBe(1);
    await admin.post(`/api/accounts/${await accountId(demo.volunteer)}/disable`).expect(200);
    await volunteer.get('/api/auth/me').expect(401);
    await admin.post(`/api/accounts/${await accountId(demo.volunteer)}/enable`).expect(200);
  });

  it("hears other processes' changes through PostgreSQL: roles, disabling, a session cut short", async () => {
    const coordinator = await t.as(demo.coordinator);
    await coordinator.get('/api/audit').expect(200);
    await t.db.query(`UPDATE accounts SET roles = '{volunteer}' WHERE email = $1`, [demo.coordinator]);
    await eventually(() => coordinator.get('/api/audit').expect(403));
    await t.db.query(`UPDATE accounts SET roles = '{coordinator}' WHERE email = $1`, [demo.coordinator]);
    await eventually(() => coordinator.get('/api/audit').expect(200));

    const comms = await t.as(demo.comms);
    await comms.get('/api/auth/me').expect(200);
    await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE account_id = $1`, [
      await accountId(demo.comms),
    ]);
    await eventually(() => comms.get('/api/auth/me').expect(401));

    const copil = await t.as(demo.otherCopil);
    await copil.get('/api/auth/me').expect(200);
    await t.db.query('UPDATE accounts SET disabled_at = now() WHERE email = $1', [demo.otherCopil]);
    await eventually(() => copil.get('/api/auth/me').expect(401));
    await t.db.query('UPDATE accounts SET disabled_at = NULL WHERE email = $1', [demo.otherCopil]);
  });

  it('follows scopes: an organisation left, a group term ended', async () => {
    const copil = await t.as(demo.copil);
    const me = async (caller: typeof copil) => (await caller.get('/api/auth/me').expect(200)).body.user;
    expect((await me(copil)).organisationIds).toHaveLength(1);
    await t.db.query(`DELETE FROM memberships WHERE person_id = (SELECT person_id FROM accounts WHERE email = $1)`, [
      demo.copil,
    ]);
    await eventually(async () => expect((await me(copil)).organisationIds).toEqual([]));

    const lead = await t.as(demo.wgLead);
    expect((await me(lead)).groupIds.length).toBeGreaterThan(0);
    await t.db.query(
      `UPDATE working_group_members SET ended_on = current_date - 1 WHERE role = 'referent' AND person_id = (SELECT person_id FROM accounts WHERE email = $1)`,
      [demo.wgLead],
    );
    await eventually(async () => expect((await me(lead)).groupIds).toEqual([]));
  });

  it('is off while its notifications are cut, and on again once they are back', async () => {
    const copil = await t.as(demo.copil);
    await copil.get('/api/auth/me').expect(200);
    await t.db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'maillage-sessions' AND datname = current_database()`,
    );
    await eventually(() => expect(cache.isLive).toBe(false));
    const before = sessionLookups();
    await copil.get('/api/auth/me').expect(200);
    await copil.get('/api/auth/me').expect(200);
    expect(sessionLookups() - before).toBe(2);
    await eventually(() => expect(cache.isLive).toBe(true));
    await copil.get('/api/auth/me').expect(200);
    await copil.get('/api/auth/me').expect(200);
    expect(sessionLookups() - before).toBe(3);
  });
});
