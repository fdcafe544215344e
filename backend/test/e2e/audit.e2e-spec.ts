import { createPerson } from '../factories/people';
import { demo, startTestApp, type TestApp } from '../support/app';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';

describe('audit log', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('records changes in the same transaction: a refused change leaves no entry', async () => {
    const coord = await t.as(demo.coordinator);
    const [{ n: before }] = await t.db.query('SELECT count(*)::int AS n FROM audit_log');
    await coord
      .post('/api/people', {
        firstName: 'Zoé',
        lastName: 'Durand',
        memberships: [{ organisationId: '00000000-0000-4000-8000-000000000000', role: 'staff' }],
      })
      .expect(400);
    const [{ n: after }] = await t.db.query('SELECT count(*)::int AS n FROM audit_log');
    expect(after).toBe(before);
    expect(await t.db.query(`SELECT 1 FROM people WHERE last_name = 'Durand'`)).toHaveLength(0);
  });

  it('filters by entity, person and date', async () => {
    const coord = await t.as(demo.coordinator);
    const created = await createPerson(coord);
    const [{ id: actorId }] = await t.db.query('SELECT id FROM accounts WHERE email = $1', [demo.coordinator]);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: DISPLAY_TIME_ZONE });
    const res = await coord
      .get(`/api/audit?entityType=Person&actorId=${actorId}&from=${today}&to=${today}`)
      .expect(200);
    expect(res.body.items[0]).toMatchObject({ action: 'create', entityId: created.id, actorId });
    const none = await coord.get(`/api/audit?entityType=Person&from=2001-01-01&to=2001-01-31`).expect(200);
    expect(none.body.total).toBe(0);
    await coord.get('/api/audit?from=31-01-2024').expect(400);
  });

  it('is append-only and its hash chain shows tampering', async () => {
    const admin = await t.as(demo.admin);
    expect((await admin.get('/api/audit/verify').expect(200)).body).toMatchObject({ ok: true, firstBrokenId: null });
    await expect(t.db.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    // An erasure may redact a payload, and nothing else, even with the setting on.
    await expect(
      t.db.transaction(async (em) => {
        await em.query(`SELECT set_config('maillage.audit_redaction', 'on', true)`);
        await em.query(`UPDATE audit_log SET action = 'x', redacted_at = now()`);
      }),
    ).rejects.toThrow(/only a payload may be redacted/);
    // A superuser can still bypass the trigger: the chain is what reveals it.
    const [victim] = await t.db.query(`SELECT id FROM audit_log WHERE action = 'login' ORDER BY id LIMIT 1`);
    await t.db.query('ALTER TABLE audit_log DISABLE TRIGGER USER');
    await t.db.query(`UPDATE audit_log SET ip = '10.6.6.6' WHERE id = $1`, [victim.id]);
    await t.db.query('ALTER TABLE audit_log ENABLE TRIGGER USER');
    expect((await admin.get('/api/audit/verify').expect(200)).body).toMatchObject({
      ok: false,
      firstBrokenId: victim.id,
    });
  });
});
