import JSZip from 'jszip';
import { createFunder, grantedGrant } from '../factories/funding';
import { createDecision, createMeeting } from '../factories/governance';
import { addValidatedContribution } from '../factories/contributions';
import { demo, startTestApp, type Caller, type TestApp } from '../support/app';
import { binary } from '../support/exports';
import { pdfText } from '../support/pdf-text';
import type { GrantDetailResponse } from '../../src/modules/funding/dto/grant.response';
import type { ActivityReportResponse } from '../../src/modules/funding/dto/activity-report.response';

/** The text of a .docx: its main part's runs, paragraphs on their own lines. */
async function docxText(docx: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

// 2018: no seeded record falls in it, so the period holds exactly what these tests put there.
const PERIOD = { startsOn: '2018-01-01', endsOn: '2018-12-31' };

describe('funding: what a grant promises, and its activity report', () => {
  let t: TestApp;
  let coord: Caller;
  let grant: GrantDetailResponse;
  let g: string;

  beforeAll(async () => {
    t = await startTestApp();
    coord = await t.as(demo.coordinator);
    grant = await grantedGrant(coord, await createFunder(coord, { name: 'Fondation Bilan' }), 3_000_000, {
      title: 'Tiers-lieux en réseau',
      statusOn: '2018-01-10',
      ...PERIOD,
    });
    g = `/api/grants/${grant.id}`;
  });
  afterAll(() => t.close());

  it('keeps a grant’s objectives, expected results, deliverables and indicators; every reader of the grant sees them', async () => {
    await coord.patch(g, { objectives: 'Relier les tiers-lieux', expectedResults: 'Dix lieux outillés' }).expect(200);
    await coord.post(`${g}/deliverables`, { title: 'Guide', dueOn: '2018-06-30' }).expect(201);
    const added = await coord
      .post(`${g}/indicators`, { label: 'Participants', target: 120, unit: 'personnes' })
      .expect(201);
    const indicator = added.body.indicators[0].id;
    await coord.patch(`${g}/indicators/${indicator}`, { measured: 87.5 }).expect(200);
    const withDeliverable = await coord.post(`${g}/deliverables`, {
      title: 'Rencontre',
      dueOn: '2018-03-01',
      status: 'delivered',
    });
    const deliverable = (withDeliverable.body as GrantDetailResponse).deliverables.find((d) => d.title === 'Guide')!.id;
    await coord.patch(`${g}/deliverables/${deliverable}`, { status: 'in_progress' }).expect(200);

    for (const who of [demo.coordinator, demo.copil, demo.otherCopil]) {
      const body = (await (await t.as(who)).get(g).expect(200)).body as GrantDetailResponse;
      expect(body.objectives).toBe('Relier les tiers-lieux');
      expect(body.expectedResults).toBe('Dix lieux outillés');
      expect(body.deliverables.map((d) => [d.title, d.dueOn, d.status, d.overdue])).toEqual([
        ['Rencontre', '2018-03-01', 'delivered', false],
        ['Guide', '2018-06-30', 'in_progress', true],
      ]);
      expect(body.indicators.map((i) => [i.label, i.target, i.measured, i.unit])).toEqual([
        ['Participants', 120, 87.5, 'personnes'],
      ]);
    }
  });

  it('refuses bad deliverables and indicators with a message per field, and saves nothing', async () => {
    const before = ((await coord.get(g).expect(200)).body as GrantDetailResponse).deliverables.length;
    const bad = await coord.post(`${g}/deliverables`, { title: ' ', dueOn: '30/06/2018', status: 'done' }).expect(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['dueOn', 'status', 'title']);
    const badIndicator = await coord
      .post(`${g}/indicators`, { label: 'Ateliers', target: -1, measured: 'beaucoup' })
      .expect(400);
    expect(Object.keys(badIndicator.body.error.fields).sort()).toEqual(['measured', 'target', 'unit']);
    const cleared = await coord.patch(`${g}/deliverables/${grant.id}`, { title: 'Inconnu' }).expect(404);
    expect(cleared.body.error).toBeDefined();
    const after = (await coord.get(g).expect(200)).body as GrantDetailResponse;
    expect(after.deliverables).toHaveLength(before);
    expect(after.indicators).toHaveLength(1);
  });

  it('lets only the coordinator change what a grant promises', async () => {
    for (const who of [demo.copil, demo.otherCopil, demo.contractor, demo.volunteer]) {
      const c = await t.as(who);
      await c.post(`${g}/deliverables`, { title: 'Non', dueOn: '2018-05-01' }).expect(403);
      await c.post(`${g}/indicators`, { label: 'Non', target: 1, unit: 'x' }).expect(403);
    }
    for (const who of [demo.contractor, demo.volunteer]) await (await t.as(who)).get(g).expect(403);
    await t.http().get(g).expect(401);
    await t.http().post(`${g}/deliverables`).send({ title: 'Non', dueOn: '2018-05-01' }).expect(401);
  });

  it('drafts the activity report from the period’s meetings, decisions, contributions, volunteers and newsletters', async () => {
    await createMeeting(coord, {
      title: 'COPIL de printemps',
      startsAt: '2018-04-10T18:00:00+02:00',
      endsAt: '2018-04-10T20:00:00+02:00',
    });
    await createMeeting(coord, {
      title: 'Hors période',
      startsAt: '2019-01-10T18:00:00+01:00',
      endsAt: '2019-01-10T20:00:00+01:00',
    });
    await createDecision(coord, { title: 'Charte des tiers-lieux', decidedOn: '2018-05-02' });
    await createDecision(coord, { title: 'Rejetée', decidedOn: '2018-05-03', outcome: 'rejected' });
    const [org] = await t.db.query(`SELECT id FROM organisations ORDER BY name LIMIT 1`);
    await addValidatedContribution(t, {
      organisationId: org.id,
      type: 'working_time',
      valueCents: 45_000,
      on: '2018-02-01',
    });
    await addValidatedContribution(t, {
      organisationId: org.id,
      type: 'working_time',
      valueCents: 15_000,
      on: '2018-09-01',
    });
    await addValidatedContribution(t, { organisationId: org.id, type: 'room', valueCents: 20_000, on: '2018-03-01' });
    await addValidatedContribution(t, {
      organisationId: org.id,
      type: 'room',
      valueCents: 99_900,
      on: '2018-03-02',
      status: 'submitted',
    });
    // A volunteer welcomed in the period (twice: counted once), a newsletter sent in it and one sent after.
    const [entry] = await t.db.query(`SELECT id FROM working_group_volunteers ORDER BY created_at LIMIT 1`);
    await t.db.query(
      `INSERT INTO working_group_volunteer_steps (entry_id, stage, at) VALUES ($1, 'welcomed', '2018-07-01T10:00:00+02:00'), ($1, 'welcomed', '2018-08-01T10:00:00+02:00')`,
      [entry.id],
    );
    await t.db.query(
      `INSERT INTO newsletter_issues (number, title, status, sent_at) VALUES (9801, 'Lettre de l’été', 'sent', '2018-07-15T09:00:00+02:00'), (9802, 'Lettre suivante', 'sent', '2019-01-15T09:00:00+01:00')`,
    );

    const res = await coord.get(`${g}/activity-report`).expect(200);
    const r = res.body as ActivityReportResponse;
    expect([r.from, r.to, r.saved, r.grantTitle, r.funderName]).toEqual([
      '2018-01-01',
      '2018-12-31',
      false,
      'Tiers-lieux en réseau',
      'Fondation Bilan',
    ]);
    expect(r.figures).toMatchObject({
      meetingsHeld: 1,
      meetings: [{ title: 'COPIL de printemps', on: '2018-04-10' }],
      decisionsAdopted: 1,
      decisions: [{ title: 'Charte des tiers-lieux', on: '2018-05-02' }],
      contributionsValueCents: 80_000,
      volunteersWelcomed: 1,
      newslettersSent: 1,
      newsletters: [{ number: 9801, title: 'Lettre de l’été', on: '2018-07-15' }],
    });
    expect(r.figures.contributions.map((c) => [c.type, c.unit, c.count, c.quantity, c.valueCents])).toEqual([
      ['room', 'room_day', 1, 1, 20_000],
      ['working_time', 'hour', 2, 2, 60_000],
    ]);
    const text = r.sections.map((s) => `${s.title}\n${s.body}`).join('\n');
    expect(text).toContain('1 réunion tenue, 1 décision adoptée, 1 bénévole accueilli, 1 lettre d’information envoyée');
    expect(text).toContain('Temps de travail : 2 heures (2 contributions), valorisé 600,00');
    expect(text).toContain('Guide — échéance 30/06/2018 — en cours');
    expect(text).toContain('Participants : 87,5 personnes pour une cible de 120 personnes');
    expect(text).toContain('Relier les tiers-lieux');

    // Another period: only what falls in it.
    const spring = (await coord.get(`${g}/activity-report?from=2018-04-01&to=2018-04-30`).expect(200)).body;
    expect(spring.figures).toMatchObject({ meetingsHeld: 1, decisionsAdopted: 0, contributionsValueCents: 0 });
  });

  it('saves the coordinator’s text per period, exports it as PDF and .docx, and goes back to the draft on demand', async () => {
    const draft = (await coord.get(`${g}/activity-report`).expect(200)).body as ActivityReportResponse;
    const sections = [
      { title: 'Présentation', body: 'Une année de mise en réseau.' },
      ...draft.sections.slice(1, 5),
      { title: 'Perspectives', body: '- Ouvrir deux lieux\n- Former les référents' },
    ];
    const saved = (await coord.put(`${g}/activity-report`, { ...PERIOD_QUERY, sections }).expect(200)).body;
    expect([saved.saved, saved.sections.length, saved.sections[0].body]).toEqual([
      true,
      6,
      'Une année de mise en réseau.',
    ]);
    expect((await coord.get(`${g}/activity-report`).expect(200)).body.sections).toEqual(saved.sections);
    // Another period keeps its own draft.
    expect((await coord.get(`${g}/activity-report?from=2018-01-01&to=2018-06-30`).expect(200)).body.saved).toBe(false);

    const pdf = await binary(coord.get(`${g}/activity-report.pdf`)).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(
      'bilan-activite-tiers-lieux-en-reseau-2018-01-01-2018-12-31.pdf',
    );
    const inPdf = await pdfText(pdf.body as Buffer);
    expect(inPdf).toContain("Bilan d'activité — Tiers-lieux en réseau");
    expect(inPdf).toContain('Une année de mise en réseau.');
    expect(inPdf).toContain('COPIL de printemps');
    expect(inPdf).toMatch(/valorisées au total 800,00\s€/);
    expect(inPdf).toContain('Ouvrir deux lieux');

    const docx = await binary(coord.get(`${g}/activity-report.docx`)).expect(200);
    expect(docx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const inDocx = await docxText(docx.body as Buffer);
    expect(inDocx).toContain("Bilan d'activité — Tiers-lieux en réseau");
    expect(inDocx).toContain('Fondation Bilan · période du 01/01/2018 au 31/12/2018');
    expect(inDocx).toContain('n° 9801 du 15/07/2018 — Lettre de l’été');
    expect(inDocx).toMatch(/Temps de travail : 2 heures \(2 contributions\), valorisé 600,00\s€/);
    expect(inDocx).toContain('Former les référents');

    const back = (await coord.delete(`${g}/activity-report?from=2018-01-01&to=2018-12-31`).expect(200)).body;
    expect([back.saved, back.sections[0].title, back.sections.length]).toEqual([false, 'Présentation', 8]);
    expect(back.sections[0].body).toContain('1 réunion tenue');
  });

  it('refuses a bad period or bad sections with a message per field, and saves nothing', async () => {
    const reversed = await coord.get(`${g}/activity-report?from=2018-06-01&to=2018-05-01`).expect(400);
    expect(reversed.body.error.fields.to).toEqual(['La fin de la période précède son début']);
    const badDay = await coord.get(`${g}/activity-report?from=2018-13-01`).expect(400);
    expect(Object.keys(badDay.body.error.fields)).toEqual(['from']);
    const empty = await coord.put(`${g}/activity-report`, { sections: [] }).expect(400);
    expect(Object.keys(empty.body.error.fields)).toEqual(['sections']);
    const untitled = await coord
      .put(`${g}/activity-report`, {
        sections: [
          { title: 'Bon', body: 'x' },
          { title: '', body: 'y' },
        ],
      })
      .expect(400);
    expect(Object.keys(untitled.body.error.fields)).toEqual(['sections.1.title']);
    expect((await coord.get(`${g}/activity-report`).expect(200)).body.saved).toBe(false);

    // A grant without dates needs the period given.
    const undated = await grantedGrant(coord, await createFunder(coord), 100_000);
    const missing = await coord.get(`/api/grants/${undated.id}/activity-report`).expect(400);
    expect(Object.keys(missing.body.error.fields)).toEqual(['from']);
    await coord.get(`/api/grants/${undated.id}/activity-report?from=2018-01-01&to=2018-02-01`).expect(200);
  });

  it('keeps the activity report to the coordinator: the COPIL, contractors, volunteers and strangers are refused', async () => {
    for (const who of [demo.copil, demo.otherCopil, demo.contractor, demo.volunteer]) {
      const c = await t.as(who);
      await c.get(`${g}/activity-report`).expect(403);
      await c.put(`${g}/activity-report`, { sections: [{ title: 'Non', body: '' }] }).expect(403);
      await c.delete(`${g}/activity-report`).expect(403);
      await c.get(`${g}/activity-report.pdf`).expect(403);
      await c.get(`${g}/activity-report.docx`).expect(403);
    }
    await t.http().get(`${g}/activity-report`).expect(401);
    await t.http().get(`${g}/activity-report.docx`).expect(401);
    expect((await coord.get(`${g}/activity-report`).expect(200)).body.saved).toBe(false);
  });
});

const PERIOD_QUERY = { from: PERIOD.startsOn, to: PERIOD.endsOn };
