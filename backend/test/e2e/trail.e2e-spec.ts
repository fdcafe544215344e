import { demo, startTestApp, type Caller, type TestApp } from '../support/app';

interface Trail {
  actions: { id: string; decisions: { id: string; title: string }[] }[];
  grants: { id: string; title: string; receivedCents: number; inKindCents: number; instalments: unknown[] }[];
  splits: { id: string; status: string; paidCents: number; payments: Record<string, unknown>[] }[];
  totals: { grantedCents: number; receivedCents: number; inKindCents: number; paidCents: number };
}

/** The trail from decision to payment, on the demo's action 1.3 (financed by the FPH grant, shared by its split). */
describe('strategy trail', () => {
  let t: TestApp;
  let coord: Caller;
  let action: string;
  let grant: string;
  let split: string;
  let draft: string;
  const one = async (q: string, params: unknown[] = []) => (await t.db.query(q, params))[0] as Record<string, unknown>;
  const trail = async (caller: Caller, url = `/api/strategy/actions/${action}/trail`) => {
    const res = await caller.get(url).expect(200);
    return res.body as Trail;
  };

  beforeAll(async () => {
    t = await startTestApp();
    coord = await t.as(demo.coordinator);
    action = (
      await one(`SELECT s.id FROM strategy_actions s JOIN strategy_axes a ON a.id = s.axis_id
                         WHERE a.number = 1 AND s.number = 3`)
    ).id as string;
    grant = (await one(`SELECT id FROM grants WHERE reference = 'FPH-2023-087'`)).id as string;
    split = (await one(`SELECT id FROM splits WHERE title LIKE 'FPH%'`)).id as string;
    draft = (await one(`SELECT id FROM splits WHERE status = 'draft'`)).id as string;
  });
  afterAll(() => t.close());

  it('shows the coordinator every step: decision, grant with its instalments and in-kind, split and payments', async () => {
    const body = await trail(coord);
    expect(body.actions.map((a) => a.id)).toEqual([action]);
    expect(body.actions[0].decisions.map((d) => d.title)).toContain(
      'Répartition des fonds FPH : base fixe et part proportionnelle',
    );
    expect(body.grants.map((g) => g.id)).toEqual([grant]);
    const received = await one(
      `SELECT sum(received_cents)::int AS r, count(*)::int AS n FROM grant_instalments WHERE grant_id = $1`,
      [grant],
    );
    expect(body.grants[0].receivedCents).toBe(received.r);
    expect(body.grants[0].instalments).toHaveLength(received.n as number);
    const paid = await one(
      `SELECT sum(amount_cents)::int AS p, count(*)::int AS n FROM split_payments WHERE split_id = $1`,
      [split],
    );
    expect(body.splits.map((s) => s.id)).toEqual([split]);
    expect(body.splits[0].payments).toHaveLength(paid.n as number);
    expect(body.splits[0].paidCents).toBe(paid.p);
    expect(body.totals).toEqual({
      grantedCents: (await one(`SELECT amount_granted_cents::int AS g FROM grants WHERE id = $1`, [grant])).g,
      receivedCents: received.r,
      inKindCents: body.grants[0].inKindCents,
      paidCents: paid.p,
    });
    // Nobody's name leaves with a payment on the trail.
    expect(Object.keys(body.splits[0].payments[0]).sort()).toEqual([
      'amountCents',
      'id',
      'organisationId',
      'organisationName',
      'paidOn',
    ]);
  });

  it("shows a COPIL member only their own organisations' payments, and no draft split", async () => {
    await coord.patch(`/api/strategy/actions/${action}`, { splitIds: [split, draft] }).expect(200);
    expect((await trail(coord)).splits.map((s) => s.id)).toEqual([split, draft]);
    const copil = await t.as(demo.copil);
    const body = await trail(copil);
    expect(body.splits.map((s) => s.id)).toEqual([split]);
    const own = (await one(`SELECT id FROM organisations WHERE name = 'Colibris'`)).id;
    expect(body.splits[0].payments.map((p) => p.organisationId)).toEqual([own]);
    expect((await copil.get(`/api/strategy/actions/${action}`).expect(200)).body.splitIds).toEqual([split]);
    const other = await trail(await t.as(demo.otherCopil));
    expect(other.splits[0].payments).toEqual([]);
    await coord.patch(`/api/strategy/actions/${action}`, { splitIds: [split] }).expect(200);
  });

  it('shows a volunteer the action and its public decisions only', async () => {
    const body = await trail(await t.as(demo.volunteer));
    expect(body.grants).toEqual([]);
    expect(body.splits).toEqual([]);
    expect(body.totals).toEqual({ grantedCents: 0, receivedCents: 0, inKindCents: 0, paidCents: 0 });
    const publicOnes = await t.db.query(
      `SELECT d.id FROM decisions d JOIN strategy_action_decisions l ON l.decision_id = d.id
       WHERE l.strategy_action_id = $1 AND d.visibility = 'public' ORDER BY d.number`,
      [action],
    );
    expect(body.actions[0].decisions.map((d) => d.id)).toEqual(publicOnes.map((d: { id: string }) => d.id));
    expect(body.actions[0].decisions.map((d) => d.title)).not.toContain(
      'Répartition des fonds FPH : base fixe et part proportionnelle',
    );
  });

  it('follows the same chain from the grant: its actions and the splits that share it out', async () => {
    const body = await trail(coord, `/api/grants/${grant}/trail`);
    expect(body.actions.map((a) => a.id)).toContain(action);
    expect(body.grants.map((g) => g.id)).toEqual([grant]);
    expect(body.splits.map((s) => s.id)).toContain(split);
    await (await t.as(demo.volunteer)).get(`/api/grants/${grant}/trail`).expect(403);
    await coord.get(`/api/grants/00000000-0000-4000-8000-000000000000/trail`).expect(404);
    await coord.get(`/api/strategy/actions/00000000-0000-4000-8000-000000000000/trail`).expect(404);
  });

  it('links splits to an action: known and readable ones only, audited', async () => {
    const unknown = await coord
      .patch(`/api/strategy/actions/${action}`, { splitIds: ['00000000-0000-4000-8000-000000000000'] })
      .expect(400);
    expect(unknown.body.error.fields.splitIds).toBeDefined();
    // A COPIL member updates actions but cannot read a draft split: linking it is refused like an unknown one.
    const copil = await t.as(demo.copil);
    const hidden = await copil.patch(`/api/strategy/actions/${action}`, { splitIds: [draft] }).expect(400);
    expect(hidden.body.error.fields.splitIds).toBeDefined();
    expect(
      (await t.db.query(`SELECT split_id FROM strategy_action_splits WHERE strategy_action_id = $1`, [action])).map(
        (r: { split_id: string }) => r.split_id,
      ),
    ).toEqual([split]);
    const created = await coord
      .post('/api/strategy/actions', { title: 'Action du parcours', content: 'Suivre l’argent.', splitIds: [draft] })
      .expect(201);
    expect(created.body.splitIds).toEqual([draft]);
    const entry = await one(
      `SELECT after FROM audit_log WHERE entity_type = 'StrategyAction' AND entity_id = $1 AND action = 'create'`,
      [created.body.id],
    );
    expect((entry.after as { splitIds: string[] }).splitIds).toEqual([draft]);
  });
});
