import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { demo, startTestApp, type Caller, type TestApp } from '../support/app';

type Mapping = { field: string; header: string | null }[];

describe('imports', () => {
  let t: TestApp;
  let coordinator: Caller;
  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.as(demo.coordinator);
  });
  afterAll(() => t.close());

  const upload = (c: Caller, kind: string, file: Buffer | string, fileName = 'liste.csv') =>
    c.upload(`/api/imports?kind=${kind}`, file, fileName);
  /** Uploads, then dry-runs and (when asked) commits with the guessed mapping. */
  async function importFile(kind: string, file: Buffer | string, commit = true) {
    const job = await upload(coordinator, kind, file).expect(201);
    const mapping: Mapping = job.body.mapping;
    const dry = await coordinator.post(`/api/imports/${job.body.id}/dry-run`, { mapping }).expect(200);
    const done = commit ? await coordinator.post(`/api/imports/${job.body.id}/commit`, { mapping }) : null;
    return { job: job.body, mapping, dry: dry.body, done };
  }
  const count = async (table: string, where = 'true', params: unknown[] = []) =>
    (await t.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0].n as number;
  const statuses = (rows: { line: number; status: string }[]) => rows.map((r) => `${r.line}:${r.status}`);

  const orgs = [
    'Nom,Type,SIREN,Code postal,Territoire,Site web',
    'Atelier Vélo Solidaire,association,123456789,35000,Rennes,https://velo.example.org',
    'Coop des Communs,coopérative,,44000,Nantes,',
    'Collectif Zéro Déchet,collectif,,29200,Brest,',
  ].join('\n');

  it('imports organisations: a dry run saves nothing, the commit creates, a re-import changes nothing, an update only what moved', async () => {
    const { job, dry } = await importFile('organisations', orgs, false);
    expect(job).toMatchObject({ format: 'csv', encoding: 'UTF-8', delimiter: ',' });
    expect(job.mapping).toEqual(
      expect.arrayContaining([
        { field: 'name', header: 'Nom' },
        { field: 'siren', header: 'SIREN' },
        { field: 'postcode', header: 'Code postal' },
        { field: 'membershipStatus', header: null },
      ]),
    );
    expect(dry).toMatchObject({ total: 3, created: 3, updated: 0, unchanged: 0, refused: 0, committed: false });
    expect(statuses(dry.rows)).toEqual(['2:created', '3:created', '4:created']);
    expect(await count('organisations', `name = 'Coop des Communs'`)).toBe(0);

    const [stored] = await t.db.query(`SELECT file_oid FROM import_jobs WHERE id = $1`, [job.id]);
    const objects = `pg_largeobject_metadata`;
    expect(await count(objects, 'oid = $1::bigint::oid', [stored.file_oid])).toBe(1);
    const storedFiles = await count(objects);
    const first = await importFile('organisations', orgs);
    expect(first.done!.status).toBe(200);
    // The committed file is not kept; the dry-run-only one still is.
    const [firstStored] = await t.db.query(`SELECT file_oid FROM import_jobs WHERE id = $1`, [first.job.id]);
    expect(firstStored.file_oid).toBeNull();
    expect(await count(objects)).toBe(storedFiles);
    expect(await count(objects, 'oid = $1::bigint::oid', [stored.file_oid])).toBe(1);
    expect(first.done!.body).toMatchObject({ committed: true, created: 3 });
    const [velo] = await t.db.query(`SELECT * FROM organisations WHERE siren = '123456789'`);
    expect(velo).toMatchObject({
      name: 'Atelier Vélo Solidaire',
      kind: 'association',
      membership_status: 'member',
      postcode: '35000',
    });
    const created = await t.db.query(
      `SELECT entity_id, after FROM audit_log WHERE action = 'import.create' AND after->>'importId' = $1 ORDER BY id`,
      [first.job.id],
    );
    expect(created).toHaveLength(3);
    expect(created[0]).toEqual({
      entity_id: velo.id,
      after: { importId: first.job.id, fileName: 'liste.csv', line: 2 },
    });

    const again = await importFile('organisations', orgs);
    expect(again.done!.body).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await count('organisations', `name = 'Coop des Communs'`)).toBe(1);

    // Renamed by its SIREN, one territory moved: two updates, the rest unchanged.
    const updated = orgs
      .replace('Atelier Vélo Solidaire', 'Atelier Vélo Solidaire 35')
      .replace('29200,Brest', '29200,Brest Métropole');
    const third = await importFile('organisations', updated);
    expect(third.done!.body).toMatchObject({ created: 0, updated: 2, unchanged: 1 });
    expect(third.done!.body.rows.find((r: { line: number }) => r.line === 2).changes).toEqual(['name']);
    const [after] = await t.db.query(`SELECT name, territory, website FROM organisations WHERE id = $1`, [velo.id]);
    expect(after).toEqual({
      name: 'Atelier Vélo Solidaire 35',
      territory: 'Rennes',
      website: 'https://velo.example.org',
    });
    const audits = await t.db.query(
      `SELECT before, after FROM audit_log WHERE action = 'import.update' AND entity_id = $1`,
      [velo.id],
    );
    expect(audits).toEqual([
      {
        before: { name: 'Atelier Vélo Solidaire' },
        after: { name: 'Atelier Vélo Solidaire 35', importId: third.job.id },
      },
    ]);
  });

  it('reads a Windows-1252 file with semicolons as French Excel writes it, and says so', async () => {
    const csv = 'Nom;Type;Code postal;Territoire\r\nÉcole des Châtaigniers;association;07000;Ardèche\r\n';
    const { job, done } = await importFile('organisations', iconv.encode(csv, 'win1252'));
    expect(job).toMatchObject({
      encoding: 'Windows-1252',
      delimiter: ';',
      headers: ['Nom', 'Type', 'Code postal', 'Territoire'],
    });
    expect(done!.body).toMatchObject({ created: 1 });
    expect(await count('organisations', `name = 'École des Châtaigniers' AND territory = 'Ardèche'`)).toBe(1);
  });

  it('reads an .xlsx workbook (funders and their contacts), then updates a contact', async () => {
    const workbook = async (email: string) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Financeurs');
      ws.addRow(['Financeur', 'Type', 'Contact', 'Fonction', 'Courriel']);
      ws.addRow(['Fondation des Territoires', 'fondation', 'Lucie Martin', 'Chargée de programme', email]);
      ws.addRow(['Région Bretagne', 'organisme public', '', '', '']);
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const first = await importFile('funders', await workbook('lucie@fondation.example'));
    expect(first.job).toMatchObject({ format: 'xlsx', encoding: null });
    expect(first.done!.body).toMatchObject({ created: 2 });
    const [contact] = await t.db.query(
      `SELECT c.name, c.role, c.email FROM funder_contacts c JOIN funders f ON f.id = c.funder_id WHERE f.name = 'Fondation des Territoires'`,
    );
    expect(contact).toEqual({ name: 'Lucie Martin', role: 'Chargée de programme', email: 'lucie@fondation.example' });

    expect((await importFile('funders', await workbook('lucie@fondation.example'))).done!.body).toMatchObject({
      unchanged: 2,
    });
    const third = await importFile('funders', await workbook('l.martin@fondation.example'));
    expect(third.done!.body).toMatchObject({ updated: 1, unchanged: 1 });
    expect(third.done!.body.rows[0].changes).toEqual(['contact.email']);
    expect(await count('funder_contacts', `email = 'l.martin@fondation.example'`)).toBe(1);
    expect(await count('funder_contacts', `name = 'Lucie Martin'`)).toBe(1);
  });

  it('imports people with their organisation, role and COPIL seat, matched on email', async () => {
    const [{ name: org }] = await t.db.query(
      `SELECT name FROM organisations WHERE archived_at IS NULL ORDER BY name LIMIT 1`,
    );
    const people = (phone: string) =>
      [
        'Prénom,Nom,E-mail,Téléphone,Organisation,Rôle,Siège au COPIL',
        `Inès,Moreau,ines.moreau@example.org,${phone},${org},salariée,oui`,
        'Paul,Girard,Paul.Girard@Example.org,,,,',
      ].join('\n');
    const first = await importFile('people', people('0601020304'));
    expect(first.done!.body).toMatchObject({ created: 2 });
    const roles = await t.db.query(
      `SELECT m.role FROM memberships m JOIN people p ON p.id = m.person_id JOIN organisations o ON o.id = m.organisation_id
        WHERE p.email = 'ines.moreau@example.org' AND o.name = $1 ORDER BY m.role`,
      [org],
    );
    expect(roles).toEqual([{ role: 'copil_member' }, { role: 'staff' }]);
    expect(await count('people', `email = 'paul.girard@example.org'`)).toBe(1);

    expect((await importFile('people', people('0601020304'))).done!.body).toMatchObject({ unchanged: 2, created: 0 });
    const third = await importFile('people', people('0699999999'));
    expect(third.done!.body).toMatchObject({ updated: 1, unchanged: 1 });
    expect(await count('people', `email = 'ines.moreau@example.org' AND phone = '0699999999'`)).toBe(1);
    expect(
      await count('memberships m JOIN people p ON p.id = m.person_id', `p.email = 'ines.moreau@example.org'`),
    ).toBe(2);
  });

  describe('bad input: a clear error per line, nothing saved', () => {
    it('refuses a file over 20 MB as it streams in, and keeps nothing of it', async () => {
      const objects = await count('pg_largeobject_metadata');
      const res = await upload(coordinator, 'people', Buffer.alloc(20 * 2 ** 20 + 10, 'a'));
      expect(res.status).toBe(400);
      expect(res.body.error.fields.file[0]).toMatch(/20/);
      expect(await count('pg_largeobject_metadata')).toBe(objects);
    });

    it('refuses a file in an encoding it cannot read', async () => {
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Nom,Type\nA,association\n', 'utf16-le')]);
      const res = await upload(coordinator, 'organisations', utf16).expect(400);
      expect(res.body.error.code).toBe('imports.unreadable_encoding');
      expect(res.body.error.fields.file[0]).toMatch(/Encodage non reconnu/);
      const sjis = await upload(
        coordinator,
        'organisations',
        iconv.encode('名前,種類\n東京の会,協会\n大阪の会,協会\n', 'shift_jis'),
      ).expect(400);
      expect(sjis.body.error.fields.file[0]).toMatch(/Encodage non reconnu \((SHIFT_JIS|[^)]+)\)/);
    });

    it('refuses a mapping that leaves a required column out or names a header the file lacks', async () => {
      const job = await upload(coordinator, 'organisations', 'Raison,Catégorie\nX,association\n').expect(201);
      const res = await coordinator
        .post(`/api/imports/${job.body.id}/dry-run`, { mapping: job.body.mapping })
        .expect(400);
      expect(res.body.error.fields.mapping[0]).toBe('Colonnes obligatoires sans correspondance : Nom, Type');
      const wrong = await coordinator
        .post(`/api/imports/${job.body.id}/dry-run`, {
          mapping: [
            { field: 'name', header: 'Nom' },
            { field: 'kind', header: 'Catégorie' },
          ],
        })
        .expect(400);
      expect(wrong.body.error.fields['mapping.name']).toEqual(['Colonne absente du fichier : « Nom »']);
      // Fixed by hand: the mapping names the file's own headers.
      const fixed = await coordinator
        .post(`/api/imports/${job.body.id}/dry-run`, {
          mapping: [
            { field: 'name', header: 'Raison' },
            { field: 'kind', header: 'Catégorie' },
          ],
        })
        .expect(200);
      expect(fixed.body).toMatchObject({ created: 1, refused: 0 });
    });

    it('names each wrong line (duplicates, unknown organisation, formulas, bad values) and commits nothing', async () => {
      const before = await count('people');
      const csv = [
        'Prénom,Nom,E-mail,Organisation,Rôle',
        'Ana,Lopez,ana@example.org,,',
        'Ana,Lopez,ANA@example.org,,',
        'Marc,Petit,marc@example.org,Organisation Fantôme,bénévole',
        '=SOMME(A1),Petit,m2@example.org,,',
        'Léa,+33,lea@example.org,,',
        'Léo,@moi,leo@example.org,,',
        'Zoé,-Roux,zoe@example.org,,',
        'Jean,Bon,pas-une-adresse,,',
        'Kim,Lee,kim@example.org,,chef',
      ].join('\n');
      const { dry, done } = await importFile('people', csv);
      expect(dry).toMatchObject({ total: 9, created: 1, refused: 8 });
      const byLine = Object.fromEntries(
        dry.rows.map((r: { line: number; errors: { field: string; message: string }[] }) => [r.line, r.errors]),
      );
      expect(byLine[3]).toEqual([{ field: 'email', message: 'En double : déjà à la ligne 2' }]);
      expect(byLine[4]).toEqual([
        { field: 'organisation', message: 'Organisation introuvable : « Organisation Fantôme »' },
      ]);
      expect(byLine[5]).toEqual([
        { field: 'firstName', message: 'Commence par « = » : une formule de tableur n’est pas acceptée' },
      ]);
      expect(byLine[6][0].message).toMatch(/« \+ »/);
      expect(byLine[7][0].message).toMatch(/« @ »/);
      expect(byLine[8][0].message).toMatch(/« - »/);
      expect(byLine[9]).toEqual([{ field: 'email', message: 'Adresse e-mail invalide' }]);
      expect(byLine[10][0]).toMatchObject({
        field: 'role',
        message: expect.stringMatching(/^Valeur inconnue « chef »/),
      });
      expect(done!.status).toBe(400);
      expect(done!.body.error).toMatchObject({
        code: 'imports.rows_wrong',
        kind: 'validation',
        message: '8 ligne(s) refusée(s) : rien n’a été enregistré',
      });
      expect(done!.body.error.fields['rows.3.email']).toEqual(['En double : déjà à la ligne 2']);
      expect(Object.keys(done!.body.error.fields)).toHaveLength(8);
      expect(await count('people')).toBe(before);
    });
  });

  describe('permissions', () => {
    it.each(['volunteer', 'contractor', 'otherCopil', 'copil', 'comms'] as const)('refuses %s', async (who) => {
      const c = await t.as(demo[who]);
      const res = await upload(c, 'organisations', orgs).expect(403);
      expect(res.body.error.kind).toBe('forbidden');
    });

    it('refuses anonymous callers, and others on the coordinator’s upload', async () => {
      await t.http().post('/api/imports?kind=people').attach('file', Buffer.from('a'), 'a.csv').expect(401);
      const job = await upload(coordinator, 'organisations', orgs).expect(201);
      const volunteer = await t.as(demo.volunteer);
      await volunteer.post(`/api/imports/${job.body.id}/commit`, { mapping: job.body.mapping }).expect(403);
      await volunteer.get(`/api/imports/${job.body.id}/progress`).expect(403);
      await t.http().get(`/api/imports/${job.body.id}/progress`).expect(401);
      const admin = await t.as(demo.admin);
      const dry = await admin.post(`/api/imports/${job.body.id}/dry-run`, { mapping: job.body.mapping }).expect(200);
      expect(dry.body.total).toBe(3);
    });
  });

  it('audits each created record in its own chained entry, across batches, and the chain verifies', async () => {
    const n = 2_500;
    const lines = ['Prénom,Nom,E-mail'];
    for (let i = 0; i < n; i++) lines.push(`A${i},Audit,audit${i}@example.org`);
    const { dry, done } = await importFile('people', lines.join('\n'));
    expect(done!.body).toMatchObject({ committed: true, created: n });
    const entries = await t.db.query(
      `SELECT a.entity_id, p.email, a.after->>'line' AS line FROM audit_log a JOIN people p ON p.id::text = a.entity_id
        WHERE a.action = 'import.create' AND a.entity_type = 'Person' AND a.after->>'importId' = $1 ORDER BY a.id`,
      [dry.jobId],
    );
    expect(entries).toHaveLength(n);
    expect(new Set(entries.map((e: { entity_id: string }) => e.entity_id)).size).toBe(n);
    expect(entries[n - 1]).toMatchObject({ email: `audit${n - 1}@example.org`, line: String(n + 1) });
    const admin = await t.as(demo.admin);
    expect((await admin.get('/api/audit/verify').expect(200)).body).toMatchObject({ ok: true, firstBrokenId: null });
  });

  it('refuses a 20 000-row file with one bad line: nothing saved, the line named', async () => {
    const lines = ['Prénom,Nom,E-mail'];
    for (let i = 0; i < 20_000; i++) lines.push(`P${i},Masse,masse${i}@example.org`);
    lines[15_000] = 'P14999,Masse,pas-une-adresse';
    const before = await count('people');
    const { dry, done } = await importFile('people', lines.join('\n'));
    expect(dry).toMatchObject({ total: 20_000, created: 19_999, refused: 1 });
    expect(done!.status).toBe(400);
    expect(done!.body.error.fields).toEqual({ 'rows.15001.email': ['Adresse e-mail invalide'] });
    expect(await count('people')).toBe(before);
    expect(await count('people', `email LIKE 'masse%@example.org'`)).toBe(0);
    const progress = await coordinator.get(`/api/imports/${dry.jobId}/progress`).expect(200);
    expect(progress.body).toMatchObject({ status: 'uploaded', total: 20_000 });
  });
});
