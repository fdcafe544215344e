import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Kits, trainings and gatherings (modules/events): kits, events with their capacity, registrations (confirmed, waiting,
 * cancelled; attendance) and the once-per-due-day reminder of the six-month gathering cadence.
 */
export class KitsTrainingsGatherings1795960000000 implements MigrationInterface {
  name = 'KitsTrainingsGatherings1795960000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "training_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL, "mode" character varying(20) NOT NULL, "audience" character varying(20) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying(300), "video_link" character varying(500), "capacity" integer NOT NULL, "trainer" character varying(200), "description" text, "group_id" uuid NOT NULL, "registration_open" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_90742f2f0bb03c9b00b6e75940e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "training_events_group_idx" ON "training_events"  ("group_id") `);
    await queryRunner.query(`CREATE INDEX "training_events_starts_idx" ON "training_events"  ("starts_at") `);
    await queryRunner.query(
      `CREATE TABLE "event_registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "person_id" uuid NOT NULL, "source_id" uuid, "status" character varying(12) NOT NULL, "cancel_token" character varying(64) NOT NULL, "locale" character varying(2) NOT NULL, "attended" boolean, "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cancelled_at" TIMESTAMP WITH TIME ZONE, "reminder_sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_953d3b862c2487289a92b2356e9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "event_registrations_source_idx" ON "event_registrations"  ("source_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "event_registrations_token_unique" ON "event_registrations"  ("cancel_token") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "event_registrations_person_unique" ON "event_registrations"  ("event_id", "person_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "gathering_reminders" ("due_on" date NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recipients" integer NOT NULL, CONSTRAINT "PK_c741fd857a945e3b616667df3e7" PRIMARY KEY ("due_on"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "kits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" character varying(200) NOT NULL, "audience" character varying(20) NOT NULL, "group_id" uuid NOT NULL, "description" text, "links" text array NOT NULL DEFAULT '{}', "version" character varying(40) NOT NULL, "published_on" date NOT NULL, CONSTRAINT "PK_ce4a775d30ac772ed054b155376" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "kits_group_idx" ON "kits"  ("group_id") `);
    await queryRunner.query(
      `ALTER TABLE "training_events" ADD CONSTRAINT "FK_ebd9714b4419abf79beb9753a1e" FOREIGN KEY ("group_id") REFERENCES "working_groups"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_registrations" ADD CONSTRAINT "FK_28b0a253c87a80a4b013c437f7d" FOREIGN KEY ("event_id") REFERENCES "training_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_registrations" ADD CONSTRAINT "FK_7b18dd04f8f5b7b4ed224afa0ec" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_registrations" ADD CONSTRAINT "FK_c0a79413eab33abf6f3dfbf5514" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "kits" ADD CONSTRAINT "FK_e78307c09db551c00894baffa9b" FOREIGN KEY ("group_id") REFERENCES "working_groups"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "kits" DROP CONSTRAINT "FK_e78307c09db551c00894baffa9b"`);
    await queryRunner.query(`ALTER TABLE "event_registrations" DROP CONSTRAINT "FK_c0a79413eab33abf6f3dfbf5514"`);
    await queryRunner.query(`ALTER TABLE "event_registrations" DROP CONSTRAINT "FK_7b18dd04f8f5b7b4ed224afa0ec"`);
    await queryRunner.query(`ALTER TABLE "event_registrations" DROP CONSTRAINT "FK_28b0a253c87a80a4b013c437f7d"`);
    await queryRunner.query(`ALTER TABLE "training_events" DROP CONSTRAINT "FK_ebd9714b4419abf79beb9753a1e"`);
    await queryRunner.query(`DROP INDEX "public"."kits_group_idx"`);
    await queryRunner.query(`DROP TABLE "kits"`);
    await queryRunner.query(`DROP TABLE "gathering_reminders"`);
    await queryRunner.query(`DROP INDEX "public"."event_registrations_person_unique"`);
    await queryRunner.query(`DROP INDEX "public"."event_registrations_token_unique"`);
    await queryRunner.query(`DROP INDEX "public"."event_registrations_source_idx"`);
    await queryRunner.query(`DROP TABLE "event_registrations"`);
    await queryRunner.query(`DROP INDEX "public"."training_events_starts_idx"`);
    await queryRunner.query(`DROP INDEX "public"."training_events_group_idx"`);
    await queryRunner.query(`DROP TABLE "training_events"`);
  }
}
