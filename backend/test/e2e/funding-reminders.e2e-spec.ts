import { createFunder, createGrant, grantedGrant } from '../factories/funding';
import { demo, startTestApp, type Caller, type TestApp } from '../support/app';
import { FundingRemindersService } from '../../src/modules/funding/funding-reminders.service';
import { parisToday } from '../../src/modules/funding/funding-dates';

/**
 * The reminder job, called directly with a fixed "now" far from the demo data (so only this file's deadlines fall in
 * its window), against a real SMTP sink.
 */
describe('funding: deadline reminders', () => {
  let t: TestApp;
  let coord: Caller;
  let job: FundingRemindersService;
  const now = new Date('2031-03-02T07:30:00Z'); // 2 March 2031, 08:30 in Paris
  const titles = ['Rappel : candidature', 'Rappel : accordé', 'Rappel : hors fenêtre'];
  const reminders = () => t.mail.messages.filter((m) => titles.some((title) => m.subject?.includes(title)));

  beforeAll(async () => {
    t = await startTestApp({ FUNDING_REMINDER_DAYS: '14' });
    coord = await t.as(demo.coordinator);
    job = t.app.get(FundingRemindersService);
    const funderId = await createFunder(coord, { name: 'Fondation des Rappels' });
    await createGrant(coord, funderId, {
      title: titles[0],
      applicationDeadline: '2031-03-16',
      amountRequestedCents: 4_500_000,
    });
    const g = await grantedGrant(coord, funderId, 1_000_000, { title: titles[1] });
    await coord
      .post(`/api/grants/${g.id}/reports`, {
        kind: 'final_financial',
        title: 'Compte rendu financier',
        dueOn: '2031-03-02',
      })
      .expect(201);
    await coord
      .post(`/api/grants/${g.id}/instalments`, { label: 'Solde', expectedCents: 250_000, expectedOn: '2031-03-10' })
      .expect(201);
    // Already received, already late, or beyond the 14 days: no reminder.
    await coord
      .post(`/api/grants/${g.id}/instalments`, {
        label: 'Reçu',
        expectedCents: 250_000,
        expectedOn: '2031-03-05',
        receivedCents: 250_000,
        receivedOn: '2025-01-20',
      })
      .expect(201);
    await coord
      .post(`/api/grants/${g.id}/instalments`, { label: 'En retard', expectedCents: 250_000, expectedOn: '2031-03-01' })
      .expect(201);
    const later = await grantedGrant(coord, funderId, 100_000, { title: titles[2] });
    await coord
      .post(`/api/grants/${later.id}/reports`, { kind: 'interim', title: 'Intermédiaire', dueOn: '2031-03-17' })
      .expect(201);
  });
  afterAll(() => t.close());

  it('emails the coordinator once per deadline in the window, and never again', async () => {
    expect(await job.sendDueReminders(now)).toBe(3);
    await t.mail.waitFor(() => reminders().length === 3);
    const sent = reminders();
    expect(sent.every((m) => [m.to].flat().some((to) => to?.text === 'coordination@maillage.test'))).toBe(true);
    expect(sent.map((m) => m.subject).sort()).toEqual([
      'Date limite de candidature le 16 mars 2031 — Rappel : candidature',
      'Rapport à rendre le 2 mars 2031 — Rappel : accordé',
      'Versement attendu le 10 mars 2031 — Rappel : accordé',
    ]);
    const instalment = sent.find((m) => m.subject?.startsWith('Versement'))!;
    expect(instalment.text).toContain('Échéance\u00a0: 10 mars 2031 (dans 8 jours)');
    expect(instalment.text).toContain('Montant\u00a0: 2\u202f500,00\u00a0€');
    expect(instalment.html).toMatch(/href="http:\/\/localhost:3000\/funding\/grants\/[0-9a-f-]{36}"/);
    expect(sent.find((m) => m.subject?.startsWith('Rapport'))!.text).toContain('(aujourd’hui)');

    // A re-run, and two processes at once, send nothing more.
    expect(await job.sendDueReminders(now)).toBe(0);
    expect(
      await Promise.all([job.sendDueReminders(now), job.sendDueReminders(new Date('2031-03-02T15:00:00Z'))]),
    ).toEqual([0, 0]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reminders()).toHaveLength(3);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM funding_reminders_sent WHERE reminder_key LIKE '%:2031-03-%'`,
    );
    expect(n).toBe(3);
  });

  it('sends a new reminder when a deadline moves, and one for what enters the window as the days pass', async () => {
    const [report] = await t.db.query(`SELECT r.id, r.grant_id FROM grant_reports r WHERE r.title = 'Intermédiaire'`);
    expect(await job.sendDueReminders(new Date('2031-03-03T08:00:00Z'))).toBe(1);
    await coord.patch(`/api/grants/${report.grant_id}/reports/${report.id}`, { dueOn: '2031-03-20' }).expect(200);
    expect(await job.sendDueReminders(new Date('2031-03-03T09:00:00Z'))).toBe(0);
    expect(await job.sendDueReminders(new Date('2031-03-06T08:00:00Z'))).toBe(1);
    await t.mail.waitFor(() => reminders().length === 5);
    expect(
      reminders()
        .filter((m) => m.subject?.includes(titles[2]))
        .map((m) => m.subject),
    ).toEqual([
      'Rapport à rendre le 17 mars 2031 — Rappel : hors fenêtre',
      'Rapport à rendre le 20 mars 2031 — Rappel : hors fenêtre',
    ]);
  });

  it('emails the coordinator once when a public funder’s subsidies of a year first pass 23 000 €, with the article', async () => {
    const year = parisToday().slice(0, 4);
    const name = 'Département des Seuils';
    const department = await createFunder(coord, { kind: 'public_body', name });
    const foundation = await createFunder(coord, { kind: 'foundation', name: 'Fondation des Seuils' });
    const notices = () =>
      t.mail.messages.filter((m) => m.subject?.startsWith('Convention obligatoire') && m.text?.includes(name));
    await grantedGrant(coord, department, 1_500_000, { statusOn: `${year}-01-10`, agreementSignedOn: `${year}-01-20` });
    await grantedGrant(coord, foundation, 9_000_000, { statusOn: `${year}-01-10` });
    await job.sendThresholdNotices();
    // Two grants of one public funder in a year are summed: 15 000 + 8 000,01 € passes 23 000 €.
    await grantedGrant(coord, department, 800_001, { statusOn: `${year}-02-10` });
    expect(await job.sendThresholdNotices()).toBeGreaterThan(0);
    await t.mail.waitFor(() => notices().length === 1);
    const [notice] = notices();
    expect(notice.subject).toBe(`Convention obligatoire avec un financeur public — ${year}`);
    expect(notice.text).toContain('23\u202f000,01\u00a0€, au-delà de 23\u202f000,00\u00a0€');
    expect(notice.text).toContain('décret n° 2001-495 du 6 juin 2001, article 1');
    expect(t.mail.messages.some((m) => m.text?.includes('Fondation des Seuils'))).toBe(false);

    // Sent once: a re-run, and two at once, send nothing more; the table remembers it.
    expect(await Promise.all([job.sendThresholdNotices(), job.sendThresholdNotices()])).toEqual([0, 0]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(notices()).toHaveLength(1);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM funding_reminders_sent WHERE reminder_key LIKE 'threshold:agreement:' || $1 || ':%'`,
      [department],
    );
    expect(n).toBe(1);
  });
});
