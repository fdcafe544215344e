import { ContractorsService } from '../../src/modules/contractors/contractors.service';
import { MISSION_FIELDS_WITHOUT_RATE } from '../../src/permissions/readable-fields';
import { missionOf } from '../factories/contractors';
import { demo, startTestApp, type TestApp } from '../support/app';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';

const JULIE = 'prestataire.communication@maillage.test';
const UNKNOWN = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
/** Every key of a JSON document, however deep. */
const keysOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(keysOf)
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)])
      : [];

describe('contractors: missions and time entries', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const count = async (table: string) => (await t.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: DISPLAY_TIME_ZONE }).format(new Date());

  beforeAll(async () => {
    t = await startTestApp();
    ({ id: ids.thomasMission, personId: ids.thomas } = await missionOf(t, demo.contractor));
    ids.julieMission = (await missionOf(t, JULIE)).id;
    ids.julieEntry = (
      await t.db.query('SELECT id FROM time_entries WHERE mission_id = $1 LIMIT 1', [ids.julieMission])
    )[0].id;
  });
  afterAll(() => t.close());

  const mission = () => ({
    contractorPersonId: ids.thomas,
    company: 'Girard Développement (EI)',
    title: 'Maintenance des imports dynamiques',
    jobDescription: '<h2>Missions</h2><ul><li>Suivre les imports</li></ul><img src=x onerror=alert(1)>',
    startsOn: '2026-01-01',
    endsOn: '2026-06-30',
    daysPerMonth: 2.5,
    dailyRateCents: 42_000,
  });

  it('lets the coordinator manage missions and see used vs budgeted days and money, month by month', async () => {
    const coord = await t.as(demo.coordinator);
    const created = await coord.post('/api/missions', mission()).expect(201);
    expect(created.body).toMatchObject({
      title: 'Maintenance des imports dynamiques',
      dailyRateCents: 42_000,
      daysPerMonth: 2.5,
      hoursPerDay: 7,
      budgetedDays: 15,
      usedDays: 0,
      budgetedCents: 630_000,
      usedCents: 0,
    });
    expect(created.body.jobDescription).toBe('<h2>Missions</h2><ul><li>Suivre les imports</li></ul>');
    expect(created.body.months.map((m: { month: string }) => m.month)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    const updated = await coord.patch(`/api/missions/${created.body.id}`, { daysPerMonth: 3 }).expect(200);
    expect(updated.body.budgetedDays).toBe(18);

    // The seeded agenda mission: 4 days a month, and a release month over budget.
    const seeded = await coord.get(`/api/missions/${ids.thomasMission}`).expect(200);
    const over = seeded.body.months.filter((m: { overBudget: boolean }) => m.overBudget);
    expect(over).toHaveLength(1);
    expect(over[0]).toMatchObject({ budgetedDays: 4, usedDays: 5.5 });
    // The money of each month is a field of its own (monthsCents), so the rate rule removes it whole.
    expect(seeded.body.monthsCents.find((m: { month: string }) => m.month === over[0].month)).toEqual({
      month: over[0].month,
      budgetedCents: 180_000,
      usedCents: 247_500,
    });
    expect(seeded.body.overBudgetMonths).toBe(1);
    const list = await coord.get('/api/missions?pageSize=50').expect(200);
    expect(list.body.items.find((m: { id: string }) => m.id === ids.thomasMission)).toMatchObject({
      dailyRateCents: 45_000,
      overBudgetMonths: 1,
      contractorName: 'Thomas Girard',
    });
    expect(list.body.items[0]).not.toHaveProperty('months');
  });

  it('refuses bad missions with field messages and saves nothing', async () => {
    const coord = await t.as(demo.coordinator);
    const before = await count('missions');
    const bad = await coord
      .post('/api/missions', {
        ...mission(),
        dailyRateCents: 420.5,
        daysPerMonth: 40,
        startsOn: '2026-13-01',
        jobDescription: '<p> </p>',
        rate: 1,
      })
      .expect(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual([
      'dailyRateCents',
      'daysPerMonth',
      'jobDescription',
      'rate',
      'startsOn',
    ]);
    expect(bad.body.error.fields.jobDescription).toEqual(['Ce champ est obligatoire']);
    const order = await coord.post('/api/missions', { ...mission(), endsOn: '2025-12-31' }).expect(400);
    expect(Object.keys(order.body.error.fields)).toEqual(['endsOn']);
    const unknown = await coord.post('/api/missions', { ...mission(), contractorPersonId: UNKNOWN }).expect(400);
    expect(unknown.body.error.fields.contractorPersonId).toEqual(['Personne inconnue']);
    const links = await coord
      .post('/api/missions', { ...mission(), grantId: UNKNOWN, budgetLineId: UNKNOWN })
      .expect(400);
    expect(links.body.error.fields).toEqual({
      grantId: ['Subvention inconnue'],
      budgetLineId: ['Ligne budgétaire inconnue'],
    });
    const [line, otherGrant] = await t.db
      .query(
        `SELECT l.id AS "lineId", g.id AS "grantId" FROM grant_budget_lines l JOIN grants g ON g.id <> l.grant_id LIMIT 1`,
      )
      .then((rows: { lineId: string; grantId: string }[]) => [rows[0].lineId, rows[0].grantId]);
    const mismatch = await coord
      .post('/api/missions', { ...mission(), grantId: otherGrant, budgetLineId: line })
      .set('Accept-Language', 'en')
      .expect(400);
    expect(mismatch.body.error.fields).toEqual({ budgetLineId: ['This line is not in this grant’s budget'] });
    await coord.patch(`/api/missions/${ids.thomasMission}`, { budgetLineId: UNKNOWN }).expect(400);
    // Time is logged from 3 months ago: the period cannot shrink past it.
    const shrink = await coord
      .patch(`/api/missions/${ids.thomasMission}`, { startsOn: '2099-01-01', endsOn: '2099-12-31' })
      .expect(400);
    expect(Object.keys(shrink.body.error.fields).sort()).toEqual(['endsOn', 'startsOn']);
    expect(await count('missions')).toBe(before);
  });

  it('lets a contractor log time on their own mission and see the month’s total', async () => {
    const thomas = await t.as(demo.contractor);
    const month = today().slice(0, 7);
    const monthOf = async () => {
      const { months, monthsCents } = (await thomas.get(`/api/missions/${ids.thomasMission}`).expect(200)).body;
      const inMonth = (m: { month: string }) => m.month === month;
      return { ...months.find(inMonth), ...monthsCents.find(inMonth) };
    };
    const before = await monthOf();
    const day = await thomas
      .post(`/api/missions/${ids.thomasMission}/time-entries`, {
        workedOn: today(),
        unit: 'day',
        quantity: 1,
        description: 'Connecteur Google Agenda',
      })
      .expect(201);
    expect(day.body).toMatchObject({ personId: ids.thomas, quantity: 1, unit: 'day' });
    await thomas
      .post(`/api/missions/${ids.thomasMission}/time-entries`, {
        workedOn: today(),
        unit: 'hour',
        quantity: 3.5,
        description: 'Point avec le groupe Technique',
      })
      .expect(201);
    const after = await monthOf();
    expect(after.usedDays).toBeCloseTo(before.usedDays + 1.5, 2);
    expect(after.usedCents - before.usedCents).toBe(67_500);
    const entries = await thomas.get(`/api/missions/${ids.thomasMission}/time-entries?month=${month}`).expect(200);
    expect(entries.body.items.map((e: { id: string }) => e.id)).toContain(day.body.id);
    expect(entries.body.items.every((e: { workedOn: string }) => e.workedOn.startsWith(month))).toBe(true);

    const edited = await thomas.patch(`/api/time-entries/${day.body.id}`, { quantity: 0.5 }).expect(200);
    expect(edited.body.quantity).toBe(0.5);
    await thomas.delete(`/api/time-entries/${day.body.id}`).expect(204);
    const audit = await (
      await t.as(demo.coordinator)
    )
      .get(`/api/audit?entityType=TimeEntry&entityId=${day.body.id}`)
      .expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['delete', 'update', 'create']);
  });

  it('refuses time outside the mission, in the future, in odd quantities; nothing saved', async () => {
    const thomas = await t.as(demo.contractor);
    const before = await count('time_entries');
    const entry = { workedOn: today(), unit: 'day', quantity: 1, description: 'Travail' };
    const outside = await thomas
      .post(`/api/missions/${ids.thomasMission}/time-entries`, { ...entry, workedOn: '2020-01-06' })
      .expect(400);
    expect(outside.body.error.fields).toEqual({ workedOn: ['En dehors de la période de la mission'] });
    const [{ tomorrow }] = await t.db.query(
      `SELECT to_char((now() AT TIME ZONE '${DISPLAY_TIME_ZONE}')::date + 1, 'YYYY-MM-DD') AS tomorrow`,
    );
    const future = await thomas
      .post(`/api/missions/${ids.thomasMission}/time-entries`, { ...entry, workedOn: tomorrow })
      .expect(400);
    expect(Object.keys(future.body.error.fields)).toEqual(['workedOn']);
    const twoDays = await thomas
      .post(`/api/missions/${ids.thomasMission}/time-entries`, { ...entry, quantity: 1.5 })
      .expect(400);
    expect(twoDays.body.error.fields).toEqual({ quantity: ['Une journée au plus par saisie'] });
    await thomas
      .post(`/api/missions/${ids.thomasMission}/time-entries`, { ...entry, unit: 'hour', quantity: 1.3 })
      .expect(400);
    const bad = await thomas
      .post(`/api/missions/${ids.thomasMission}/time-entries`, {
        workedOn: 'hier',
        unit: 'week',
        quantity: 0,
        description: '',
      })
      .expect(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['description', 'quantity', 'unit', 'workedOn']);
    expect(await count('time_entries')).toBe(before);
  });

  it('never shows a contractor another contractor’s missions, rate or time', async () => {
    const thomas = await t.as(demo.contractor);
    const list = await thomas.get('/api/missions?pageSize=100').expect(200);
    expect(list.body.items.map((m: { id: string }) => m.id)).not.toContain(ids.julieMission);
    expect(list.body.items.every((m: { contractorPersonId: string }) => m.contractorPersonId === ids.thomas)).toBe(
      true,
    );
    // Their own rate.
    expect(list.body.items.find((m: { id: string }) => m.id === ids.thomasMission).dailyRateCents).toBe(45_000);
    const theirs = [
      await thomas.get(`/api/missions/${ids.julieMission}`),
      await thomas.get(`/api/missions/${ids.julieMission}/time-entries`),
      await thomas.post(`/api/missions/${ids.julieMission}/time-entries`, {
        workedOn: today(),
        unit: 'day',
        quantity: 1,
        description: 'x',
      }),
      await thomas.patch(`/api/time-entries/${ids.julieEntry}`, { quantity: 0.25 }),
      await thomas.delete(`/api/time-entries/${ids.julieEntry}`),
    ];
    expect(theirs.map((r) => r.status)).toEqual([404, 404, 404, 404, 404]);
    expect(JSON.stringify(theirs.map((r) => r.body))).not.toMatch(/38000|38 000|Bernard|communication/i);
    await thomas.post('/api/missions', mission()).expect(403);
    await thomas.patch(`/api/missions/${ids.thomasMission}`, { dailyRateCents: 99_000 }).expect(403);

    const julie = await t.as(JULIE);
    const hers = await julie.get('/api/missions').expect(200);
    expect(hers.body.items.map((m: { id: string }) => m.id)).toEqual([ids.julieMission]);
    await julie.get(`/api/missions/${ids.thomasMission}`).expect(404);
  });

  it('shows the COPIL missions and job descriptions without any rate or amount, and no time entries', async () => {
    const copil = await t.as(demo.copil);
    const list = await copil.get('/api/missions?pageSize=100').expect(200);
    expect(list.body.total).toBeGreaterThanOrEqual(2);
    const detail = await copil.get(`/api/missions/${ids.thomasMission}`).expect(200);
    expect(detail.body).toMatchObject({
      title: 'Développement de l’agrégation d’agenda (V2)',
      daysPerMonth: 4,
      budgetedDays: expect.any(Number),
    });
    expect(detail.body.jobDescription).toContain('Bus sémantique');
    // What the COPIL gets is exactly the rate-free fields of the ability (MISSION_FIELDS_WITHOUT_RATE), nothing more.
    expect(Object.keys(detail.body).sort()).toEqual([...MISSION_FIELDS_WITHOUT_RATE].sort());
    expect(detail.body.months.length).toBeGreaterThan(0);
    for (const body of [list.body, detail.body]) {
      expect(keysOf(body).filter((k) => /cents|rate/i.test(k))).toEqual([]);
      expect(JSON.stringify(body)).not.toContain('45000');
    }
    await copil.get(`/api/missions/${ids.thomasMission}/time-entries`).expect(403);
    await copil.patch(`/api/missions/${ids.thomasMission}`, { title: 'x' }).expect(403);
    for (const who of [demo.volunteer, demo.comms]) await (await t.as(who)).get('/api/missions').expect(403);
    // The technical referent also sits on the COPIL: missions, without rates.
    const wgLead = await t.as(demo.wgLead);
    expect(keysOf((await wgLead.get('/api/missions').expect(200)).body).filter((k) => /cents|rate/i.test(k))).toEqual(
      [],
    );
  });

  it('values the time of each budget line per month, for the funding module', async () => {
    const coord = await t.as(demo.coordinator);
    const [{ id: line, grant_id: grantId }] = await t.db.query(
      `SELECT id, grant_id FROM grant_budget_lines l WHERE NOT EXISTS (SELECT 1 FROM grant_expenses e WHERE e.budget_line_id = l.id) LIMIT 1`,
    );
    await coord.patch(`/api/missions/${ids.thomasMission}`, { grantId, budgetLineId: line }).expect(200);
    await coord.patch(`/api/missions/${ids.julieMission}`, { budgetLineId: line }).expect(200);
    // A line missions are charged to stays: removing it says why.
    const inUse = await coord.delete(`/api/grants/${grantId}/budget-lines/${line}`).expect(409);
    expect(inUse.body.error.message).toMatch(/mission/);
    expect(await t.db.query('SELECT id FROM grant_budget_lines WHERE id = $1', [line])).toHaveLength(1);
    const spending = await t.app
      .get(ContractorsService)
      .valuedTimeByBudgetLine({ from: '2000-01-01', to: '2099-12-31', budgetLineIds: [line] });
    expect(spending.length).toBeGreaterThan(0);
    expect(spending.every((s) => s.budgetLineId === line)).toBe(true);
    // The same money as the two missions' own summaries, to the cent.
    const thomas = (await coord.get(`/api/missions/${ids.thomasMission}`)).body;
    const julie = (await coord.get(`/api/missions/${ids.julieMission}`)).body;
    expect(spending.reduce((sum, s) => sum + s.cents, 0)).toBe(thomas.usedCents + julie.usedCents);
    for (const s of spending) {
      const months = [thomas, julie].map((m) => m.monthsCents.find((x: { month: string }) => x.month === s.month));
      expect(s.cents).toBe(months.reduce((sum, m) => sum + (m?.usedCents ?? 0), 0));
    }
    const oneMonth = spending[0].month;
    const [y, m] = oneMonth.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    const only = await t.app.get(ContractorsService).valuedTimeByBudgetLine({ from: `${oneMonth}-01`, to: last });
    expect(only).toEqual([spending[0]]);
  });
});
