import { demo, startTestApp, type Caller, type TestApp } from '../support/app';

/** Editing the strategy: axes (the coordinator's), and a new action linked to a group, a grant, a decision, a split. */
describe('strategy editing', () => {
  let t: TestApp;
  let coord: Caller;
  const one = async (q: string) => (await t.db.query<Record<string, string>[]>(q))[0];

  beforeAll(async () => {
    t = await startTestApp();
    coord = await t.as(demo.coordinator);
  });
  afterAll(() => t.close());

  it('lets the coordinator create and rename an axis, then file a linked action under it', async () => {
    const axis = await coord.post('/api/strategy/axes', { number: 7, title: '  Essaimer  ' }).expect(201);
    expect(axis.body).toEqual({ id: expect.any(String), number: 7, title: 'Essaimer' });
    const renamed = await coord
      .patch(`/api/strategy/axes/${axis.body.id}`, { title: 'Essaimer en région' })
      .expect(200);
    expect(renamed.body).toEqual({ id: axis.body.id, number: 7, title: 'Essaimer en région' });

    const group = await one(`SELECT id FROM working_groups ORDER BY name LIMIT 1`);
    const grant = await one(`SELECT id FROM grants WHERE reference = 'FPH-2023-087'`);
    const split = await one(`SELECT id FROM splits WHERE title LIKE 'FPH%'`);
    const decision = await one(`SELECT id FROM decisions WHERE visibility = 'public' ORDER BY number LIMIT 1`);
    const action = await coord
      .post('/api/strategy/actions', {
        axisId: axis.body.id,
        number: 1,
        title: 'Ouvrir deux antennes',
        content: 'Une antenne par région pilote.',
        groupIds: [group.id],
        grantIds: [grant.id],
        splitIds: [split.id],
        decisionIds: [decision.id],
      })
      .expect(201);
    expect(action.body).toMatchObject({
      axisId: axis.body.id,
      groupIds: [group.id],
      grantIds: [grant.id],
      splitIds: [split.id],
      decisions: [expect.objectContaining({ id: decision.id })],
    });
    const strategy = (await coord.get('/api/strategy').expect(200)).body as {
      axes: { id: string; title: string; actions: { id: string }[] }[];
    };
    const listed = strategy.axes.find((a) => a.id === axis.body.id)!;
    expect(listed.title).toBe('Essaimer en région');
    expect(listed.actions.map((a) => a.id)).toEqual([action.body.id]);
    // The trail shows the links just made.
    const trail = (await coord.get(`/api/strategy/actions/${action.body.id}/trail`).expect(200)).body;
    expect(trail.grants.map((g: { id: string }) => g.id)).toEqual([grant.id]);
    expect(trail.splits.map((s: { id: string }) => s.id)).toEqual([split.id]);

    const audit = await t.db.query(`SELECT action FROM audit_log WHERE entity_type = 'StrategyAxis' ORDER BY id`);
    expect(audit.map((r: { action: string }) => r.action)).toEqual(['create', 'update']);
  });

  it('answers bad axes with field messages, a number taken with a 409, and an unknown axis with a 404', async () => {
    const bad = await coord.post('/api/strategy/axes', { number: 0, title: ' ' }).expect(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['number', 'title']);
    await coord.post('/api/strategy/axes', { number: 'deux', title: 'x' }).expect(400);
    await coord.post('/api/strategy/axes', { number: 3, title: 'x', extra: 1 }).expect(400);
    const taken = await coord.post('/api/strategy/axes', { number: 1, title: 'Doublon' }).expect(409);
    expect(Object.keys(taken.body.error.fields)).toEqual(['number']);
    await coord.patch('/api/strategy/axes/7c9e6679-7425-40de-944b-e07fc1f90ae7', { title: 'x' }).expect(404);
    const badAction = await coord
      .post('/api/strategy/actions', { title: '', content: '', groupIds: ['x'] })
      .expect(400);
    expect(Object.keys(badAction.body.error.fields).sort()).toEqual(['content', 'groupIds', 'title']);
    // Nothing half-saved: no axis "Doublon", no action without a title.
    expect(await t.db.query(`SELECT 1 FROM strategy_axes WHERE title = 'Doublon'`)).toHaveLength(0);
  });

  it('refuses axes to everyone but the coordinator and the admin; everyone signed in reads them', async () => {
    const { id } = await one(`SELECT id FROM strategy_axes WHERE number = 1`);
    for (const who of [demo.copil, demo.otherCopil, demo.volunteer, demo.contractor, demo.comms, demo.wgLead]) {
      const caller = await t.as(who);
      await caller.post('/api/strategy/axes', { number: 9, title: 'Refusé' }).expect(403);
      await caller.patch(`/api/strategy/axes/${id}`, { title: 'Refusé' }).expect(403);
      expect((await caller.get('/api/strategy').expect(200)).body.axes.length).toBeGreaterThan(0);
    }
    await t.http().post('/api/strategy/axes').send({ number: 9, title: 'Refusé' }).expect(401);
    await t.http().get('/api/strategy').expect(401);
    await (await t.as(demo.admin)).patch(`/api/strategy/axes/${id}`, { number: 1 }).expect(200);
    expect(await t.db.query(`SELECT 1 FROM strategy_axes WHERE title = 'Refusé'`)).toHaveLength(0);
  });
});
