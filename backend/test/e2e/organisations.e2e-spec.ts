import { organisationId } from '../factories/organisations';
import { demo, startTestApp, type TestApp } from '../support/app';

describe('organisations', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const valid = {
    name: 'Réseau des Possibles',
    kind: 'association',
    membershipStatus: 'member',
    memberSince: '2024-03-01',
    territory: 'Bretagne',
  };

  it('lists the seeded organisations with search, filters, sorting and pagination', async () => {
    const c = await t.as(demo.contractor);
    const all = await c.get('/api/organisations?pageSize=100').expect(200);
    expect(all.body.total).toBeGreaterThanOrEqual(12);
    const colibris = await c.get('/api/organisations?q=colibris').expect(200);
    expect(colibris.body.items.map((o: { name: string }) => o.name)).toEqual([expect.stringMatching(/Colibris/)]);
    const coops = await c.get('/api/organisations?kind=cooperative&pageSize=100').expect(200);
    expect(coops.body.items.length).toBeGreaterThan(0);
    expect(coops.body.items.every((o: { kind: string }) => o.kind === 'cooperative')).toBe(true);
    const page2 = await c.get('/api/organisations?pageSize=5&page=2&sort=name&order=desc').expect(200);
    expect(page2.body).toMatchObject({ page: 2, pageSize: 5, total: all.body.total });
    const names = page2.body.items.map((o: { name: string }) => o.name);
    expect([...names].sort((a, b) => b.localeCompare(a, 'en'))).toEqual(names);
  });

  it("shows an organisation's people to those who read the people directory, and no one else's to a volunteer or a contractor", async () => {
    // The organisation of the demo volunteer: they must see themselves there, and no one else.
    const [{ org, person }] = await t.db.query(
      `SELECT m.organisation_id AS org, m.person_id AS person FROM memberships m JOIN accounts a ON a.person_id = m.person_id WHERE a.email = $1 LIMIT 1`,
      [demo.volunteer],
    );
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.organisation_id = $1 AND p.archived_at IS NULL`,
      [org],
    );
    expect(n).toBeGreaterThan(1);
    const copil = await (await t.as(demo.copil)).get(`/api/organisations/${org}`).expect(200);
    expect(copil.body.people).toHaveLength(n);
    expect(copil.body.people.some((p: { email: string | null }) => p.email)).toBe(true);
    const volunteer = await (await t.as(demo.volunteer)).get(`/api/organisations/${org}`).expect(200);
    expect(volunteer.body.people.map((p: { personId: string }) => p.personId)).toEqual([person]);
    for (const id of [org, await organisationId(t, 'Colibris')]) {
      const contractor = await (await t.as(demo.contractor)).get(`/api/organisations/${id}`).expect(200);
      expect(contractor.body.people.filter((p: { email?: string }) => p.email)).toEqual([]);
      expect(contractor.body.people.length).toBeLessThanOrEqual(1);
    }
  });

  it('creates, updates, archives and restores, recording each change in the audit log', async () => {
    const coord = await t.as(demo.coordinator);
    const created = await coord.post('/api/organisations', valid).expect(201);
    expect(created.body).toMatchObject({ ...valid, hasCopilSeat: false, archivedAt: null });
    const id = created.body.id;
    await coord
      .patch(`/api/organisations/${id}`, { territory: 'Finistère', website: 'https://possibles.example.org' })
      .expect(200);
    await coord.post(`/api/organisations/${id}/archive`).expect(200);
    const hidden = await coord.get('/api/organisations?q=possibles').expect(200);
    expect(hidden.body.total).toBe(0);
    const shown = await coord.get('/api/organisations?q=possibles&includeArchived=true').expect(200);
    expect(shown.body.total).toBe(1);
    await coord.post(`/api/organisations/${id}/restore`).expect(200);

    const audit = await coord.get(`/api/audit?entityType=Organisation&entityId=${id}`).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'restore',
      'archive',
      'update',
      'create',
    ]);
    const update = audit.body.items[2];
    expect(update.before).toEqual({ territory: 'Bretagne', website: null });
    expect(update.after).toEqual({ territory: 'Finistère', website: 'https://possibles.example.org' });
    expect(update.actorName).toBeTruthy();
  });

  it('refuses bad input with a message per field and saves nothing', async () => {
    const coord = await t.as(demo.coordinator);
    const before = await t.db.query('SELECT count(*)::int AS n FROM organisations');
    const res = await coord
      .post('/api/organisations', {
        name: '',
        kind: 'company',
        membershipStatus: 42,
        memberSince: '2024-02-30',
        website: 'javascript:alert(1)',
        color: 'red',
      })
      .expect(400);
    expect(res.body.error).toMatchObject({ code: 'common.invalid_input', kind: 'validation' });
    expect(Object.keys(res.body.error.fields).sort()).toEqual(
      ['color', 'kind', 'memberSince', 'membershipStatus', 'name', 'website'].sort(),
    );
    expect(res.body.error.fields.name[0]).toBe('Ce champ est obligatoire');
    const en = await coord
      .post('/api/organisations', { ...valid, name: 'x'.repeat(201) })
      .set('Accept-Language', 'en')
      .expect(400);
    expect(en.body.error.fields.name).toEqual(['At most 200 characters']);
    await coord.get('/api/organisations/not-a-uuid').expect(400);
    await coord.post('/api/organisations', { ...valid, name: 'colibris' }).expect(400);
    const after = await t.db.query('SELECT count(*)::int AS n FROM organisations');
    expect(after[0].n).toBe(before[0].n);
  });

  it('answers a domain error with its catalogued code and the message in the language asked for', async () => {
    const coord = await t.as(demo.coordinator);
    const missing = '/api/organisations/00000000-0000-4000-8000-000000000000';
    expect((await coord.get(missing).expect(404)).body.error).toEqual({
      code: 'organisations.organisation_not_found',
      kind: 'not_found',
      message: 'Organisation introuvable',
    });
    const english = await coord.get(missing).set('Accept-Language', 'en-GB,en;q=0.8').expect(404);
    expect(english.body.error).toEqual({
      code: 'organisations.organisation_not_found',
      kind: 'not_found',
      message: 'Organisation not found',
    });

    const [{ name }] = await t.db.query('SELECT name FROM organisations LIMIT 1');
    const taken = await coord
      .post('/api/organisations', { ...valid, name })
      .set('Accept-Language', 'en')
      .expect(400);
    expect(taken.body.error).toEqual({
      code: 'organisations.organisation_already_has_name',
      kind: 'validation',
      message: 'Invalid input',
      fields: { name: ['An organisation already has this name'] },
    });
    const french = await coord.post('/api/organisations', { ...valid, name }).expect(400);
    expect(french.body.error.fields).toEqual({ name: ['Une organisation porte déjà ce nom'] });
  });

  it('lets a copil member edit their own organisation only', async () => {
    const copil = await t.as(demo.copil);
    const own = await organisationId(t, 'Colibris');
    await copil.patch(`/api/organisations/${own}`, { contactPhone: '01 00 00 00 00' }).expect(200);
    await copil
      .patch(`/api/organisations/${await organisationId(t, 'PôleS NOE')}`, { contactPhone: '01 00 00 00 00' })
      .expect(403);
    await copil.post('/api/organisations', valid).expect(403);
    await copil.post(`/api/organisations/${own}/archive`).expect(403);
  });
});
