import { performance } from 'node:perf_hooks';
import { demo, startTestApp, type TestApp } from '../support/app';

/**
 * The public forms answer in the same time whether the address has an account (or a subscription) or not. Times on
 * this shared two-core machine are noisy, so the two cases are measured alternately, many times, after a warm-up, and
 * their medians compared: alike when one is at most 1.5 times the other, or when they differ by under 2 ms (below
 * that the ratio of two small numbers is mostly noise). Between two samples the outbox is drained and the rate-limit
 * hits cleared, outside the timed part, so neither case pays for the other's background work.
 */
describe('answers that do not tell by their time whether an account exists', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
  };

  async function compare(samples: number, known: () => Promise<unknown>, unknown: () => Promise<unknown>) {
    const times = { known: [] as number[], unknown: [] as number[] };
    for (let i = -3; i < samples; i++) {
      for (const [name, call] of [
        ['known', known],
        ['unknown', unknown],
      ] as const) {
        await t.db.query('DELETE FROM rate_limit_hits');
        await t.drain();
        const start = performance.now();
        await call();
        if (i >= 0) times[name].push(performance.now() - start);
      }
    }
    const result = { known: median(times.known), unknown: median(times.unknown) };
    // The figures, for whoever reads the run (and the security notes).
    console.log(
      `${expect.getState().currentTestName}: median ${result.known.toFixed(1)} ms with an account, ${result.unknown.toFixed(1)} ms without`,
    );
    return result;
  }

  const alike = ({ known, unknown }: { known: number; unknown: number }) =>
    Math.abs(known - unknown) < 2 || Math.max(known, unknown) / Math.min(known, unknown) <= 1.5;

  it('password reset', async () => {
    const m = await compare(
      30,
      () => t.http().post('/api/auth/password-reset').send({ email: demo.comms }).expect(202),
      () => t.http().post('/api/auth/password-reset').send({ email: 'personne@maillage.test' }).expect(202),
    );
    expect(alike(m)).toBe(true);
    // And the mail does go, after the answer.
    await t.mail.waitFor((mail) => t.mail.to(demo.comms).includes(mail));
  });

  it('sign-in with a wrong password', async () => {
    const m = await compare(
      12,
      () =>
        t.http().post('/api/auth/login').send({ email: demo.comms, password: 'pas le bon mot de passe' }).expect(401),
      () =>
        t
          .http()
          .post('/api/auth/login')
          .send({ email: 'personne@maillage.test', password: 'pas le bon mot de passe' })
          .expect(401),
    );
    expect(alike(m)).toBe(true);
  });

  it('newsletter subscription of an address already confirmed and of a new one', async () => {
    const form = (await t.http().get('/api/newsletters/public/form').expect(200)).body;
    const [{ email, listId }] = await t.db.query(
      `SELECT s.email, l.id AS "listId" FROM newsletter_subscribers s
       JOIN newsletter_subscriptions sub ON sub.subscriber_id = s.id AND sub.status = 'confirmed'
       JOIN newsletter_lists l ON l.id = sub.list_id AND l.is_public AND l.archived_at IS NULL LIMIT 1`,
    );
    let n = 0;
    const subscribe = (address: string) =>
      t
        .http()
        .post('/api/newsletters/public/subscribe')
        .send({
          email: address,
          locale: 'fr',
          listIds: [listId],
          consentTextVersion: form.consentTextVersion,
          sourcePage: '/newsletter/subscribe',
        })
        .expect(202);
    const m = await compare(
      30,
      () => subscribe(email),
      () => subscribe(`nouvelle-${n++}@example.org`),
    );
    expect(alike(m)).toBe(true);
  });
});
