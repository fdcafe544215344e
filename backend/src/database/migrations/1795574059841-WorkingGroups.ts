import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkingGroups1795574059841 implements MigrationInterface {
  name = 'WorkingGroups1795574059841';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "working_groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(120) NOT NULL, "mission" text, "status" character varying(20) NOT NULL DEFAULT 'active', "mailing_list" character varying(254), "chat_channel" character varying(300), "meeting_rhythm" character varying(200), "welcome_within_days" integer NOT NULL DEFAULT '7', "strategy_action_ids" uuid array NOT NULL DEFAULT '{}', CONSTRAINT "PK_95e6a3cace78635e0e7c85ddc98" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "working_group_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "started_on" date NOT NULL, "ended_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "working_group_members_dates_check" CHECK ("ended_on" IS NULL OR "ended_on" >= "started_on"), CONSTRAINT "PK_79c2082b2ac58b4cd21a155503d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "working_group_members_person_idx" ON "working_group_members"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "working_group_members_group_idx" ON "working_group_members"  ("group_id", "role") `,
    );
    await queryRunner.query(
      `CREATE TABLE "working_group_volunteer_steps" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "from_stage" character varying(20), "stage" character varying(20) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "by_id" uuid, "note" character varying(500), CONSTRAINT "PK_c5aa907c662662a5f0901ae94f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "working_group_volunteer_steps_entry_idx" ON "working_group_volunteer_steps"  ("entry_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "working_group_volunteers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "person_id" uuid NOT NULL, "stage" character varying(20) NOT NULL, "stage_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "message" text, "source" character varying(20) NOT NULL, "reminder_sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8c52512707754565b306f9b70ab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "working_group_volunteers_person_idx" ON "working_group_volunteers"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "working_group_volunteers_group_person_unique" ON "working_group_volunteers"  ("group_id", "person_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "volunteer_consents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "group_id" uuid, "version" character varying(20) NOT NULL, "locale" character varying(2) NOT NULL, "text" text NOT NULL, "given_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ip" character varying(64), CONSTRAINT "PK_485d250919f3677a3ebe4ebf39c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "volunteer_consents_person_idx" ON "volunteer_consents"  ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "volunteer_profiles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "person_id" uuid NOT NULL, "skills" text array NOT NULL DEFAULT '{}', "hours_per_month" integer, "available_days" text array NOT NULL DEFAULT '{}', "territory" character varying(120), "heard_from" character varying(30), "heard_from_detail" character varying(200), "locale" character varying(2) NOT NULL DEFAULT 'fr', CONSTRAINT "REL_12b75cbfacf969f1ca1c3755ee" UNIQUE ("person_id"), CONSTRAINT "PK_01b274d2ec8a3a044a54819ef6f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "working_group_members" ADD CONSTRAINT "FK_fd1d6c718285b753be713999c55" FOREIGN KEY ("group_id") REFERENCES "working_groups"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "working_group_members" ADD CONSTRAINT "FK_b2a44f8778785bef6784e741031" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "working_group_volunteer_steps" ADD CONSTRAINT "FK_754fd1960990733420d10aa3676" FOREIGN KEY ("entry_id") REFERENCES "working_group_volunteers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "working_group_volunteers" ADD CONSTRAINT "FK_70e6722d584cbee0d8d64335fc2" FOREIGN KEY ("group_id") REFERENCES "working_groups"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "working_group_volunteers" ADD CONSTRAINT "FK_26077cf65351f036b88810eccb5" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "volunteer_consents" ADD CONSTRAINT "FK_fb2b1f697ecd57851b4e8ac5a16" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "volunteer_profiles" ADD CONSTRAINT "FK_12b75cbfacf969f1ca1c3755eef" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "working_groups_name_lower_unique" ON "working_groups" (lower("name"))`,
    );
    // No foreign key on strategy_action_ids yet: the strategy module (#7) is merged after; the lead adds the link then.
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."working_groups_name_lower_unique"`);
    await queryRunner.query(`ALTER TABLE "volunteer_profiles" DROP CONSTRAINT "FK_12b75cbfacf969f1ca1c3755eef"`);
    await queryRunner.query(`ALTER TABLE "volunteer_consents" DROP CONSTRAINT "FK_fb2b1f697ecd57851b4e8ac5a16"`);
    await queryRunner.query(`ALTER TABLE "working_group_volunteers" DROP CONSTRAINT "FK_26077cf65351f036b88810eccb5"`);
    await queryRunner.query(`ALTER TABLE "working_group_volunteers" DROP CONSTRAINT "FK_70e6722d584cbee0d8d64335fc2"`);
    await queryRunner.query(
      `ALTER TABLE "working_group_volunteer_steps" DROP CONSTRAINT "FK_754fd1960990733420d10aa3676"`,
    );
    await queryRunner.query(`ALTER TABLE "working_group_members" DROP CONSTRAINT "FK_b2a44f8778785bef6784e741031"`);
    await queryRunner.query(`ALTER TABLE "working_group_members" DROP CONSTRAINT "FK_fd1d6c718285b753be713999c55"`);
    await queryRunner.query(`DROP TABLE "volunteer_profiles"`);
    await queryRunner.query(`DROP INDEX "public"."volunteer_consents_person_idx"`);
    await queryRunner.query(`DROP TABLE "volunteer_consents"`);
    await queryRunner.query(`DROP INDEX "public"."working_group_volunteers_group_person_unique"`);
    await queryRunner.query(`DROP INDEX "public"."working_group_volunteers_person_idx"`);
    await queryRunner.query(`DROP TABLE "working_group_volunteers"`);
    await queryRunner.query(`DROP INDEX "public"."working_group_volunteer_steps_entry_idx"`);
    await queryRunner.query(`DROP TABLE "working_group_volunteer_steps"`);
    await queryRunner.query(`DROP INDEX "public"."working_group_members_group_idx"`);
    await queryRunner.query(`DROP INDEX "public"."working_group_members_person_idx"`);
    await queryRunner.query(`DROP TABLE "working_group_members"`);
    await queryRunner.query(`DROP TABLE "working_groups"`);
  }
}
