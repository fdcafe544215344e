import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a grant's application promises (objectives, expected results, deliverables, indicators) and the activity
 * reports the coordinator edits, one per grant and period.
 */
export class GrantContentActivityReport1795910000000 implements MigrationInterface {
  name = 'GrantContentActivityReport1795910000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "grants" ADD "objectives" text`);
    await queryRunner.query(`ALTER TABLE "grants" ADD "expected_results" text`);
    await queryRunner.query(
      `CREATE TABLE "grant_deliverables" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "grant_id" uuid NOT NULL,
        "title" character varying(200) NOT NULL,
        "due_on" date NOT NULL,
        "status" character varying(20) NOT NULL DEFAULT 'planned',
        CONSTRAINT "PK_grant_deliverables" PRIMARY KEY ("id"),
        CONSTRAINT "FK_e4f5537c14888456412897f6d03" FOREIGN KEY ("grant_id") REFERENCES "grants"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "grant_deliverables_grant_idx" ON "grant_deliverables" ("grant_id", "due_on")`,
    );
    await queryRunner.query(
      `CREATE TABLE "grant_indicators" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "grant_id" uuid NOT NULL,
        "label" character varying(200) NOT NULL,
        "target" numeric(14,2) NOT NULL,
        "measured" numeric(14,2),
        "unit" character varying(40) NOT NULL,
        CONSTRAINT "grant_indicators_not_negative" CHECK ("target" >= 0 AND ("measured" IS NULL OR "measured" >= 0)),
        CONSTRAINT "PK_grant_indicators" PRIMARY KEY ("id"),
        CONSTRAINT "FK_ae0fe193c88d32c1b90ac99007e" FOREIGN KEY ("grant_id") REFERENCES "grants"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(`CREATE INDEX "grant_indicators_grant_idx" ON "grant_indicators" ("grant_id")`);
    await queryRunner.query(
      `CREATE TABLE "grant_activity_reports" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "grant_id" uuid NOT NULL,
        "period_from" date NOT NULL,
        "period_to" date NOT NULL,
        "sections" jsonb NOT NULL,
        CONSTRAINT "grant_activity_reports_period_ordered" CHECK ("period_to" >= "period_from"),
        CONSTRAINT "PK_grant_activity_reports" PRIMARY KEY ("id"),
        CONSTRAINT "FK_f2b4f3c04ab99652391ed5595f9" FOREIGN KEY ("grant_id") REFERENCES "grants"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "grant_activity_reports_period_unique" ON "grant_activity_reports" ("grant_id", "period_from", "period_to")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "grant_activity_reports"`);
    await queryRunner.query(`DROP TABLE "grant_indicators"`);
    await queryRunner.query(`DROP TABLE "grant_deliverables"`);
    await queryRunner.query(`ALTER TABLE "grants" DROP COLUMN "expected_results"`);
    await queryRunner.query(`ALTER TABLE "grants" DROP COLUMN "objectives"`);
  }
}
