import ExcelJS from 'exceljs';
import { addTimeEntry, missionOf } from '../factories/contractors';
import { approvedSplit, fixedShares } from '../factories/splits';
import { demo, startTestApp, type TestApp } from '../support/app';
import { binary, records, rows, stale } from '../support/exports';

/** The exports of the lists built after the first eight (docs/exports.md). */
describe('list exports', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  describe('missions', () => {
    const RATE_HEADERS = ['Tarif journalier (€)', 'Budget prévu (€)', 'Montant consommé (€)'];

    it('follows the filters and the order, with the rates, for the coordinator; headers in French or English', async () => {
      const coord = await t.as(demo.coordinator);
      const res = await coord.get('/api/missions/export?sort=title&order=desc').expect(200);
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="missions.csv"/);
      const [header, ...lines] = rows(res);
      expect(header.slice(0, 4)).toEqual(['Identifiant', 'Intitulé', 'Prestataire', 'Société']);
      expect(header).toEqual(expect.arrayContaining(RATE_HEADERS));
      const all = await t.db.query(`SELECT id, title, daily_rate_cents FROM missions ORDER BY title DESC, id`);
      expect(all.length).toBeGreaterThan(1);
      expect(lines.map((l) => l[0])).toEqual(all.map((m: { id: string }) => m.id));
      const rate = header.indexOf('Tarif journalier (€)');
      expect(lines[0][rate]).toBe((Number(all[0].daily_rate_cents) / 100).toFixed(2).replace('.', ','));

      const [{ contractor_person_id: person }] = await t.db.query(
        `SELECT contractor_person_id FROM missions ORDER BY id LIMIT 1`,
      );
      const mine = records(await coord.get(`/api/missions/export?contractorPersonId=${person}`).expect(200));
      const expected = await t.db.query(`SELECT id FROM missions WHERE contractor_person_id = $1`, [person]);
      expect(mine.map((m) => m.Identifiant).sort()).toEqual(expected.map((m: { id: string }) => m.id).sort());

      const en = rows(await coord.get('/api/missions/export').set('accept-language', 'en').expect(200));
      expect(en[0].slice(0, 4)).toEqual(['Id', 'Title', 'Contractor', 'Company']);
      expect(en[0]).toContain('Daily rate (€)');
    });

    it('gives the COPIL the missions without any rate column', async () => {
      for (const who of [demo.copil, demo.otherCopil]) {
        const res = await (await t.as(who)).get('/api/missions/export').expect(200);
        const [header, ...lines] = rows(res);
        expect(header).toContain('Intitulé');
        expect(header.filter((h) => RATE_HEADERS.includes(h))).toEqual([]);
        // No cell holds a euro amount either: the columns are gone, not emptied into other columns.
        expect(lines.every((l) => l.length === header.length)).toBe(true);
        const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM missions`);
        expect(lines).toHaveLength(n);
      }
    });

    it('gives a contractor their own missions only, and refuses the volunteer, the anonymous and a stale session', async () => {
      const res = await (await t.as(demo.contractor)).get('/api/missions/export').expect(200);
      const own = await t.db.query(
        `SELECT m.id FROM missions m JOIN people p ON p.id = m.contractor_person_id WHERE p.email = $1`,
        [demo.contractor],
      );
      expect(own.length).toBeGreaterThan(0);
      expect(
        records(res)
          .map((m) => m.Identifiant)
          .sort(),
      ).toEqual(own.map((m: { id: string }) => m.id).sort());
      await (await t.as(demo.volunteer)).get('/api/missions/export').expect(403);
      await t.http().get('/api/missions/export').expect(401);
      const late = await stale(t, demo.coordinator);
      expect((await late.get('/api/missions/export').expect(403)).body.error.code).toBe(
        'permissions.reauthentication_required',
      );
    });
  });

  describe('time entries', () => {
    it('follows the month and the order of the time sheet, as CSV and as xlsx, for the coordinator and the contractor', async () => {
      const mission = await missionOf(t, demo.contractor);
      const entry = (on: string, quantity: number) =>
        addTimeEntry(t, { missionId: mission.id, personId: mission.personId, on, quantity });
      const march = [await entry('2026-03-02', 2.5), await entry('2026-03-20', 1)];
      await entry('2026-04-01', 3);
      const url = `/api/missions/${mission.id}/time-entries/export?month=2026-03&order=asc`;
      for (const who of [demo.coordinator, demo.contractor]) {
        const res = await (await t.as(who)).get(url).expect(200);
        expect(res.headers['content-disposition']).toMatch(/attachment; filename="temps-mission.csv"/);
        const lines = records(res);
        expect(lines.map((l) => l.Identifiant)).toEqual(march);
        expect(lines[0]).toMatchObject({ Jour: '02/03/2026', Unité: 'hour', Quantité: '2,5', Description: 'Matrice' });
      }
      const coord = await t.as(demo.coordinator);
      const en = rows(await coord.get(url).set('accept-language', 'en').expect(200));
      expect(en[0]).toEqual(['Id', 'Day', 'Unit', 'Quantity', 'Description', 'Logged at']);
      expect(en[1][3]).toBe('2.5');

      const xlsx = await binary(coord.get(`${url}&format=xlsx`)).expect(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.body as never);
      const sheet = book.worksheets[0];
      expect(sheet.rowCount).toBe(3);
      expect(sheet.getRow(2).getCell(4).value).toBe(2.5);
      expect(sheet.getRow(2).getCell(2).value).toEqual(new Date(Date.UTC(2026, 2, 2)));
    });

    it('is refused to the COPIL, the volunteer, the anonymous, and to another contractor', async () => {
      const mission = await missionOf(t, demo.contractor);
      const url = `/api/missions/${mission.id}/time-entries/export`;
      for (const who of [demo.copil, demo.otherCopil, demo.volunteer]) await (await t.as(who)).get(url).expect(403);
      await t.http().get(url).expect(401);
      const [other] = await t.db.query(
        `SELECT m.id FROM missions m JOIN people p ON p.id = m.contractor_person_id WHERE p.email <> $1 LIMIT 1`,
        [demo.contractor],
      );
      await (await t.as(demo.contractor)).get(`/api/missions/${other.id}/time-entries/export`).expect(404);
    });
  });

  describe('decisions', () => {
    it('follows the filters and the order of the register, in French or English', async () => {
      const copil = await t.as(demo.copil);
      const res = await copil.get('/api/decisions/export?outcome=adopted&sort=number&order=asc').expect(200);
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="decisions.csv"/);
      const lines = records(res);
      const expected = await t.db.query(`SELECT number FROM decisions WHERE outcome = 'adopted' ORDER BY number`);
      expect(expected.length).toBeGreaterThan(0);
      expect(lines.map((d) => d.Numéro)).toEqual(expected.map((d: { number: number }) => String(d.number)));
      expect(lines.every((d) => d.Issue === 'adopted' && /^\d\d\/\d\d\/\d{4}$/.test(d['Décidée le']))).toBe(true);
      const en = rows(await copil.get('/api/decisions/export').set('accept-language', 'en').expect(200));
      expect(en[0].slice(0, 4)).toEqual(['Number', 'Title', 'Decided on', 'Outcome']);
    });

    it('gives volunteers and contractors the public decisions only, and asks for a recent sign-in', async () => {
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM decisions WHERE visibility = 'public'`);
      const [{ all }] = await t.db.query(`SELECT count(*)::int AS all FROM decisions`);
      expect(all).toBeGreaterThan(n);
      for (const who of [demo.volunteer, demo.contractor]) {
        const lines = records(await (await t.as(who)).get('/api/decisions/export').expect(200));
        expect(lines).toHaveLength(n);
        expect(lines.every((d) => d.Visibilité === 'public')).toBe(true);
      }
      await t.http().get('/api/decisions/export').expect(401);
      expect((await (await stale(t, demo.copil)).get('/api/decisions/export').expect(403)).body.error.code).toBe(
        'permissions.reauthentication_required',
      );
    });
  });

  describe('meetings', () => {
    it('follows the filters and the order of the list, in French or English, with Paris times', async () => {
      const coord = await t.as(demo.coordinator);
      const res = await coord.get('/api/meetings/export?kind=copil&sort=startsAt&order=asc').expect(200);
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="reunions.csv"/);
      const lines = records(res);
      const expected = await t.db.query(
        `SELECT id, to_char(starts_at AT TIME ZONE 'Europe/Paris', 'DD/MM/YYYY HH24:MI') AS starts
           FROM meetings WHERE kind = 'copil' ORDER BY starts_at, id`,
      );
      expect(expected.length).toBeGreaterThan(1);
      expect(lines.map((m) => [m.Identifiant, m.Début])).toEqual(
        expected.map((m: { id: string; starts: string }) => [m.id, m.starts]),
      );
      expect(lines.every((m) => m.Type === 'copil')).toBe(true);
      const en = rows(await coord.get('/api/meetings/export?kind=copil').set('accept-language', 'en').expect(200));
      expect(en[0].slice(0, 4)).toEqual(['Starts at', 'Ends at', 'Kind', 'Title']);
      await coord.get('/api/meetings/export?format=xlsx').expect(400);
    });

    it('escapes a formula-like title', async () => {
      const [{ id }] = await t.db.query(`SELECT id FROM meetings ORDER BY starts_at LIMIT 1`);
      await t.db.query(`UPDATE meetings SET title = '=HYPERLINK("x")' WHERE id = $1`, [id]);
      const lines = records(await (await t.as(demo.coordinator)).get('/api/meetings/export').expect(200));
      expect(lines.find((m) => m.Identifiant === id)!.Intitulé).toBe(`'=HYPERLINK("x")`);
    });

    it('gives volunteers and contractors the meetings they attend only, and refuses the anonymous', async () => {
      // Each attends one meeting at least, so that an empty file cannot pass for a filtered one.
      for (const who of [demo.volunteer, demo.contractor])
        await t.db.query(
          `INSERT INTO meeting_attendees (meeting_id, person_id)
           SELECT (SELECT id FROM meetings ORDER BY id LIMIT 1), person_id FROM accounts WHERE email = $1
           ON CONFLICT DO NOTHING`,
          [who],
        );
      for (const who of [demo.volunteer, demo.contractor]) {
        const lines = records(await (await t.as(who)).get('/api/meetings/export').expect(200));
        const attended = await t.db.query(
          `SELECT DISTINCT a.meeting_id AS id FROM meeting_attendees a
             JOIN accounts ac ON ac.person_id = a.person_id WHERE ac.email = $1`,
          [who],
        );
        expect(attended.length).toBeGreaterThan(0);
        expect(lines.map((m) => m.Identifiant).sort()).toEqual(attended.map((m: { id: string }) => m.id).sort());
      }
      const [{ all }] = await t.db.query(`SELECT count(*)::int AS all FROM meetings`);
      expect(all).toBeGreaterThan(1);
      expect(records(await (await t.as(demo.coordinator)).get('/api/meetings/export').expect(200))).toHaveLength(all);
      await t.http().get('/api/meetings/export').expect(401);
    });
  });

  describe('action items', () => {
    it('follows the filters and the order of the list, in French or English', async () => {
      const coord = await t.as(demo.coordinator);
      const res = await coord.get('/api/action-items/export?pending=true&sort=dueOn&order=asc').expect(200);
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="actions.csv"/);
      const lines = records(res);
      const expected = await t.db.query(
        `SELECT id FROM action_items WHERE status IN ('open', 'in_progress') ORDER BY due_on, id`,
      );
      expect(expected.length).toBeGreaterThan(1);
      expect(lines.map((a) => a.Identifiant)).toEqual(expected.map((a: { id: string }) => a.id));
      expect(
        lines.every((a) => ['open', 'in_progress'].includes(a.Statut) && /^\d\d\/\d\d\/\d{4}$/.test(a.Échéance)),
      ).toBe(true);
      const en = rows(await coord.get('/api/action-items/export').set('accept-language', 'en').expect(200));
      expect(en[0].slice(0, 4)).toEqual(['Title', 'Owner', 'Due on', 'Status']);
    });

    it('escapes formula-like details', async () => {
      const [{ id }] = await t.db.query(`SELECT id FROM action_items ORDER BY created_at LIMIT 1`);
      await t.db.query(`UPDATE action_items SET details = '@SUM(1+1)' WHERE id = $1`, [id]);
      const lines = records(await (await t.as(demo.coordinator)).get('/api/action-items/export').expect(200));
      expect(lines.find((a) => a.Identifiant === id)!.Détails).toBe(`'@SUM(1+1)`);
    });

    it('gives a volunteer their own actions only, and asks for a recent sign-in', async () => {
      await t.db.query(
        `UPDATE action_items SET owner_person_id = (SELECT person_id FROM accounts WHERE email = $1)
          WHERE id = (SELECT id FROM action_items ORDER BY id LIMIT 1)`,
        [demo.volunteer],
      );
      const own = await t.db.query(
        `SELECT i.id FROM action_items i JOIN accounts ac ON ac.person_id = i.owner_person_id WHERE ac.email = $1`,
        [demo.volunteer],
      );
      expect(own.length).toBeGreaterThan(0);
      const lines = records(await (await t.as(demo.volunteer)).get('/api/action-items/export').expect(200));
      expect(lines.map((a) => a.Identifiant).sort()).toEqual(own.map((a: { id: string }) => a.id).sort());
      const [{ all }] = await t.db.query(`SELECT count(*)::int AS all FROM action_items`);
      expect(all).toBeGreaterThan(own.length);
      await t.http().get('/api/action-items/export').expect(401);
      expect((await (await stale(t, demo.copil)).get('/api/action-items/export').expect(403)).body.error.code).toBe(
        'permissions.reauthentication_required',
      );
    });
  });

  describe('split payments', () => {
    it('gives the coordinator every payment, for one split when asked, as CSV and as a readable xlsx', async () => {
      const coord = await t.as(demo.coordinator);
      const all = await t.db.query(`SELECT id, split_id FROM split_payments ORDER BY paid_on, created_at, id`);
      expect(all.length).toBeGreaterThan(1);
      const res = await coord.get('/api/splits/payments/export').expect(200);
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="versements.csv"/);
      expect(records(res).map((p) => p.Identifiant)).toEqual(all.map((p: { id: string }) => p.id));
      const splitId = all[0].split_id;
      const one = records(await coord.get(`/api/splits/payments/export?splitId=${splitId}`).expect(200));
      expect(one.map((p) => p.Identifiant)).toEqual(
        all.filter((p: { split_id: string }) => p.split_id === splitId).map((p: { id: string }) => p.id),
      );
      const xlsx = await binary(
        coord.get('/api/splits/payments/export?format=xlsx').set('accept-language', 'en'),
      ).expect(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.body as never);
      const sheet = book.worksheets[0];
      expect(sheet.getRow(1).values).toEqual([
        undefined,
        'Paid on',
        'Split',
        'Organisation',
        'Amount (€)',
        'Reference',
        'Note',
        'Reverses payment',
        'Recorded by',
        'Recorded at',
        'Id',
      ]);
      expect(sheet.rowCount).toBe(all.length + 1);
      const [{ cents }] = await t.db.query(`SELECT amount_cents AS cents FROM split_payments WHERE id = $1`, [
        all[0].id,
      ]);
      expect(sheet.getRow(2).getCell(4).value).toBe(Number(cents) / 100);
    });

    it('escapes a formula-like reference', async () => {
      const coord = await t.as(demo.coordinator);
      const [{ id: org }] = await t.db.query(`SELECT id FROM organisations ORDER BY name LIMIT 1`);
      const split = await approvedSplit(coord, { title: 'Export — injection', ...fixedShares([[org, 10_000]]) });
      const paid = await coord
        .post(`/api/splits/${split.id}/payments`, {
          organisationId: org,
          amountCents: 100,
          paidOn: '2026-01-15',
          reference: '+33 CMD',
        })
        .expect(201);
      const lines = records(await coord.get(`/api/splits/payments/export?splitId=${split.id}`).expect(200));
      expect(lines.map((p) => [p.Identifiant, p.Référence])).toEqual([[paid.body.payments[0].id, `'+33 CMD`]]);
    });

    it("gives a COPIL member their organisations' payments only, and refuses the others", async () => {
      const own = await t.db.query(
        `SELECT p.id FROM split_payments p WHERE p.organisation_id IN (
           SELECT m.organisation_id FROM memberships m JOIN accounts a ON a.person_id = m.person_id WHERE a.email = $1)`,
        [demo.copil],
      );
      const [{ all }] = await t.db.query(`SELECT count(*)::int AS all FROM split_payments`);
      expect(all).toBeGreaterThan(own.length);
      const lines = records(await (await t.as(demo.copil)).get('/api/splits/payments/export').expect(200));
      expect(lines.map((p) => p.Identifiant).sort()).toEqual(own.map((p: { id: string }) => p.id).sort());
      for (const who of [demo.volunteer, demo.contractor])
        await (await t.as(who)).get('/api/splits/payments/export').expect(403);
      await t.http().get('/api/splits/payments/export').expect(401);
      expect(
        (await (await stale(t, demo.coordinator)).get('/api/splits/payments/export').expect(403)).body.error.code,
      ).toBe('permissions.reauthentication_required');
    });
  });

  describe("a working group's volunteers", () => {
    const groupWithVolunteers = async () =>
      (
        await t.db.query(
          `SELECT group_id AS id FROM working_group_volunteers GROUP BY group_id ORDER BY count(*) DESC, group_id LIMIT 1`,
        )
      )[0].id as string;

    it('writes the board, in French or English, with formula-like messages escaped', async () => {
      const group = await groupWithVolunteers();
      const [{ id }] = await t.db.query(`SELECT id FROM working_group_volunteers WHERE group_id = $1 LIMIT 1`, [group]);
      await t.db.query(`UPDATE working_group_volunteers SET message = '=1+1' WHERE id = $1`, [id]);
      const coord = await t.as(demo.coordinator);
      const res = await coord.get(`/api/working-groups/${group}/volunteers/export`).expect(200);
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="benevoles.csv"/);
      const lines = records(res);
      const board = (await coord.get(`/api/working-groups/${group}/volunteers`).expect(200)).body as { id: string }[];
      expect(board.length).toBeGreaterThan(1);
      expect(lines.map((v) => v.Identifiant)).toEqual(board.map((v) => v.id));
      expect(lines.find((v) => v.Identifiant === id)!.Message).toBe(`'=1+1`);
      const en = rows(await coord.get(`/api/working-groups/${group}/volunteers/export`).set('accept-language', 'en'));
      expect(en[0].slice(0, 4)).toEqual(['Last name', 'First name', 'Email', 'Stage']);
    });

    it('gives each role what its board shows, refuses who may not see it, and asks for a recent sign-in', async () => {
      const group = await groupWithVolunteers();
      const url = `/api/working-groups/${group}/volunteers`;
      for (const who of [demo.wgLead, demo.copil, demo.otherCopil, demo.volunteer, demo.contractor]) {
        const caller = await t.as(who);
        const board = await caller.get(url);
        const file = await caller.get(`${url}/export`);
        expect([who, file.status]).toEqual([who, board.status]);
        if (board.status === 200)
          expect(records(file).map((v) => v.Identifiant)).toEqual((board.body as { id: string }[]).map((v) => v.id));
      }
      await t.http().get(`${url}/export`).expect(401);
      expect((await (await stale(t, demo.coordinator)).get(`${url}/export`).expect(403)).body.error.code).toBe(
        'permissions.reauthentication_required',
      );
    });
  });

  describe('working groups', () => {
    it('follows the filters and the order of the list, with the pipeline for the coordinator', async () => {
      const coord = await t.as(demo.coordinator);
      const res = await coord.get('/api/working-groups/export?withGaps=true&sort=name&order=desc').expect(200);
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="groupes-de-travail.csv"/);
      const listed = (await coord.get('/api/working-groups?withGaps=true&sort=name&order=desc&pageSize=100')).body as {
        items: { id: string; gaps: string[]; pipeline: { new: number } }[];
      };
      expect(listed.items.length).toBeGreaterThan(0);
      const lines = records(res);
      expect(lines.map((g) => g.Identifiant)).toEqual(listed.items.map((g) => g.id));
      expect(lines.every((g) => g['Rôles à pourvoir'] !== '')).toBe(true);
      expect(lines.map((g) => g['Bénévoles à accueillir'])).toEqual(listed.items.map((g) => String(g.pipeline.new)));
      const en = rows(await coord.get('/api/working-groups/export').set('accept-language', 'en').expect(200));
      expect(en[0].slice(0, 3)).toEqual(['Name', 'Status', 'Mission']);
    });

    it('gives the pipeline of the groups one welcomes only, and none to a contractor', async () => {
      const volunteer = await t.as(demo.volunteer);
      const mine = records(await volunteer.get('/api/working-groups/export').expect(200));
      expect(mine.map((g) => g.Nom).sort()).toEqual(['Communication', 'Sources']);
      expect(mine.every((g) => g['Bénévoles à accueillir'] === '' && g['Accueils en retard'] === '')).toBe(true);
      // The volunteer becomes the welcome person of Sources: its pipeline, not Communication's.
      await t.db.query(
        `INSERT INTO working_group_members (person_id, group_id, role, started_on)
         SELECT a.person_id, g.id, 'welcomer', current_date FROM accounts a, working_groups g
          WHERE a.email = $1 AND g.name = 'Sources'`,
        [demo.volunteer],
      );
      const welcoming = records(await (await t.as(demo.volunteer)).get('/api/working-groups/export').expect(200));
      expect(welcoming.map((g) => [g.Nom, g['Bénévoles à accueillir'] !== ''])).toEqual([
        ['Communication', false],
        ['Sources', true],
      ]);
      const contractor = records(await (await t.as(demo.contractor)).get('/api/working-groups/export').expect(200));
      expect(contractor.length).toBeGreaterThan(2);
      expect(contractor.every((g) => g['Bénévoles à accueillir'] === '' && g['Accueils en retard'] === '')).toBe(true);
      await t.http().get('/api/working-groups/export').expect(401);
    });
  });
});
