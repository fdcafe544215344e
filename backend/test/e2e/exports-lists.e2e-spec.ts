import ExcelJS from 'exceljs';
import { addTimeEntry, missionOf } from '../factories/contractors';
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
});
