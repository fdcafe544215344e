import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type QueryRunner } from 'typeorm';

/** Namespace of the advisory locks held while a scheduled job runs (second key: hashtext of the job's name). */
export const JOB_LOCK_NAMESPACE = 727_200;
const MINUTE = 60_000;
/** Runs older than this are forgotten: the table only answers "when did it last work" and feeds the metrics. */
const KEEP_RUNS_DAYS = 30;

export type JobOutcome = { ran: false } | { ran: true; ok: true; detail: unknown } | { ran: true; ok: false; error: string };

/**
 * Runs a scheduled job once across every process that shares the database. Each process's scheduler fires at the same
 * wall-clock time; the first to take the job's advisory lock claims the time slot in scheduled_job_runs, the others
 * find the lock taken or the slot claimed and do nothing. A process that dies mid-run frees its lock with its
 * connection, and its slot (left `running`) is taken over by the next process that fires for it.
 */
@Injectable()
export class JobRunner {
  private readonly logger = new Logger('Jobs');

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * `slot` names the occurrence: by default the scheduled minute (the current time rounded to the nearest minute, so
   * that clocks a few seconds apart agree).
   */
  async run(job: string, fn: () => Promise<unknown>, slot: Date = new Date(Math.round(Date.now() / MINUTE) * MINUTE)): Promise<JobOutcome> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }]: { locked: boolean }[] = await runner.query('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [JOB_LOCK_NAMESPACE, job]);
      if (!locked) return { ran: false };
      try {
        // Under the lock nobody else runs this job: a `running` row is one whose process died.
        const claimed = await runner.query(
          `INSERT INTO scheduled_job_runs (job, slot, status) VALUES ($1, $2, 'running')
           ON CONFLICT (job, slot) DO UPDATE SET status = 'running', started_at = now() WHERE scheduled_job_runs.status = 'running'
           RETURNING job`,
          [job, slot],
        );
        if (claimed.length === 0) return { ran: false };
        return await this.execute(runner, job, slot, fn);
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1, hashtext($2))', [JOB_LOCK_NAMESPACE, job]);
      }
    } finally {
      await runner.release();
    }
  }

  private async execute(runner: QueryRunner, job: string, slot: Date, fn: () => Promise<unknown>): Promise<JobOutcome> {
    try {
      const detail = (await fn()) ?? null;
      await runner.query(`UPDATE scheduled_job_runs SET status = 'succeeded', finished_at = now(), detail = $3 WHERE job = $1 AND slot = $2`, [job, slot, JSON.stringify(detail)]);
      await runner.query(`DELETE FROM scheduled_job_runs WHERE job = $1 AND slot < now() - make_interval(days => $2)`, [job, KEEP_RUNS_DAYS]);
      return { ran: true, ok: true, detail };
    } catch (e) {
      const error = (e as Error).message;
      this.logger.error(`${job} failed: ${error}`);
      await runner.query(`UPDATE scheduled_job_runs SET status = 'failed', finished_at = now(), error = $3 WHERE job = $1 AND slot = $2`, [job, slot, error.slice(0, 2000)]);
      return { ran: true, ok: false, error };
    }
  }

  /** The last successful and the last failed run of a job, for the admin's page. */
  async lastRuns(job: string): Promise<{ lastSuccess: JobRun | null; lastFailure: JobRun | null }> {
    const rows: (JobRun & { status: string })[] = await this.db.query(
      `SELECT DISTINCT ON (status) status, slot, started_at AS "startedAt", finished_at AS "finishedAt", error, detail
       FROM scheduled_job_runs WHERE job = $1 AND status IN ('succeeded', 'failed') ORDER BY status, finished_at DESC`,
      [job],
    );
    const pick = (status: string): JobRun | null => {
      const row = rows.find((r) => r.status === status);
      return row ? { slot: row.slot, startedAt: row.startedAt, finishedAt: row.finishedAt, error: row.error, detail: row.detail } : null;
    };
    return { lastSuccess: pick('succeeded'), lastFailure: pick('failed') };
  }
}

export interface JobRun {
  slot: Date;
  startedAt: Date;
  finishedAt: Date;
  error: string | null;
  detail: unknown;
}
