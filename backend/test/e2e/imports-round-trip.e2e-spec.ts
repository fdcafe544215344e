import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { demo, startTestApp, type Caller, type TestApp } from '../support/app';
import { binary } from '../support/exports';

/** Columns a new database cannot give back: ids, creation times, and funders' totals of their grants. */
const NOT_CARRIED = new Set(['Identifiant', 'Créée le', 'Créé le', 'Subventions', 'Montant accordé (€)']);
/** Grants' figures from their instalments, expenses and budget lines, which no import brings. */
const GRANT_FIGURES = new Set([
  'Identifiant',
  'Reçu (€)',
  'À recevoir (€)',
  'Versements en retard',
  'Budget prévu (€)',
  'Dépensé (€)',
]);

/** The export's cells without the columns above, line by line. */
function table(csv: string, notCarried = NOT_CARRIED): string[][] {
  const [header, ...rows] = parse(csv.replace(/^\uFEFF/, ''), { delimiter: ';' });
  const keep = header.map((h, i) => (notCarried.has(h) ? -1 : i)).filter((i) => i >= 0);
  return [header, ...rows].map((r) => keep.map((i) => r[i]));
}

/**
 * Export every importable list, import the files into a database emptied of those lists, export again: the same
 * files (but for what a new database cannot carry: ids, creation times, grants' totals).
 */
describe('import round trip', () => {
  let source: TestApp;
  let target: TestApp;
  beforeAll(async () => {
    source = await startTestApp();
    target = await startTestApp();
  });
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  const exported = async (c: Caller, path: string) => (await c.get(`/api/${path}`).expect(200)).text;
  async function importFile(c: Caller, kind: string, csv: string, mapping?: Record<string, string>) {
    const job = await c.upload(`/api/imports?kind=${kind}`, csv, `${kind}.csv`);
    expect(job.status).toBe(201);
    const fixed = mapping
      ? Object.entries(mapping).map(([field, header]) => ({ field, header }))
      : (job.body.mapping as object[]);
    const done = await c.post(`/api/imports/${job.body.id}/commit`, { mapping: fixed });
    expect(done.body.error).toBeUndefined();
    return done.body;
  }

  it('gives back the same organisations, people, funders with their contacts, and grants', async () => {
    const from = await source.as(demo.coordinator);
    const files = {
      organisations: await exported(from, 'organisations/export'),
      people: await exported(from, 'people/export'),
      funders: await exported(from, 'funders/export'),
      contacts: await exported(from, 'funders/contacts/export'),
      grants: await exported(from, 'grants/export'),
    };
    // The target's lists emptied: organisations (and with them every membership), funders (and their contacts and
    // grants). People stay (decisions, minutes and accounts point at them): the import gives their memberships back.
    // (The ledgers' append-only triggers are the application's rule, not this test's: set aside while emptying.)
    await target.db.query(
      `BEGIN; SET LOCAL session_replication_role = replica; TRUNCATE organisations, funders CASCADE; COMMIT`,
    );
    const to = await target.as(demo.coordinator);
    expect(table(await exported(to, 'organisations/export'))).toHaveLength(1);

    const orgs = await importFile(to, 'organisations', files.organisations);
    expect(orgs.created).toBe(table(files.organisations).length - 1);
    await importFile(to, 'people', files.people);
    await importFile(to, 'funders', files.funders);
    // The contacts file names the funder in « Financeur » and the contact in « Nom »: the mapping is set by hand.
    await importFile(to, 'funders', files.contacts, {
      name: 'Financeur',
      contactName: 'Nom',
      contactRole: 'Fonction',
      contactEmail: 'Courriel',
      contactPhone: 'Téléphone',
    });
    const grants = await importFile(to, 'grants', files.grants);
    expect(grants.created).toBe(table(files.grants, GRANT_FIGURES).length - 1);
    expect(grants.created).toBeGreaterThan(0);

    for (const [name, path] of [
      ['organisations', 'organisations/export'],
      ['people', 'people/export'],
      ['funders', 'funders/export'],
      ['contacts', 'funders/contacts/export'],
    ] as const) {
      expect({ name, rows: table(await exported(to, path)) }).toEqual({ name, rows: table(files[name]) });
    }
    const again = table(await exported(to, 'grants/export'), GRANT_FIGURES);
    expect(again).toEqual(table(files.grants, GRANT_FIGURES));
  });

  /** An import enters drafts by who imports (review is the four-eyes rule's): status and review columns stay behind. */
  const NOT_IMPORTED = new Set(['Identifiant', 'Statut', 'Saisie le', 'Soumise le', 'Examinée le', 'Motif de refus']);
  /** When each subscriber confirmed and consented: the import's own day. */
  const CONSENT_TIMES = new Set(['Confirmé le', 'Consentement le']);
  /** Rows whose order follows ids (contributions of the same day) compared as sets. */
  const sorted = (rows: string[][]) => [
    rows[0],
    ...rows.slice(1).sort((a, b) => a.join(';').localeCompare(b.join(';'))),
  ];

  it('gives back the same contributions and subscribers', async () => {
    const from = await source.as(demo.coordinator);
    const contributions = await exported(from, 'contributions/export');
    const subscribers = await exported(from, 'newsletters/subscribers/export');
    expect(table(contributions, NOT_IMPORTED).length).toBeGreaterThan(10);
    await target.db.query(
      `BEGIN; SET LOCAL session_replication_role = replica; TRUNCATE contributions, newsletter_subscribers CASCADE; COMMIT`,
    );
    const to = await target.as(demo.coordinator);
    expect(table(await exported(to, 'contributions/export'))).toHaveLength(1);

    await importFile(to, 'contributions', contributions);
    await importFile(to, 'subscribers', subscribers);
    expect(sorted(table(await exported(to, 'contributions/export'), NOT_IMPORTED))).toEqual(
      sorted(table(contributions, NOT_IMPORTED)),
    );
    expect(sorted(table(await exported(to, 'newsletters/subscribers/export'), CONSENT_TIMES))).toEqual(
      sorted(table(subscribers, CONSENT_TIMES)),
    );
  });

  /** The whole-network zip's file of the groups' people, which has no list of its own. */
  async function groupPeople(c: Caller): Promise<string> {
    const zip = await JSZip.loadAsync((await binary(c.get('/api/network-export')).expect(200)).body);
    return zip.file('membres-des-groupes.csv')!.async('string');
  }

  it('gives back the same working-group members, terms and volunteer stages', async () => {
    const file = await groupPeople(await source.as(demo.coordinator));
    expect(table(file).length).toBeGreaterThan(5);
    await target.db.query(
      `BEGIN; SET LOCAL session_replication_role = replica;
       TRUNCATE working_group_members, working_group_volunteers CASCADE; COMMIT`,
    );
    const to = await target.as(demo.coordinator);
    expect(table(await groupPeople(to))).toHaveLength(1);
    await importFile(to, 'group-members', file);
    expect(await groupPeople(to)).toEqual(file);
  });
});
