import { DataSource } from 'typeorm';
import { HousekeepingService } from '../../src/auth/housekeeping.service';
import { dataSourceOptions } from '../../src/database/data-source';
import { JOB_LOCK_NAMESPACE, JobRunner } from '../../src/jobs/job-runner.service';
import { startTestApp, type TestApp } from '../support/app';

/**
 * Two job runners on two connection pools stand for two processes: what one runs, the other must not, whichever
 * comes first, whether they fire together or one after the other.
 */
describe('scheduled jobs, once across processes', () => {
  let t: TestApp;
  let other: DataSource;
  let a: JobRunner;
  let b: JobRunner;
  const runs = (job: string) =>
    t.db.query('SELECT status, error FROM scheduled_job_runs WHERE job = $1 ORDER BY slot', [job]);
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  beforeAll(async () => {
    t = await startTestApp();
    other = await new DataSource(dataSourceOptions(t.config.DATABASE_URL!, 2)).initialize();
    a = new JobRunner(t.db);
    b = new JobRunner(other);
  });
  afterAll(async () => {
    await other.destroy();
    await t.close();
  });

  it('runs a job fired by two processes at the same time once, and once only for its slot', async () => {
    const slot = new Date('2031-01-01T08:00:00Z');
    let calls = 0;
    const job = async () => {
      calls++;
      await sleep(300);
      return { calls };
    };
    const outcomes = await Promise.all([a.run('test-job', job, slot), b.run('test-job', job, slot)]);
    expect(calls).toBe(1);
    expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
    // The slower process comes after the first has finished: the slot is taken.
    expect(await b.run('test-job', job, slot)).toEqual({ ran: false });
    expect(calls).toBe(1);
    // The next occurrence runs again.
    expect(await b.run('test-job', job, new Date('2031-01-01T09:00:00Z'))).toMatchObject({ ran: true, ok: true });
    expect(await runs('test-job')).toEqual([
      { status: 'succeeded', error: null },
      { status: 'succeeded', error: null },
    ]);
  });

  it('takes over the slot of a process that died while running it, and records a failure with its reason', async () => {
    const slot = new Date('2031-02-01T08:00:00Z');
    await t.db.query(`INSERT INTO scheduled_job_runs (job, slot, status) VALUES ('crashy', $1, 'running')`, [slot]);
    expect(await a.run('crashy', () => Promise.resolve('done'), slot)).toMatchObject({ ran: true, ok: true });
    const failed = await a.run('failing', () => Promise.reject(new Error('SMTP down')));
    expect(failed).toEqual({ ran: true, ok: false, error: 'SMTP down' });
    expect(await runs('failing')).toEqual([{ status: 'failed', error: 'SMTP down' }]);
    const last = await a.lastRuns('failing');
    expect([last.lastSuccess, last.lastFailure?.error]).toEqual([null, 'SMTP down']);
  });

  it('leaves a job alone while another process holds it', async () => {
    const holder = other.createQueryRunner();
    await holder.connect();
    await holder.query('SELECT pg_advisory_lock($1, hashtext($2))', [JOB_LOCK_NAMESPACE, 'busy']);
    try {
      expect(await a.run('busy', () => Promise.resolve('ran'))).toEqual({ ran: false });
    } finally {
      await holder.query('SELECT pg_advisory_unlock($1, hashtext($2))', [JOB_LOCK_NAMESPACE, 'busy']);
      await holder.release();
    }
    expect(await a.run('busy', () => Promise.resolve('ran'))).toMatchObject({ ran: true, ok: true });
  });

  it("drives the app's own timers: the hourly housekeeping runs once however many processes fire it", async () => {
    const housekeeping = t.app.get(HousekeepingService);
    await Promise.all([housekeeping.purge(), housekeeping.purge(), housekeeping.purge()]);
    expect(await runs('housekeeping')).toEqual([{ status: 'succeeded', error: null }]);
  });
});
