import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type QueryRunner } from 'typeorm';
import { exec, many, one, sql } from '../database/sql';
import { col } from '../database/sql-columns';

/** Namespace of the advisory locks held while a scheduled job runs (second key: hashtext of the job's name). */
export const JOB_LOCK_NAMESPACE = 727_200;
const MINUTE = 60_000;
/** Runs older than this are forgotten: the table only answers "when did it last work" and feeds the metrics. */
const KEEP_RUNS_DAYS = 30;

export type JobOutcome =
  { ran: false } | { ran: true; ok: true; detail: unknown } | { ran: true; ok: false; error: string };

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
  async run(
    job: string,
    fn: () => Promise<unknown>,
    slot: Date = new Date(Math.round(Date.now() / MINUTE) * MINUTE),
  ): Promise<JobOutcome> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      const { locked } = await one(
        runner,
        sql`SELECT pg_try_advisory_lock(${JOB_LOCK_NAMESPACE}, hashtext(${job})) AS locked`,
        { locked: col.bool },
      );
      if (!locked) return { ran: false };
      try {
        // Under the lock nobody else runs this job: a `running` row is one whose process died.
        const claimed = await exec(
          runner,
          sql`INSERT INTO scheduled_job_runs (job, slot, status) VALUES (${job}, ${slot}, 'running')
           ON CONFLICT (job, slot) DO UPDATE SET status = 'running', started_at = now()
           WHERE scheduled_job_runs.status = 'running'`,
        );
        if (claimed === 0) return { ran: false };
        return await this.execute(runner, job, slot, fn);
      } finally {
        await exec(runner, sql`SELECT pg_advisory_unlock(${JOB_LOCK_NAMESPACE}, hashtext(${job}))`);
      }
    } finally {
      await runner.release();
    }
  }

  private async execute(runner: QueryRunner, job: string, slot: Date, fn: () => Promise<unknown>): Promise<JobOutcome> {
    try {
      const detail = (await fn()) ?? null;
      await exec(
        runner,
        sql`UPDATE scheduled_job_runs SET status = 'succeeded', finished_at = now(), detail = ${JSON.stringify(detail)}
            WHERE job = ${job} AND slot = ${slot}`,
      );
      await exec(
        runner,
        sql`DELETE FROM scheduled_job_runs WHERE job = ${job} AND slot < now() - make_interval(days => ${KEEP_RUNS_DAYS})`,
      );
      return { ran: true, ok: true, detail };
    } catch (e) {
      const error = (e as Error).message;
      this.logger.error(`${job} failed: ${error}`);
      await exec(
        runner,
        sql`UPDATE scheduled_job_runs SET status = 'failed', finished_at = now(), error = ${error.slice(0, 2000)}
            WHERE job = ${job} AND slot = ${slot}`,
      );
      return { ran: true, ok: false, error };
    }
  }

  /** The last successful and the last failed run of a job, for the admin's page. */
  async lastRuns(job: string): Promise<{ lastSuccess: JobRun | null; lastFailure: JobRun | null }> {
    const rows = await many(
      this.db,
      sql`SELECT DISTINCT ON (status) status, slot, started_at AS "startedAt", finished_at AS "finishedAt", error, detail
       FROM scheduled_job_runs WHERE job = ${job} AND status IN ('succeeded', 'failed') ORDER BY status, finished_at DESC`,
      {
        status: col.text,
        slot: col.timestamp,
        startedAt: col.timestamp,
        finishedAt: col.timestamp,
        error: col.text.nullable,
        detail: col.json<unknown>().nullable,
      },
    );
    const pick = (status: string): JobRun | null => {
      const row = rows.find((r) => r.status === status);
      return row
        ? { slot: row.slot, startedAt: row.startedAt, finishedAt: row.finishedAt, error: row.error, detail: row.detail }
        : null;
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
