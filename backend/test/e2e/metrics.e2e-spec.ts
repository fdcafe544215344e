import { demo, startTestApp, type TestApp } from '../support/app';

const TOKEN = 'a-long-enough-metrics-token';

/** Reads one sample of the Prometheus text: `name{labels} value`. */
function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line === undefined ? undefined : Number(line.split(' ').pop());
}

describe('metrics and health', () => {
  let t: TestApp;
  let guarded: TestApp;

  beforeAll(async () => {
    [t, guarded] = await Promise.all([startTestApp(), startTestApp({ METRICS_TOKEN: TOKEN })]);
  });
  afterAll(() => Promise.all([t.close(), guarded.close()]));

  it('answers Prometheus with request latency by route, the pool, the send queue, jobs and the last backup', async () => {
    const coordinator = await t.as(demo.coordinator);
    await coordinator.get('/api/organisations').expect(200);
    await t.http().get('/api/no-such-route').expect(404);
    await t.db.query(
      `INSERT INTO scheduled_job_runs (job, slot, status, started_at, finished_at, detail) VALUES
         ('backup', '2031-01-01T02:30:00Z', 'succeeded', '2031-01-01T02:30:00Z', '2031-01-01T02:30:02Z', '{"bytes": 123456}'),
         ('funding-reminders', '2031-01-01T08:17:00Z', 'failed', '2031-01-01T08:17:00Z', '2031-01-01T08:17:01Z', NULL)`,
    );
    const res = await t.http().get('/api/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const text = res.text;
    expect(
      sample(
        text,
        'maillage_http_request_duration_seconds_count',
        'method="GET",route="/api/organisations",status="200"',
      ),
    ).toBe(1);
    expect(
      sample(text, 'maillage_http_request_duration_seconds_count', 'method="GET",route="unmatched",status="404"'),
    ).toBe(1);
    expect(sample(text, 'maillage_db_pool_max')).toBe(t.config.DATABASE_POOL_SIZE);
    expect(sample(text, 'maillage_db_pool_connections', 'state="total"')).toBeGreaterThan(0);
    expect(sample(text, 'maillage_database_up')).toBe(1);
    expect(sample(text, 'maillage_newsletter_queue_depth', 'status="queued"')).toBe(0);
    expect(sample(text, 'maillage_newsletter_deliveries', 'status="sent"')).toBeGreaterThan(0);
    expect(sample(text, 'maillage_backup_last_success_timestamp_seconds')).toBe(
      Date.parse('2031-01-01T02:30:02Z') / 1000,
    );
    expect(sample(text, 'maillage_backup_last_size_bytes')).toBe(123456);
    expect(sample(text, 'maillage_job_last_run_failed', 'job="funding-reminders"')).toBe(1);
    expect(sample(text, 'maillage_job_failures', 'job="funding-reminders"')).toBe(1);
    expect(sample(text, 'maillage_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('counts the send queue of an issue being sent', async () => {
    const [issue] = await t.db.query(`SELECT id FROM newsletter_issues WHERE status = 'sent' LIMIT 1`);
    await t.db.query(`UPDATE newsletter_issues SET status = 'sending' WHERE id = $1`, [issue.id]);
    await t.db.query(
      `UPDATE newsletter_deliveries SET status = 'queued' WHERE id IN (SELECT id FROM newsletter_deliveries WHERE issue_id = $1 LIMIT 3)`,
      [issue.id],
    );
    const text = (await t.http().get('/api/metrics').expect(200)).text;
    expect(sample(text, 'maillage_newsletter_queue_depth', 'status="queued"')).toBe(3);
  });

  it('refuses a caller that came through a proxy, and without a token or with a wrong one when METRICS_TOKEN is set', async () => {
    await t.http().get('/api/metrics').set('X-Forwarded-For', '203.0.113.7').expect(403);
    await guarded.http().get('/api/metrics').expect(401);
    await guarded.http().get('/api/metrics').set('Authorization', `Bearer ${TOKEN}x`).expect(401);
    await guarded
      .http()
      .get('/api/metrics')
      .set('Authorization', `Bearer ${TOKEN}`)
      .set('X-Forwarded-For', '203.0.113.7')
      .expect(200);
    // A signed-in session is no substitute for the token.
    await (await guarded.as(demo.admin)).get('/api/metrics').expect(401);
  });

  it('tells a load balancer the process lives, and whether it is ready (its database answers)', async () => {
    await t.http().get('/api/health/live').expect(200, { status: 'ok' });
    await t.http().get('/api/health/ready').expect(200, { status: 'ok', database: 'up' });
    // Every statement TypeORM runs is logged first: the readiness probe's fails there, as if the server were gone.
    const query = jest.spyOn(t.db.logger, 'logQuery').mockImplementation((sql) => {
      if (sql === 'SELECT 1') throw new Error('connection refused');
    });
    await t.http().get('/api/health/ready').expect(503, { status: 'error', database: 'down' });
    query.mockRestore();
    await t.http().get('/api/health/live').expect(200);
  });
});
