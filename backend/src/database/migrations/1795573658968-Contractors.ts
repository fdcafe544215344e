import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contractors' missions and time entries. missions.grant_id and missions.budget_line_id point at the funding module
 * (built alongside): no foreign keys yet, added at the merge.
 */
export class Contractors1795573658968 implements MigrationInterface {
  name = 'Contractors1795573658968';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "missions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "contractor_person_id" uuid NOT NULL, "company" character varying(200), "title" character varying(200) NOT NULL, "job_description" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "days_per_month" numeric(5,2) NOT NULL, "daily_rate_cents" integer NOT NULL, "hours_per_day" numeric(4,2) NOT NULL DEFAULT '7', "grant_id" uuid, "budget_line_id" uuid, CONSTRAINT "missions_period_check" CHECK ("ends_on" >= "starts_on"), CONSTRAINT "PK_787aebb1ac5923c9904043c6309" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "missions_budget_line_idx" ON "missions"  ("budget_line_id") `);
    await queryRunner.query(`CREATE INDEX "missions_contractor_idx" ON "missions"  ("contractor_person_id") `);
    await queryRunner.query(
      `CREATE TABLE "time_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "mission_id" uuid NOT NULL, "person_id" uuid NOT NULL, "worked_on" date NOT NULL, "unit" character varying(4) NOT NULL, "quantity" numeric(5,2) NOT NULL, "description" text NOT NULL, CONSTRAINT "time_entries_quantity_check" CHECK ("quantity" > 0), CONSTRAINT "PK_b8bc5f10269ba2fe88708904aa0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "time_entries_person_idx" ON "time_entries"  ("person_id") `);
    await queryRunner.query(
      `CREATE INDEX "time_entries_mission_day_idx" ON "time_entries"  ("mission_id", "worked_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "missions" ADD CONSTRAINT "FK_24fd58b750bb60182b28a2612d5" FOREIGN KEY ("contractor_person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "time_entries" ADD CONSTRAINT "FK_b78812133105eec567c9aef992d" FOREIGN KEY ("mission_id") REFERENCES "missions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "time_entries" ADD CONSTRAINT "FK_786f265790b3b453c70ce729eef" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "time_entries" DROP CONSTRAINT "FK_786f265790b3b453c70ce729eef"`);
    await queryRunner.query(`ALTER TABLE "time_entries" DROP CONSTRAINT "FK_b78812133105eec567c9aef992d"`);
    await queryRunner.query(`ALTER TABLE "missions" DROP CONSTRAINT "FK_24fd58b750bb60182b28a2612d5"`);
    await queryRunner.query(`DROP INDEX "public"."time_entries_mission_day_idx"`);
    await queryRunner.query(`DROP INDEX "public"."time_entries_person_idx"`);
    await queryRunner.query(`DROP TABLE "time_entries"`);
    await queryRunner.query(`DROP INDEX "public"."missions_contractor_idx"`);
    await queryRunner.query(`DROP INDEX "public"."missions_budget_line_idx"`);
    await queryRunner.query(`DROP TABLE "missions"`);
  }
}
