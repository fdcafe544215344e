import { createFunder, createGrant, grantedGrant } from '../factories/funding';
import { demo, startTestApp, type Caller, type TestApp } from '../support/app';
import { parisToday, addDays } from '../../src/modules/funding/funding-dates';
import ExcelJS from 'exceljs';
import type { ReportGroupResponse } from '../../src/modules/funding/dto/overview.response';
import { binary } from '../support/exports';
import { pdfText } from '../support/pdf-text';

describe('funding: deadlines, alerts, dashboard and the financial report', () => {
  let t: TestApp;
  let coord: Caller;
  const today = parisToday();
  beforeAll(async () => {
    t = await startTestApp();
    coord = await t.as(demo.coordinator);
  });
  afterAll(() => t.close());

  it('lists what is due in the coming weeks (applications, reports, instalments) and what is late', async () => {
    const funderId = await createFunder(coord);
    const prospect = await createGrant(coord, funderId, {
      title: 'Échéances : candidature',
      applicationDeadline: addDays(today, 10),
    });
    const g = await grantedGrant(coord, funderId, 1_000_000, { title: 'Échéances : accordé' });
    await coord
      .post(`/api/grants/${g.id}/reports`, {
        kind: 'interim',
        title: 'Rapport intermédiaire',
        dueOn: addDays(today, 20),
      })
      .expect(201);
    await coord
      .post(`/api/grants/${g.id}/reports`, {
        kind: 'final_financial',
        title: 'Rapport lointain',
        dueOn: addDays(today, 200),
      })
      .expect(201);
    await coord
      .post(`/api/grants/${g.id}/instalments`, {
        label: 'Acompte en retard',
        expectedCents: 400_000,
        expectedOn: addDays(today, -3),
      })
      .expect(201);
    await coord
      .post(`/api/grants/${g.id}/instalments`, {
        label: 'Reçu',
        expectedCents: 100_000,
        expectedOn: addDays(today, 5),
        receivedCents: 100_000,
        receivedOn: today,
      })
      .expect(201);

    const res = await coord.get('/api/funding/deadlines?days=30').expect(200);
    const mine = res.body.filter((d: { grantId: string }) => [prospect.id, g.id].includes(d.grantId));
    expect(
      mine.map((d: { kind: string; label: string | null; overdue: boolean; amountCents: number | null }) => [
        d.kind,
        d.label,
        d.overdue,
        d.amountCents,
      ]),
    ).toEqual([
      ['instalment', 'Acompte en retard', true, 400_000],
      ['application', null, false, 1_000_000],
      ['report', 'Rapport intermédiaire', false, null],
    ]);
    const dates = res.body.map((d: { dueOn: string }) => d.dueOn);
    expect([...dates].sort()).toEqual(dates);
    expect(dates.every((d: string) => d <= addDays(today, 30))).toBe(true);
    await coord.get('/api/funding/deadlines?days=0').expect(400);
    await coord.get('/api/funding/deadlines?days=abc').expect(400);
  });

  it('warns when public subsidies received in a year pass 153 000 €, and when a new application goes to a funder still owed a report', async () => {
    const region = await createFunder(coord, { kind: 'public_body' });
    const foundation = await createFunder(coord, { kind: 'foundation' });
    const year = 2019;
    const receive = async (funder: string, cents: number, on: string) => {
      const g = await grantedGrant(coord, funder, cents, { statusOn: `${year - 1}-12-01`, agreementSignedOn: on });
      await coord
        .post(`/api/grants/${g.id}/instalments`, {
          label: 'Versement',
          expectedCents: cents,
          expectedOn: on,
          receivedCents: cents,
          receivedOn: on,
        })
        .expect(201);
      return g;
    };
    const auditAlerts = async () =>
      ((await coord.get('/api/funding/alerts').expect(200)).body as { kind: string; year?: number }[]).filter(
        (a) => a.kind === 'public_threshold' && a.year === year,
      );
    await receive(region, 10_000_000, `${year}-03-01`);
    // Granted is not received: a public grant of 2019 paid in 2020 does not count for 2019.
    const unpaid = await grantedGrant(coord, region, 9_000_000, {
      statusOn: `${year}-02-01`,
      agreementSignedOn: `${year}-02-02`,
    });
    await coord
      .post(`/api/grants/${unpaid.id}/instalments`, {
        label: 'Versement',
        expectedCents: 9_000_000,
        expectedOn: `${year + 1}-01-15`,
        receivedCents: 9_000_000,
        receivedOn: `${year + 1}-01-15`,
      })
      .expect(201);
    // A foundation's money does not count; exactly 153 000 € is not "past" it; one more cent is.
    await receive(foundation, 9_000_000, `${year}-05-01`);
    await receive(region, 5_300_000, `${year}-06-01`);
    expect(await auditAlerts()).toEqual([]);
    const last = await receive(region, 1, `${year}-12-31`);
    expect(await auditAlerts()).toEqual([
      expect.objectContaining({
        kind: 'public_threshold',
        year,
        publicReceivedCents: 15_300_001,
        thresholdCents: 15_300_000,
        grantIds: expect.arrayContaining([last.id]) as string[],
      }),
    ]);

    const previous = await grantedGrant(coord, foundation, 500_000, { title: 'Première convention' });
    await coord
      .post(`/api/grants/${previous.id}/reports`, {
        kind: 'final_financial',
        title: 'Bilan final',
        dueOn: '2026-01-31',
      })
      .expect(201);
    const renewal = await createGrant(coord, foundation, { title: 'Renouvellement' });
    expect(renewal.alerts).toEqual([
      expect.objectContaining({
        kind: 'report_still_due',
        previousGrantId: previous.id,
        reportTitles: ['Bilan final'],
        reportDueOn: '2026-01-31',
      }),
    ]);
    const report = (await coord.get(`/api/grants/${previous.id}`).expect(200)).body.reports[0];
    await coord
      .patch(`/api/grants/${previous.id}/reports/${report.id}`, { status: 'sent', sentOn: '2026-01-30' })
      .expect(200);
    expect((await coord.get(`/api/grants/${renewal.id}`).expect(200)).body.alerts).toEqual([]);
  });

  it('shows the seeded network’s alerts: the unsigned Essonne agreement and the FPH renewal while its final report is due', async () => {
    const alerts = (await coord.get('/api/funding/alerts').expect(200)).body;
    expect(alerts).toContainEqual(
      expect.objectContaining({
        kind: 'agreement_missing',
        funderName: 'Département de l’Essonne',
        amountGrantedCents: 2_500_000,
      }),
    );
    expect(alerts).toContainEqual(
      expect.objectContaining({
        kind: 'report_still_due',
        grantTitle: 'Transiscope 2027-2029 : renouvellement',
        reportDueOn: '2027-03-31',
        reportTitles: ['Bilan d’activité 2024-2026', 'Compte rendu financier final 2024-2026'],
      }),
    );
  });

  it('moves the dashboard’s figures by exactly what is recorded', async () => {
    const year = Number(today.slice(0, 4));
    const before = (await coord.get('/api/funding/dashboard').expect(200)).body;
    expect(before).toMatchObject({ year, today });
    expect(before.pipeline.map((p: { status: string }) => p.status)).toEqual([
      'prospect',
      'drafting',
      'applied',
      'granted',
      'refused',
      'closed',
    ]);
    expect(before.months).toHaveLength(12);

    const funderId = await createFunder(coord);
    const g = await createGrant(coord, funderId, {
      amountRequestedCents: 3_333_333,
      status: 'applied',
      statusOn: `${year}-01-01`,
    });
    const mid = (await coord.get('/api/funding/dashboard').expect(200)).body;
    const pipe = (d: typeof before, s: string) => d.pipeline.find((p: { status: string }) => p.status === s);
    expect(pipe(mid, 'applied').count - pipe(before, 'applied').count).toBe(1);
    expect(pipe(mid, 'applied').requestedCents - pipe(before, 'applied').requestedCents).toBe(3_333_333);

    await coord
      .post(`/api/grants/${g.id}/status`, { status: 'granted', on: today, amountGrantedCents: 3_000_001 })
      .expect(200);
    const url = `/api/grants/${g.id}`;
    await coord
      .post(`${url}/instalments`, {
        label: 'Premier',
        expectedCents: 1_000_001,
        expectedOn: `${year}-01-15`,
        receivedCents: 999_999,
        receivedOn: today,
      })
      .expect(201);
    await coord
      .post(`${url}/instalments`, { label: 'Deuxième', expectedCents: 1_000_000, expectedOn: `${year}-12-31` })
      .expect(201);
    await coord
      .post(`${url}/instalments`, { label: 'L’an prochain', expectedCents: 1_000_000, expectedOn: `${year + 1}-03-31` })
      .expect(201);
    const line = await coord
      .post(`${url}/budget-lines`, { category: 'staff', label: 'Coordination', plannedCents: 2_000_000 })
      .expect(201);
    await coord
      .post(`${url}/expenses`, {
        budgetLineId: line.body.budgetLines[0].id,
        spentOn: today,
        amountCents: 123_457,
        description: 'Salaires',
      })
      .expect(201);

    const after = (await coord.get('/api/funding/dashboard').expect(200)).body;
    expect(after.money.grantedCents - before.money.grantedCents).toBe(3_000_001);
    expect(after.money.receivedCents - before.money.receivedCents).toBe(999_999);
    expect(after.money.expectedCents - before.money.expectedCents).toBe(1_000_000);
    // Of what was granted this year: received, still scheduled (next year's included), and what no instalment covers.
    expect(after.money.ofGrantedReceivedCents - before.money.ofGrantedReceivedCents).toBe(999_999);
    expect(after.money.ofGrantedExpectedCents - before.money.ofGrantedExpectedCents).toBe(2_000_000);
    expect(after.money.ofGrantedUnscheduledCents - before.money.ofGrantedUnscheduledCents).toBe(2);
    const m = after.money as Record<string, number>;
    expect(m.ofGrantedReceivedCents + m.ofGrantedExpectedCents + m.ofGrantedUnscheduledCents).toBe(m.grantedCents);
    const month = Number(today.slice(5, 7));
    expect(after.months[month - 1].receivedCents - before.months[month - 1].receivedCents).toBe(999_999);
    expect(after.months[11].expectedCents - before.months[11].expectedCents).toBe(1_000_000);
    expect(pipe(after, 'granted').grantedCents - pipe(before, 'granted').grantedCents).toBe(3_000_001);
    expect(after.budget.plannedCents - before.budget.plannedCents).toBe(2_000_000);
    expect(after.budget.spentCents - before.budget.spentCents).toBe(123_457);
    expect(after.budget.grants).toContainEqual({
      grantId: g.id,
      title: g.title,
      plannedCents: 2_000_000,
      spentCents: 123_457,
    });
    await coord.get('/api/funding/dashboard?year=1999').expect(400);
  });

  it('writes the funder’s financial report, planned vs actual, with valued in-kind contributions as co-financing', async () => {
    const funderId = await createFunder(coord, { name: 'Fondation du Rapport' });
    const g = await grantedGrant(coord, funderId, 2_000_000, {
      title: 'Rapport financier : thème',
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
      ownFundsCents: 300_000,
    });
    const url = `/api/grants/${g.id}`;
    const lines = (
      await coord
        .post(`${url}/budget-lines`, { category: 'events', label: 'Rencontres', plannedCents: 1_500_000 })
        .expect(201)
    ).body;
    await coord
      .post(`${url}/budget-lines`, { category: 'staff', label: 'Coordination', plannedCents: 800_000 })
      .expect(201);
    await coord
      .post(`${url}/expenses`, {
        budgetLineId: lines.budgetLines[0].id,
        spentOn: '2025-06-21',
        amountCents: 1_600_050,
        description: 'Transiscothon',
      })
      .expect(201);
    await coord
      .post(`${url}/instalments`, {
        label: 'Versement',
        expectedCents: 2_000_000,
        expectedOn: '2025-02-01',
        receivedCents: 2_000_000,
        receivedOn: '2025-02-03',
      })
      .expect(201);
    const [org] = await t.db.query(`SELECT id FROM organisations WHERE name = 'Colibris'`);
    const [coordinator] = await t.db.query(`SELECT id FROM accounts WHERE email = 'coordination@maillage.test'`);
    const colibrisOnDashboard = async () =>
      (
        (await coord.get('/api/funding/dashboard').expect(200)).body.contributions.organisations as {
          organisationId: string;
          valueCents: number;
        }[]
      ).find((o) => o.organisationId === org.id)?.valueCents ?? 0;
    const before = await colibrisOnDashboard();
    // Contributions already reviewed today (the dashboard counts what was validated this quarter).
    await t.db.query(
      `INSERT INTO contributions (organisation_id, entered_by_id, type, unit, starts_on, ends_on, quantity, amount_cents, value_cents, description, grant_id, status, reviewed_at)
       SELECT $1, $3, 'other', 'euro', current_date, current_date, 1, v, v, 'co-financement', g, s, CASE WHEN s = 'validated' THEN now() END
       FROM (VALUES (412345, $2::uuid, 'validated'), (100000, $2::uuid, 'validated'), (99999, $2::uuid, 'submitted'), (7000, NULL::uuid, 'validated')) AS x(v, g, s)`,
      [org.id, g.id, coordinator.id],
    );

    const report = (await coord.get(`${url}/financial-report`).expect(200)).body;
    expect(report.grant).toMatchObject({
      title: 'Rapport financier : thème',
      funderName: 'Fondation du Rapport',
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
    });
    const charges = (report.charges.groups as ReportGroupResponse[]).flatMap((g) => g.lines);
    expect(charges.map((l) => [l.account, l.label, l.plannedCents, l.actualCents])).toEqual([
      ['61', 'Rencontres', 1_500_000, 1_600_050],
      ['64', 'Coordination', 800_000, 0],
    ]);
    expect(report.charges.total).toMatchObject({ plannedCents: 2_300_000, actualCents: 1_600_050 });
    const subsidies = (report.products.groups as ReportGroupResponse[]).find((g) => g.account === '74')!;
    expect(subsidies.lines[0]).toMatchObject({ account: '74', plannedCents: 2_000_000, actualCents: 2_000_000 });
    // The received grant covers the charges: no own funds were needed, and the co-financing says the same.
    const own = (report.products.groups as ReportGroupResponse[]).find((g) => g.account === '')!.lines[0];
    expect(own).toMatchObject({ plannedCents: 300_000, actualCents: 0 });
    expect(report.inKindCharges.total.actualCents).toBe(512_345);
    expect(report.inKindProducts.total.actualCents).toBe(512_345);
    expect(report.cofinancing).toEqual({
      ownFundsCents: 0,
      otherFundersCents: 0,
      inKindCents: 512_345,
      grantCents: 2_000_000,
      ratio: 512_345 / 2_000_000,
    });
    expect((await coord.get(url).expect(200)).body.figures).toMatchObject({
      inKindCents: 512_345,
      cofinancingRatio: 812_345 / 2_000_000,
    });

    const csv = await coord.get(`${url}/financial-report.csv`).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="compte-rendu-financier-rapport-financier-theme.csv"',
    );
    expect(csv.text).toContain('Charges;61;Événements;Rencontres;15000,00;16000,50;1000,50;107 %;');
    const en = await coord.get(`${url}/financial-report.csv`).set('Accept-Language', 'en').expect(200);
    expect(en.text).toContain('Charges,61,Events,Rencontres,15000.00,16000.50,1000.50,107 %,');

    const pdf = await binary(coord.get(`${url}/financial-report.pdf`)).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(
      'attachment; filename="compte-rendu-financier-rapport-financier-theme.pdf"',
    );
    const text = (await pdfText(pdf.body as Buffer)).replace(/\s+/g, ' ');
    expect(text).toContain('Rencontres 15 000,00 € 16 000,50 € 1 000,50 €');
    expect(text).toContain('TOTAL DES CHARGES 23 000,00 € 16 000,50 € -6 999,50 €');
    expect(text).toContain('TOTAL DES CONTRIBUTIONS (87) 5 123,45 €');
    const xlsx = await binary(coord.get(`${url}/financial-report.xlsx`)).expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as ArrayBuffer);
    const rows = book.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.find((r) => r[4] === 'Rencontres')?.slice(5, 8)).toEqual([15000, 16000.5, 1000.5]);

    expect(await colibrisOnDashboard()).toBe(before + 519_345);
  });
});
