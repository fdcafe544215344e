import { FeedChecksService } from '../../src/modules/sources/feed-checks.service';
import { demo, startTestApp, type Caller, type TestApp } from '../support/app';
import { FeedFixtures, GOGOCARTO_ELEMENTS } from '../support/feed-fixtures';

describe('sources of the map', () => {
  let t: TestApp;
  let feeds: FeedFixtures;
  let coord: Caller;
  const ids: Record<string, string> = {};
  const idOf = async (table: string, name: string) =>
    (await t.db.query(`SELECT id FROM ${table} WHERE name = $1`, [name]))[0].id as string;

  beforeAll(async () => {
    feeds = new FeedFixtures();
    await feeds.start();
    t = await startTestApp({ FEED_ALLOWED_HOSTS: '127.0.0.1', FEED_TIMEOUT_SECONDS: '1', FEED_MAX_MB: '1' });
    coord = await t.as(demo.coordinator);
    ids.colibris = await idOf('organisations', 'Colibris');
    ids.technique = await idOf('working_groups', 'Technique');
    [{ id: ids.nadia }] = await t.db.query(`SELECT id FROM people WHERE email = 'copil.colibris@maillage.test'`);
    // The demo feeds point at the internet, which tests do not reach: counted as read just now.
    await t.db.query(`UPDATE sources SET last_checked_at = now()`);
  });
  afterAll(async () => {
    await t.close();
    await feeds.stop();
  });

  const create = async (name: string, path: string, extra: object = {}) =>
    (
      await coord
        .post('/api/sources', {
          name,
          organisationId: ids.colibris,
          dataKind: 'places',
          feedKind: 'gogocarto',
          feedUrl: `${feeds.base}${path}`,
          groupId: ids.technique,
          ...extra,
        })
        .expect(201)
    ).body as { id: string; step: string; health: string };
  const check = async (id: string) => (await coord.post(`/api/sources/${id}/check`).expect(201)).body;

  describe('feed checks against local servers', () => {
    it('reads a Gogocarto JSON feed: records, missing fields, newest change; then counts what came and went; then a 304', async () => {
      const source = await create('Près de chez nous (test)', '/api/elements.json', { referentPersonId: ids.nadia });
      ids.gogocarto = source.id;
      expect(source).toMatchObject({ step: 'first_contact', health: 'unknown' });
      expect(await check(source.id)).toMatchObject({
        ok: true,
        httpStatus: 200,
        notModified: false,
        records: 3,
        added: 0,
        removed: 0,
        incomplete: 1,
        newestChangeAt: '2026-11-20T08:30:00.000Z',
      });
      feeds.elements = {
        ...GOGOCARTO_ELEMENTS,
        data: [
          ...GOGOCARTO_ELEMENTS.data.filter((e) => e.id !== 'a2'),
          { id: 'a4', title: 'Café associatif Le Bocal', lat: 43.61, lng: 3.87, taxonomy: [12] },
        ],
      };
      feeds.etag = '"v2"';
      expect(await check(source.id)).toMatchObject({ ok: true, records: 3, added: 1, removed: 1, incomplete: 1 });
      // Same ETag: the server answers 304, the figures carry over, nothing came or went.
      expect(await check(source.id)).toMatchObject({
        ok: true,
        httpStatus: 304,
        notModified: true,
        records: 3,
        added: 0,
      });
      const detail = (await coord.get(`/api/sources/${source.id}`).expect(200)).body;
      expect(detail).toMatchObject({ health: 'ok', records: 3, incomplete: 1, incompletePercent: 33.3 });
      expect(detail.checks.map((c: { records: number }) => c.records)).toEqual([3, 3, 3]);
    });

    it('reads a CSV file (French headers, semicolons)', async () => {
      const source = await create('Fermes (test)', '/fermes.csv', { feedKind: 'csv' });
      expect(await check(source.id)).toMatchObject({
        ok: true,
        records: 4,
        incomplete: 2,
        newestChangeAt: '2026-07-19T00:00:00.000Z',
      });
    });

    it.each([
      ['a server that never answers', '/slow', { failure: 'timeout', httpStatus: null }],
      ['a server error', '/error', { failure: 'http_error', httpStatus: 500 }],
      ['a redirect to a private address', '/to-private', { failure: 'private_address', httpStatus: null }],
      ['a redirect to a loopback name', '/to-localhost', { failure: 'private_address', httpStatus: null }],
      ['a body of 50 MB', '/huge', { failure: 'too_large', httpStatus: null }],
    ])('records a clear failure for %s, and the source is failing', async (_what, path, expected) => {
      const source = await create(`Flux ${path} (test)`, path);
      expect(await check(source.id)).toMatchObject({ ok: false, records: null, ...expected });
      const detail = (await coord.get(`/api/sources/${source.id}`).expect(200)).body;
      expect(detail.health).toBe('failing');
      expect(detail.failingSince).not.toBeNull();
    });

    it('stops reading the 50 MB body soon after the limit', () => {
      expect(feeds.hugeWritten).toBeLessThan(50 * 1024 * 1024);
    });
  });

  describe('the daily job', () => {
    it('reads the feeds due, tells the referent and the coordinator once per episode, and reminds overdue steps once', async () => {
      const failing = await create('Flux en panne (test)', '/error', { referentPersonId: ids.nadia });
      await check(failing.id);
      // Three days and more of failures, and a feed due for its next reading.
      await t.db.query(
        `UPDATE sources SET failing_since = now() - interval '4 days', last_checked_at = now() - interval '25 hours' WHERE id = $1`,
        [failing.id],
      );
      const job = t.app.get(FeedChecksService);
      const first = await job.runOnce();
      expect(first.checked).toBe(1);
      expect(first.alerted).toBe(1);
      expect(first.reminded).toBeGreaterThanOrEqual(1);
      await t.drain();
      const alerts = t.mail.messages.filter((m) => m.subject?.includes('Flux en panne (test)'));
      expect(alerts.map((m) => (m.to as { text: string }).text).sort()).toEqual([
        'coordination@maillage.test',
        'copil.colibris@maillage.test',
      ]);
      expect(alerts[0].text).toContain('son flux ne répond plus');
      expect(alerts[0].html).toContain(`/sources/${failing.id}`);
      const again = await job.runOnce();
      expect(again).toEqual({ checked: 0, alerted: 0, reminded: 0 });
    });

    it('marks a feed unchanged for longer than FEED_STALE_DAYS stale, and alerts once', async () => {
      await t.db.query(
        `UPDATE sources SET last_change_at = now() - interval '200 days', last_checked_at = now() - interval '25 hours' WHERE id = $1`,
        [ids.gogocarto],
      );
      // The feed's own dates are older than the staleness limit too.
      feeds.elements = { data: [{ id: 'z', name: 'Vieux', lat: 1, categories: ['x'], updatedAt: '2020-01-01' }] };
      feeds.etag = '"v3"';
      await t.db.query(`UPDATE sources SET record_keys = ARRAY['z'] WHERE id = $1`, [ids.gogocarto]);
      const run = await t.app.get(FeedChecksService).runOnce();
      expect(run.alerted).toBe(1);
      expect((await coord.get(`/api/sources/${ids.gogocarto}`).expect(200)).body.health).toBe('stale');
    });
  });

  describe('onboarding and the list', () => {
    it('moves a source along its path with dated steps, and lists and exports with filters', async () => {
      const moved = await coord
        .post(`/api/sources/${ids.gogocarto}/step`, {
          step: 'technical_connection',
          note: 'Import dynamique branché',
          nextStepOwnerId: ids.nadia,
          nextStepDueOn: '2027-01-15',
        })
        .expect(200);
      expect(moved.body).toMatchObject({
        step: 'technical_connection',
        stepReachedOn: new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' }),
        nextStepOwnerName: 'Nadia Berthelot',
        stepOverdue: false,
      });
      const detail = (await coord.get(`/api/sources/${ids.gogocarto}`).expect(200)).body;
      expect(detail.steps.map((s: { step: string }) => s.step)).toEqual(['first_contact', 'technical_connection']);
      const [audit] = await t.db.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'Source' AND entity_id = $1`,
        [ids.gogocarto],
      );
      expect(audit.n).toBeGreaterThanOrEqual(2);
      const list = (await coord.get('/api/sources?step=technical_connection&pageSize=100').expect(200)).body;
      expect(list.items.map((s: { name: string }) => s.name)).toEqual([
        'Carte des tiers-lieux',
        'Près de chez nous (test)',
      ]);
      const csv = await coord.get('/api/sources/export?health=failing').expect(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.text).toContain('Flux en panne (test)');
      expect(csv.text).not.toContain('Carte des tiers-lieux');
    });

    it('refuses bad input with field messages, and saves nothing', async () => {
      const before = (await t.db.query(`SELECT count(*)::int AS n FROM sources`))[0].n;
      const res = await coord
        .post('/api/sources', {
          name: 'Carte des tiers-lieux',
          dataKind: 'rivers',
          feedKind: 'csv',
          feedUrl: 'ftp://x',
        })
        .expect(400);
      expect(Object.keys(res.body.error.fields).sort()).toEqual(['dataKind', 'feedUrl']);
      const taken = await coord
        .post('/api/sources', { name: 'carte des TIERS-lieux', dataKind: 'places', feedKind: 'csv' })
        .expect(400);
      expect(taken.body.error.fields).toEqual({
        name: [expect.stringContaining('déjà')],
        organisationId: [expect.stringContaining('partenaire')],
      });
      expect((await t.db.query(`SELECT count(*)::int AS n FROM sources`))[0].n).toBe(before);
    });
  });

  describe('who sees and edits what', () => {
    it('shows a COPIL member their organisation’s sources only, and nothing to contractors and volunteers', async () => {
      const copil = await t.as(demo.copil);
      const mine = (await copil.get('/api/sources?pageSize=100').expect(200)).body.items;
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((s: { organisationId: string }) => s.organisationId === ids.colibris)).toBe(true);
      const tiersLieux = await idOf('sources', 'Carte des tiers-lieux');
      await copil.get(`/api/sources/${tiersLieux}`).expect(403);
      await copil.patch(`/api/sources/${ids.gogocarto}`, { licence: 'x' }).expect(403);
      for (const who of [demo.contractor, demo.volunteer]) {
        const caller = await t.as(who);
        await caller.get('/api/sources').expect(403);
        await caller.get(`/api/sources/${ids.gogocarto}`).expect(403);
      }
    });

    it('lets a referent of the following group edit it, not hand it to another group', async () => {
      const lead = await t.as(demo.wgLead);
      await lead.patch(`/api/sources/${ids.gogocarto}`, { licence: 'CC BY 4.0' }).expect(200);
      const sources = await idOf('working_groups', 'Sources');
      const res = await lead.patch(`/api/sources/${ids.gogocarto}`, { groupId: sources }).expect(403);
      expect(res.body.error.code).toBe('sources.group_not_yours');
      const [row] = await t.db.query(`SELECT group_id, licence FROM sources WHERE id = $1`, [ids.gogocarto]);
      expect(row).toEqual({ group_id: ids.technique, licence: 'CC BY 4.0' });
    });
  });
});
