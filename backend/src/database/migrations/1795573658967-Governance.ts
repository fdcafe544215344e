import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meetings (agenda, attendees, documents), decisions and amendments, action items and their reminders, the strategy.
 * meetings.working_group_id, decisions.working_group_id, action_items.owner_group_id and strategy_actions.group_ids /
 * grant_ids point at modules built alongside (working groups, funding): no foreign keys yet, added at the merge.
 */
export class Governance1795573658967 implements MigrationInterface {
  name = 'Governance1795573658967';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meeting_agenda_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(300) NOT NULL, "details" text, "duration_minutes" integer, CONSTRAINT "PK_3280eed23ac5b58a23c8cf42ca0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "meeting_agenda_items_meeting_position_unique" ON "meeting_agenda_items"  ("meeting_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_attendees" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "person_id" uuid NOT NULL, "organisation_id" uuid, "status" character varying(10) NOT NULL DEFAULT 'invited', CONSTRAINT "PK_b49884a61337dbfb2f3018710da" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "meeting_attendees_person_idx" ON "meeting_attendees"  ("person_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "meeting_attendees_meeting_person_unique" ON "meeting_attendees"  ("meeting_id", "person_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "position" integer NOT NULL, "label" character varying(200) NOT NULL, "url" character varying(500) NOT NULL, CONSTRAINT "PK_87263cf3c23670926615b91ceb6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" character varying(30) NOT NULL, "title" character varying(200) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying(300), "video_link" character varying(500), "working_group_id" uuid, "minutes" text, "attendee_person_ids" uuid array NOT NULL DEFAULT '{}', "invitation_sequence" integer NOT NULL DEFAULT '0', "invitation_sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "meetings_period_check" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "meetings_starts_at_idx" ON "meetings"  ("starts_at") `);
    await queryRunner.query(
      `CREATE TABLE "decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" SERIAL NOT NULL, "title" character varying(200) NOT NULL, "proposal" text NOT NULL, "proposed_by_person_id" uuid, "meeting_id" uuid, "online_link" character varying(500), "working_group_id" uuid, "method" character varying(10) NOT NULL, "votes_for" integer, "votes_against" integer, "votes_abstain" integer, "outcome" character varying(10) NOT NULL, "decided_on" date NOT NULL, "amends_decision_id" uuid, "recorded_by_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "decisions_votes_check" CHECK (("method" = 'vote') = ("votes_for" IS NOT NULL AND "votes_against" IS NOT NULL AND "votes_abstain" IS NOT NULL)), CONSTRAINT "PK_48eee6fa229cd5e43648f6a2ec3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "decisions_number_unique" ON "decisions"  ("number") `);
    await queryRunner.query(`CREATE INDEX "decisions_working_group_idx" ON "decisions"  ("working_group_id") `);
    await queryRunner.query(`CREATE INDEX "decisions_amends_idx" ON "decisions"  ("amends_decision_id") `);
    await queryRunner.query(`CREATE INDEX "decisions_meeting_idx" ON "decisions"  ("meeting_id") `);
    await queryRunner.query(`CREATE INDEX "decisions_decided_on_idx" ON "decisions"  ("decided_on") `);
    await queryRunner.query(
      `CREATE TABLE "action_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" character varying(300) NOT NULL, "details" text, "owner_person_id" uuid, "owner_group_id" uuid, "due_on" date NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'open', "completed_at" TIMESTAMP WITH TIME ZONE, "meeting_id" uuid, "decision_id" uuid, CONSTRAINT "action_items_owner_check" CHECK (("owner_person_id" IS NULL) <> ("owner_group_id" IS NULL)), CONSTRAINT "PK_5a84b168b001636b379312104ab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "action_items_meeting_idx" ON "action_items"  ("meeting_id") `);
    await queryRunner.query(`CREATE INDEX "action_items_decision_idx" ON "action_items"  ("decision_id") `);
    await queryRunner.query(`CREATE INDEX "action_items_due_idx" ON "action_items"  ("due_on") `);
    await queryRunner.query(`CREATE INDEX "action_items_owner_idx" ON "action_items"  ("owner_person_id", "status") `);
    await queryRunner.query(
      `CREATE TABLE "action_item_reminders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "action_item_id" uuid NOT NULL, "due_on" date NOT NULL, "sent_to" character varying(254) NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8f5482807c7f28b179f52aeea5c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "action_item_reminders_unique" ON "action_item_reminders"  ("action_item_id", "due_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "strategy_axes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "number" integer NOT NULL, "title" character varying(200) NOT NULL, CONSTRAINT "PK_12428a25c9f0b92928411c204ac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "strategy_axes_number_unique" ON "strategy_axes"  ("number") `);
    await queryRunner.query(
      `CREATE TABLE "strategy_actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "axis_id" uuid, "number" integer, "title" character varying(300) NOT NULL, "content" text NOT NULL, "target_public" text array NOT NULL DEFAULT '{}', "involves_copil" boolean NOT NULL DEFAULT false, "person_days_per_month" numeric(5,1), "status" character varying(12) NOT NULL DEFAULT 'planned', "group_ids" uuid array NOT NULL DEFAULT '{}', "grant_ids" uuid array NOT NULL DEFAULT '{}', CONSTRAINT "PK_ca30a513b7f5ed2498fa8437aed" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "strategy_actions_axis_number_unique" ON "strategy_actions"  ("axis_id", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "strategy_action_decisions" ("strategy_action_id" uuid NOT NULL, "decision_id" uuid NOT NULL, CONSTRAINT "PK_32192b66cb769169c435980661e" PRIMARY KEY ("strategy_action_id", "decision_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d0f63e265f1ef77c6d62f6070a" ON "strategy_action_decisions"  ("strategy_action_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b539757cc5163b953f85cd504c" ON "strategy_action_decisions"  ("decision_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_agenda_items" ADD CONSTRAINT "FK_16d1915521f397380a03b33cea0" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_attendees" ADD CONSTRAINT "FK_8643679c49d7234b266433bc201" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_attendees" ADD CONSTRAINT "FK_df1116f32260ff67d5f3a4c429b" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_attendees" ADD CONSTRAINT "FK_6c288ac3ba92071858e47681510" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_documents" ADD CONSTRAINT "FK_71ce465252b5177f3a8734a66de" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "FK_2fc9bc9bbe1b32ec7fef2d2726e" FOREIGN KEY ("proposed_by_person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "FK_449b70492ca79d469c415a714f3" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "FK_5510fb414fa4d5fb08e81415e36" FOREIGN KEY ("amends_decision_id") REFERENCES "decisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_items" ADD CONSTRAINT "FK_e7eaf8a15289087ab832fbd3567" FOREIGN KEY ("owner_person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_items" ADD CONSTRAINT "FK_8f5712e4d1a50ebf15896257021" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_items" ADD CONSTRAINT "FK_1949d0c1df03e0d4127fc27f8b3" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item_reminders" ADD CONSTRAINT "FK_4e3cb4230fd167e13a0b0c9f5e3" FOREIGN KEY ("action_item_id") REFERENCES "action_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "strategy_actions" ADD CONSTRAINT "FK_3416c5c7e50591e25cffb75f607" FOREIGN KEY ("axis_id") REFERENCES "strategy_axes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "strategy_action_decisions" ADD CONSTRAINT "FK_d0f63e265f1ef77c6d62f6070a4" FOREIGN KEY ("strategy_action_id") REFERENCES "strategy_actions"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "strategy_action_decisions" ADD CONSTRAINT "FK_b539757cc5163b953f85cd504c8" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    // Not expressible in entities: the GIN index behind "meetings I attend", and the rule that a recorded decision
    // is never changed (amendments are new rows).
    await queryRunner.query(
      `CREATE INDEX "meetings_attendee_person_ids_idx" ON "meetings" USING gin ("attendee_person_ids")`,
    );
    await queryRunner.query(`CREATE FUNCTION decisions_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'a recorded decision is never changed: record an amendment' USING ERRCODE = 'check_violation'; END $$`);
    await queryRunner.query(
      `CREATE TRIGGER decisions_immutable BEFORE UPDATE OR DELETE ON "decisions" FOR EACH ROW EXECUTE FUNCTION decisions_are_immutable()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "decisions_immutable" ON "decisions"`);
    await queryRunner.query(`DROP FUNCTION decisions_are_immutable()`);
    await queryRunner.query(`DROP INDEX "public"."meetings_attendee_person_ids_idx"`);
    await queryRunner.query(`ALTER TABLE "strategy_action_decisions" DROP CONSTRAINT "FK_b539757cc5163b953f85cd504c8"`);
    await queryRunner.query(`ALTER TABLE "strategy_action_decisions" DROP CONSTRAINT "FK_d0f63e265f1ef77c6d62f6070a4"`);
    await queryRunner.query(`ALTER TABLE "strategy_actions" DROP CONSTRAINT "FK_3416c5c7e50591e25cffb75f607"`);
    await queryRunner.query(`ALTER TABLE "action_item_reminders" DROP CONSTRAINT "FK_4e3cb4230fd167e13a0b0c9f5e3"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP CONSTRAINT "FK_1949d0c1df03e0d4127fc27f8b3"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP CONSTRAINT "FK_8f5712e4d1a50ebf15896257021"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP CONSTRAINT "FK_e7eaf8a15289087ab832fbd3567"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "FK_5510fb414fa4d5fb08e81415e36"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "FK_449b70492ca79d469c415a714f3"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "FK_2fc9bc9bbe1b32ec7fef2d2726e"`);
    await queryRunner.query(`ALTER TABLE "meeting_documents" DROP CONSTRAINT "FK_71ce465252b5177f3a8734a66de"`);
    await queryRunner.query(`ALTER TABLE "meeting_attendees" DROP CONSTRAINT "FK_6c288ac3ba92071858e47681510"`);
    await queryRunner.query(`ALTER TABLE "meeting_attendees" DROP CONSTRAINT "FK_df1116f32260ff67d5f3a4c429b"`);
    await queryRunner.query(`ALTER TABLE "meeting_attendees" DROP CONSTRAINT "FK_8643679c49d7234b266433bc201"`);
    await queryRunner.query(`ALTER TABLE "meeting_agenda_items" DROP CONSTRAINT "FK_16d1915521f397380a03b33cea0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b539757cc5163b953f85cd504c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d0f63e265f1ef77c6d62f6070a"`);
    await queryRunner.query(`DROP TABLE "strategy_action_decisions"`);
    await queryRunner.query(`DROP INDEX "public"."strategy_actions_axis_number_unique"`);
    await queryRunner.query(`DROP TABLE "strategy_actions"`);
    await queryRunner.query(`DROP INDEX "public"."strategy_axes_number_unique"`);
    await queryRunner.query(`DROP TABLE "strategy_axes"`);
    await queryRunner.query(`DROP INDEX "public"."action_item_reminders_unique"`);
    await queryRunner.query(`DROP TABLE "action_item_reminders"`);
    await queryRunner.query(`DROP INDEX "public"."action_items_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."action_items_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."action_items_decision_idx"`);
    await queryRunner.query(`DROP INDEX "public"."action_items_meeting_idx"`);
    await queryRunner.query(`DROP TABLE "action_items"`);
    await queryRunner.query(`DROP INDEX "public"."decisions_decided_on_idx"`);
    await queryRunner.query(`DROP INDEX "public"."decisions_meeting_idx"`);
    await queryRunner.query(`DROP INDEX "public"."decisions_amends_idx"`);
    await queryRunner.query(`DROP INDEX "public"."decisions_working_group_idx"`);
    await queryRunner.query(`DROP INDEX "public"."decisions_number_unique"`);
    await queryRunner.query(`DROP TABLE "decisions"`);
    await queryRunner.query(`DROP INDEX "public"."meetings_starts_at_idx"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
    await queryRunner.query(`DROP TABLE "meeting_documents"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_attendees_meeting_person_unique"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_attendees_person_idx"`);
    await queryRunner.query(`DROP TABLE "meeting_attendees"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_agenda_items_meeting_position_unique"`);
    await queryRunner.query(`DROP TABLE "meeting_agenda_items"`);
  }
}
