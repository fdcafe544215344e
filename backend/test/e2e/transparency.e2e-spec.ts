import { createFunder, createGrant, grantedGrant } from '../factories/funding';
import { approvedSplit, createSplit, fixedShares } from '../factories/splits';
import { demo, startTestApp, type Caller, type TestApp } from '../support/app';

interface PublicPage {
  grants: Record<string, unknown>[];
  splits: {
    title: string;
    year: number;
    totalCents: number;
    grantTitles: string[];
    lines: Record<string, unknown>[];
  }[];
  inKind: Record<string, unknown>[];
}

/** The public transparency page: off by default, then only what the coordinator published; the audit's names. */
describe('public transparency', () => {
  let t: TestApp;
  let coord: Caller;
  let orgA: string;
  let orgB: string;
  let published: { id: string; title: string };
  let unpublished: { id: string; title: string };
  let prospect: string;
  let split: string;
  let draft: string;
  const page = async () => (await t.http().get('/api/transparency/public').expect(200)).body as PublicPage;

  beforeAll(async () => {
    t = await startTestApp();
    coord = await t.as(demo.coordinator);
    [{ id: orgA }, { id: orgB }] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM organisations WHERE archived_at IS NULL ORDER BY name LIMIT 2`,
    );
    const funder = await createFunder(coord, { name: 'Fondation Transparente' });
    published = await grantedGrant(coord, funder, 3_000_000, { title: 'Subvention publiée', statusOn: '2026-02-10' });
    unpublished = await grantedGrant(coord, funder, 1_000_000, {
      title: 'Subvention discrète',
      statusOn: '2026-02-11',
    });
    prospect = (await createGrant(coord, funder, { title: 'Piste à publier' })).id;
    const shares = fixedShares(
      [
        [orgA, 7000],
        [orgB, 3000],
      ],
      1_000_000,
    );
    const sources = [
      { grantId: published.id, amountCents: 600_000 },
      { grantId: unpublished.id, amountCents: 400_000 },
    ];
    split = (await approvedSplit(coord, { title: 'Répartition publiée', ...shares, sources })).id;
    draft = (await createSplit(coord, { title: 'Répartition en brouillon', ...shares })).id;
  });
  afterAll(() => t.close());

  it('answers nothing at all while the network has not turned the page on', async () => {
    await coord.put(`/api/grants/${published.id}/published`, { published: true }).expect(200);
    await t.http().get('/api/transparency/public').expect(404);
    await t.http().get('/api/transparency/public.csv').expect(404);
    expect((await coord.get('/api/transparency/settings').expect(200)).body).toEqual({ enabled: false });
  });

  it('publishes only the grants and approved splits the coordinator chose, without personal data', async () => {
    await coord.put('/api/transparency/settings', { enabled: true }).expect(200);
    let body = await page();
    expect(body.grants).toEqual([
      {
        title: 'Subvention publiée',
        funderName: 'Fondation Transparente',
        year: 2026,
        amountGrantedCents: 3_000_000,
        receivedCents: 0,
      },
    ]);
    expect(body.splits).toEqual([]);

    const res = await coord.put(`/api/splits/${split}/published`, { published: true }).expect(200);
    expect(res.body.published).toBe(true);
    // A draft cannot be published; one flagged behind the API's back is still left out.
    await coord.put(`/api/splits/${draft}/published`, { published: true }).expect(409);
    await t.db.query(`UPDATE splits SET published = true WHERE id = $1`, [draft]);
    body = await page();
    expect(body.splits).toHaveLength(1);
    const [s] = body.splits;
    expect(s.title).toBe('Répartition publiée');
    // Only the published grant is named among the split's sources.
    expect(s.grantTitles).toEqual(['Subvention publiée']);
    expect(s.lines.map((l) => Object.keys(l).sort())).toEqual([
      ['amountCents', 'organisationName'],
      ['amountCents', 'organisationName'],
    ]);
    expect(s.lines.reduce((sum, l) => sum + (l.amountCents as number), 0)).toBe(1_000_000);

    // In-kind: validated contributions only, by organisation name (null: people in their own name) and type.
    const [{ validated }] = await t.db.query<{ validated: string }[]>(
      `SELECT coalesce(sum(value_cents), 0)::text AS validated FROM contributions WHERE status = 'validated'`,
    );
    expect(body.inKind.reduce((sum, k) => sum + (k.valueCents as number), 0)).toBe(Number(validated));
    for (const k of body.inKind)
      expect(Object.keys(k).sort()).toEqual(['count', 'organisationName', 'type', 'valueCents', 'year']);
    // Nobody's email or name travels with it.
    const emails = await t.db.query<{ email: string; name: string }[]>(
      `SELECT email, first_name || ' ' || last_name AS name FROM people WHERE email IS NOT NULL`,
    );
    const text = JSON.stringify(body);
    for (const p of emails) {
      expect(text).not.toContain(p.email);
      expect(text).not.toContain(p.name);
    }
  });

  it('takes a grant off the page when the coordinator unpublishes it, and refuses one not granted', async () => {
    await coord.put(`/api/grants/${published.id}/published`, { published: false }).expect(200);
    const body = await page();
    expect(body.grants).toEqual([]);
    expect(body.splits[0].grantTitles).toEqual([]);
    const refused = await coord.put(`/api/grants/${prospect}/published`, { published: true }).expect(400);
    expect(refused.body.error.message).toMatch(/accordé/);
    await coord.put(`/api/grants/${published.id}/published`, { published: true }).expect(200);
  });

  it('gives the same as CSV, in the reader’s language', async () => {
    const res = await t.http().get('/api/transparency/public.csv').set('accept-language', 'fr').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const text = res.text.replace(/^\uFEFF/, '');
    const [header, ...lines] = text.trim().split('\r\n');
    expect(header).toBe('Rubrique;Année;Intitulé;Financeur;Organisation;Type;Montant (€);Reçu (€)');
    expect(lines).toContain('Financement reçu;2026;Subvention publiée;Fondation Transparente;;;30000,00;0,00');
    expect(lines.filter((l) => l.startsWith('Répartition;'))).toHaveLength(2);
    expect(text).not.toContain('Subvention discrète');
  });

  it('leaves the setting and the choices to the coordinator (and the admin)', async () => {
    for (const who of [demo.volunteer, demo.contractor, demo.copil, demo.otherCopil, demo.comms, demo.treasurer]) {
      const c = await t.as(who);
      await c.get('/api/transparency/settings').expect(403);
      await c.put('/api/transparency/settings', { enabled: false }).expect(403);
      await c.put(`/api/grants/${unpublished.id}/published`, { published: true }).expect(403);
      await c.put(`/api/splits/${split}/published`, { published: false }).expect(403);
    }
    await t.http().put('/api/transparency/settings').send({ enabled: false }).expect(401);
    await t.http().put(`/api/grants/${unpublished.id}/published`).send({ published: true }).expect(401);
    const body = await page();
    expect(body.grants.map((g) => g.title)).toEqual(['Subvention publiée']);
    expect(body.splits).toHaveLength(1);
  });

  it('refuses bad input with field messages, changing nothing', async () => {
    const bad = await coord.put(`/api/grants/${unpublished.id}/published`, { published: 'yes' }).expect(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(['published']);
    const none = await coord.put('/api/transparency/settings', {}).expect(400);
    expect(Object.keys(none.body.error.fields)).toEqual(['enabled']);
    await coord.put(`/api/splits/${split}/published`, { published: true, extra: 1 }).expect(400);
    expect((await coord.get('/api/transparency/settings').expect(200)).body).toEqual({ enabled: true });
    expect((await page()).grants).toHaveLength(1);
  });

  it('names in the audit log the records a change points at, for the reader', async () => {
    const [rate] = await t.db.query<{ id: string; label: string }[]>(
      `SELECT id, label FROM contribution_rates WHERE type = 'working_time' AND unit = 'hour' ORDER BY valid_from DESC LIMIT 1`,
    );
    const created = await coord
      .post('/api/contributions', {
        organisationId: orgA,
        type: 'working_time',
        unit: 'hour',
        startsOn: '2026-03-02',
        quantity: 3,
        description: 'Animation d’un atelier',
      })
      .expect(201);
    const log = await coord.get(`/api/audit?entityType=Contribution&entityId=${created.body.id}`).expect(200);
    const [entry] = log.body.items as { names: Record<string, string>; after: Record<string, unknown> }[];
    const [{ name: orgName }] = await t.db.query<{ name: string }[]>(`SELECT name FROM organisations WHERE id = $1`, [
      orgA,
    ]);
    expect(entry.after.rateId).toBe(rate.id);
    expect(entry.names[orgA]).toBe(orgName);
    expect(entry.names[rate.id]).toBe(rate.label);
    expect(entry.names[entry.after.enteredById as string]).toMatch(/\S+ \S+/);

    const grantLog = await coord.get(`/api/audit?entityType=Grant&entityId=${published.id}`).expect(200);
    expect(grantLog.body.items[0]).toMatchObject({ entityName: 'Subvention publiée', after: { published: true } });
  });
});
