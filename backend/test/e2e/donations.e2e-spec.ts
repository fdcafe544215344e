import { ActionResourcesService } from '../../src/modules/funding/action-resources.service';
import { ReceiptsService } from '../../src/modules/donations/receipts.service';
import { defineAbilityFor } from '../../src/permissions/ability';
import { demo, startTestApp, type Caller, type TestApp } from '../support/app';
import { binary } from '../support/exports';
import {
  FIXTURE_CLIENT,
  FIXTURE_ORG,
  HelloAssoFixture,
  notification,
  type FixtureOrder,
} from '../support/helloasso-fixture';
import { pdfText } from '../support/pdf-text';

const KEY = 'fixture-signature-key-0123456789';
const SETTINGS = {
  receiptsEnabled: true,
  legalName: 'Association Faire Système',
  legalAddress: '1 place du Commun, 69001 Lyon',
  legalSiren: '123456789',
  legalObject: 'Animer le réseau des acteurs de la transition',
  legalStatus: 'Association reconnue d’intérêt général',
  signatoryName: 'Marc Aubert',
  signatoryRole: 'Trésorier',
  recurringGraceDays: 10,
};
const now = () => new Date().toISOString();
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

describe('donations', () => {
  let t: TestApp;
  let fixture: HelloAssoFixture;
  let coord: Caller;
  let treasurer: Caller;
  let campaignId: string;
  const q = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => t.db.query<T[]>(text, params);
  const order = (id: number, email: string, payments: FixtureOrder['payments'], extra: Partial<FixtureOrder> = {}) => ({
    id,
    formSlug: 'soutenir-nos-communs',
    formType: 'Donation',
    payer: {
      email,
      firstName: 'Hugo',
      lastName: `Dubois ${id}`,
      address: '23 rue du Maréchal',
      zipCode: '75011',
      city: 'Paris',
    },
    payments,
    ...extra,
  });
  const post = (body: string, signature: string) =>
    t
      .http()
      .post('/api/donations/webhooks/helloasso')
      .set('content-type', 'application/json')
      .set('x-ha-signature', signature)
      .send(body);

  beforeAll(async () => {
    fixture = new HelloAssoFixture();
    const url = await fixture.start();
    t = await startTestApp({
      HELLOASSO_API_URL: url,
      HELLOASSO_CLIENT_ID: FIXTURE_CLIENT.id,
      HELLOASSO_CLIENT_SECRET: FIXTURE_CLIENT.secret,
      HELLOASSO_ORGANIZATION_SLUG: FIXTURE_ORG,
      HELLOASSO_WEBHOOK_SIGNATURE_KEY: KEY,
    });
    coord = await t.as(demo.coordinator);
    treasurer = await t.as(demo.treasurer);
    campaignId = (
      await treasurer
        .post('/api/donations/campaigns', {
          name: 'Soutenir nos communs',
          slug: 'soutenir-nos-communs',
          goalCents: 1_000_000,
          startsOn: '2026-01-01',
          publicPage: true,
          helloassoFormType: 'Donation',
          helloassoFormSlug: 'soutenir-nos-communs',
        })
        .expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await t.close();
    await fixture.stop();
  });

  it('shows a campaign’s totals to everyone signed in, and donors only to the coordinator, the treasurer and the admin', async () => {
    const comms = await t.as(demo.comms);
    const [c] = (await comms.get('/api/donations/campaigns').expect(200)).body as Record<string, unknown>[];
    expect(Object.keys(c).sort()).toEqual(
      [
        'archivedAt',
        'description',
        'donorsCount',
        'endsOn',
        'giftsCount',
        'goalCents',
        'id',
        'name',
        'publicPage',
        'raisedCents',
        'slug',
        'startsOn',
      ].sort(),
    );
    const full = (await treasurer.get(`/api/donations/campaigns/${campaignId}`).expect(200)).body;
    expect(full).toMatchObject({ helloassoFormSlug: 'soutenir-nos-communs', lapsedDonorsCount: 0 });
    for (const who of [demo.comms, demo.copil, demo.volunteer, demo.contractor, demo.wgLead]) {
      const caller = await t.as(who);
      await caller.get('/api/donations/donors').expect(403);
      await caller.get('/api/donations/gifts').expect(403);
      await caller.get('/api/donations/receipts').expect(403);
      await caller
        .post('/api/donations/gifts', {
          donor: { kind: 'person', lastName: 'X' },
          amountCents: 100,
          receivedOn: '2026-01-02',
          paymentMethod: 'cash',
        })
        .expect(403);
    }
    await t.http().get('/api/donations/campaigns').expect(401);
  });

  it('matches donors with the network’s people by email and organisations by name; refuses bad input with field messages', async () => {
    const gift = await treasurer
      .post('/api/donations/gifts', {
        donor: { kind: 'person', firstName: 'Mathieu', lastName: 'Delorme', email: 'Mathieu.Delorme@ctc.example.org' },
        amountCents: 15_000,
        receivedOn: '2026-02-03',
        paymentMethod: 'cheque',
        reference: 'Chèque 0012345',
      })
      .expect(201);
    const donor = (await treasurer.get(`/api/donations/donors/${gift.body.donorId}`).expect(200)).body;
    expect(donor).toMatchObject({
      displayName: 'Mathieu Delorme',
      email: 'mathieu.delorme@ctc.example.org',
      totalCents: 15_000,
      giftsCount: 1,
    });
    const [mathieu] = await q<{ id: string }>(`SELECT id FROM people WHERE email = 'mathieu.delorme@ctc.example.org'`);
    expect(donor.personId).toBe(mathieu.id);
    // The same address again: the same donor.
    const again = await treasurer.post('/api/donations/gifts', {
      donor: { kind: 'person', lastName: 'Delorme', email: 'mathieu.delorme@ctc.example.org' },
      amountCents: 5_000,
      receivedOn: '2026-03-03',
      paymentMethod: 'transfer',
    });
    expect(again.body.donorId).toBe(gift.body.donorId);

    const org = await coord
      .post('/api/donations/donors', { kind: 'organisation', organisationName: 'colibris', siren: '552100554' })
      .expect(201);
    const [colibris] = await q<{ id: string }>(`SELECT id FROM organisations WHERE name = 'Colibris'`);
    expect(org.body.organisationId).toBe(colibris.id);

    const bad = await treasurer
      .post('/api/donations/gifts', {
        donor: { kind: 'person', firstName: 'Sans nom' },
        amountCents: -5,
        receivedOn: '2026-02-30',
        paymentMethod: 'bitcoin',
      })
      .expect(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['amountCents', 'paymentMethod', 'receivedOn']);
    const noName = await treasurer
      .post('/api/donations/gifts', {
        donor: { kind: 'person', firstName: 'Sans nom' },
        amountCents: 500,
        receivedOn: '2026-02-03',
        paymentMethod: 'cash',
      })
      .expect(400);
    expect(noName.body.error.fields).toHaveProperty(['donor.lastName']);
    const audit = await q(`SELECT action FROM audit_log WHERE entity_type = 'Gift' AND entity_id = $1`, [gift.body.id]);
    expect(audit).toEqual([{ action: 'create' }]);
  });

  it('imports a HelloAsso form page by page, and importing it again changes nothing', async () => {
    fixture.orders = [
      order(101, 'hugo.101@example.org', [
        { id: 1001, amount: 2000, date: '2026-03-01T10:00:00+01:00', state: 'Authorized' },
      ]),
      order(102, 'hugo.102@example.org', [
        { id: 1002, amount: 5000, date: '2026-03-02T10:00:00+01:00', state: 'Authorized' },
      ]),
      order(103, 'hugo.103@example.org', [
        { id: 1003, amount: 1500, date: '2026-03-03T10:00:00+01:00', state: 'Refunded' },
      ]),
      ...Array.from({ length: 52 }, (_, i) =>
        order(200 + i, `page.${i}@example.org`, [
          { id: 2000 + i, amount: 1000, date: '2026-03-04T10:00:00+01:00', state: 'Authorized' },
        ]),
      ),
    ];
    const first = await treasurer.post(`/api/donations/campaigns/${campaignId}/helloasso-import`).expect(200);
    expect(first.body).toEqual({ orders: 55, created: 55, updated: 0, unchanged: 0 });
    expect(fixture.requests.filter((r) => r.includes('/orders')).some((r) => r.includes('continuationToken='))).toBe(
      true,
    );
    const second = await treasurer.post(`/api/donations/campaigns/${campaignId}/helloasso-import`).expect(200);
    expect(second.body).toEqual({ orders: 55, created: 0, updated: 0, unchanged: 55 });
    const campaign = (await treasurer.get(`/api/donations/campaigns/${campaignId}`).expect(200)).body;
    // The refunded gift does not count.
    expect(campaign).toMatchObject({ raisedCents: 2000 + 5000 + 52 * 1000, giftsCount: 54, donorsCount: 54 });
    const gifts = (await treasurer.get(`/api/donations/gifts?campaignId=${campaignId}&status=refunded`).expect(200))
      .body;
    expect(gifts.items.map((g: { helloassoPaymentId: string }) => g.helloassoPaymentId)).toEqual(['1003']);
  });

  it('takes a notification delivered twice as one gift, keeps the latest state when they come out of order', async () => {
    const o = order(301, 'webhook@example.org', []);
    const authorised = { id: 3001, amount: 4200, date: minutesAgo(30), state: 'Authorized', updatedAt: minutesAgo(20) };
    const refunded = { ...authorised, state: 'Refunded', updatedAt: minutesAgo(5) };
    const a = notification(KEY, o, authorised);
    await post(a.body, a.signature).expect(200);
    await post(a.body, a.signature).expect(200);
    expect(await q(`SELECT status FROM gifts WHERE helloasso_payment_id = 3001`)).toEqual([{ status: 'paid' }]);

    const r = notification(KEY, o, refunded);
    await post(r.body, r.signature).expect(200);
    // The older notification, delivered late, changes nothing.
    await post(a.body, a.signature).expect(200);
    expect(await q(`SELECT status, amount_cents FROM gifts WHERE helloasso_payment_id = 3001`)).toEqual([
      { status: 'refunded', amount_cents: '4200' },
    ]);

    // Out of order the other way: the newer state first, then the older one: one gift, the newer state.
    const late = { id: 3002, amount: 1000, date: minutesAgo(30), state: 'Refunded', updatedAt: minutesAgo(1) };
    const early = { ...late, state: 'Authorized', updatedAt: minutesAgo(25) };
    const l = notification(KEY, o, late);
    const e = notification(KEY, o, early);
    await Promise.all([post(l.body, l.signature).expect(200), post(l.body, l.signature).expect(200)]);
    await post(e.body, e.signature).expect(200);
    expect(await q(`SELECT status FROM gifts WHERE helloasso_payment_id = 3002`)).toEqual([{ status: 'refunded' }]);
  });

  it('refuses a forged signature, an unknown form, an old notification, and saves nothing', async () => {
    const count = async () => (await q<{ n: number }>(`SELECT count(*)::int AS n FROM gifts`))[0].n;
    const before = await count();
    const payment = { id: 4001, amount: 999, date: now(), state: 'Authorized' };
    const good = notification(KEY, order(401, 'forged@example.org', []), payment);
    const forged = notification('another-key-entirely-0123456789', order(401, 'forged@example.org', []), payment);
    expect((await post(forged.body, forged.signature).expect(403)).body.error.code).toBe(
      'donations.webhook_signature_invalid',
    );
    await post(good.body.replace('999', '99900'), good.signature).expect(403);
    await t.http().post('/api/donations/webhooks/helloasso').send(JSON.parse(good.body)).expect(403);
    const unknown = notification(KEY, { ...order(402, 'x@example.org', []), formSlug: 'autre-formulaire' }, payment);
    expect((await post(unknown.body, unknown.signature).expect(404)).body.error.code).toBe(
      'donations.webhook_unknown_form',
    );
    const old = notification(KEY, order(403, 'old@example.org', []), { ...payment, date: '2026-01-01T10:00:00+01:00' });
    expect((await post(old.body, old.signature).expect(400)).body.error.code).toBe('donations.webhook_too_old');
    expect(await count()).toBe(before);
  });

  it('issues tax receipts only once turned on, numbered without gaps, and mails each with its PDF', async () => {
    const [hugo] = await q<{ id: string }>(`SELECT id FROM gifts WHERE helloasso_payment_id = 1002`);
    const off = await treasurer.post('/api/donations/receipts', { kind: 'gift', giftIds: [hugo.id] }).expect(409);
    expect(off.body.error.code).toBe('donations.receipts_disabled');
    await treasurer.put('/api/donations/settings', SETTINGS).expect(200);

    const issued = await treasurer.post('/api/donations/receipts', { kind: 'gift', giftIds: [hugo.id] }).expect(201);
    const receipt = issued.body.receipts[0];
    const year = new Date().getFullYear();
    expect(receipt).toMatchObject({
      number: `${year}-000001`,
      donorName: 'Hugo Dubois 102',
      amountCents: 5000,
      kind: 'gift',
    });
    // Never twice for a gift.
    const twice = await treasurer.post('/api/donations/receipts', { kind: 'gift', giftIds: [hugo.id] }).expect(400);
    expect(twice.body.error.fields['giftIds.0'][0]).toContain(`${year}-000001`);
    // A refunded gift gets none.
    const [refunded] = await q<{ id: string }>(`SELECT id FROM gifts WHERE helloasso_payment_id = 1003`);
    await treasurer.post('/api/donations/receipts', { kind: 'gift', giftIds: [refunded.id] }).expect(400);

    const pdf = await binary(treasurer.get(`/api/donations/receipts/${receipt.id}/pdf`)).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(pdf.body as Buffer)).replace(/\s+/g, ' ');
    for (const expected of [
      'Hugo Dubois 102',
      '50,00 €',
      'cinquante euros',
      '02/03/2026',
      'article 200 du code général des impôts',
      `${year}-000001`,
      'Association Faire Système',
    ])
      expect([expected, text.includes(expected)]).toEqual([expected, true]);

    await t.drain();
    const mail = await t.mail.waitFor((m) => m.subject?.includes(`${year}-000001`) ?? false);
    expect(mail.to).toMatchObject({ text: 'hugo.102@example.org' });
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      [`recu-fiscal-${year}-000001.pdf`, 'application/pdf'],
    ]);
    expect(await pdfText(mail.attachments[0].content)).toContain('cinquante euros');
    const [{ mailed }] = await q<{ mailed: boolean }>(
      `SELECT mailed_at IS NOT NULL AS mailed FROM tax_receipts WHERE id = $1`,
      [receipt.id],
    );
    expect(mailed).toBe(true);
  });

  it('numbers 500 gifts receipted at once 2 to 501, and a cancelled number is never given again', async () => {
    const [donor] = await q<{ id: string }>(
      `INSERT INTO donors (kind, last_name) VALUES ('person', 'Foule') RETURNING id`,
    );
    const gifts = await q<{ id: string }>(
      `INSERT INTO gifts (donor_id, amount_cents, received_on, payment_method, source)
       SELECT $1, 1000 + n, '2026-04-01', 'transfer', 'manual' FROM generate_series(1, 500) n RETURNING id`,
      [donor.id],
    );
    const receipts = t.app.get(ReceiptsService);
    const signedIn = await signedInContext(t, demo.treasurer);
    await Promise.all(gifts.map((g) => receipts.issue(signedIn, { kind: 'gift', giftIds: [g.id] })));
    const year = new Date().getFullYear();
    const seqs = (await q<{ seq: number }>(`SELECT seq FROM tax_receipts WHERE year = $1 ORDER BY seq`, [year])).map(
      (r) => r.seq,
    );
    expect(seqs).toEqual(Array.from({ length: 501 }, (_, i) => i + 1));

    const [some] = await q<{ id: string; number: string }>(
      `SELECT id, number FROM tax_receipts WHERE seq = 250 AND year = $1`,
      [year],
    );
    const cancelled = await treasurer
      .post(`/api/donations/receipts/${some.id}/cancel`, { reason: 'Nom du donateur mal orthographié', reissue: true })
      .expect(200);
    expect(
      cancelled.body.receipts.map((r: { number: string; cancelledAt: string | null; replacesId: string | null }) => [
        r.number,
        r.cancelledAt !== null,
        r.replacesId,
      ]),
    ).toEqual([
      [some.number, true, null],
      [`${year}-000502`, false, some.id],
    ]);
    await treasurer.post(`/api/donations/receipts/${some.id}/cancel`, { reason: 'Encore' }).expect(409);
    const next = await treasurer
      .post('/api/donations/receipts', {
        kind: 'gift',
        giftIds: [(await q<{ id: string }>(`SELECT id FROM gifts WHERE helloasso_payment_id = 1001`))[0].id],
      })
      .expect(201);
    expect(next.body.receipts[0].number).toBe(`${year}-000503`);

    const declaration = (await treasurer.get(`/api/donations/receipts/declaration?year=${year}`).expect(200)).body;
    const [{ total }] = await q<{ total: string }>(
      `SELECT sum(amount_cents)::text AS total FROM tax_receipts WHERE year = $1 AND cancelled_at IS NULL`,
      [year],
    );
    expect(declaration).toEqual({
      year,
      count: 502,
      totalCents: Number(total),
      cancelledCount: 1,
      firstNumber: `${year}-000001`,
      lastNumber: `${year}-000503`,
    });
    const csv = (await treasurer.get(`/api/donations/receipts/declaration.csv?year=${year}`).expect(200)).text;
    expect(csv).toContain(
      `\ufeffAnnée;Reçus émis;Montant total (€);Reçus annulés;Premier numéro;Dernier numéro\r\n${year};502;`,
    );
    const audit = await q(
      `SELECT action FROM audit_log WHERE entity_type = 'TaxReceipt' AND entity_id = $1 ORDER BY id`,
      [some.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['issue', 'cancel']);
  });

  it('sums a year’s gifts of a donor in one receipt', async () => {
    const donor = (
      await treasurer
        .post('/api/donations/donors', {
          kind: 'organisation',
          organisationName: 'Mécène Solidaire',
          email: 'mecenat@example.org',
        })
        .expect(201)
    ).body;
    for (const day of ['2025-01-10', '2025-06-10'])
      await treasurer
        .post('/api/donations/gifts', {
          donorId: donor.id,
          amountCents: 25_000,
          receivedOn: day,
          paymentMethod: 'transfer',
        })
        .expect(201);
    const res = await treasurer
      .post('/api/donations/receipts', { kind: 'yearly', year: 2025, donorIds: [donor.id] })
      .expect(201);
    expect(res.body.receipts).toEqual([
      expect.objectContaining({ kind: 'yearly', amountCents: 50_000, giftsCount: 2 }),
    ]);
    const text = (
      await pdfText(
        (await binary(treasurer.get(`/api/donations/receipts/${res.body.receipts[0].id}/pdf`))).body as Buffer,
      )
    ).replace(/\s+/g, ' ');
    expect(text).toContain('cinq cents euros');
    expect(text).toContain('article 238 bis');
    expect(text).toContain('10/06/2025');
    await treasurer.post('/api/donations/receipts', { kind: 'yearly', year: 2025, donorIds: [donor.id] }).expect(400);
  });

  it('flags a monthly gift that stopped, on the donor and in the list filter', async () => {
    const monthly = order(
      501,
      'mensuel@example.org',
      [{ id: 5001, amount: 1000, date: minutesAgo(60 * 24 * 60), state: 'Authorized' }],
      { monthly: true },
    );
    const steady = order(
      502,
      'fidele@example.org',
      [{ id: 5002, amount: 1000, date: minutesAgo(60 * 24 * 5), state: 'Authorized' }],
      { monthly: true },
    );
    fixture.orders.push(monthly, steady);
    await treasurer.post(`/api/donations/campaigns/${campaignId}/helloasso-import`).expect(200);
    const lapsed = (await treasurer.get('/api/donations/donors?lapsed=true').expect(200)).body.items;
    const emails = lapsed.map((d: { email: string }) => d.email);
    expect(emails).toContain('mensuel@example.org');
    expect(emails).not.toContain('fidele@example.org');
    // The demo's Lucie Marchetti stopped three months ago too; her steady neighbour Karim Benali did not.
    expect(emails).toContain('lucie.marchetti@example.org');
    expect(emails).not.toContain('karim.benali@example.org');
    const steadyDonor = (await treasurer.get('/api/donations/donors?q=fidele').expect(200)).body.items[0];
    expect(steadyDonor.recurringLapsed).toBe(false);
    expect((await treasurer.get(`/api/donations/campaigns/${campaignId}`).expect(200)).body.lapsedDonorsCount).toBe(1);
  });

  it('shows a public campaign’s totals without login, and nothing about who gave', async () => {
    const page = (await t.http().get('/api/donations/public/campaigns/soutenir-nos-communs').expect(200)).body;
    expect(Object.keys(page).sort()).toEqual(
      ['description', 'donorsCount', 'endsOn', 'goalCents', 'name', 'raisedCents', 'startsOn'].sort(),
    );
    expect(page).toMatchObject({ name: 'Soutenir nos communs', goalCents: 1_000_000 });
    expect(page.raisedCents).toBeGreaterThan(0);
    expect(page.donorsCount).toBeGreaterThan(0);
    await treasurer.patch(`/api/donations/campaigns/${campaignId}`, { publicPage: false }).expect(200);
    await t.http().get('/api/donations/public/campaigns/soutenir-nos-communs').expect(404);
  });

  it('imports cheques and transfers through the import flow (the treasurer: gifts only), once', async () => {
    const file = [
      'Prénom;Nom;Organisation;E-mail;Montant;Date du don;Mode de paiement;Campagne;Référence',
      'Mathieu;Delorme;;mathieu.delorme@ctc.example.org;150,00 €;12/04/2026;Chèque;Soutenir nos communs;CHQ-77',
      ';;Biocoop Lyon;;1 200;2026-04-15;virement;;',
      'Jeanne;Sansmontant;;;;2026-04-15;chèque;;',
      'Paul;Inconnu;;;10;2026-04-15;chèque;Campagne fantôme;',
    ].join('\n');
    const run = async (content: string) => {
      const job = await treasurer.upload('/api/imports?kind=gifts', content, 'dons.csv').expect(201);
      const mapping = job.body.mapping;
      return treasurer.post(`/api/imports/${job.body.id}/commit`, { mapping });
    };
    const mathieuGifts = async () =>
      (
        await q<{ n: number }>(
          `SELECT count(*)::int AS n FROM gifts g JOIN donors d ON d.id = g.donor_id
           WHERE d.email = 'mathieu.delorme@ctc.example.org'`,
        )
      )[0].n;
    const before = await mathieuGifts();
    const refused = await run(file);
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.body.error.fields).sort()).toEqual(['rows.4.amount', 'rows.5.campaign']);
    const ok = file.split('\n').slice(0, 3).join('\n');
    expect((await run(ok)).body).toMatchObject({ committed: true, created: 2 });
    expect((await run(ok)).body).toMatchObject({ committed: true, created: 0, unchanged: 2 });
    expect(await mathieuGifts()).toBe(before + 1);
    const [biocoop] = await q(
      `SELECT kind, amount_cents, source FROM gifts g JOIN donors d ON d.id = g.donor_id WHERE d.organisation_name = 'Biocoop Lyon'`,
    );
    expect(biocoop).toEqual({ kind: 'organisation', amount_cents: '120000', source: 'import' });
    // Another kind is not the treasurer's to import.
    await treasurer.upload('/api/imports?kind=people', 'Prénom;Nom\nA;B', 'x.csv').expect(403);
  });

  it('counts the paid gifts linked to a strategy action among its resources, for the funder’s report', async () => {
    const [action] = await q<{ id: string }>(`SELECT id FROM strategy_actions ORDER BY id LIMIT 1`);
    await treasurer
      .post('/api/donations/gifts', {
        donor: { kind: 'person', lastName: 'Soutien' },
        strategyActionId: action.id,
        amountCents: 7_500,
        receivedOn: '2024-05-02',
        paymentMethod: 'cash',
      })
      .expect(201);
    // The funder's report reads them among the action's other resources (account 75), through the funding module.
    const resources = await t.app.get(ActionResourcesService).otherResources([action.id], null);
    expect(resources.filter((r) => r.source === 'donation')).toEqual([
      expect.objectContaining({ account: '75', public: false, plannedCents: 0, actualCents: 7_500 }),
    ]);
  });

  it('puts a year’s paid gifts by campaign on the funding dashboard, beside the grants (totals, no donor)', async () => {
    const gift = (extra: object) =>
      treasurer
        .post('/api/donations/gifts', {
          donor: { kind: 'person', lastName: 'Tableau' },
          amountCents: 4_000,
          receivedOn: '2023-03-10',
          paymentMethod: 'cheque',
          ...extra,
        })
        .expect(201);
    await gift({ campaignId });
    await gift({ campaignId, amountCents: 6_000 });
    await gift({});
    const dashboard = (await coord.get('/api/funding/dashboard?year=2023').expect(200)).body;
    expect(dashboard.otherResources).toEqual([
      { source: 'donation', label: 'Soutenir nos communs', count: 2, cents: 10_000 },
      { source: 'donation', label: null, count: 1, cents: 4_000 },
    ]);
    expect((await coord.get('/api/funding/dashboard?year=2022').expect(200)).body.otherResources).toEqual([]);
  });

  it('shows a campaign’s progress in the newsletter’s call for donations; an unknown campaign is refused', async () => {
    const comms = await t.as(demo.comms);
    const { donorsCount } = (await comms.get(`/api/donations/campaigns/${campaignId}`).expect(200)).body;
    const block = {
      type: 'donation',
      title: 'Soutenez le réseau',
      text: 'Chaque don compte.',
      buttonLabel: 'Faire un don',
      buttonUrl: 'https://maillage.example.org/don/soutenir-nos-communs',
    };
    const preview = await comms
      .post('/api/newsletters/preview', { title: 'Appel', blocks: [{ ...block, campaignId }] })
      .expect(200);
    expect(preview.body.text).toMatch(/collectés sur 10\s000,00\s€ — Donateurs et donatrices\s: (\d+)/u);
    expect(preview.body.text).toContain(`: ${donorsCount}`);
    expect(preview.body.html).toContain('/don/soutenir-nos-communs');
    // Without a campaign the block is as before: no progress.
    const plain = await comms.post('/api/newsletters/preview', { title: 'Appel', blocks: [block] }).expect(200);
    expect(plain.body.text).not.toContain('collectés');

    const unknown = await comms
      .post('/api/newsletters/issues', {
        title: 'Appel',
        blocks: [{ ...block, campaignId: '00000000-0000-4000-8000-000000000000' }],
      })
      .expect(400);
    expect(unknown.body.error.fields).toEqual({ 'blocks.0.campaignId': ['Campagne de dons inconnue'] });
    const invalid = await comms
      .post('/api/newsletters/issues', { title: 'Appel', blocks: [{ ...block, campaignId: 'pas-un-id' }] })
      .expect(400);
    expect(Object.keys(invalid.body.error.fields)).toEqual(['blocks.0.campaignId']);
  });
});

/** A signed-in context for calling a service directly (the concurrency test skips HTTP's rate limits and pool). */
async function signedInContext(t: TestApp, email: string) {
  const [account] = await t.db.query<{ id: string; person_id: string }[]>(
    `SELECT id, person_id FROM accounts WHERE email = $1`,
    [email],
  );
  const user = {
    id: account.id,
    personId: account.person_id,
    roles: ['treasurer'],
    organisationIds: [],
    groupIds: [],
    welcomeGroupIds: [],
    memberGroupIds: [],
    firstName: 'Marc',
    lastName: 'Aubert',
  };
  return { user, ability: defineAbilityFor(user as never), ip: null, locale: 'fr', session: {} } as never;
}
