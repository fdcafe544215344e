import { demo, startTestApp, type Caller, type TestApp } from '../support/app';

type Mapping = { field: string; header: string | null }[];

/** Contributions and subscribers on the shared import flow: who may, what each line does, all or nothing. */
describe('imports of contributions and subscribers', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const upload = (c: Caller, kind: string, file: string) => c.upload(`/api/imports?kind=${kind}`, file, 'liste.csv');
  async function run(c: Caller, kind: string, file: string) {
    const job = await upload(c, kind, file).expect(201);
    const mapping: Mapping = job.body.mapping;
    const dry = await c.post(`/api/imports/${job.body.id}/dry-run`, { mapping }).expect(200);
    const done = await c.post(`/api/imports/${job.body.id}/commit`, { mapping });
    return { job: job.body, mapping, dry: dry.body, done };
  }
  const count = async (sql: string, params: unknown[] = []) => (await t.db.query(sql, params))[0].n as number;
  const statuses = (rows: { line: number; status: string }[]) => rows.map((r) => `${r.line}:${r.status}`);

  const header = 'Organisation;Courriel de la personne;Type;Unité;Date de début;Quantité;Description;Groupe de travail';
  const good = [
    'Colibris;;working_time;hour;12/11/2026;3,5;Atelier cartopartie;',
    'colibris;;Mise à disposition de salle;Journée de salle;2026-11-13;1;Salle prêtée;Sources',
  ];

  it('imports contributions: French headers guessed, a dry run per line, all or nothing, re-import unchanged, drafts corrected and audited', async () => {
    const copil = await t.as(demo.copil);
    const before = await count(`SELECT count(*)::int AS n FROM contributions`);
    const bad = [
      'Colibris;;working_time;room_day;2026-11-14;1;Mauvaise unité;',
      'PôleS NOE;;working_time;hour;2026-11-14;2;Pas mon organisation;',
      'Inconnue;;don;hour;2026-99-14;x;=1+1;',
      'Colibris;;working_time;hour;12/11/2026;1;atelier cartopartie;',
    ];
    const wrong = await run(copil, 'contributions', [header, ...good, ...bad].join('\n'));
    expect(wrong.job.mapping).toEqual(
      expect.arrayContaining([
        { field: 'personEmail', header: 'Courriel de la personne' },
        { field: 'startsOn', header: 'Date de début' },
        { field: 'workingGroup', header: 'Groupe de travail' },
      ]),
    );
    expect(statuses(wrong.dry.rows)).toEqual([
      '2:created',
      '3:created',
      '4:refused',
      '5:refused',
      '6:refused',
      '7:refused',
    ]);
    const errors = Object.fromEntries(
      wrong.dry.rows.map((r: { line: number; errors: { field: string }[] }) => [r.line, r.errors.map((e) => e.field)]),
    );
    expect(errors).toMatchObject({
      4: ['unit'],
      5: ['organisation'],
      6: ['type', 'startsOn', 'quantity', 'description'],
      // Same organisation, day, type and description (whatever its case): the natural key of line 2.
      7: ['description'],
    });
    expect(wrong.done.status).toBe(400);
    expect(wrong.done.body.error.code).toBe('imports.rows_wrong');
    expect(await count(`SELECT count(*)::int AS n FROM contributions`)).toBe(before);

    const ok = await run(copil, 'contributions', [header, ...good].join('\n'));
    expect(ok.done.status).toBe(200);
    expect(ok.done.body).toMatchObject({ committed: true, created: 2, refused: 0 });
    const rows = await t.db.query(
      `SELECT c.id, c.status, c.value_cents, c.starts_on::text AS day, g.name AS grp, a.email AS entered
       FROM contributions c LEFT JOIN working_groups g ON g.id = c.working_group_id JOIN accounts a ON a.id = c.entered_by_id
       WHERE c.description IN ('Atelier cartopartie', 'Salle prêtée') ORDER BY c.starts_on`,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        status: 'draft',
        value_cents: '6475',
        day: '2026-11-12',
        grp: null,
        entered: demo.copil,
      }),
      expect.objectContaining({ status: 'draft', value_cents: '25000', day: '2026-11-13', grp: 'Sources' }),
    ]);
    expect(
      await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'import.create' AND entity_id = ANY($1)`, [
        rows.map((r: { id: string }) => r.id),
      ]),
    ).toBe(2);

    const again = await run(copil, 'contributions', [header, ...good].join('\n'));
    expect(again.done.body).toMatchObject({ created: 0, updated: 0, unchanged: 2 });

    const changed = await run(copil, 'contributions', [header, good[0].replace(';3,5;', ';4;'), good[1]].join('\n'));
    expect(changed.dry.rows[0]).toMatchObject({ line: 2, status: 'updated', changes: ['quantity', 'valueCents'] });
    expect(changed.done.body).toMatchObject({ updated: 1, unchanged: 1 });
    const [update] = await t.db.query(
      `SELECT before, after FROM audit_log WHERE action = 'import.update' AND entity_id = $1`,
      [rows[0].id],
    );
    expect(update.before).toMatchObject({ quantity: '3.50', valueCents: 6475 });
    expect(update.after).toMatchObject({ quantity: '4', valueCents: 7400 });

    // Once validated, a contribution is no longer corrected by a file; the same line still changes nothing.
    await t.db.query(`UPDATE contributions SET status = 'validated' WHERE id = $1`, [rows[0].id]);
    const locked = await run(copil, 'contributions', [header, good[0].replace(';3,5;', ';5;')].join('\n'));
    expect(locked.dry.rows[0].errors[0].message).toMatch(/déjà soumise ou validée/);
    expect(locked.done.status).toBe(400);
    const same = await run(copil, 'contributions', [header, good[0].replace(';3,5;', ';4;')].join('\n'));
    expect(same.done.body).toMatchObject({ unchanged: 1 });
  });

  const subscribers = [
    'Courriel;Prénom;Nom;Listes;Source du consentement',
    'ana.lopez@example.org;Ana;Lopez;La lettre du réseau;Inscrits du stand',
    'bob@example.org;Bob;;La lettre du réseau;',
    // Unsubscribed from that list in the demo data: never signed up again by a file.
    'vanessa.roy@alternatives.example.org;Vanessa;Roy;La lettre du réseau;Inscrits du stand',
  ].join('\n');

  it('imports subscribers on email and list, each new subscription with its consent recorded as an import', async () => {
    const comms = await t.as(demo.comms);
    const before = await count(`SELECT count(*)::int AS n FROM newsletter_subscribers`);
    const broken = await run(
      comms,
      'subscribers',
      `${subscribers}\nnope;X;;La lettre du réseau;\nzoe@example.org;;;Jardinage;`,
    );
    expect(statuses(broken.dry.rows)).toEqual(['2:created', '3:created', '4:unchanged', '5:refused', '6:refused']);
    expect(broken.done.status).toBe(400);
    expect(broken.done.body.error.fields).toEqual({
      'rows.5.email': ['Adresse e-mail invalide'],
      'rows.6.lists': ['Liste introuvable ou archivée : « Jardinage »'],
    });
    expect(await count(`SELECT count(*)::int AS n FROM newsletter_subscribers`)).toBe(before);

    const done = await run(comms, 'subscribers', subscribers);
    expect(done.done.body).toMatchObject({ created: 2, unchanged: 1, refused: 0 });
    const proofs = await t.db.query(
      `SELECT s.email, s.status, c.action, c.source, a.email AS actor
       FROM newsletter_consent_events c JOIN newsletter_subscribers s ON s.id = c.subscriber_id
       JOIN accounts a ON a.id = c.actor_id WHERE s.email IN ('ana.lopez@example.org', 'bob@example.org') ORDER BY s.email`,
    );
    expect(proofs).toEqual([
      {
        email: 'ana.lopez@example.org',
        status: 'confirmed',
        action: 'imported',
        source: 'Inscrits du stand',
        actor: demo.comms,
      },
      {
        email: 'bob@example.org',
        status: 'confirmed',
        action: 'imported',
        source: 'Import liste.csv',
        actor: demo.comms,
      },
    ]);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM newsletter_subscriptions x JOIN newsletter_subscribers s ON s.id = x.subscriber_id
         WHERE s.email = 'vanessa.roy@alternatives.example.org' AND x.status = 'confirmed'`,
      ),
    ).toBe(0);
    const again = await run(comms, 'subscribers', subscribers);
    expect(again.done.body).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(
      await count(`SELECT count(*)::int AS n FROM newsletter_consent_events WHERE source = 'Inscrits du stand'`),
    ).toBe(1);
  });

  it('refuses the new kinds to whoever may not enter those records, and scopes each upload to its uploader', async () => {
    const file = [header, ...good].join('\n');
    const anonymous = await t.http().post('/api/imports?kind=contributions').attach('file', Buffer.from(file), 'x.csv');
    expect(anonymous.status).toBe(401);
    for (const who of [demo.volunteer, demo.contractor, demo.comms])
      expect((await upload(await t.as(who), 'contributions', file)).status).toBe(403);
    for (const who of [demo.volunteer, demo.contractor, demo.copil, demo.otherCopil])
      expect((await upload(await t.as(who), 'subscribers', subscribers)).status).toBe(403);
    // A COPIL member may not bring in other kinds at all.
    expect((await upload(await t.as(demo.copil), 'people', 'Prénom,Nom,E-mail\nA,B,a@b.org')).status).toBe(403);

    // A COPIL member of another organisation: every line for Colibris refused, nothing saved.
    const other = await t.as(demo.otherCopil);
    const before = await count(`SELECT count(*)::int AS n FROM contributions`);
    const theirs = await run(other, 'contributions', [header, good[0].replace('Atelier', 'Autre atelier')].join('\n'));
    expect(theirs.dry.rows[0]).toMatchObject({
      status: 'refused',
      errors: [expect.objectContaining({ field: 'organisation' })],
    });
    expect(theirs.done.status).toBe(400);
    expect(await count(`SELECT count(*)::int AS n FROM contributions`)).toBe(before);

    // Someone else's upload: neither read, nor dry-run, nor committed by another COPIL member; the coordinator may.
    const copil = await t.as(demo.copil);
    const job = (
      await upload(copil, 'contributions', [header, good[0].replace('Atelier', 'Encore un atelier')].join('\n')).expect(
        201,
      )
    ).body;
    const mapping = job.mapping;
    await other.get(`/api/imports/${job.id}`).expect(403);
    await other.get(`/api/imports/${job.id}/progress`).expect(403);
    await other.post(`/api/imports/${job.id}/dry-run`, { mapping }).expect(403);
    await other.post(`/api/imports/${job.id}/commit`, { mapping }).expect(403);
    await (await t.as(demo.volunteer)).post(`/api/imports/${job.id}/commit`, { mapping }).expect(403);
    await (await t.as(demo.coordinator)).get(`/api/imports/${job.id}`).expect(200);
    expect(await count(`SELECT count(*)::int AS n FROM contributions`)).toBe(before);
  });
});
