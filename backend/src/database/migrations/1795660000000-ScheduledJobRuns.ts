import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per occurrence of a scheduled job (jobs/job-runner.service.ts): the (job, slot) key is what makes several
 * processes run it once; the outcome shows on the admin's page (backups) and in the metrics.
 */
export class ScheduledJobRuns1795660000000 implements MigrationInterface {
  name = 'ScheduledJobRuns1795660000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "scheduled_job_runs" (
      "job" character varying(64) NOT NULL,
      "slot" TIMESTAMP WITH TIME ZONE NOT NULL,
      "status" character varying(16) NOT NULL CHECK ("status" IN ('running', 'succeeded', 'failed')),
      "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "finished_at" TIMESTAMP WITH TIME ZONE,
      "error" text,
      "detail" jsonb,
      CONSTRAINT "PK_scheduled_job_runs" PRIMARY KEY ("job", "slot"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "scheduled_job_runs"');
  }
}
