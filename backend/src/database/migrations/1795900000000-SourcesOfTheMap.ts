import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The map's sources (modules/sources): each source, its dated onboarding steps and the readings of its feed. Names
 * are unique whatever their case (an expression index, declared on the entity with synchronize: false).
 */
export class SourcesOfTheMap1795900000000 implements MigrationInterface {
  name = 'SourcesOfTheMap1795900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sources" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "organisation_id" uuid, "partner_name" character varying(200), "data_kind" character varying(10) NOT NULL, "licence" character varying(120), "feed_kind" character varying(20) NOT NULL, "feed_url" character varying(500), "group_id" uuid, "referent_person_id" uuid, "contacts" text, "step" character varying(30) NOT NULL, "next_step_owner_id" uuid, "next_step_due_on" date, "next_step_reminded_at" TIMESTAMP WITH TIME ZONE, "health" character varying(10) NOT NULL DEFAULT 'unknown', "last_checked_at" TIMESTAMP WITH TIME ZONE, "failing_since" TIMESTAMP WITH TIME ZONE, "last_change_at" TIMESTAMP WITH TIME ZONE, "alert_sent_at" TIMESTAMP WITH TIME ZONE, "feed_etag" character varying(300), "feed_last_modified" character varying(100), "record_keys" text array, CONSTRAINT "PK_85523beafe5a2a6b90b02096443" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "sources_group_idx" ON "sources"  ("group_id") `);
    await queryRunner.query(`CREATE INDEX "sources_organisation_idx" ON "sources"  ("organisation_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "sources_name_lower_unique" ON "sources" (lower("name"))`);
    await queryRunner.query(
      `CREATE TABLE "source_feed_checks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source_id" uuid NOT NULL, "checked_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ok" boolean NOT NULL, "http_status" integer, "failure" character varying(30), "not_modified" boolean NOT NULL DEFAULT false, "records" integer, "added" integer, "removed" integer, "incomplete" integer, "newest_change_at" TIMESTAMP WITH TIME ZONE, "duration_ms" integer NOT NULL, CONSTRAINT "PK_1b1fbda6e88565c83c86b05f872" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "source_feed_checks_source_idx" ON "source_feed_checks"  ("source_id", "checked_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "source_steps" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source_id" uuid NOT NULL, "step" character varying(30) NOT NULL, "reached_on" date NOT NULL, "note" character varying(500), "by_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_59b940e1a7a6deeca80dc8f24f1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "source_steps_source_idx" ON "source_steps"  ("source_id", "reached_on") `);
    await queryRunner.query(
      `ALTER TABLE "sources" ADD CONSTRAINT "FK_127dec9a020a653f3f6bd4ef93f" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sources" ADD CONSTRAINT "FK_e8ccea03cb5d7dec406d4de9327" FOREIGN KEY ("group_id") REFERENCES "working_groups"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sources" ADD CONSTRAINT "FK_55f73751f4b5a16d941c083d8a7" FOREIGN KEY ("referent_person_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sources" ADD CONSTRAINT "FK_217229d8f75ade6d6246683f4cc" FOREIGN KEY ("next_step_owner_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "source_feed_checks" ADD CONSTRAINT "FK_25edcda9500d8374bea46b32515" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "source_steps" ADD CONSTRAINT "FK_343fea1e772b2fd097bc35b0e86" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "source_steps"`);
    await queryRunner.query(`DROP TABLE "source_feed_checks"`);
    await queryRunner.query(`DROP TABLE "sources"`);
  }
}
