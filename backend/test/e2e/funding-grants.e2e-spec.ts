import { createFunder, createGrant, grantedGrant } from '../factories/funding';
import { demo, startTestApp, type Caller, type TestApp } from '../support/app';
import { GrantsService } from '../../src/modules/funding/grants.service';

describe('funding: grants, instalments and budgets', () => {
  let t: TestApp;
  let coord: Caller;
  let funderId: string;
  beforeAll(async () => {
    t = await startTestApp();
    coord = await t.as(demo.coordinator);
    funderId = await createFunder(coord, {
      kind: 'public_body',
      contacts: [{ name: 'Service des subventions', email: 'Subventions@Region.example.org' }],
    });
  });
  afterAll(() => t.close());

  const count = async (table: string) => (await t.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  it('takes a grant from prospect to granted, dating each step and keeping the history and the audit', async () => {
    const g = await createGrant(coord, funderId, {
      title: 'Carte des alternatives 2027',
      amountRequestedCents: 2_000_000,
      applicationDeadline: '2026-01-31',
      statusOn: '2025-10-01',
    });
    expect(g).toMatchObject({
      status: 'prospect',
      currency: 'EUR',
      amountGrantedCents: null,
      funder: { id: funderId, kind: 'public_body' },
    });
    const url = `/api/grants/${g.id}`;
    await coord.post(`${url}/status`, { status: 'drafting', on: '2025-11-03' }).expect(200);
    await coord
      .post(`${url}/status`, { status: 'applied', on: '2025-12-15', note: 'Déposé sur le portail' })
      .expect(200);
    // More than requested is allowed: funders sometimes top up.
    const granted = await coord
      .post(`${url}/status`, { status: 'granted', on: '2026-02-10', amountGrantedCents: 2_450_000 })
      .expect(200);
    expect(granted.body).toMatchObject({
      status: 'granted',
      statusChangedOn: '2026-02-10',
      grantedOn: '2026-02-10',
      amountGrantedCents: 2_450_000,
    });
    expect(
      granted.body.history.map((h: { status: string; changedOn: string }) => `${h.status}@${h.changedOn}`),
    ).toEqual(['prospect@2025-10-01', 'drafting@2025-11-03', 'applied@2025-12-15', 'granted@2026-02-10']);
    expect(granted.body.history[2].note).toBe('Déposé sur le portail');
    // Granted over 23 000 € without an agreement: the grant itself says so.
    expect(granted.body.alerts).toEqual([
      expect.objectContaining({ kind: 'agreement_missing', grantId: g.id, amountGrantedCents: 2_450_000 }),
    ]);
    const signed = await coord.patch(url, { agreementSignedOn: '2026-03-01' }).expect(200);
    expect(signed.body.alerts).toEqual([]);

    const audit = await coord.get(`/api/audit?entityType=Grant&entityId=${g.id}&pageSize=50`).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action).reverse()).toEqual([
      'create',
      'status_change',
      'status_change',
      'status_change',
      'update',
      'update',
    ]);

    const list = await coord.get('/api/grants?status=granted&q=carte des alternatives').expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([g.id]);
    expect(list.body.totals).toMatchObject({ requestedCents: 2_000_000, grantedCents: 2_450_000, receivedCents: 0 });
  });

  it('refuses a status change the life of a grant does not allow, or dated wrong, and changes nothing', async () => {
    const g = await grantedGrant(coord, funderId, 500_000);
    const url = `/api/grants/${g.id}/status`;
    const back = await coord.post(url, { status: 'drafting' }).expect(400);
    expect(back.body.error.fields.status[0]).toMatch(/Depuis « accordé », le statut peut passer à : clos/);
    const early = await coord.post(url, { status: 'closed', on: '2024-12-31' }).expect(400);
    expect(early.body.error.fields.on[0]).toMatch(/2025-01-15/);
    const future = await coord.post(url, { status: 'closed', on: '2099-01-01' }).expect(400);
    expect(future.body.error.fields.on).toEqual(['Cette date est dans le futur']);
    await coord.post(url, { status: 'granted', on: '2025-02-30' }).expect(400);
    const noAmount = await createGrant(coord, funderId, { status: 'applied', statusOn: '2025-03-01' });
    const missing = await coord
      .post(`/api/grants/${noAmount.id}/status`, { status: 'granted', on: '2025-04-01' })
      .expect(400);
    expect(Object.keys(missing.body.error.fields)).toEqual(['amountGrantedCents']);
    const [row] = await t.db.query('SELECT status, granted_on FROM grants WHERE id = $1', [noAmount.id]);
    expect(row).toEqual({ status: 'applied', granted_on: null });
    expect(
      (await t.db.query('SELECT count(*)::int AS n FROM grant_status_changes WHERE grant_id = $1', [g.id]))[0].n,
    ).toBe(1);
  });

  it('refuses bad grants with a message per field and saves nothing', async () => {
    const before = await count('grants');
    const bad = await coord
      .post('/api/grants', {
        funderId: 'nope',
        title: '',
        amountRequestedCents: -100,
        amountGrantedCents: 12.5,
        startsOn: '2026-13-01',
        currency: 'USD',
        workingGroupIds: ['x'],
        colour: 'red',
      })
      .expect(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(
      [
        'amountGrantedCents',
        'amountRequestedCents',
        'colour',
        'currency',
        'funderId',
        'startsOn',
        'title',
        'workingGroupIds',
      ].sort(),
    );
    expect(bad.body.error.fields.amountRequestedCents).toEqual([
      'Montant invalide : un nombre entier de centimes, de 0 € à 10 000 000 €',
    ]);
    const period = await coord
      .post('/api/grants', {
        funderId,
        title: 'À l’envers',
        amountRequestedCents: 1,
        startsOn: '2026-06-01',
        endsOn: '2026-05-31',
      })
      .expect(400);
    expect(period.body.error.fields.endsOn).toEqual(['La fin de la période précède son début']);
    const unknown = await coord
      .post('/api/grants', {
        funderId: '00000000-0000-4000-8000-000000000000',
        title: 'Fantôme',
        amountRequestedCents: 1,
      })
      .expect(400);
    expect(unknown.body.error.fields.funderId).toEqual(['Financeur inconnu']);
    const grantedNoAmount = await coord
      .post('/api/grants', { funderId, title: 'Sans montant', amountRequestedCents: 1, status: 'granted' })
      .expect(400);
    expect(Object.keys(grantedNoAmount.body.error.fields)).toEqual(['amountGrantedCents']);
    const en = await coord
      .post('/api/grants', { funderId, title: 'x', amountRequestedCents: -1 })
      .set('Accept-Language', 'en')
      .expect(400);
    expect(en.body.error.fields.amountRequestedCents).toEqual([
      'Invalid amount: a whole number of cents, from €0 to €10 000 000',
    ]);
    const g = await createGrant(coord, funderId);
    const nulls = await coord
      .patch(`/api/grants/${g.id}`, { title: null, amountRequestedCents: null, status: 'granted' })
      .expect(400);
    expect(Object.keys(nulls.body.error.fields).sort()).toEqual(['status']);
    const nullTitle = await coord.patch(`/api/grants/${g.id}`, { title: null }).expect(400);
    expect(nullTitle.body.error.fields.title).toEqual(['Ce champ est obligatoire']);
    await coord.get('/api/grants/not-a-uuid').expect(400);
    await coord.get('/api/grants/00000000-0000-4000-8000-000000000000').expect(404);
    expect(await count('grants')).toBe(before + 1);
  });

  it('plans instalments, records one received, and works out what is received, still to come and late, to the cent', async () => {
    const g = await grantedGrant(coord, funderId, 1_234_567);
    const url = `/api/grants/${g.id}/instalments`;
    const first = await coord
      .post(url, { label: 'Avance', expectedCents: 617_284, expectedOn: '2025-02-01' })
      .expect(201);
    const second = await coord
      .post(url, { label: 'Solde', expectedCents: 617_283, expectedOn: '2099-06-30' })
      .expect(201);
    expect(second.body.figures).toMatchObject({
      receivedCents: 0,
      toComeCents: 1_234_567,
      unscheduledCents: 0,
      overdueInstalments: 1,
    });
    expect(second.body.instalments.map((i: { overdue: boolean }) => i.overdue)).toEqual([true, false]);
    const advanceId = first.body.instalments[0].id;
    const received = await coord
      .patch(`${url}/${advanceId}`, { receivedCents: 617_284, receivedOn: '2025-02-03' })
      .expect(200);
    expect(received.body.figures).toMatchObject({
      receivedCents: 617_284,
      toComeCents: 617_283,
      overdueInstalments: 0,
    });
    expect(received.body.figures.receivedCents + received.body.figures.toComeCents).toBe(1_234_567);

    // A third would promise more than granted; amounts and days received go together, and not in the future.
    const before = await count('grant_instalments');
    const over = await coord.post(url, { label: 'Bonus', expectedCents: 1, expectedOn: '2099-07-01' }).expect(400);
    expect(over.body.error.fields.expectedCents[0]).toMatch(/dépasseraient le montant accordé \(12\s345,67\s€\)/);
    const half = await coord.patch(`${url}/${second.body.instalments[1].id}`, { receivedCents: 100 }).expect(400);
    expect(Object.keys(half.body.error.fields)).toEqual(['receivedOn']);
    const future = await coord
      .patch(`${url}/${second.body.instalments[1].id}`, { receivedCents: 100, receivedOn: '2099-01-01' })
      .expect(400);
    expect(future.body.error.fields.receivedOn).toEqual(['Cette date est dans le futur']);
    await coord.post(url, { label: 'Zéro', expectedCents: 0, expectedOn: '2099-07-01' }).expect(400);
    await coord.post(url, { label: 'Négatif', expectedCents: -5, expectedOn: '2099-07-01' }).expect(400);
    const shrink = await coord.patch(`/api/grants/${g.id}`, { amountGrantedCents: 1_000_000 }).expect(400);
    expect(Object.keys(shrink.body.error.fields)).toEqual(['amountGrantedCents']);
    expect(await count('grant_instalments')).toBe(before);
    const [{ n }] = await t.db.query(
      'SELECT count(*)::int AS n FROM grant_instalments WHERE grant_id = $1 AND received_on IS NOT NULL',
      [g.id],
    );
    expect(n).toBe(1);

    const list = await coord.get(`/api/grants?funderId=${funderId}&pageSize=100`).expect(200);
    expect(list.body.items.find((i: { id: string }) => i.id === g.id)).toMatchObject({
      receivedCents: 617_284,
      toComeCents: 617_283,
      overdueInstalments: 0,
    });
  });

  it('refuses an instalment, a report or spending on a grant that is not granted, and saves nothing', async () => {
    const refused = await createGrant(coord, funderId, { status: 'refused', statusOn: '2025-06-01' });
    const before = await count('grant_instalments');
    const res = await coord
      .post(`/api/grants/${refused.id}/instalments`, {
        label: 'Avance',
        expectedCents: 10_000,
        expectedOn: '2025-09-01',
      })
      .expect(400);
    expect(res.body.error).toMatchObject({
      code: 'funding.grant_not_active',
      kind: 'validation',
      message: expect.stringMatching(/refusé.*seulement sur un financement accordé/),
    });
    await coord
      .post(`/api/grants/${refused.id}/reports`, { kind: 'final_financial', title: 'Final', dueOn: '2025-12-31' })
      .expect(400);
    const prospect = await createGrant(coord, funderId);
    const line = await coord
      .post(`/api/grants/${prospect.id}/budget-lines`, {
        category: 'staff',
        label: 'Coordination',
        plannedCents: 100_000,
      })
      .expect(201);
    await coord
      .post(`/api/grants/${prospect.id}/expenses`, {
        budgetLineId: line.body.budgetLines[0].id,
        spentOn: '2025-05-01',
        amountCents: 100,
        description: 'Trop tôt',
      })
      .expect(400);
    expect(await count('grant_instalments')).toBe(before);
    expect(
      (await t.db.query('SELECT count(*)::int AS n FROM grant_expenses WHERE grant_id = $1', [prospect.id]))[0].n,
    ).toBe(0);
  });

  it('records spending against budget lines: planned vs spent per line and per grant, exact to the cent', async () => {
    const g = await grantedGrant(coord, funderId, 3_000_000, {
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
      ownFundsCents: 450_000,
    });
    const url = `/api/grants/${g.id}`;
    await coord
      .post(`${url}/budget-lines`, { category: 'contractors', label: 'Développement', plannedCents: 2_000_000 })
      .expect(201);
    const added = await coord
      .post(`${url}/budget-lines`, { category: 'events', label: 'Transiscothon', plannedCents: 1_000_001 })
      .expect(201);
    const [dev, events] = added.body.budgetLines.map((l: { id: string }) => l.id);
    for (const [line, amountCents, spentOn] of [
      [dev, 333_333, '2025-03-01'],
      [dev, 333_334, '2025-04-01'],
      [events, 10, '2025-09-20'],
      [events, 99_990, '2025-09-21'],
    ] as const) {
      await coord
        .post(`${url}/expenses`, { budgetLineId: line, spentOn, amountCents, description: 'Facture' })
        .expect(201);
    }
    const detail = await coord.get(url).expect(200);
    expect(detail.body.budgetLines.map((l: { spentCents: number }) => l.spentCents)).toEqual([666_667, 100_000]);
    expect(detail.body.figures).toMatchObject({
      plannedCents: 3_000_001,
      spentCents: 766_667,
      ownFundsCents: 450_000,
      inKindCents: 0,
      cofinancingRatio: 0.15,
    });
    expect(detail.body.figures.spentShare).toBeCloseTo(766_667 / 3_000_001, 10);
    const expenses = await coord.get(`${url}/expenses?budgetLineId=${dev}`).expect(200);
    expect(expenses.body).toMatchObject({
      total: 2,
      items: [{ amountCents: 333_334, budgetLineLabel: 'Développement' }, { amountCents: 333_333 }],
    });

    // Spending outside the period, in the future or on another grant's line is refused; a line with spending stays.
    const before = await count('grant_expenses');
    const outside = await coord
      .post(`${url}/expenses`, { budgetLineId: dev, spentOn: '2026-01-02', amountCents: 100, description: 'Trop tard' })
      .expect(400);
    expect(outside.body.error.fields.spentOn[0]).toMatch(
      /hors de la période du financement \(2025-01-01 – 2025-12-31\)/,
    );
    const other = await grantedGrant(coord, funderId, 100_000);
    const foreign = await coord
      .post(`/api/grants/${other.id}/expenses`, {
        budgetLineId: dev,
        spentOn: '2025-05-01',
        amountCents: 100,
        description: 'Ailleurs',
      })
      .expect(400);
    expect(Object.keys(foreign.body.error.fields)).toEqual(['budgetLineId']);
    await coord.delete(`${url}/budget-lines/${dev}`).expect(409);
    const narrowed = await coord.patch(url, { endsOn: '2025-06-30' }).expect(400);
    expect(Object.keys(narrowed.body.error.fields)).toEqual(['endsOn']);
    expect(await count('grant_expenses')).toBe(before);

    const removed = await coord.delete(`${url}/expenses/${expenses.body.items[0].id}`).expect(200);
    expect(removed.body.figures.spentCents).toBe(433_333);
  });

  it('keeps reports and document links on a grant; a sent report has its day', async () => {
    const g = await grantedGrant(coord, funderId, 200_000);
    const url = `/api/grants/${g.id}`;
    const added = await coord
      .post(`${url}/reports`, { kind: 'final_financial', title: 'Compte rendu financier', dueOn: '2025-03-31' })
      .expect(201);
    const report = added.body.reports[0];
    expect(report).toMatchObject({ status: 'due', overdue: true, sentOn: null });
    const noDay = await coord.patch(`${url}/reports/${report.id}`, { status: 'sent' }).expect(400);
    expect(Object.keys(noDay.body.error.fields)).toEqual(['sentOn']);
    const sent = await coord
      .patch(`${url}/reports/${report.id}`, {
        status: 'sent',
        sentOn: '2025-03-28',
        documentUrl: 'https://drive.example.org/crf.pdf',
      })
      .expect(200);
    expect(sent.body.reports[0]).toMatchObject({
      status: 'sent',
      overdue: false,
      documentUrl: 'https://drive.example.org/crf.pdf',
    });
    await coord
      .post(`${url}/documents`, { kind: 'agreement', label: 'Convention', url: 'javascript:alert(1)' })
      .expect(400);
    const doc = await coord
      .post(`${url}/documents`, {
        kind: 'agreement',
        label: 'Convention',
        url: 'https://drive.example.org/convention.pdf',
      })
      .expect(201);
    expect(doc.body.documents).toEqual([expect.objectContaining({ kind: 'agreement', label: 'Convention' })]);
    const gone = await coord.delete(`${url}/documents/${doc.body.documents[0].id}`).expect(200);
    expect(gone.body.documents).toEqual([]);
    await coord.delete(`${url}/documents/${doc.body.documents[0].id}`).expect(404);
  });

  it('keeps funders with their contacts; names are unique whatever their case', async () => {
    const f = await coord.get(`/api/funders/${funderId}`).expect(200);
    expect(f.body.contacts).toEqual([
      expect.objectContaining({
        name: 'Service des subventions',
        email: 'subventions@region.example.org',
        position: 0,
      }),
    ]);
    const dup = await coord.post('/api/funders', { name: f.body.name.toUpperCase(), kind: 'company' }).expect(400);
    expect(dup.body.error.fields.name).toEqual(['Un financeur porte déjà ce nom']);
    await coord.post('/api/funders', { name: 'Mécène', kind: 'bank' }).expect(400);
    const updated = await coord
      .patch(`/api/funders/${funderId}`, {
        contacts: [{ name: 'Agnès Roy', role: 'Instructrice' }, { name: 'Paul Brun' }],
      })
      .expect(200);
    expect(updated.body.contacts.map((c: { name: string }) => c.name)).toEqual(['Agnès Roy', 'Paul Brun']);
    const list = await coord.get('/api/funders?kind=public_body&pageSize=100').expect(200);
    expect(list.body.items.every((i: { kind: string }) => i.kind === 'public_body')).toBe(true);
    const seeded = await coord.get('/api/funders?q=FPH').expect(200);
    expect(seeded.body.items).toEqual([expect.objectContaining({ grantsCount: 3, grantedCents: 16_500_000 })]);
    // Its page lists its grants, newest first, money as integer cents, days as YYYY-MM-DD; nothing undeclared.
    const fph = await (await t.as(demo.copil)).get(`/api/funders/${seeded.body.items[0].id}`).expect(200);
    expect(fph.body.grants).toHaveLength(3);
    for (const g of fph.body.grants) {
      expect(Object.keys(g).sort()).toEqual([
        'amountGrantedCents',
        'amountRequestedCents',
        'endsOn',
        'id',
        'startsOn',
        'status',
        'title',
      ]);
      expect(Number.isInteger(g.amountRequestedCents)).toBe(true);
      if (g.startsOn) expect(g.startsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('lets the COPIL read grants and their totals but change nothing; contractors and volunteers see none of it', async () => {
    const copil = await t.as(demo.copil);
    const list = await copil.get('/api/grants?pageSize=100').expect(200);
    expect(list.body.total).toBeGreaterThanOrEqual(9);
    const id = list.body.items[0].id;
    await copil.get(`/api/grants/${id}`).expect(200);
    await copil.patch(`/api/grants/${id}`, { notes: 'non' }).expect(403);
    await copil.post('/api/grants', { funderId, title: 'Non', amountRequestedCents: 1 }).expect(403);
    await copil.get('/api/funding/dashboard').expect(403);
    for (const who of [demo.contractor, demo.volunteer, demo.comms]) {
      const c = await t.as(who);
      await c.get('/api/grants').expect(403);
      await c.get(`/api/grants/${id}`).expect(403);
      await c.get('/api/funders').expect(403);
    }
  });

  it('gives other modules a grant’s amounts by id', async () => {
    const g = await grantedGrant(coord, funderId, 800_000);
    await coord
      .post(`/api/grants/${g.id}/instalments`, {
        label: 'Tout',
        expectedCents: 800_000,
        expectedOn: '2025-02-01',
        receivedCents: 799_999,
        receivedOn: '2025-02-02',
      })
      .expect(201);
    const amounts = await t.app.get(GrantsService).amounts(g.id);
    expect(amounts).toMatchObject({
      id: g.id,
      status: 'granted',
      amountRequestedCents: 800_000,
      amountGrantedCents: 800_000,
      receivedCents: 799_999,
    });
  });
});
