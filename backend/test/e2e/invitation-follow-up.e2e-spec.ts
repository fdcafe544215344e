import { demo, startTestApp, type Caller, type TestApp } from '../support/app';

const STRONG = 'Une phrase de passe solide 2026';

/** An invitation not accepted yet: sent again (the old link dies) or revoked (the account can never be activated). */
describe('invitation follow-up', () => {
  let t: TestApp;
  let coord: Caller;
  const linkToken = (text: string) => /https:\/\/maillage\.example\.org\/invitation\?token=([\w-]+)/.exec(text)![1];
  const mailsTo = (email: string) => t.mail.to(email);
  const invite = async (email: string, roles: string[], organisationIds: string[] = []) => {
    const res = await coord
      .post('/api/invitations', { email, firstName: 'Inès', lastName: 'Invitée', roles, organisationIds })
      .expect(201);
    await t.mail.waitFor((m) => [m.to].flat().some((a) => a?.text.includes(email)));
    return res.body.id as string;
  };
  const account = async (email: string) =>
    (await coord.get(`/api/accounts?q=${email}`).expect(200)).body.items[0] as {
      invitationPending: boolean;
      disabledAt: string | null;
    };

  beforeAll(async () => {
    t = await startTestApp({ APP_URL: 'https://maillage.example.org' });
    coord = await t.as(demo.coordinator);
  });
  afterAll(() => t.close());

  it("sends a new link naming the COPIL seat's organisation; the old link is dead, the new one activates", async () => {
    const [org] = await t.db.query(`SELECT id, name FROM organisations WHERE name ILIKE '%colibris%'`);
    const id = await invite('ines.relance@maillage.test', ['copil'], [org.id]);
    const [first] = mailsTo('ines.relance@maillage.test');
    expect(first.text).toContain(`(siège de ${org.name} au COPIL)`);
    const resent = await coord.post(`/api/invitations/${id}/resend`).expect(201);
    expect(resent.body).toEqual({ id, email: 'ines.relance@maillage.test', expiresAt: expect.any(String) });
    const second = await t.mail.waitFor(
      (m) => [m.to].flat().some((a) => a?.text.includes('ines.relance')) && m.text !== first.text,
    );
    expect(second.text).toContain(`(siège de ${org.name} au COPIL)`);
    expect(second.html).toContain(org.name);
    const [oldToken, newToken] = [linkToken(first.text!), linkToken(second.text!)];
    expect(newToken).not.toBe(oldToken);
    await t.http().get(`/api/auth/invitations/${oldToken}`).expect(410);
    await t.http().post('/api/auth/invitations/accept').send({ token: oldToken, password: STRONG }).expect(410);
    expect(await account('ines.relance')).toMatchObject({ invitationPending: true, disabledAt: null });
    await t.http().post('/api/auth/invitations/accept').send({ token: newToken, password: STRONG }).expect(200);
    // Accepted: nothing left to resend or revoke.
    await coord.post(`/api/invitations/${id}/resend`).expect(409);
    await coord.post(`/api/invitations/${id}/revoke`).expect(409);
  });

  it('revokes an invitation: the link is dead, the account stays disabled and cannot be invited again by resend', async () => {
    const id = await invite('ines.revoquee@maillage.test', ['volunteer']);
    const [mail] = mailsTo('ines.revoquee@maillage.test');
    expect(mail.text).not.toContain('siège de');
    const revoked = await coord.post(`/api/invitations/${id}/revoke`).expect(201);
    expect(revoked.body).toMatchObject({ id, invitationPending: true, disabledAt: expect.any(String) });
    const token = linkToken(mail.text!);
    await t.http().post('/api/auth/invitations/accept').send({ token, password: STRONG }).expect(410);
    await coord.post(`/api/invitations/${id}/resend`).expect(409);
    await coord.post(`/api/invitations/${id}/revoke`).expect(409);
    expect(mailsTo('ines.revoquee@maillage.test')).toHaveLength(1);
    await t.http().post('/api/auth/password-reset').send({ email: 'ines.revoquee@maillage.test' }).expect(202);
    await t.drain();
    expect(mailsTo('ines.revoquee@maillage.test')).toHaveLength(1);
    const audit = await t.db.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [id]);
    expect(audit.map((r: { action: string }) => r.action)).toEqual(['invite', 'disable']);
  });

  it('refuses resend and revoke to all but the coordinator and the admin, and answers unknown ids', async () => {
    const id = await invite('ines.gardee@maillage.test', ['volunteer']);
    for (const who of [demo.copil, demo.otherCopil, demo.volunteer, demo.contractor, demo.comms, demo.treasurer]) {
      const caller = await t.as(who);
      await caller.post(`/api/invitations/${id}/resend`).expect(403);
      await caller.post(`/api/invitations/${id}/revoke`).expect(403);
    }
    await t.http().post(`/api/invitations/${id}/revoke`).expect(401);
    await coord.post('/api/invitations/pas-un-id/resend').expect(400);
    await coord.post('/api/invitations/7c9e6679-7425-40de-944b-e07fc1f90ae7/revoke').expect(404);
    expect(await account('ines.gardee')).toMatchObject({ invitationPending: true, disabledAt: null });
    await (await t.as(demo.admin)).post(`/api/invitations/${id}/resend`).expect(201);
  });
});
