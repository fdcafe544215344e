import { demo, startTestApp, type TestApp } from '../support/app';

/** What the API answers to requests no form would send: headers on every answer, body limits, empty changes. */
describe('HTTP hardening', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('puts the security headers on every answer (JSON, error, 404, CSV), and no HSTS over http', async () => {
    const coord = await t.as(demo.coordinator);
    const answers = [
      await t.http().get('/api/health').expect(200),
      await t.http().get('/api/auth/me').expect(401),
      await t.http().get('/api/nothing-here').expect(404),
      await coord.get('/api/organisations/export').expect(200),
    ];
    for (const res of answers) {
      expect(res.headers).toMatchObject({
        'content-security-policy': expect.stringContaining("default-src 'none'"),
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store',
      });
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('refuses a body over the limit with a 413 in the error shape, and lets an upload route take more', async () => {
    const coord = await t.as(demo.coordinator);
    const big = { name: 'x'.repeat(2 * 1024 * 1024), kind: 'collective', membershipStatus: 'candidate' };
    const res = await coord.post('/api/organisations', big).expect(413);
    expect(res.body).toEqual({
      error: { code: 'payload_too_large', kind: 'payload_too_large', message: expect.any(String) },
    });
    // 2 MB is within the evidence upload's own limit: refused for what it lacks, not for its size.
    const upload = await coord.put('/api/contributions/00000000-0000-4000-8000-000000000000/evidence', {
      data: 'A'.repeat(2 * 1024 * 1024),
    });
    expect(upload.status).toBe(400);
    expect(Object.keys(upload.body.error.fields).sort()).toEqual(['contentType', 'fileName']);
  });

  it('refuses a PATCH that changes nothing: {}, null, a list, no body', async () => {
    const coord = await t.as(demo.coordinator);
    const [org] = await t.db.query(`SELECT id FROM organisations LIMIT 1`);
    const url = `/api/organisations/${org.id}`;
    const raw = () => t.http().patch(url).set('Cookie', coord.cookie).set('x-csrf-token', coord.csrf);
    for (const body of ['{}', 'null', '[]']) {
      const res = await raw().set('content-type', 'application/json').send(body).expect(400);
      expect(res.body.error.kind).toBe('validation');
    }
    await raw().expect(400);
    // Anonymous callers learn nothing more than before: the guard answers first.
    await t.http().patch(url).send({}).expect(401);
    await coord.patch(url, { territory: 'Drôme' }).expect(200);
  });
});

describe('implausible values', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const fieldsOf = (res: { body: { error: { kind: string; fields?: Record<string, string[]> } } }) => {
    expect(res.body.error.kind).toBe('validation');
    return Object.keys(res.body.error.fields ?? {});
  };

  it('refuses what a treasurer would not believe, naming the field', async () => {
    const coord = await t.as(demo.coordinator);
    const [org] = await t.db.query(`SELECT id FROM organisations WHERE name ILIKE '%colibris%'`);
    const today = new Date().toISOString().slice(0, 10);
    const contribution = {
      organisationId: org.id,
      type: 'working_time',
      unit: 'hour',
      startsOn: today,
      quantity: 3,
      description: 'Atelier',
    };
    expect(
      fieldsOf(await coord.post('/api/contributions', { ...contribution, amountCents: 10 ** 15 }).expect(400)),
    ).toEqual(['amountCents']);
    expect(
      fieldsOf(await coord.post('/api/contributions', { ...contribution, startsOn: '0001-01-01' }).expect(400)),
    ).toEqual(['startsOn']);
    expect(
      fieldsOf(await coord.post('/api/contributions', { ...contribution, startsOn: '2099-01-01' }).expect(400)),
    ).toEqual(['startsOn']);
    expect(fieldsOf(await coord.post('/api/contributions', { ...contribution, quantity: 0 }).expect(400))).toEqual([
      'quantity',
    ]);
    await coord.post('/api/contributions', { ...contribution, amountCents: 150_000 }).expect(201);

    const rate = { type: 'hosting_tools', unit: 'month', validFrom: today, label: 'Gratuit ?' };
    expect(fieldsOf(await coord.post('/api/contribution-rates', { ...rate, rateCents: 0 }).expect(400))).toEqual([
      'rateCents',
    ]);

    const [grant] = await t.db.query(`SELECT id FROM grants LIMIT 1`);
    const split = {
      rule: 'fixed',
      totalCents: 2 ** 53 - 1,
      sources: [{ grantId: grant.id, amountCents: 2 ** 53 - 1 }],
      participants: [{ organisationId: org.id, shareBp: 10_000 }],
    };
    expect(fieldsOf(await coord.post('/api/splits/simulate', split).expect(400))).toEqual(
      expect.arrayContaining(['totalCents']),
    );
  });
});

describe('HTTP hardening over https', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ APP_URL: 'https://maillage.example.org' })));
  afterAll(() => t.close());

  it('sends HSTS when APP_URL is https', async () => {
    const res = await t.http().get('/api/health').expect(200);
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});
