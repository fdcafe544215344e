import { demo, startTestApp, type TestApp } from '../support/app';

describe('people', () => {
  let t: TestApp;
  let colibris: string;
  beforeAll(async () => {
    t = await startTestApp();
    [{ id: colibris }] = await t.db.query(`SELECT id FROM organisations WHERE name ILIKE '%colibris%'`);
  });
  afterAll(() => t.close());

  it('creates a contact with memberships, finds it, edits it and archives it', async () => {
    const coord = await t.as(demo.coordinator);
    const res = await coord
      .post('/api/people', {
        firstName: 'Inès',
        lastName: 'Lefort',
        email: 'Ines.Lefort@exemple.org',
        memberships: [{ organisationId: colibris, role: 'representative' }],
      })
      .expect(201);
    expect(res.body).toMatchObject({
      email: 'ines.lefort@exemple.org',
      hasAccount: false,
      memberships: [{ organisationId: colibris, role: 'representative' }],
    });
    const found = await coord.get(`/api/people?q=lefort&organisationId=${colibris}`).expect(200);
    expect(found.body.items.map((p: { id: string }) => p.id)).toEqual([res.body.id]);
    const edited = await coord
      .patch(`/api/people/${res.body.id}`, { memberships: [{ organisationId: colibris, role: 'copil_member' }] })
      .expect(200);
    expect(edited.body.memberships.map((m: { role: string }) => m.role)).toEqual(['copil_member']);
    const org = await coord.get(`/api/organisations/${colibris}`).expect(200);
    expect(org.body.people.map((p: { personId: string }) => p.personId)).toContain(res.body.id);
    await coord.post(`/api/people/${res.body.id}/archive`).expect(200);
    expect((await coord.get('/api/people?q=lefort').expect(200)).body.total).toBe(0);
  });

  it('refuses bad input: wrong types, missing and unknown fields, too long, malformed ids; nothing saved', async () => {
    const coord = await t.as(demo.coordinator);
    const [{ n: before }] = await t.db.query('SELECT count(*)::int AS n FROM people');
    const cases: [object, string[]][] = [
      [{ firstName: 12, lastName: true }, ['firstName', 'lastName']],
      [{ firstName: 'A' }, ['lastName']],
      [{ firstName: 'A', lastName: 'B', isAdmin: true }, ['isAdmin']],
      [{ firstName: 'A'.repeat(101), lastName: 'B' }, ['firstName']],
      [{ firstName: 'A', lastName: 'B', email: 'pas-un-email' }, ['email']],
      [
        { firstName: 'A', lastName: 'B', memberships: [{ organisationId: 'nope', role: 'boss' }] },
        ['memberships.0.organisationId', 'memberships.0.role'],
      ],
    ];
    for (const [body, fields] of cases) {
      const res = await coord.post('/api/people', body).expect(400);
      expect(Object.keys(res.body.error.fields).sort()).toEqual(fields.sort());
    }
    await coord.patch('/api/people/123', { notes: 'x' }).expect(400);
    await coord.get('/api/people?page=0').expect(400);
    await coord.get('/api/people?pageSize=1000').expect(400);
    await coord.post('/api/people', { firstName: 'Dup', lastName: 'Licate', email: demo.copil }).expect(400);
    const [{ n: after }] = await t.db.query('SELECT count(*)::int AS n FROM people');
    expect(after).toBe(before);
  });

  it('lets a volunteer read and edit only their own card, not their organisations', async () => {
    const v = await t.as(demo.volunteer);
    const me = (await v.get('/api/auth/me').expect(200)).body.user;
    await v.patch(`/api/people/${me.personId}`, { phone: '06 00 00 00 00' }).expect(200);
    await v
      .patch(`/api/people/${me.personId}`, { memberships: [{ organisationId: colibris, role: 'copil_member' }] })
      .expect(403);
    const [{ id: other }] = await t.db.query('SELECT id FROM people WHERE id <> $1 LIMIT 1', [me.personId]);
    await v.get(`/api/people/${other}`).expect(403);
    await v.patch(`/api/people/${other}`, { phone: '06' }).expect(403);
  });
});
