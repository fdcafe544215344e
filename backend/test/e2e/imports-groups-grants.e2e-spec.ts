import { parse } from 'csv-parse/sync';
import { demo, startTestApp, type Caller, type TestApp } from '../support/app';

type Mapping = { field: string; header: string | null }[];

/** The working-group members (and volunteers) and grants kinds of the import flow. */
describe('imports of working-group members and grants', () => {
  let t: TestApp;
  let coordinator: Caller;
  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.as(demo.coordinator);
    await t.db.query(`INSERT INTO working_groups (name) VALUES ('Cartographie'), ('Accueil')`);
    await t.db.query(`INSERT INTO funders (name, kind) VALUES ('Fondation Import', 'foundation')`);
    await t.db.query(`INSERT INTO people (first_name, last_name, email) VALUES ('Déjà', 'Là', 'deja.la@example.org')`);
  });
  afterAll(() => t.close());

  const upload = (c: Caller, kind: string, file: string) => c.upload(`/api/imports?kind=${kind}`, file, 'liste.csv');
  async function importFile(kind: string, file: string, commit = true) {
    const job = await upload(coordinator, kind, file).expect(201);
    const mapping: Mapping = job.body.mapping;
    const dry = await coordinator.post(`/api/imports/${job.body.id}/dry-run`, { mapping }).expect(200);
    const done = commit ? await coordinator.post(`/api/imports/${job.body.id}/commit`, { mapping }) : null;
    return { job: job.body, mapping, dry: dry.body, done };
  }
  const errorsByLine = (rows: { line: number; errors: { field: string; message: string }[] }[]) =>
    Object.fromEntries(rows.filter((r) => r.errors.length).map((r) => [r.line, r.errors]));

  describe('working-group members and volunteers', () => {
    const members = [
      'E-mail;Prénom;Nom;Groupe de travail;Rôle;Début du mandat;Fin du mandat;Étape bénévole',
      'deja.la@example.org;;;Cartographie;référent·e;01/09/2026;;',
      'nina.roux@example.org;Nina;Roux;Cartographie;membre;2026-03-15;31/12/2026;',
      'nina.roux@example.org;Nina;Roux;accueil;;;;nouveau',
      'paul.leroy@example.org;Paul;Leroy;Accueil;facilitateur;15/01/2026;;actif',
    ].join('\n');
    const terms = () =>
      t.db.query(
        `SELECT p.email, g.name AS "group", m.role, to_char(m.started_on, 'YYYY-MM-DD') AS "startedOn",
                to_char(m.ended_on, 'YYYY-MM-DD') AS "endedOn"
           FROM working_group_members m JOIN people p ON p.id = m.person_id JOIN working_groups g ON g.id = m.group_id
          WHERE g.name IN ('Cartographie', 'Accueil') ORDER BY p.email, g.name`,
      );
    const volunteers = () =>
      t.db.query(
        `SELECT p.email, v.stage, v.source, (SELECT count(*)::int FROM working_group_volunteer_steps s WHERE s.entry_id = v.id) AS steps
           FROM working_group_volunteers v JOIN people p ON p.id = v.person_id JOIN working_groups g ON g.id = v.group_id
          WHERE g.name IN ('Cartographie', 'Accueil') ORDER BY p.email`,
      );

    it('creates people, terms and pipeline entries; a re-import changes nothing; an update changes what moved', async () => {
      const { job, dry } = await importFile('group-members', members, false);
      expect(job).toMatchObject({ encoding: 'UTF-8', delimiter: ';' });
      expect(job.mapping).toEqual(
        expect.arrayContaining([
          { field: 'group', header: 'Groupe de travail' },
          { field: 'startedOn', header: 'Début du mandat' },
          { field: 'stage', header: 'Étape bénévole' },
        ]),
      );
      expect(dry).toMatchObject({ total: 4, created: 4, refused: 0 });
      expect(await terms()).toEqual([]);

      const first = await importFile('group-members', members);
      expect(first.done!.status).toBe(200);
      expect(first.done!.body).toMatchObject({ committed: true, created: 4, updated: 0 });
      expect(await terms()).toEqual([
        {
          email: 'deja.la@example.org',
          group: 'Cartographie',
          role: 'referent',
          startedOn: '2026-09-01',
          endedOn: null,
        },
        {
          email: 'nina.roux@example.org',
          group: 'Cartographie',
          role: 'member',
          startedOn: '2026-03-15',
          endedOn: '2026-12-31',
        },
        {
          email: 'paul.leroy@example.org',
          group: 'Accueil',
          role: 'facilitator',
          startedOn: '2026-01-15',
          endedOn: null,
        },
      ]);
      expect(await volunteers()).toEqual([
        { email: 'nina.roux@example.org', stage: 'new', source: 'added', steps: 1 },
        { email: 'paul.leroy@example.org', stage: 'active', source: 'added', steps: 1 },
      ]);
      // Nina is created once although she is on two lines; the known person keeps her name.
      const people = await t.db.query(
        `SELECT email, first_name FROM people WHERE email IN ('nina.roux@example.org', 'deja.la@example.org') ORDER BY email`,
      );
      expect(people).toEqual([
        { email: 'deja.la@example.org', first_name: 'Déjà' },
        { email: 'nina.roux@example.org', first_name: 'Nina' },
      ]);

      const again = await importFile('group-members', members);
      expect(again.done!.body).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
      expect(await terms()).toHaveLength(3);

      const moved = members
        .replace('Cartographie;référent·e;01/09/2026;;', 'Cartographie;référent·e;01/09/2026;2027-06-30;')
        .replace('accueil;;;;nouveau', 'accueil;;;;accueilli·e');
      const third = await importFile('group-members', moved);
      expect(third.done!.body).toMatchObject({ created: 0, updated: 2, unchanged: 2 });
      const changes = Object.fromEntries(
        third.done!.body.rows.map((r: { line: number; changes: string[] }) => [r.line, r.changes]),
      );
      expect(changes).toMatchObject({ 2: ['endedOn'], 4: ['stage'] });
      expect((await terms())[0]).toMatchObject({ email: 'deja.la@example.org', endedOn: '2027-06-30' });
      expect((await volunteers())[0]).toEqual({
        email: 'nina.roux@example.org',
        stage: 'welcomed',
        source: 'added',
        steps: 2,
      });
      const [audit] = await t.db.query(
        `SELECT before, after FROM audit_log WHERE action = 'import.update' AND entity_type = 'GroupMember'
          ORDER BY id DESC LIMIT 1`,
      );
      expect(audit.before).toEqual({ stage: 'new' });
      expect(audit.after).toMatchObject({ stage: 'welcomed', importId: third.job.id });
    });

    it('refuses unknown groups, unknown people without a name, bad dates and roles, duplicates: nothing saved', async () => {
      const before = await terms();
      const csv = [
        'E-mail;Prénom;Nom;Groupe de travail;Rôle;Début du mandat;Fin du mandat',
        'inconnu@example.org;Ina;Connue;Groupe Fantôme;membre;;',
        'sans.nom@example.org;;;Cartographie;membre;;',
        'ok@example.org;Oscar;Kay;Cartographie;membre;31/02/2026;',
        'ok2@example.org;Olga;Kay;Cartographie;chef;;',
        'ok3@example.org;Otto;Kay;Cartographie;membre;;',
        'OK3@example.org;Otto;Kay;cartographie;membre;;',
        'ok4@example.org;=Otto;Kay;Cartographie;membre;;',
        'ok5@example.org;Ugo;Kay;Cartographie;membre;01/05/2026;01/04/2026',
      ].join('\n');
      const { dry, done } = await importFile('group-members', csv);
      expect(dry).toMatchObject({ total: 8, created: 1, refused: 7 });
      const byLine = errorsByLine(dry.rows);
      expect(byLine[2]).toEqual([{ field: 'group', message: 'Groupe de travail introuvable : « Groupe Fantôme »' }]);
      expect(byLine[3]).toEqual([
        { field: 'firstName', message: 'Obligatoire' },
        { field: 'lastName', message: 'Obligatoire' },
      ]);
      expect(byLine[4]).toEqual([{ field: 'startedOn', message: 'Date illisible (JJ/MM/AAAA ou AAAA-MM-JJ)' }]);
      expect(byLine[5][0]).toMatchObject({
        field: 'role',
        message: expect.stringMatching(/^Valeur inconnue « chef »/),
      });
      expect(byLine[6]).toBeUndefined();
      expect(byLine[7]).toEqual([{ field: 'email', message: 'En double : déjà à la ligne 6' }]);
      expect(byLine[8][0].message).toMatch(/« = »/);
      expect(byLine[9]).toEqual([{ field: 'endedOn', message: 'La fin précède le début' }]);
      expect(done!.status).toBe(400);
      expect(done!.body.error.code).toBe('imports.rows_wrong');
      expect(await terms()).toEqual(before);
      expect((await t.db.query(`SELECT count(*)::int AS n FROM people WHERE email LIKE 'ok%@example.org'`))[0].n).toBe(
        0,
      );
    });
  });

  describe('grants', () => {
    const grants = [
      'Intitulé;Référence;Financeur;Statut;Montant demandé (€);Montant accordé (€);Début;Fin;Notes',
      'Cartes partagées;FI-2026-01;Fondation Import;déposée;12 500,50 €;;01/01/2026;31/12/2026;',
      'Atlas des communs;;fondation import;accordée;8000;7 500;2026-02-01;;Convention à signer',
    ].join('\n');
    const stored = () =>
      t.db.query(
        `SELECT title, reference, status, amount_requested_cents::int AS requested, amount_granted_cents::int AS granted,
                to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", g.notes,
                (SELECT count(*)::int FROM grant_status_changes s WHERE s.grant_id = g.id) AS changes
           FROM grants g JOIN funders f ON f.id = g.funder_id WHERE f.name = 'Fondation Import' ORDER BY title`,
      );

    it('creates grants with euros as French spreadsheets write them; a re-import changes nothing; an update what moved', async () => {
      const { job, dry } = await importFile('grants', grants, false);
      expect(job.mapping).toEqual(
        expect.arrayContaining([
          { field: 'funder', header: 'Financeur' },
          { field: 'amountRequestedCents', header: 'Montant demandé (€)' },
          { field: 'ownFundsCents', header: null },
        ]),
      );
      expect(dry).toMatchObject({ total: 2, created: 2, refused: 0 });
      expect(await stored()).toEqual([]);

      const first = await importFile('grants', grants);
      expect(first.done!.body).toMatchObject({ committed: true, created: 2 });
      expect(await stored()).toEqual([
        {
          title: 'Atlas des communs',
          reference: null,
          status: 'granted',
          requested: 800_000,
          granted: 750_000,
          startsOn: '2026-02-01',
          notes: 'Convention à signer',
          changes: 1,
        },
        {
          title: 'Cartes partagées',
          reference: 'FI-2026-01',
          status: 'applied',
          requested: 1_250_050,
          granted: null,
          startsOn: '2026-01-01',
          notes: null,
          changes: 1,
        },
      ]);

      const again = await importFile('grants', grants);
      expect(again.done!.body).toMatchObject({ created: 0, updated: 0, unchanged: 2 });

      // Matched on its reference, the grant is renamed and granted; the other on its title.
      const moved = grants
        .replace(
          'Cartes partagées;FI-2026-01;Fondation Import;déposée;12 500,50 €;;',
          'Cartes partagées (v2);FI-2026-01;Fondation Import;granted;12 500,50 €;10 000;',
        )
        .replace('Convention à signer', 'Convention signée');
      const third = await importFile('grants', moved);
      expect(third.done!.body).toMatchObject({ created: 0, updated: 2, unchanged: 0 });
      const rows = await stored();
      expect(rows).toHaveLength(2);
      expect(rows[1]).toMatchObject({
        title: 'Cartes partagées (v2)',
        status: 'granted',
        granted: 1_000_000,
        changes: 2,
      });
      expect(rows[0]).toMatchObject({ notes: 'Convention signée', changes: 1 });
      const [audit] = await t.db.query(
        `SELECT before, after FROM audit_log WHERE action = 'import.update' AND entity_type = 'Grant'
          AND after->>'title' = 'Cartes partagées (v2)'`,
      );
      expect(audit.before).toMatchObject({ title: 'Cartes partagées', status: 'applied', amountGrantedCents: null });
    });

    it('refuses unknown funders, bad amounts and formulas, a granted grant without its amount: nothing saved', async () => {
      const before = await stored();
      const csv = [
        'Intitulé;Financeur;Statut;Montant demandé (€);Montant accordé (€)',
        'Projet A;Financeur Fantôme;piste;100;',
        'Projet B;Fondation Import;piste;-100;',
        'Projet C;Fondation Import;piste;=1+1;',
        'Projet D;Fondation Import;piste;12,345;',
        'Projet E;Fondation Import;accordée;100;',
        'Projet F;Fondation Import;piste;;',
        'projet f;Fondation Import;piste;5;',
      ].join('\n');
      const { dry, done } = await importFile('grants', csv);
      expect(dry).toMatchObject({ total: 7, created: 0, refused: 7 });
      const byLine = errorsByLine(dry.rows);
      expect(byLine[2]).toEqual([{ field: 'funder', message: 'Financeur introuvable : « Financeur Fantôme »' }]);
      // A leading minus followed by digits is read as a number, then refused as a negative amount.
      expect(byLine[3]).toEqual([{ field: 'amountRequestedCents', message: 'Nombre illisible' }]);
      expect(byLine[4][0].message).toMatch(/« = »/);
      expect(byLine[5]).toEqual([{ field: 'amountRequestedCents', message: 'Nombre illisible' }]);
      expect(byLine[6]).toEqual([{ field: 'amountGrantedCents', message: 'Obligatoire' }]);
      expect(byLine[7]).toEqual([{ field: 'amountRequestedCents', message: 'Obligatoire' }]);
      expect(byLine[8]).toEqual([{ field: 'title', message: 'En double : déjà à la ligne 7' }]);
      expect(done!.status).toBe(400);
      expect(await stored()).toEqual(before);
    });
  });

  describe('organisations’ SIREN, RNA and postcode (the numbers imports match on)', () => {
    it('are written and read through the API, checked, kept unique, and exported', async () => {
      const res = await coordinator
        .post('/api/organisations', {
          name: 'Registre Exemple',
          kind: 'association',
          membershipStatus: 'member',
          siren: '552100554',
          rna: 'W751234567',
          postcode: '75011',
        })
        .expect(201);
      expect(res.body).toMatchObject({ siren: '552100554', rna: 'W751234567', postcode: '75011' });
      const copil = await t.as(demo.copil);
      const read = await copil.get(`/api/organisations/${res.body.id}`).expect(200);
      expect(read.body).toMatchObject({ siren: '552100554', rna: 'W751234567', postcode: '75011' });

      const bad = await coordinator
        .post('/api/organisations', {
          name: 'Registre Faux',
          kind: 'association',
          membershipStatus: 'member',
          siren: '12345',
          rna: '751234567',
          postcode: '7501',
        })
        .expect(400);
      expect(Object.keys(bad.body.error.fields).sort()).toEqual(['postcode', 'rna', 'siren']);

      const taken = await coordinator
        .post('/api/organisations', {
          name: 'Registre Doublon',
          kind: 'association',
          membershipStatus: 'member',
          siren: '552100554',
        })
        .expect(400);
      expect(taken.body.error.fields).toEqual({ siren: ['Une autre organisation a déjà ce numéro SIREN'] });
      expect(
        (await t.db.query(`SELECT count(*)::int AS n FROM organisations WHERE name = 'Registre Doublon'`))[0].n,
      ).toBe(0);
      // Its own number is not "taken" when the organisation itself is updated; cleared with an empty value.
      const updated = await coordinator
        .patch(`/api/organisations/${res.body.id}`, { siren: '552100554', rna: '' })
        .expect(200);
      expect(updated.body).toMatchObject({ siren: '552100554', rna: null });
      const [audit] = await t.db.query(
        `SELECT before, after FROM audit_log WHERE action = 'update' AND entity_type = 'Organisation' AND entity_id = $1`,
        [res.body.id],
      );
      expect(audit.before).toMatchObject({ rna: 'W751234567' });

      const csv = await coordinator.get('/api/organisations/export?q=Registre').expect(200);
      const [row] = parse<Record<string, string>>(csv.text, { bom: true, delimiter: ';', columns: true });
      expect(row).toMatchObject({ Nom: 'Registre Exemple', SIREN: '552100554', RNA: '', 'Code postal': '75011' });
    });
  });

  describe('permissions', () => {
    it.each(['volunteer', 'contractor', 'otherCopil', 'copil', 'comms'] as const)(
      'refuses %s both kinds',
      async (who) => {
        const c = await t.as(demo[who]);
        for (const kind of ['group-members', 'grants']) {
          const res = await upload(c, kind, 'Intitulé;Financeur\nA;B').expect(403);
          expect(res.body.error.kind).toBe('forbidden');
        }
      },
    );

    it('lets the admin import both kinds, refuses anonymous callers', async () => {
      const admin = await t.as(demo.admin);
      const res = await upload(admin, 'grants', 'Intitulé;Financeur\nA;Fondation Import').expect(201);
      expect(res.body.kind).toBe('grants');
      await t.http().post('/api/imports?kind=grants').attach('file', Buffer.from('a'), 'a.csv').expect(401);
    });
  });
});
