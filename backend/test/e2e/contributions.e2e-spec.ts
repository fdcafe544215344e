import { organisationId } from '../factories/organisations';
import { personId } from '../factories/people';
import { workingGroupId } from '../factories/working-groups';
import { demo, startTestApp, type TestApp } from '../support/app';
import { ContributionTotalsService } from '../../src/modules/contributions/contribution-totals.service';

describe('contributions', () => {
  let t: TestApp;
  let colibris: string;
  let polesNoe: string;
  beforeAll(async () => {
    t = await startTestApp();
    colibris = await organisationId(t, 'Colibris');
    polesNoe = await organisationId(t, 'PôleS NOE');
  });
  afterAll(() => t.close());

  // The fields of the contract (ContributionResponse, ContributionDetailResponse): nothing else leaves the server.
  const LIST_FIELDS = [
    'amountCents',
    'createdAt',
    'description',
    'endsOn',
    'enteredById',
    'grantId',
    'id',
    'organisationId',
    'organisationName',
    'personId',
    'personName',
    'quantity',
    'rateCents',
    'rejectionReason',
    'reviewedAt',
    'startsOn',
    'status',
    'submittedAt',
    'type',
    'unit',
    'updatedAt',
    'valueCents',
    'workingGroupId',
    'creditedToGiver',
  ].sort();
  const DETAIL_FIELDS = [
    ...LIST_FIELDS,
    'enteredByName',
    'evidence',
    'evidenceUrl',
    'grantTitle',
    'rateId',
    'rateLabel',
    'reviewedById',
    'reviewedByName',
    'submittedById',
    'submittedByName',
    'workingGroupName',
  ].sort();
  const count = async () => (await t.db.query('SELECT count(*)::int AS n FROM contributions'))[0].n as number;
  const hours = (over: object = {}) => ({
    organisationId: colibris,
    type: 'working_time',
    unit: 'hour',
    startsOn: '2026-11-03',
    quantity: 7.5,
    description: 'Préparation du COPIL',
    ...over,
  });

  it('runs the whole workflow: draft, edit, submit, validate, then only the coordinator corrects, audited', async () => {
    const copil = await t.as(demo.copil);
    const coord = await t.as(demo.coordinator);
    const created = await copil.post('/api/contributions', hours()).expect(201);
    // 7.5 h × 18,50 € (the 2026 rate) = 138,75 €, kept with its rate.
    expect(created.body).toMatchObject({
      status: 'draft',
      valueCents: 13875,
      rateCents: 1850,
      quantity: 7.5,
      endsOn: '2026-11-03',
      organisationName: 'Colibris',
    });
    const id = created.body.id;

    const edited = await copil.patch(`/api/contributions/${id}`, { quantity: 4, startsOn: '2025-06-10' }).expect(200);
    expect(edited.body).toMatchObject({
      valueCents: 7200,
      rateCents: 1800,
      startsOn: '2025-06-10',
      endsOn: '2025-06-10',
    });

    const [submitted] = (await copil.post('/api/contributions/submit', { ids: [id] }).expect(200)).body;
    expect(submitted).toMatchObject({ status: 'submitted', submittedByName: 'Nadia Berthelot' });
    await copil.patch(`/api/contributions/${id}`, { quantity: 5 }).expect(409);
    await copil.post('/api/contributions/review', { ids: [id], decision: 'validate' }).expect(403);

    const [validated] = (await coord.post('/api/contributions/review', { ids: [id], decision: 'validate' }).expect(200))
      .body;
    expect(validated).toMatchObject({ status: 'validated', reviewedByName: 'Claire Montagne' });
    await copil.patch(`/api/contributions/${id}`, { quantity: 5 }).expect(409);
    await copil.delete(`/api/contributions/${id}`).expect(409);
    await copil.post(`/api/contributions/${id}/correct`, { quantity: 5, reason: 'erreur' }).expect(403);

    // The table changes afterwards: the validated value does not move; a correction keeps the rate it was valued with.
    const [rate] = await t.db.query(
      `SELECT id FROM contribution_rates WHERE type = 'working_time' AND unit = 'hour' AND valid_from = '2025-01-01'`,
    );
    await coord.patch(`/api/contribution-rates/${rate.id}`, { rateCents: 2000 }).expect(200);
    expect((await copil.get(`/api/contributions/${id}`).expect(200)).body.valueCents).toBe(7200);
    await coord.post(`/api/contributions/${id}/correct`, { quantity: 5 }).expect(400);
    const corrected = await coord
      .post(`/api/contributions/${id}/correct`, { quantity: 5, reason: 'Feuille de temps corrigée' })
      .expect(200);
    expect(corrected.body).toMatchObject({ status: 'validated', valueCents: 9000, rateCents: 1800 });
    await coord.patch(`/api/contribution-rates/${rate.id}`, { rateCents: 1800 }).expect(200);

    const audit = (await coord.get(`/api/audit?entityType=Contribution&entityId=${id}`).expect(200)).body.items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual([
      'correct',
      'validate',
      'submit',
      'update',
      'create',
    ]);
    expect(audit[0]).toMatchObject({
      before: { quantity: '4.00', valueCents: 7200 },
      after: { quantity: '5', valueCents: 9000, reason: 'Feuille de temps corrigée' },
    });
  });

  it('rejects with a reason; the author corrects, which makes it a draft again', async () => {
    const copil = await t.as(demo.copil);
    const coord = await t.as(demo.coordinator);
    const { id } = (
      await copil.post('/api/contributions', hours({ type: 'room', unit: 'room_half_day', quantity: 1 })).expect(201)
    ).body;
    await copil.post('/api/contributions/submit', { ids: [id] }).expect(200);
    const noReason = await coord.post('/api/contributions/review', { ids: [id], decision: 'reject' }).expect(400);
    expect(noReason.body.error.fields.reason).toHaveLength(1);
    const [rejected] = (
      await coord
        .post('/api/contributions/review', { ids: [id], decision: 'reject', reason: 'Joindre la convention' })
        .expect(200)
    ).body;
    expect(rejected).toMatchObject({ status: 'rejected', rejectionReason: 'Joindre la convention' });
    const edited = await copil
      .patch(`/api/contributions/${id}`, { evidenceUrl: 'https://colibris.example.org/convention.pdf' })
      .expect(200);
    expect(edited.body).toMatchObject({ status: 'draft', rejectionReason: null });
  });

  it('applies four eyes: nobody validates what they entered or gave, not even in a batch', async () => {
    const coord = await t.as(demo.coordinator);
    const admin = await t.as(demo.admin);
    const copil = await t.as(demo.copil);
    const claire = await personId(t, demo.coordinator);
    const own = (await coord.post('/api/contributions', hours({ organisationId: null, personId: claire })).expect(201))
      .body.id;
    // Given by Claire (the coordinator) but typed in by the copil member of Colibris.
    const given = (await copil.post('/api/contributions', hours({ personId: claire })).expect(201)).body.id;
    const other = (await copil.post('/api/contributions', hours()).expect(201)).body.id;
    const submitted = (await coord.post('/api/contributions/submit', { ids: [given, own, other] }).expect(200)).body;
    // A batch answers with every contribution as it now reads, in the order asked.
    expect(submitted.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([
      [given, 'submitted'],
      [own, 'submitted'],
      [other, 'submitted'],
    ]);
    expect(submitted[1]).toMatchObject({ submittedByName: 'Claire Montagne', personName: 'Claire Montagne' });

    const refused = await coord
      .post('/api/contributions/review', { ids: [other, own, given], decision: 'validate' })
      .expect(403);
    expect(refused.body.error.message).toMatch(/quatre yeux/);
    expect(Object.keys(refused.body.error.fields)).toEqual(['ids.1', 'ids.2']);
    const statuses = await t.db.query(`SELECT status FROM contributions WHERE id = ANY($1)`, [[own, given, other]]);
    expect(statuses.every((s: { status: string }) => s.status === 'submitted')).toBe(true);

    await coord.post('/api/contributions/review', { ids: [other], decision: 'validate' }).expect(200);
    const validated = (
      await admin.post('/api/contributions/review', { ids: [own, given], decision: 'validate' }).expect(200)
    ).body;
    expect(validated.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([
      [own, 'validated'],
      [given, 'validated'],
    ]);
  });

  it('keeps each organisation’s drafts to its COPIL members, and validated ones readable by all but contractors and volunteers', async () => {
    const copil = await t.as(demo.copil);
    const other = await t.as(demo.otherCopil);
    const { id } = (await copil.post('/api/contributions', hours()).expect(201)).body;
    await other.get(`/api/contributions/${id}`).expect(403);
    await other.patch(`/api/contributions/${id}`, { quantity: 1 }).expect(403);
    await other.post('/api/contributions/submit', { ids: [id] }).expect(403);
    await other.delete(`/api/contributions/${id}`).expect(403);
    await other.post('/api/contributions', hours()).expect(403);
    // Moving one's own draft to another organisation is refused too.
    await copil.patch(`/api/contributions/${id}`, { organisationId: polesNoe }).expect(403);
    expect((await t.db.query('SELECT organisation_id FROM contributions WHERE id = $1', [id]))[0].organisation_id).toBe(
      colibris,
    );

    const drafts = (await other.get(`/api/contributions?organisationId=${colibris}&pageSize=200`).expect(200)).body;
    expect(drafts.items.every((c: { status: string }) => c.status === 'validated')).toBe(true);
    expect(drafts.total).toBeGreaterThan(0);
    const comms = (await (await t.as(demo.comms)).get('/api/contributions?pageSize=200').expect(200)).body;
    expect(new Set(comms.items.map((c: { status: string }) => c.status))).toEqual(new Set(['validated']));

    const contractor = await t.as(demo.contractor);
    const mine = (await contractor.get('/api/contributions').expect(200)).body;
    const thomas = await personId(t, demo.contractor);
    expect(mine.total).toBe(1);
    expect(mine.items[0].personId).toBe(thomas);
    await contractor.get(`/api/contributions/${id}`).expect(403);
  });

  it('lets volunteers log their own hours as drafts, which they cannot submit themselves', async () => {
    const volunteer = await t.as(demo.volunteer);
    const ines = await personId(t, demo.volunteer);
    const own = {
      organisationId: null,
      personId: ines,
      type: 'working_time',
      unit: 'hour',
      startsOn: '2026-11-20',
      quantity: 2,
      description: 'Vérification des imports',
    };
    const { id } = (await volunteer.post('/api/contributions', own).expect(201)).body;
    await volunteer.post('/api/contributions', { ...own, personId: null }).expect(403);
    await volunteer.post('/api/contributions', { ...own, type: 'room', unit: 'room_day' }).expect(403);
    await volunteer.patch(`/api/contributions/${id}`, { quantity: 3 }).expect(200);
    await volunteer.post('/api/contributions/submit', { ids: [id] }).expect(403);
    const list = (await volunteer.get('/api/contributions').expect(200)).body;
    expect(list.items.every((c: { personId: string }) => c.personId === ines)).toBe(true);
    // The coordinator checks it and submits it, then validates it.
    const coord = await t.as(demo.coordinator);
    await coord.post('/api/contributions/submit', { ids: [id] }).expect(200);
    await coord.post('/api/contributions/review', { ids: [id], decision: 'validate' }).expect(200);
  });

  it('refuses bad input with a message per field and saves nothing', async () => {
    const copil = await t.as(demo.copil);
    const before = await count();
    const bad = await copil
      .post('/api/contributions', {
        organisationId: colibris,
        type: 'gift',
        unit: 'hour',
        startsOn: '03/11/2026',
        quantity: -2,
        description: '',
        color: 'red',
      })
      .expect(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['color', 'description', 'quantity', 'startsOn', 'type']);
    expect(bad.body.error.fields.startsOn).toEqual(['Date invalide (format AAAA-MM-JJ)']);
    const unit = await copil
      .post('/api/contributions', hours({ unit: 'room_day' }))
      .set('Accept-Language', 'en')
      .expect(400);
    expect(unit.body.error.fields.unit[0]).toMatch(/^Unit not valid for this type \(allowed: hour, day\)/);
    const period = await copil.post('/api/contributions', hours({ endsOn: '2026-11-01' })).expect(400);
    expect(Object.keys(period.body.error.fields)).toEqual(['endsOn']);
    const noRate = await copil.post('/api/contributions', hours({ startsOn: '2019-05-01' })).expect(400);
    expect(noRate.body.error.fields.amountCents[0]).toMatch(/Aucun taux/);
    await copil
      .post('/api/contributions', hours({ type: 'financial_participation', unit: 'euro', amountCents: 100 }))
      .expect(400);
    await copil.post('/api/contributions', hours({ quantity: 1.234 })).expect(400);
    await copil.post('/api/contributions', hours({ personId: '5f0c3f2e-1111-4222-8333-944455556666' })).expect(400);
    await copil.get('/api/contributions?from=2026-13-01').expect(400);
    await copil.get('/api/contributions/totals?groupBy=colour').expect(400);
    expect(await count()).toBe(before);
    // A justified value replaces the missing rate; a sum of money is its own value.
    expect(
      (await copil.post('/api/contributions', hours({ startsOn: '2019-05-01', amountCents: 9900 })).expect(201)).body
        .valueCents,
    ).toBe(9900);
    expect(
      (
        await copil
          .post('/api/contributions', hours({ type: 'financial_participation', unit: 'euro', quantity: 1250.5 }))
          .expect(201)
      ).body.valueCents,
    ).toBe(125050);
  });

  it('links a contribution only to a working group and a grant that exist, with a message at the field, and filters by group', async () => {
    const copil = await t.as(demo.copil);
    const nowhere = '5f0c3f2e-1111-4222-8333-944455556666';
    const technique = await workingGroupId(t, 'Technique');
    const [grant] = await t.db.query(`SELECT id, title FROM grants ORDER BY title LIMIT 1`);
    const before = await count();

    const noGroup = await copil.post('/api/contributions', hours({ workingGroupId: nowhere })).expect(400);
    expect(noGroup.body.error.fields).toEqual({ workingGroupId: ['Groupe de travail introuvable'] });
    const noGrant = await copil
      .post('/api/contributions', hours({ grantId: nowhere }))
      .set('Accept-Language', 'en')
      .expect(400);
    expect(noGrant.body.error.fields).toEqual({ grantId: ['Grant not found'] });
    // Alongside other mistakes, each at its field.
    const both = await copil
      .post('/api/contributions', hours({ workingGroupId: nowhere, grantId: nowhere, endsOn: '2026-11-01' }))
      .expect(400);
    expect(Object.keys(both.body.error.fields).sort()).toEqual(['endsOn', 'grantId', 'workingGroupId']);
    expect(await count()).toBe(before);

    const linked = await copil
      .post('/api/contributions', hours({ workingGroupId: technique, grantId: grant.id }))
      .expect(201);
    expect(linked.body).toMatchObject({
      workingGroupId: technique,
      workingGroupName: 'Technique',
      grantId: grant.id,
      grantTitle: grant.title,
    });
    const { id } = linked.body;
    const inGroup = (
      await copil
        .get(`/api/contributions?workingGroupId=${technique}&from=2026-11-01&to=2026-11-30&pageSize=200`)
        .expect(200)
    ).body;
    expect(inGroup.items.map((c: { id: string }) => c.id)).toContain(id);
    expect(inGroup.items.every((c: { workingGroupId: string }) => c.workingGroupId === technique)).toBe(true);
    const [sum] = await t.db.query(`SELECT sum(value_cents)::bigint AS v FROM contributions WHERE id = ANY($1)`, [
      inGroup.items.map((c: { id: string }) => c.id),
    ]);
    expect(inGroup.totalValueCents).toBe(Number(sum.v));
    const others = (await copil.get(`/api/contributions?workingGroupId=${nowhere}`).expect(200)).body;
    expect(others.total).toBe(0);

    // Changed to a group that does not exist: refused, the link kept; cleared: saved.
    const moved = await copil.patch(`/api/contributions/${id}`, { workingGroupId: nowhere }).expect(400);
    expect(moved.body.error.fields.workingGroupId).toEqual(['Groupe de travail introuvable']);
    expect(
      (await t.db.query('SELECT working_group_id FROM contributions WHERE id = $1', [id]))[0].working_group_id,
    ).toBe(technique);
    expect(
      (await copil.patch(`/api/contributions/${id}`, { workingGroupId: null, grantId: '' }).expect(200)).body,
    ).toMatchObject({ workingGroupId: null, grantId: null, workingGroupName: null });

    // Groups and grants are archived, never deleted: the database refuses to drop one that contributions point to.
    const [{ id: fresh }] = await t.db.query(
      `INSERT INTO working_groups (name) VALUES ('Groupe éphémère') RETURNING id`,
    );
    await copil.patch(`/api/contributions/${id}`, { workingGroupId: fresh }).expect(200);
    await expect(t.db.query('DELETE FROM working_groups WHERE id = $1', [fresh])).rejects.toThrow(
      /foreign key constraint "FK_b54e846dd99ef6ff17544480523" on table "contributions"/,
    );
    await expect(t.db.query(`UPDATE contributions SET grant_id = $1 WHERE id = $2`, [nowhere, id])).rejects.toThrow(
      /violates foreign key constraint/,
    );
  });

  it('lets each one link a contribution only to a group or grant they may see; a link already there is kept', async () => {
    const volunteer = await t.as(demo.volunteer);
    const coord = await t.as(demo.coordinator);
    const ines = await personId(t, demo.volunteer);
    const groups = Object.fromEntries(
      (await t.db.query(`SELECT name, id FROM working_groups`)).map((g: { name: string; id: string }) => [
        g.name,
        g.id,
      ]),
    );
    const [grant] = await t.db.query(`SELECT id, title FROM grants ORDER BY title LIMIT 1`);
    const own = {
      organisationId: null,
      personId: ines,
      type: 'working_time',
      unit: 'hour',
      startsOn: '2026-11-21',
      quantity: 2,
      description: 'Relecture des fiches',
    };
    const before = await count();

    // Inès volunteers in Sources and Communication, not in Technique; the network's grants are not hers to see.
    const notHers = await volunteer
      .post('/api/contributions', { ...own, workingGroupId: groups.Technique })
      .expect(403);
    expect(notHers.body.error.fields.workingGroupId[0]).toMatch(
      /^Vous ne pouvez pas rattacher une contribution à ce groupe/,
    );
    const grantRefused = await volunteer.post('/api/contributions', { ...own, grantId: grant.id }).expect(403);
    expect(Object.keys(grantRefused.body.error.fields)).toEqual(['grantId']);
    expect(await count()).toBe(before);
    const { id } = (await volunteer.post('/api/contributions', { ...own, workingGroupId: groups.Sources }).expect(201))
      .body;

    // The coordinator links it to a grant: Inès still edits her hours, sees that a grant is linked, not which.
    await coord.patch(`/api/contributions/${id}`, { grantId: grant.id }).expect(200);
    const edited = (await volunteer.patch(`/api/contributions/${id}`, { quantity: 3, grantId: grant.id }).expect(200))
      .body;
    expect(edited).toMatchObject({ quantity: 3, grantId: grant.id, grantTitle: null, workingGroupName: 'Sources' });
    expect((await coord.get(`/api/contributions/${id}`).expect(200)).body.grantTitle).toBe(grant.title);
    await volunteer.patch(`/api/contributions/${id}`, { workingGroupId: groups.Technique }).expect(403);
  });

  // Issue 13: a volunteer's draft credited to an organisation not theirs, with a value they chose, was accepted.
  it('takes from a volunteer or a contractor only their own hours, for no organisation or their own, valued by the rate table: 403 naming the field, nothing saved', async () => {
    const volunteer = await t.as(demo.volunteer);
    const contractor = await t.as(demo.contractor);
    const ines = await personId(t, demo.volunteer);
    const thomas = await personId(t, demo.contractor);
    // Inès volunteers for Terres en liens: hers to credit, Colibris not.
    const [member] = await t.db.query(`SELECT organisation_id AS id FROM memberships WHERE person_id = $1`, [ines]);
    const own = {
      organisationId: null,
      personId: ines,
      type: 'working_time',
      unit: 'hour',
      startsOn: '2026-11-24',
      quantity: 2,
      description: 'Dédoublonnage',
    };
    const before = await count();

    const leak = await volunteer
      .post('/api/contributions', { ...own, organisationId: colibris, amountCents: 500_000 })
      .expect(403);
    expect(Object.keys(leak.body.error.fields).sort()).toEqual(['amountCents', 'organisationId']);
    expect(
      Object.keys(
        (await volunteer.post('/api/contributions', { ...own, amountCents: 500_000 }).expect(403)).body.error.fields,
      ),
    ).toEqual(['amountCents']);
    expect(
      Object.keys(
        (await volunteer.post('/api/contributions', { ...own, organisationId: colibris }).expect(403)).body.error
          .fields,
      ),
    ).toEqual(['organisationId']);
    const theirs = { ...own, personId: thomas };
    await contractor.post('/api/contributions', { ...theirs, organisationId: colibris }).expect(403);
    await contractor.post('/api/contributions', { ...theirs, amountCents: 100 }).expect(403);
    expect(await count()).toBe(before);

    // Their own hours, in their own name: a draft valued at the rate in force, that carries what they gave and no more.
    const draft = (await volunteer.post('/api/contributions', own).expect(201)).body;
    expect(draft).toMatchObject({
      organisationId: null,
      personId: ines,
      amountCents: null,
      rateCents: 1850,
      valueCents: 3700,
      status: 'draft',
    });
    expect(
      (await volunteer.post('/api/contributions', { ...own, organisationId: member.id }).expect(201)).body,
    ).toMatchObject({ organisationId: member.id, creditedToGiver: true });
    // A change cannot bring in either: the row stays as it was.
    expect(
      Object.keys(
        (await volunteer.patch(`/api/contributions/${draft.id}`, { organisationId: colibris }).expect(403)).body.error
          .fields,
      ),
    ).toEqual(['organisationId']);
    await volunteer.patch(`/api/contributions/${draft.id}`, { amountCents: 100 }).expect(403);
    expect(
      await t.db.query(`SELECT organisation_id, amount_cents FROM contributions WHERE id = $1`, [draft.id]),
    ).toEqual([{ organisation_id: null, amount_cents: null }]);

    // What they read back is theirs alone: their own rows, with the fields of the contract and no others.
    const list = (await volunteer.get('/api/contributions?pageSize=200').expect(200)).body;
    expect(Object.keys(list).sort()).toEqual(['items', 'page', 'pageSize', 'total', 'totalValueCents']);
    expect(list.items.map((c: { personId: string }) => c.personId)).toEqual(list.items.map(() => ines));
    expect(Object.keys(list.items[0]).sort()).toEqual(LIST_FIELDS);
  });

  // Issue 13: a group lead's working time of their group, credited to an organisation not theirs, was accepted, then
  // submitted.
  it('lets a group lead credit their group’s working time to no organisation or the giver’s own, on create, change and submit', async () => {
    const lead = await t.as(demo.wgLead);
    const coord = await t.as(demo.coordinator);
    const technique = await workingGroupId(t, 'Technique');
    const [{ id: dataPlayers }] = await t.db.query(
      `SELECT m.organisation_id AS id FROM memberships m JOIN accounts a ON a.person_id = m.person_id
      WHERE a.email = $1 AND m.role = 'copil_member'`,
      [demo.wgLead],
    );
    const time = {
      ...hours({ organisationId: polesNoe }),
      workingGroupId: technique,
      description: 'Atelier Bus sémantique',
    };
    const before = await count();

    const refused = await lead.post('/api/contributions', time).expect(403);
    expect(Object.keys(refused.body.error.fields)).toEqual(['organisationId']);
    expect(await count()).toBe(before);
    // The coordinator may credit PôleS NOE; the lead, who reads the draft (their group's), may not send it on.
    const credited = (await coord.post('/api/contributions', time).expect(201)).body;
    expect((await lead.get(`/api/contributions/${credited.id}`).expect(200)).body).toMatchObject({
      organisationId: polesNoe,
      workingGroupName: 'Technique',
    });
    await lead.post('/api/contributions/submit', { ids: [credited.id] }).expect(403);
    await lead.patch(`/api/contributions/${credited.id}`, { quantity: 1 }).expect(403);
    expect(await t.db.query(`SELECT status, quantity FROM contributions WHERE id = $1`, [credited.id])).toEqual([
      { status: 'draft', quantity: '7.50' },
    ]);

    // A volunteer's time for the volunteer's own organisation is the lead's to log (as the group's pipeline does).
    const [giver] = await t.db.query(`SELECT person_id AS id FROM memberships WHERE organisation_id = $1 LIMIT 1`, [
      polesNoe,
    ]);
    expect((await lead.post('/api/contributions', { ...time, personId: giver.id }).expect(201)).body).toMatchObject({
      organisationId: polesNoe,
      creditedToGiver: true,
    });

    // Their own organisation, or none: logged and submitted; moving it to PôleS NOE is refused.
    const theirs = (await lead.post('/api/contributions', { ...time, organisationId: dataPlayers }).expect(201)).body;
    const unattached = (await lead.post('/api/contributions', { ...time, organisationId: null }).expect(201)).body;
    await lead.patch(`/api/contributions/${unattached.id}`, { organisationId: polesNoe }).expect(403);
    const submitted = (await lead.post('/api/contributions/submit', { ids: [theirs.id, unattached.id] }).expect(200))
      .body;
    expect(
      submitted.map((c: { organisationId: string | null; status: string }) => [c.organisationId, c.status]),
    ).toEqual([
      [dataPlayers, 'submitted'],
      [null, 'submitted'],
    ]);
    expect(Object.keys(submitted[0]).sort()).toEqual(DETAIL_FIELDS);
  });

  it('tells every signed-in person the units each type is counted in, the table the forms offer and every way in is checked against', async () => {
    const kinds = (await (await t.as(demo.volunteer)).get('/api/contribution-rates/units').expect(200)).body;
    expect(kinds[0]).toEqual({ type: 'working_time', units: ['hour', 'day'] });
    expect(kinds.map((k: { type: string }) => k.type)).toEqual([
      'working_time',
      'room',
      'financial_participation',
      'financial_management',
      'hosting_tools',
      'other',
    ]);
    await t.http().get('/api/contribution-rates/units').expect(401);
  });

  it('revalues drafts and submitted contributions when a rate changes, never validated ones', async () => {
    const copil = await t.as(demo.copil);
    const coord = await t.as(demo.coordinator);
    const draft = (
      await copil
        .post(
          '/api/contributions',
          hours({ type: 'hosting_tools', unit: 'month', quantity: 2, startsOn: '2026-11-01' }),
        )
        .expect(201)
    ).body;
    expect(draft.valueCents).toBe(8000);
    const [validated] = await t.db.query(
      `SELECT id, value_cents FROM contributions WHERE type = 'hosting_tools' AND status = 'validated' AND starts_on >= '2026-01-01' LIMIT 1`,
    );
    const rate = (
      await coord
        .post('/api/contribution-rates', {
          type: 'hosting_tools',
          unit: 'month',
          validFrom: '2026-11-01',
          rateCents: 4500,
          label: 'Mois d’hébergement (nouveau tarif)',
        })
        .expect(201)
    ).body;
    expect(rate).toMatchObject({ rateCents: 4500, validFrom: '2026-11-01' });
    expect((await copil.get(`/api/contributions/${draft.id}`).expect(200)).body).toMatchObject({
      valueCents: 9000,
      rateCents: 4500,
    });
    expect(
      (await t.db.query('SELECT value_cents FROM contributions WHERE id = $1', [validated.id]))[0].value_cents,
    ).toBe(validated.value_cents);
    await coord
      .post('/api/contribution-rates', {
        type: 'hosting_tools',
        unit: 'month',
        validFrom: '2026-11-01',
        rateCents: 1,
        label: 'doublon',
      })
      .expect(400);
    await coord
      .post('/api/contribution-rates', {
        type: 'room',
        unit: 'hour',
        validFrom: '2026-11-01',
        rateCents: 1,
        label: 'x',
      })
      .expect(400);
    await copil
      .post('/api/contribution-rates', {
        type: 'room',
        unit: 'room_day',
        validFrom: '2026-11-01',
        rateCents: 1,
        label: 'x',
      })
      .expect(403);
  });

  it('sums in SQL per type, organisation and period, following the filters and the reader’s rights', async () => {
    const comms = await t.as(demo.comms);
    const byType = (await comms.get('/api/contributions/totals?groupBy=type&from=2025-01-01&to=2025-12-31').expect(200))
      .body;
    const [expected] = await t.db.query(
      `SELECT sum(value_cents)::bigint AS v FROM contributions WHERE status = 'validated' AND starts_on BETWEEN '2025-01-01' AND '2025-12-31'`,
    );
    expect(byType.reduce((s: number, r: { valueCents: number }) => s + r.valueCents, 0)).toBe(Number(expected.v));
    expect(byType.map((r: { type: string }) => r.type)).toContain('hosting_tools');

    const quarters = (
      await comms
        .get(
          `/api/contributions/totals?groupBy=period&period=quarter&organisationId=${colibris}&from=2025-01-01&to=2025-12-31`,
        )
        .expect(200)
    ).body;
    expect(quarters.map((r: { period: string }) => r.period)).toEqual([
      '2025-01-01',
      '2025-04-01',
      '2025-07-01',
      '2025-10-01',
    ]);
    const byOrg = (await comms.get('/api/contributions/totals?groupBy=organisation,unit&type=room').expect(200)).body;
    expect(byOrg[0]).toEqual(
      expect.objectContaining({
        organisationName: expect.any(String),
        unit: expect.any(String),
        quantity: expect.any(Number),
        count: expect.any(Number),
      }),
    );
    // The generated client repeats the key for a list: the same totals.
    expect(
      (await comms.get('/api/contributions/totals?groupBy=organisation&groupBy=unit&type=room').expect(200)).body,
    ).toEqual(byOrg);

    const list = (await comms.get('/api/contributions?from=2025-01-01&to=2025-12-31&pageSize=5').expect(200)).body;
    expect(list.totalValueCents).toBe(Number(expected.v));
    expect(list.items).toHaveLength(5);
    // Pages are one statement with the page as parameters: two pages of 5 are the first 10, in order.
    const ids = async (page: number, pageSize: number) =>
      (
        await comms
          .get(
            `/api/contributions?from=2025-01-01&to=2025-12-31&sort=valueCents&order=desc&pageSize=${pageSize}&page=${page}`,
          )
          .expect(200)
      ).body.items.map((i: { id: string }) => i.id);
    const [first, second, both] = [await ids(1, 5), await ids(2, 5), await ids(1, 10)];
    expect([...first, ...second]).toEqual(both);
    expect(new Set(both).size).toBe(10);
    const beyond = (
      await comms
        .get(`/api/contributions?from=2025-01-01&to=2025-12-31&pageSize=5&page=${Math.ceil(list.total / 5) + 1}`)
        .expect(200)
    ).body;
    expect(beyond).toMatchObject({ items: [], total: list.total, totalValueCents: list.totalValueCents });
  });

  it('exposes totals to other modules: validated only, per organisation set, types, period and grant', async () => {
    const totals = t.app.get(ContributionTotalsService);
    const rows = await totals.totals(
      {
        organisationIds: [colibris, polesNoe],
        from: '2025-01-01',
        to: '2025-12-31',
        types: ['working_time', 'financial_management'],
      },
      { groupBy: ['organisation', 'type'] },
    );
    const [sql] = await t.db.query(
      `SELECT sum(value_cents)::bigint AS v FROM contributions WHERE status = 'validated' AND organisation_id = ANY($1) AND type IN ('working_time', 'financial_management') AND starts_on BETWEEN '2025-01-01' AND '2025-12-31'`,
      [[colibris, polesNoe]],
    );
    expect(rows.reduce((s, r) => s + r.valueCents, 0)).toBe(Number(sql.v));
    expect(new Set(rows.map((r) => r.organisationId))).toEqual(new Set([colibris, polesNoe]));
    expect(await totals.totals({ grantId: '5f0c3f2e-1111-4222-8333-944455556666' }, { groupBy: [] })).toEqual([
      { count: 0, valueCents: 0 },
    ]);
  });

  it('exports the filtered contributions as CSV', async () => {
    const comms = await t.as(demo.comms);
    const res = await comms.get(`/api/contributions/export?organisationId=${colibris}&type=hosting_tools`).expect(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="contributions.csv"/);
    const lines = res.text.trim().split('\r\n');
    const [n] = await t.db.query(
      `SELECT count(*)::int AS n FROM contributions WHERE organisation_id = $1 AND type = 'hosting_tools' AND status = 'validated'`,
      [colibris],
    );
    expect(lines).toHaveLength(n.n + 1);
    expect(lines[1]).toMatch(
      /;validated;Colibris;;hosting_tools;month;01\/01\/2025;31\/01\/2025;1;40,00;40,00;Hébergement du Gogocarto/,
    );
  });

  it('produces the yearly in-kind statement (accounts 86/87), editable mapping, CSV too', async () => {
    const coord = await t.as(demo.coordinator);
    const s = (await coord.get('/api/in-kind/statement?year=2025').expect(200)).body;
    expect(s.charges.reduce((a: number, c: { valueCents: number }) => a + c.valueCents, 0)).toBe(s.totalCents);
    expect(s.products.reduce((a: number, c: { valueCents: number }) => a + c.valueCents, 0)).toBe(s.totalCents);
    expect(s.charges.map((c: { account: string }) => c.account)).toEqual(['8611', '862', '864']);
    expect(s.excluded).toEqual([{ type: 'financial_participation', valueCents: 200000 }]);
    const [sql] = await t.db.query(
      `SELECT sum(value_cents)::bigint AS v FROM contributions WHERE status = 'validated' AND type <> 'financial_participation' AND starts_on BETWEEN '2025-01-01' AND '2025-12-31'`,
    );
    expect(s.totalCents).toBe(Number(sql.v));

    const org = (await coord.get(`/api/in-kind/statement?year=2025&organisationId=${polesNoe}`).expect(200)).body;
    expect(org).toMatchObject({
      organisationName: 'PôleS NOE',
      lines: [
        {
          type: 'financial_management',
          chargeAccount: '862',
          quantities: [{ unit: 'day', quantity: 12 }],
          valueCents: 384000,
        },
      ],
    });
    const csv = await coord.get(`/api/in-kind/statement/export?year=2025&organisationId=${polesNoe}`).expect(200);
    expect(csv.headers['content-disposition']).toContain('contributions-en-nature-2025-poles-noe.csv');
    expect(csv.text).toBe(
      '\uFEFFcompte;libellé;sens;montant_euros\n862;Prestations;débit;3840,00\n871;Prestations en nature;crédit;3840,00\n',
    );

    await coord
      .put('/api/in-kind/accounts/financial_management', {
        chargeAccount: '864',
        chargeLabel: 'Personnel bénévole',
        productAccount: null,
      })
      .expect(400);
    await coord
      .put('/api/in-kind/accounts/financial_management', { chargeAccount: '764', productAccount: '875' })
      .expect(400);
    await coord
      .put('/api/in-kind/accounts/financial_management', {
        chargeAccount: '864',
        chargeLabel: 'Personnel bénévole',
        productAccount: '875',
        productLabel: 'Bénévolat',
      })
      .expect(200);
    const after = (await coord.get(`/api/in-kind/statement?year=2025&organisationId=${polesNoe}`).expect(200)).body;
    expect(after.charges).toEqual([{ account: '864', label: 'Personnel bénévole', valueCents: 384000 }]);
    await (
      await t.as(demo.copil)
    )
      .put('/api/in-kind/accounts/room', { chargeAccount: null, productAccount: null })
      .expect(403);
    await coord.get('/api/in-kind/statement?year=twenty').expect(400);
  });

  it('keeps a file as evidence, checked against its declared type', async () => {
    const copil = await t.as(demo.copil);
    const { id } = (await copil.post('/api/contributions', hours()).expect(201)).body;
    const pdf = Buffer.from('%PDF-1.4\n% convention de mise à disposition\n').toString('base64');
    await copil
      .put(`/api/contributions/${id}/evidence`, { fileName: 'convention.pdf', contentType: 'image/png', data: pdf })
      .expect(400);
    await copil
      .put(`/api/contributions/${id}/evidence`, {
        fileName: 'convention.exe',
        contentType: 'application/x-msdownload',
        data: pdf,
      })
      .expect(400);
    const attached = await copil
      .put(`/api/contributions/${id}/evidence`, {
        fileName: 'Convention signée.pdf',
        contentType: 'application/pdf',
        data: pdf,
      })
      .expect(200);
    expect(attached.body.evidence).toMatchObject({
      fileName: 'Convention signée.pdf',
      contentType: 'application/pdf',
      size: 45,
    });
    const file = await copil.get(`/api/contributions/${id}/evidence`).expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain(`filename*=UTF-8''Convention%20sign%C3%A9e.pdf`);
    await (await t.as(demo.otherCopil)).get(`/api/contributions/${id}/evidence`).expect(403);
    await copil.post('/api/contributions/submit', { ids: [id] }).expect(200);
    await copil.delete(`/api/contributions/${id}/evidence`).expect(409);
  });
});
