import type request from 'supertest';
import { fromBuffer, type Entry, type ZipFile } from 'yauzl';
import { RetentionService } from '../../src/modules/privacy/retention.service';
import { createActionItem, createMeeting } from '../factories/governance';
import { personId } from '../factories/people';
import { createPrivacyRequest } from '../factories/privacy';
import { workingGroupId } from '../factories/working-groups';
import { demo, startTestApp, type Caller, type TestApp } from '../support/app';

/** The files of a zip answer, by name. */
async function unzip(res: request.Response): Promise<Record<string, string>> {
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    fromBuffer(res.body as Buffer, { lazyEntries: true }, (e, z) => (e ? reject(e) : resolve(z))),
  );
  const files: Record<string, string> = {};
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: Entry) =>
      zip.openReadStream(entry, (e, stream) => {
        if (e) return reject(e);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          files[entry.fileName] = Buffer.concat(chunks).toString('utf8');
          zip.readEntry();
        });
      }),
    );
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return files;
}

const binary = (req: request.Test) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

/** Today in Paris and a month later, as the API reckons a request's legal deadline. */
function parisDeadline(): string {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date()).split('-');
  const last = new Date(Date.UTC(+y, +m + 1, 0)).getUTCDate();
  const next = new Date(Date.UTC(+y, +m, Math.min(+d, last)));
  return next.toISOString().slice(0, 10);
}

const RECEIPTS_ON = {
  receiptsEnabled: true,
  legalName: 'Association Faire Système',
  legalAddress: '1 place du Commun, 69001 Lyon',
  legalObject: 'Animer le réseau',
  legalStatus: 'Association reconnue d’intérêt général',
  recurringGraceDays: 10,
};

describe('GDPR requests', () => {
  let t: TestApp;
  let coord: Caller;
  const q = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => t.db.query<T[]>(text, params);

  beforeAll(async () => {
    t = await startTestApp();
    coord = await t.as(demo.coordinator);
  });
  afterAll(() => t.close());

  it('is for the coordinator and the admin only', async () => {
    const person = await personId(t, demo.volunteer);
    for (const who of [demo.volunteer, demo.contractor, demo.otherCopil, demo.copil, demo.comms, demo.wgLead]) {
      const caller = await t.as(who);
      const list = await caller.get('/api/privacy/requests').expect(403);
      expect(list.body.error).toMatchObject({ code: 'common.forbidden', kind: 'forbidden' });
      await caller.post('/api/privacy/requests', { personId: person, kind: 'access' }).expect(403);
    }
    await t.http().get('/api/privacy/requests').expect(401);
    await t.http().post('/api/privacy/requests').send({ personId: person, kind: 'access' }).expect(401);
    expect(await q(`SELECT * FROM privacy_requests`)).toEqual([]);

    const admin = await t.as(demo.admin);
    const made = await createPrivacyRequest(admin, person, 'access');
    const list = await coord.get('/api/privacy/requests?status=pending').expect(200);
    expect(list.body.total).toBe(1);
    expect(list.body.items[0]).toEqual({
      id: made.id,
      personId: person,
      personName: 'Inès Caron',
      kind: 'access',
      receivedAt: expect.any(String),
      deadline: parisDeadline(),
      overdue: false,
      status: 'pending',
      handledById: null,
      handledByName: null,
      handledAt: null,
    });
  });

  it('refuses bad input with field messages, and dates a request received earlier from that day', async () => {
    const person = await personId(t, demo.contractor);
    const bad = await coord.post('/api/privacy/requests', { personId: person, kind: 'forget' }).expect(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(['kind']);
    const unknown = await coord
      .post('/api/privacy/requests', { personId: '00000000-0000-4000-8000-000000000000', kind: 'access' })
      .expect(400);
    expect(unknown.body.error.code).toBe('privacy.person_not_found');
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const late = await coord
      .post('/api/privacy/requests', { personId: person, kind: 'access', receivedOn: future })
      .expect(400);
    expect(late.body.error.fields.receivedOn).toBeDefined();

    // Received on 31 January: the deadline is the last day of February, and it is long past.
    const lastYear = new Date().getUTCFullYear() - 1;
    const old = await coord
      .post('/api/privacy/requests', { personId: person, kind: 'erasure', receivedOn: `${lastYear}-01-31` })
      .expect(201);
    const feb = new Date(Date.UTC(lastYear, 2, 0)).getUTCDate();
    expect(old.body).toMatchObject({ deadline: `${lastYear}-02-${feb}`, overdue: true, status: 'pending' });
    expect(new Date(old.body.receivedAt).toISOString()).toBe(`${lastYear}-01-30T23:00:00.000Z`);
    // An access export is not an erasure, and the other way round.
    await coord.post(`/api/privacy/requests/${old.body.id}/erase`).expect(200);
    await coord.post(`/api/privacy/requests/${old.body.id}/erase`).expect(409);
    await binary(coord.get(`/api/privacy/requests/${old.body.id}/export`)).expect(409);
  });
});

describe('access export', () => {
  let t: TestApp;
  let coord: Caller;
  const q = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => t.db.query<T[]>(text, params);

  beforeAll(async () => {
    t = await startTestApp();
    coord = await t.as(demo.coordinator);
  });
  afterAll(() => t.close());

  it('gives a zip of what each domain holds about the person, and nothing about anyone else', async () => {
    // Thomas Girard, the contractor: a mission, time entries, a contribution, a membership, a group term, meetings.
    const thomas = await personId(t, demo.contractor);
    await t.as(demo.contractor); // a sign-in: an audit entry by him
    await coord.patch(`/api/people/${thomas}`, { phone: '06 12 34 56 78', notes: 'Préfère le téléphone' }).expect(200);
    await createMeeting(coord, { title: 'Point mission', attendees: [{ personId: thomas }] });
    await createActionItem(coord, { title: 'Livrer la carte', ownerPersonId: thomas });
    const group = await workingGroupId(t, 'Technique');
    await q(
      `INSERT INTO working_group_volunteers (group_id, person_id, stage, stage_changed_at, source, message)
       VALUES ($1, $2, 'active', now(), 'signup_form', 'Je code le soir')`,
      [group, thomas],
    );
    await q(`INSERT INTO volunteer_profiles (person_id, territory) VALUES ($1, 'Drôme')`, [thomas]);
    await q(
      `INSERT INTO volunteer_consents (person_id, version, locale, text, given_at, ip)
       VALUES ($1, 'v1', 'fr', 'J’accepte', now(), '192.0.2.7')`,
      [thomas],
    );
    const [sub] = await q<{ id: string }>(
      `INSERT INTO newsletter_subscribers (email, first_name, status, confirmed_at)
       VALUES ($1, 'Thomas', 'confirmed', now()) RETURNING id`,
      [demo.contractor],
    );
    await q(
      `INSERT INTO newsletter_consent_events (subscriber_id, action, source, ip, user_agent)
       VALUES ($1, 'confirmed', 'confirmation link', '192.0.2.8', 'Firefox')`,
      [sub.id],
    );

    // A gift of his (a donor with his address), receipted.
    await coord.put('/api/donations/settings', RECEIPTS_ON).expect(200);
    const gift = await coord
      .post('/api/donations/gifts', {
        donor: { kind: 'person', firstName: 'Thomas', lastName: 'Girard', email: demo.contractor },
        amountCents: 12_000,
        receivedOn: '2026-02-14',
        paymentMethod: 'cheque',
      })
      .expect(201);
    await coord.post('/api/donations/receipts', { kind: 'gift', giftIds: [gift.body.id] }).expect(201);

    const request = await createPrivacyRequest(coord, thomas, 'portability');
    const res = await binary(coord.get(`/api/privacy/requests/${request.id}/export`)).expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = await unzip(res);
    const data = JSON.parse(files['data.json']) as { tables: Record<string, Record<string, unknown>[]> };
    const tables = data.tables;
    const missing = Object.entries({
      people: 1,
      accounts: 1,
      working_group_members: 1,
      missions: 1,
      time_entries: 15,
      working_group_volunteers: 1,
      volunteer_profiles: 1,
      volunteer_consents: 1,
      newsletter_subscribers: 1,
      newsletter_consent_events: 1,
      action_items: 1,
      donors: 1,
      gifts: 1,
      tax_receipts: 1,
    }).filter(([table, n]) => (tables[table]?.length ?? 0) < n);
    expect(missing).toEqual([]);
    expect(tables.people[0]).toMatchObject({ first_name: 'Thomas', last_name: 'Girard', phone: '06 12 34 56 78' });
    expect(tables.gifts[0]).toMatchObject({ amount_cents: 12_000, received_on: '2026-02-14' });
    expect(tables.meeting_attendees.length).toBeGreaterThanOrEqual(3);
    expect(tables.contributions.length).toBeGreaterThanOrEqual(1);
    // Audit entries about him (the coordinator's change) and by him (his sign-in).
    expect(tables.audit_log.some((e) => e.entity_id === thomas && e.action === 'update')).toBe(true);
    expect(tables.audit_log.some((e) => e.action === 'login')).toBe(true);
    expect(files['csv/time_entries.csv'].split('\n').filter(Boolean)).toHaveLength(16);
    expect(files['LISEZMOI-README.txt']).toContain('data.json');

    // Nothing about anyone else, and no credentials.
    const all = Object.values(files).join('\n');
    for (const other of [demo.coordinator, demo.volunteer, 'Claire Montagne', 'Inès Caron', 'Sophie Vasseur'])
      expect([other, all.includes(other)]).toEqual([other, false]);
    expect(all).not.toMatch(/password_hash|totp_secret|token_hash/);

    // Answered: the request is done, by the coordinator, and the export is audited.
    const done = (await coord.get(`/api/privacy/requests?personId=${thomas}`).expect(200)).body.items[0];
    expect(done).toMatchObject({ status: 'done', handledByName: 'Claire Montagne' });
    const audit = await q(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [request.id]);
    expect(audit.map((a) => a.action)).toEqual(['create', 'export']);
  });
});

describe('erasure', () => {
  let t: TestApp;
  let coord: Caller;
  const q = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => t.db.query<T[]>(text, params);

  beforeAll(async () => {
    t = await startTestApp();
    coord = await t.as(demo.coordinator);
  });
  afterAll(() => t.close());

  /** Every text, varchar and jsonb column of every table, as `table.column`, where one of `needles` appears. */
  async function columnsHolding(...needles: string[]): Promise<string[]> {
    const columns = await q<{ t: string; c: string }>(
      `SELECT c.table_name AS t, c.column_name AS c FROM information_schema.columns c
       JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
       WHERE c.table_schema = 'public' AND tb.table_type = 'BASE TABLE'
         AND c.data_type IN ('text', 'character varying', 'jsonb', 'ARRAY')`,
    );
    expect(columns.length).toBeGreaterThan(150);
    const found: string[] = [];
    for (const { t: table, c } of columns) {
      const [{ n }] = await q<{ n: number }>(
        `SELECT count(*)::int AS n FROM "${table}" WHERE ${needles.map((_, i) => `"${c}"::text ILIKE $${i + 1}`).join(' OR ')}`,
        needles.map((s) => `%${s}%`),
      );
      if (n > 0) found.push(`${table}.${c}`);
    }
    return found;
  }

  const totals = () =>
    q(
      `SELECT (SELECT json_agg(x ORDER BY x.organisation_id, x.status) FROM (
                SELECT organisation_id, status, sum(value_cents)::text AS cents, count(*)::int AS n
                FROM contributions GROUP BY 1, 2) x) AS contributions,
              (SELECT json_agg(s ORDER BY s.id) FROM (SELECT id, status, fingerprint FROM splits) s) AS splits,
              (SELECT md5(string_agg(l::text, ',' ORDER BY l.id)) FROM split_lines l) AS lines,
              (SELECT sum(amount_cents)::text FROM split_payments) AS paid`,
    );

  it('replaces a demo person everywhere by a pseudonym, keeps the totals and splits, and the chain verifies', async () => {
    const email = demo.wgLead; // Sophie Vasseur, who gave 23 contributions
    const sophie = await personId(t, email);
    const sophieCaller = await t.as(email); // her sign-in: audit entries by her, a session
    await coord.patch(`/api/people/${sophie}`, { phone: '+33 6 98 76 54 32', notes: 'Vit à Die' }).expect(200);
    const meeting = await createMeeting(coord, {
      title: 'Point avec Sophie Vasseur',
      attendees: [{ personId: sophie }],
    });
    await coord
      .patch(`/api/meetings/${meeting.id}`, {
        minutes: 'Sophie Vasseur (referente.technique@maillage.test) présente le bilan.',
      })
      .expect(200);
    await createActionItem(coord, { title: 'Relancer Sophie Vasseur', ownerPersonId: sophie });
    // She gave, and got a tax receipt: the network keeps both (tax law), not who she is.
    await coord.put('/api/donations/settings', RECEIPTS_ON).expect(200);
    const gift = await coord
      .post('/api/donations/gifts', {
        donor: { kind: 'person', firstName: 'Sophie', lastName: 'Vasseur', email, address: '12 rue des Tilleuls' },
        amountCents: 8_000,
        receivedOn: '2026-03-01',
        paymentMethod: 'transfer',
      })
      .expect(201);
    await coord.post('/api/donations/receipts', { kind: 'gift', giftIds: [gift.body.id] }).expect(201);
    // Her last name alone, in records linked to her (whatever its case and accents), and a homonym's elsewhere.
    const linked = await createActionItem(coord, { title: 'M. VASSÉUR présentera le bilan', ownerPersonId: sophie });
    await q(
      `UPDATE contributions SET description = 'Atelier animé par Vasseur' WHERE id = (SELECT id FROM contributions WHERE person_id = $1 LIMIT 1)`,
      [sophie],
    );
    const homonym = await createActionItem(coord, {
      title: 'Appeler Paul Vasseur, trésorier',
      ownerPersonId: await personId(t, demo.copil),
    });
    expect((await columnsHolding(email, 'Sophie Vasseur')).length).toBeGreaterThan(4);
    const before = await totals();

    const request = await createPrivacyRequest(coord, sophie, 'erasure');
    const res = await coord.post(`/api/privacy/requests/${request.id}/erase`).expect(200);
    expect(res.body).toMatchObject({ status: 'done', personName: 'personne effacée n° 1' });

    expect(
      await columnsHolding(
        email,
        'Sophie Vasseur',
        'Vasseur Sophie',
        'S. Vasseur',
        '98 76 54 32',
        'Vit à Die',
        'Tilleuls',
      ),
    ).toEqual([]);
    expect(
      await q(`SELECT amount_cents, status, receipt_id IS NOT NULL AS receipted FROM gifts WHERE id = $1`, [
        gift.body.id,
      ]),
    ).toEqual([{ amount_cents: '8000', status: 'paid', receipted: true }]);
    expect(
      await q(`SELECT donor_name, amount_cents FROM tax_receipts WHERE donor_id = $1`, [gift.body.donorId]),
    ).toEqual([{ donor_name: 'personne effacée n° 1', amount_cents: '8000' }]);
    // Her last name alone is gone from what is linked to her (her notifications are deleted); a homonym's, elsewhere,
    // is left, with its audit entry and the notification its owner got.
    expect((await columnsHolding('Vasseur', 'Vasséur')).sort()).toEqual([
      'action_items.title',
      'audit_log.after',
      'notifications.params',
    ]);
    expect(
      await q(`SELECT n.id FROM notifications n JOIN accounts a ON a.id = n.recipient_id WHERE a.person_id = $1`, [
        sophie,
      ]),
    ).toEqual([]);
    expect(
      await q(`SELECT id, title FROM action_items WHERE id = ANY($1) ORDER BY title`, [[linked.id, homonym.id]]),
    ).toEqual([
      { id: homonym.id, title: 'Appeler Paul Vasseur, trésorier' },
      { id: linked.id, title: 'M. personne effacée n° 1 présentera le bilan' },
    ]);
    expect(
      await q(`SELECT 1 FROM contributions WHERE description = 'Atelier animé par personne effacée n° 1'`),
    ).toHaveLength(1);
    expect(await totals()).toEqual(before);
    const [card] = await q(`SELECT first_name, last_name, email, phone, notes FROM people WHERE id = $1`, [sophie]);
    expect(card).toEqual({ first_name: 'personne effacée', last_name: 'n° 1', email: null, phone: null, notes: null });
    // Her contributions stay, hers under the pseudonym.
    const [{ n }] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM contributions WHERE person_id = $1`, [
      sophie,
    ]);
    expect(n).toBe(23);

    // Signed out and unable to sign in again.
    await sophieCaller.get('/api/auth/me').expect(401);
    await t.http().post('/api/auth/login').send({ email, password: 'Maillage-demo-2026' }).expect(401);
    expect(
      await q(`SELECT 1 FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.person_id = $1`, [sophie]),
    ).toEqual([]);

    // The audit chain still verifies; redacted entries say so; the erasure's own entry names no one.
    const admin = await t.as(demo.admin);
    expect((await admin.get('/api/audit/verify').expect(200)).body).toMatchObject({ ok: true, firstBrokenId: null });
    const [{ redacted }] = await q<{ redacted: number }>(
      `SELECT count(*)::int AS redacted FROM audit_log WHERE redacted_at IS NOT NULL`,
    );
    expect(redacted).toBeGreaterThan(2);
    const [erase] = await q<{ after: Record<string, unknown> }>(`SELECT after FROM audit_log WHERE action = 'erase'`);
    expect(erase.after).toMatchObject({ reason: 'request', number: 1, pseudonym: 'personne effacée n° 1' });

    await coord.post(`/api/privacy/requests/${request.id}/erase`).expect(409);
  });
});

describe('retention', () => {
  let t: TestApp;
  const q = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => t.db.query<T[]>(text, params);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('erases the subscribers and volunteers who left more than three years ago, and not those who left last year', async () => {
    const subscriber = (email: string, yearsAgo: number) =>
      q(
        `INSERT INTO newsletter_subscribers (email, first_name, last_name, status, unsubscribed_at)
         VALUES ($1, 'Ancien', $2, 'unsubscribed', now() - make_interval(years => $3::int))`,
        [email, `Abonné${yearsAgo}`, yearsAgo],
      );
    await subscriber('parti-il-y-a-4-ans@example.org', 4);
    await subscriber('parti-l-an-dernier@example.org', 1);
    const group = await workingGroupId(t, 'Technique');
    const volunteer = async (lastName: string, yearsAgo: number) => {
      const [p] = await q<{ id: string }>(
        `INSERT INTO people (first_name, last_name, email) VALUES ('Bénévole', $1, $2) RETURNING id`,
        [lastName, `${lastName.toLowerCase()}@example.org`],
      );
      await q(
        `INSERT INTO working_group_volunteers (group_id, person_id, stage, stage_changed_at, source)
         VALUES ($1, $2, 'left', now() - make_interval(years => $3::int), 'signup_form')`,
        [group, p.id, yearsAgo],
      );
    };
    await volunteer('Partidepuislongtemps', 4);
    await volunteer('Partirecemment', 1);

    // The nightly timer, fired by two processes at once: one run, recorded with what it erased.
    const retention = t.app.get(RetentionService);
    await Promise.all([retention.nightly(), retention.nightly()]);
    expect(await q(`SELECT status, detail FROM scheduled_job_runs WHERE job = 'privacy-retention'`)).toEqual([
      { status: 'succeeded', detail: { subscribers: 1, volunteers: 1 } },
    ]);
    const emails = (await q<{ email: string }>(`SELECT email FROM newsletter_subscribers ORDER BY email`)).map(
      (r) => r.email,
    );
    expect(emails).not.toContain('parti-il-y-a-4-ans@example.org');
    expect(emails).toContain('parti-l-an-dernier@example.org');
    const names = (await q<{ last_name: string }>(`SELECT last_name FROM people`)).map((r) => r.last_name);
    expect(names).not.toContain('Partidepuislongtemps');
    expect(names).toContain('Partirecemment');
    const audit = await q<{ after: { reason: string } }>(`SELECT after FROM audit_log WHERE action = 'erase'`);
    expect(audit.map((a) => a.after.reason)).toEqual(['retention', 'retention']);
    // Done once: the next night finds nobody left to erase.
    expect(await retention.eraseExpired()).toEqual({ subscribers: 0, volunteers: 0 });
  });
});
