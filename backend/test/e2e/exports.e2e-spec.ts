import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createOrganisation, organisationId } from '../factories/organisations';
import { demo, startTestApp, type TestApp } from '../support/app';
import { binary, records, rows, stale } from '../support/exports';

describe('exports', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  describe('organisations', () => {
    it('follows the filters, in French by default and in English when asked', async () => {
      const coord = await t.as(demo.coordinator);
      const res = await coord.get('/api/organisations/export?kind=cooperative&sort=name&order=desc').expect(200);
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="organisations.csv"/);
      const [header, ...lines] = rows(res);
      expect(header.slice(0, 4)).toEqual(['Identifiant', 'Nom', 'Type', 'Statut d’adhésion']);
      const expected = await t.db.query(
        `SELECT name FROM organisations WHERE kind = 'cooperative' AND archived_at IS NULL ORDER BY name DESC, id`,
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(lines.map((l) => l[1])).toEqual(expected.map((o: { name: string }) => o.name));
      expect(lines.every((l) => l[2] === 'cooperative')).toBe(true);

      const en = await coord.get('/api/organisations/export?kind=cooperative').set('accept-language', 'en').expect(200);
      expect(rows(en)[0].slice(0, 4)).toEqual(['Id', 'Name', 'Kind', 'Membership status']);
      expect(rows(en)).toHaveLength(expected.length + 1);
    });

    it('writes French dates, Paris times and yes/no, and escapes formula-like cells', async () => {
      const coord = await t.as(demo.coordinator);
      const made = await coord
        .post('/api/organisations', {
          name: '=HYPERLINK("http://x.test","clic")',
          kind: 'collective',
          membershipStatus: 'member',
          memberSince: '2024-03-01',
          hasCopilSeat: true,
          territory: '+33 Gironde',
          description: '@SUM(1+1)\tsuite',
          contactPhone: '-1+2',
        })
        .expect(201);
      await t.db.query(`UPDATE organisations SET created_at = '2026-07-14T22:30:00Z' WHERE id = $1`, [made.body.id]);
      const [org] = records(await coord.get('/api/organisations/export?q=hyperlink').expect(200));
      expect(org).toMatchObject({
        Nom: `'=HYPERLINK("http://x.test","clic")`,
        Territoire: "'+33 Gironde",
        Description: "'@SUM(1+1)\tsuite",
        'Téléphone de contact': "'-1+2",
        'Membre depuis': '01/03/2024',
        'Siège au COPIL': 'oui',
        'Candidate depuis': '',
        // 22:30 UTC is half past midnight the next day in Paris (summer time).
        'Créée le': '15/07/2026 00:30',
      });
      const [en] = records(
        await coord.get('/api/organisations/export?q=hyperlink').set('accept-language', 'en').expect(200),
      );
      expect(en).toMatchObject({ 'COPIL seat': 'yes', 'Member since': '01/03/2024' });
    });

    it('is open to everyone signed in, as the directory is, and only as CSV', async () => {
      const volunteer = await t.as(demo.volunteer);
      const all = rows(await volunteer.get('/api/organisations/export').expect(200));
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM organisations WHERE archived_at IS NULL`);
      expect(all).toHaveLength(n + 1);
      await t.http().get('/api/organisations/export').expect(401);
      const refused = await volunteer.get('/api/organisations/export?format=xlsx').expect(400);
      expect(refused.body.error.fields).toHaveProperty('format');
    });
  });

  describe('people', () => {
    it('follows the filters and names each membership', async () => {
      const coord = await t.as(demo.coordinator);
      const colibris = await organisationId(t, 'Colibris');
      const res = await coord.get(`/api/people/export?organisationId=${colibris}`).expect(200);
      expect(res.headers['content-disposition']).toMatch(/filename="personnes.csv"/);
      const people = records(res);
      const expected = await t.db.query(
        `SELECT p.email FROM people p WHERE p.archived_at IS NULL
           AND EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = p.id AND m.organisation_id = $1)
         ORDER BY p.last_name, p.id`,
        [colibris],
      );
      expect(people.map((p) => p.Courriel || null)).toEqual(expected.map((p: { email: string | null }) => p.email));
      expect(people.every((p) => p['Organisations (rôle)'].includes('Colibris ('))).toBe(true);
      const [copilSeat] = await t.db.query(
        `SELECT p.email FROM people p JOIN memberships m ON m.person_id = p.id
          WHERE m.organisation_id = $1 AND m.role = 'copil_member' LIMIT 1`,
        [colibris],
      );
      expect(people.find((p) => p.Courriel === copilSeat.email)).toMatchObject({ 'Siège au COPIL': 'oui' });
      const en = records(
        await coord.get(`/api/people/export?organisationId=${colibris}`).set('accept-language', 'en').expect(200),
      );
      expect(Object.keys(en[0])).toEqual([
        'Id',
        'First name',
        'Last name',
        'Email',
        'Phone',
        'Organisations (role)',
        'COPIL seat',
        'Account',
        'Notes',
        'Archived at',
        'Created at',
      ]);
    });

    it('gives a volunteer or a contractor their own card only, and asks for a recent sign-in', async () => {
      for (const who of [demo.volunteer, demo.contractor]) {
        const caller = await t.as(who);
        const people = records(await caller.get('/api/people/export').expect(200));
        expect(people.map((p) => p.Courriel)).toEqual([who]);
      }
      const copil = await t.as(demo.copil);
      expect(records(await copil.get('/api/people/export').expect(200)).length).toBeGreaterThan(5);
      const refused = await (await stale(t, demo.copil)).get('/api/people/export').expect(403);
      expect(refused.body.error.code).toBe('permissions.reauthentication_required');
      await t.http().get('/api/people/export').expect(401);
    });
  });

  describe('funders', () => {
    it('writes French amounts in CSV and real numbers in xlsx', async () => {
      const coord = await t.as(demo.coordinator);
      const csv = records(await coord.get('/api/funders/export?sort=grantedCents&order=desc').expect(200));
      const expected = await t.db.query(
        `SELECT f.name, (SELECT coalesce(sum(g.amount_granted_cents), 0) FROM grants g
            WHERE g.funder_id = f.id AND g.status IN ('granted', 'closed'))::bigint AS granted
           FROM funders f WHERE f.archived_at IS NULL ORDER BY granted DESC, f.id`,
      );
      expect(csv.map((f) => f.Nom)).toEqual(expected.map((f: { name: string }) => f.name));
      const top = expected[0] as { name: string; granted: string };
      expect(BigInt(top.granted)).toBeGreaterThan(0n);
      const euros = `${BigInt(top.granted) / 100n},${String(BigInt(top.granted) % 100n).padStart(2, '0')}`;
      expect(csv[0]['Montant accordé (€)']).toBe(euros);

      const res = await binary(coord.get('/api/funders/export?format=xlsx&sort=grantedCents&order=desc')).expect(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers['content-disposition']).toMatch(/filename="financeurs.xlsx"/);
      const book = new ExcelJS.Workbook();
      // exceljs declares the Buffer of older @types/node.
      await book.xlsx.load(res.body as never);
      const sheet = book.worksheets[0];
      expect(sheet.name).toBe('Financeurs');
      expect(sheet.getRow(1).getCell(2).value).toBe('Nom');
      expect(sheet.rowCount).toBe(expected.length + 1);
      expect(sheet.getRow(2).getCell(2).value).toBe(top.name);
      expect(sheet.getRow(2).getCell(7).value).toBe(Number(top.granted) / 100);
      expect(typeof sheet.getRow(2).getCell(6).value).toBe('number');
      expect(sheet.getRow(2).getCell(9).value).toBeInstanceOf(Date);
    });

    it("exports the funders' contacts to their readers after a recent sign-in, never to volunteers", async () => {
      const coord = await t.as(demo.coordinator);
      const contacts = records(await coord.get('/api/funders/contacts/export').expect(200));
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM funder_contacts c JOIN funders f ON f.id = c.funder_id WHERE f.archived_at IS NULL`,
      );
      expect(n).toBeGreaterThan(0);
      expect(contacts).toHaveLength(n);
      expect(Object.keys(contacts[0])).toEqual(['Financeur', 'Nom', 'Fonction', 'Courriel', 'Téléphone', 'Ordre']);
      const copil = await t.as(demo.otherCopil);
      await copil.get('/api/funders/contacts/export').expect(200);
      expect(
        (await (await stale(t, demo.otherCopil)).get('/api/funders/contacts/export').expect(403)).body.error.code,
      ).toBe('permissions.reauthentication_required');
      for (const who of [demo.volunteer, demo.contractor]) {
        const caller = await t.as(who);
        await caller.get('/api/funders/export').expect(403);
        await caller.get('/api/funders/contacts/export').expect(403);
      }
      await t.http().get('/api/funders/export').expect(401);
    });
  });

  describe('grants', () => {
    it('follows the filters, with French amounts and days, and as a typed workbook', async () => {
      const copil = await t.as(demo.otherCopil);
      const csv = records(await copil.get('/api/grants/export?status=granted&sort=title').expect(200));
      const expected = await t.db.query(
        `SELECT title, amount_granted_cents AS granted, status_changed_on::text AS since
           FROM grants WHERE status = 'granted' ORDER BY title, id`,
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(csv.map((g) => g.Intitulé)).toEqual(expected.map((g: { title: string }) => g.title));
      const [first] = expected as { granted: string; since: string }[];
      const granted = BigInt(first.granted);
      expect(csv[0]['Montant accordé (€)']).toBe(`${granted / 100n},${String(granted % 100n).padStart(2, '0')}`);
      expect(csv[0]['Statut depuis le']).toBe(first.since.split('-').reverse().join('/'));

      const res = await binary(copil.get('/api/grants/export?status=granted&sort=title&format=xlsx')).expect(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.body as never);
      const sheet = book.worksheets[0];
      expect(sheet.rowCount).toBe(expected.length + 1);
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      const cell = (name: string) => sheet.getRow(2).getCell(header.indexOf(name) + 1).value;
      expect(cell('Montant accordé (€)')).toBe(Number(granted) / 100);
      expect(cell('Statut depuis le')).toEqual(new Date(`${first.since}T00:00:00Z`));

      for (const who of [demo.volunteer, demo.contractor])
        await (await t.as(who)).get('/api/grants/export').expect(403);
    });
  });

  describe('audit log', () => {
    it('gives the coordinator the filtered entries, newest first, after a recent sign-in', async () => {
      const coord = await t.as(demo.coordinator);
      const org = (await createOrganisation(coord, { description: '=1+1' })).id;
      await coord.patch(`/api/organisations/${org}`, { territory: 'Morbihan' }).expect(200);
      const res = await coord.get('/api/audit/export?entityType=Organisation').expect(200);
      const entries = records(res);
      const expected = await t.db.query(
        `SELECT a.id::text AS id FROM audit_log a WHERE a.entity_type = 'Organisation' ORDER BY a.id DESC`,
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(entries.map((e) => e.Numéro)).toEqual(expected.map((e: { id: string }) => e.id));
      expect(entries.every((e) => e.Objet === 'Organisation')).toBe(true);
      const created = entries.find((e) => e['Identifiant de l’objet'] === org && e.Action === 'create')!;
      expect(created['Après (JSON)']).toContain('"description":"=1+1"');
      expect(created.Auteur).toBeTruthy();
      expect(entries[0].Date).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
      const late = await stale(t, demo.coordinator);
      expect((await late.get('/api/audit/export').expect(403)).body.error.code).toBe(
        'permissions.reauthentication_required',
      );
      for (const who of [demo.copil, demo.volunteer, demo.contractor])
        await (await t.as(who)).get('/api/audit/export').expect(403);
    });
  });

  describe('the whole network', () => {
    it('gives the coordinator a zip of every list with a README of their columns, in French and English', async () => {
      const coord = await t.as(demo.coordinator);
      const res = await binary(coord.get('/api/network-export')).expect(200);
      expect(res.headers['content-type']).toBe('application/zip');
      expect(res.headers['content-disposition']).toMatch(/filename="maillage-export-\d{4}-\d\d-\d\d\.zip"/);
      const zip = await JSZip.loadAsync(res.body as Buffer);
      const lists = [
        ['organisations.csv', 'SELECT count(*)::int AS n FROM organisations'],
        ['personnes.csv', 'SELECT count(*)::int AS n FROM people'],
        ['financeurs.csv', 'SELECT count(*)::int AS n FROM funders'],
        ['contacts-financeurs.csv', 'SELECT count(*)::int AS n FROM funder_contacts'],
        ['subventions.csv', 'SELECT count(*)::int AS n FROM grants'],
        ['contributions.csv', 'SELECT count(*)::int AS n FROM contributions'],
        ['abonnes.csv', 'SELECT count(*)::int AS n FROM newsletter_subscribers'],
        ['journal-audit.csv', 'SELECT count(*)::int AS n FROM audit_log'],
        ['missions.csv', 'SELECT count(*)::int AS n FROM missions'],
        ['decisions.csv', 'SELECT count(*)::int AS n FROM decisions'],
        ['reunions.csv', 'SELECT count(*)::int AS n FROM meetings'],
        ['actions.csv', 'SELECT count(*)::int AS n FROM action_items'],
        ['versements.csv', 'SELECT count(*)::int AS n FROM split_payments'],
        ['temps-missions.csv', 'SELECT count(*)::int AS n FROM time_entries'],
        ['groupes-de-travail.csv', 'SELECT count(*)::int AS n FROM working_groups'],
        [
          'membres-des-groupes.csv',
          `SELECT count(*)::int AS n FROM (SELECT person_id, group_id FROM working_group_members
             UNION SELECT person_id, group_id FROM working_group_volunteers) k`,
        ],
        ['benevoles-des-groupes.csv', 'SELECT count(*)::int AS n FROM working_group_volunteers'],
        ['sources.csv', 'SELECT count(*)::int AS n FROM sources'],
      ];
      expect(Object.keys(zip.files)).toEqual([...lists.map(([f]) => f), 'LISEZMOI.md', 'README.md']);
      for (const [file, count] of lists) {
        const text = await zip.file(file)!.async('string');
        expect(text.startsWith('\uFEFF')).toBe(true);
        const [{ n }] = await t.db.query(count);
        expect([file, parse(text, { bom: true, delimiter: ';' }).length - 1]).toEqual([file, n]);
      }
      const lisezmoi = await zip.file('LISEZMOI.md')!.async('string');
      const readme = await zip.file('README.md')!.async('string');
      for (const [file] of lists) {
        expect(lisezmoi).toContain(`## ${file}`);
        expect(readme).toContain(`## ${file}`);
      }
      expect(lisezmoi).toContain('| membershipStatus | Statut d’adhésion | texte |');
      expect(readme).toContain('| grantedCents | Amount granted (€) | amount in euros');
      expect(lisezmoi).toContain('| presentCount | Présents | nombre');
    });

    it('names each group’s people as the group-members import reads them, and every volunteer with their group', async () => {
      const zip = await JSZip.loadAsync((await binary((await t.as(demo.coordinator)).get('/api/network-export'))).body);
      const read = async (file: string) =>
        parse<Record<string, string>>(await zip.file(file)!.async('string'), {
          bom: true,
          delimiter: ';',
          columns: true,
        });
      const members = await read('membres-des-groupes.csv');
      const [term] = await t.db.query(
        `SELECT p.email, g.name, m.role, to_char(m.started_on, 'DD/MM/YYYY') AS started
           FROM working_group_members m JOIN people p ON p.id = m.person_id JOIN working_groups g ON g.id = m.group_id
          WHERE m.ended_on IS NULL AND m.role = 'referent' ORDER BY p.email LIMIT 1`,
      );
      expect(members.find((m) => m['E-mail'] === term.email && m['Groupe de travail'] === term.name)).toMatchObject({
        Rôle: 'referent',
        'Début du mandat': term.started,
        'Fin du mandat': '',
      });
      const [entry] = await t.db.query(
        `SELECT p.email, g.name, v.stage FROM working_group_volunteers v
           JOIN people p ON p.id = v.person_id JOIN working_groups g ON g.id = v.group_id ORDER BY p.email LIMIT 1`,
      );
      expect(members.find((m) => m['E-mail'] === entry.email && m['Groupe de travail'] === entry.name)).toMatchObject({
        'Étape bénévole': entry.stage,
      });
      const volunteers = await read('benevoles-des-groupes.csv');
      expect(volunteers.find((v) => v.Courriel === entry.email && v['Groupe de travail'] === entry.name)).toMatchObject(
        { Étape: entry.stage },
      );
      const times = await read('temps-missions.csv');
      const [time] = await t.db.query(
        `SELECT m.title, t.description FROM time_entries t JOIN missions m ON m.id = t.mission_id ORDER BY t.id LIMIT 1`,
      );
      expect(times.find((r) => r.Description === time.description)).toMatchObject({ Mission: time.title });
    });

    it('is for the coordinator and the admin only, after a recent sign-in', async () => {
      await binary((await t.as(demo.admin)).get('/api/network-export')).expect(200);
      for (const who of [demo.copil, demo.comms, demo.volunteer, demo.contractor])
        await (await t.as(who)).get('/api/network-export').expect(403);
      await t.http().get('/api/network-export').expect(401);
      expect((await (await stale(t, demo.coordinator)).get('/api/network-export').expect(403)).body.error.code).toBe(
        'permissions.reauthentication_required',
      );
    });
  });
});
