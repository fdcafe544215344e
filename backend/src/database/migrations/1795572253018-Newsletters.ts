import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Newsletters1795572253018 implements MigrationInterface {
  name = 'Newsletters1795572253018';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "newsletter_subscribers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" character varying(254) NOT NULL, "first_name" character varying(100), "last_name" character varying(100), "locale" character varying(2) NOT NULL DEFAULT 'fr', "status" character varying(20) NOT NULL, "confirm_token_hash" character varying(64), "confirm_token_expires_at" TIMESTAMP WITH TIME ZONE, "confirmed_at" TIMESTAMP WITH TIME ZONE, "unsubscribed_at" TIMESTAMP WITH TIME ZONE, "bounced_at" TIMESTAMP WITH TIME ZONE, "status_reason" character varying(500), CONSTRAINT "PK_38f9333e9961b2fdb589128d19b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "newsletter_subscribers_status_idx" ON "newsletter_subscribers"  ("status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "newsletter_subscribers_confirm_token_unique" ON "newsletter_subscribers"  ("confirm_token_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "newsletter_consent_events" ("id" BIGSERIAL NOT NULL, "subscriber_id" uuid NOT NULL, "list_id" uuid, "action" character varying(30) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "source" character varying(500) NOT NULL, "text_version" character varying(40), "ip" character varying(64), "user_agent" character varying(300), "actor_id" uuid, CONSTRAINT "PK_08bd17a1cd9b80cada3a8c43aaa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "newsletter_consent_events_subscriber_idx" ON "newsletter_consent_events"  ("subscriber_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "newsletter_issues" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "number" integer NOT NULL, "title" character varying(200) NOT NULL, "preheader" character varying(200), "locale" character varying(2) NOT NULL DEFAULT 'fr', "status" character varying(20) NOT NULL, "send_at" TIMESTAMP WITH TIME ZONE, "list_ids" uuid array NOT NULL DEFAULT '{}', "blocks" jsonb NOT NULL DEFAULT '[]', "count_opens" boolean NOT NULL DEFAULT false, "open_count" integer NOT NULL DEFAULT '0', "rendered_html" text, "rendered_text" text, "sending_started_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, CONSTRAINT "PK_eca458fb36d0e5ab3ac5f8d70bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "newsletter_issues_number_unique" ON "newsletter_issues"  ("number") `,
    );
    await queryRunner.query(`CREATE INDEX "newsletter_issues_status_idx" ON "newsletter_issues"  ("status") `);
    await queryRunner.query(
      `CREATE TABLE "newsletter_deliveries" ("id" BIGSERIAL NOT NULL, "issue_id" uuid NOT NULL, "subscriber_id" uuid NOT NULL, "list_id" uuid NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'queued', "attempts" smallint NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "worker_id" integer, "handed_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "smtp_response" character varying(500), CONSTRAINT "PK_bfe52f887389e8a68fc4a6b487e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "newsletter_deliveries_subscriber_idx" ON "newsletter_deliveries"  ("subscriber_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "newsletter_deliveries_issue_subscriber_unique" ON "newsletter_deliveries"  ("issue_id", "subscriber_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "newsletter_lists" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "key" character varying(60) NOT NULL, "name" character varying(120) NOT NULL, "description" text, "is_public" boolean NOT NULL DEFAULT false, "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_386e9d626214b33a930b174fe3d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "newsletter_lists_key_unique" ON "newsletter_lists"  ("key") `);
    await queryRunner.query(
      `CREATE TABLE "newsletter_proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" character varying(200) NOT NULL, "text" text NOT NULL, "link_url" character varying(500), "group_name" character varying(120), "proposed_by_id" uuid NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'pending', "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_note" character varying(500), "issue_id" uuid, CONSTRAINT "PK_ad4c66915bcf73cebffbcd765c0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "newsletter_proposals_proposed_by_idx" ON "newsletter_proposals"  ("proposed_by_id") `,
    );
    await queryRunner.query(`CREATE INDEX "newsletter_proposals_status_idx" ON "newsletter_proposals"  ("status") `);
    await queryRunner.query(
      `CREATE TABLE "newsletter_reminders" ("due_on" date NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recipients" integer NOT NULL, CONSTRAINT "PK_6d26b2f925cf4f04ead7df5b3b4" PRIMARY KEY ("due_on"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "newsletter_workers" ("id" SERIAL NOT NULL, "host" character varying(200) NOT NULL, "pid" integer NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4e76bbe68a039d94b22853fb7fd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "newsletter_subscriptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subscriber_id" uuid NOT NULL, "list_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "confirmed_at" TIMESTAMP WITH TIME ZONE, "unsubscribed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cfca9a6e4f146a80a6cd2e76f1d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "newsletter_subscriptions_list_status_idx" ON "newsletter_subscriptions"  ("list_id", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "newsletter_subscriptions_unique" ON "newsletter_subscriptions"  ("subscriber_id", "list_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "newsletter_consent_events" ADD CONSTRAINT "FK_7cfd48e30384d2dc02e39cd2d56" FOREIGN KEY ("subscriber_id") REFERENCES "newsletter_subscribers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "newsletter_deliveries" ADD CONSTRAINT "FK_1a5595131b356593f75ada55b8a" FOREIGN KEY ("issue_id") REFERENCES "newsletter_issues"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "newsletter_deliveries" ADD CONSTRAINT "FK_5c650c52a94d2560fd221d0993b" FOREIGN KEY ("subscriber_id") REFERENCES "newsletter_subscribers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "newsletter_subscriptions" ADD CONSTRAINT "FK_11f0aea733926b7152fa3d02763" FOREIGN KEY ("subscriber_id") REFERENCES "newsletter_subscribers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "newsletter_subscriptions" ADD CONSTRAINT "FK_9d4a970882e5ad93438d097540b" FOREIGN KEY ("list_id") REFERENCES "newsletter_lists"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // By hand: emails unique whatever their case; the send queue's claim scans only queued rows in id order,
    // and the orphan sweep only rows claimed or in flight.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "newsletter_subscribers_email_lower_unique" ON "newsletter_subscribers" (lower("email"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "newsletter_deliveries_queued_idx" ON "newsletter_deliveries" ("issue_id", "id") WHERE "status" = 'queued'`,
    );
    await queryRunner.query(
      `CREATE INDEX "newsletter_deliveries_sending_idx" ON "newsletter_deliveries" ("issue_id", "worker_id") WHERE "status" IN ('claimed', 'sending')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."newsletter_deliveries_sending_idx"`);
    await queryRunner.query(`DROP INDEX "public"."newsletter_deliveries_queued_idx"`);
    await queryRunner.query(`DROP INDEX "public"."newsletter_subscribers_email_lower_unique"`);
    await queryRunner.query(`ALTER TABLE "newsletter_subscriptions" DROP CONSTRAINT "FK_9d4a970882e5ad93438d097540b"`);
    await queryRunner.query(`ALTER TABLE "newsletter_subscriptions" DROP CONSTRAINT "FK_11f0aea733926b7152fa3d02763"`);
    await queryRunner.query(`ALTER TABLE "newsletter_deliveries" DROP CONSTRAINT "FK_5c650c52a94d2560fd221d0993b"`);
    await queryRunner.query(`ALTER TABLE "newsletter_deliveries" DROP CONSTRAINT "FK_1a5595131b356593f75ada55b8a"`);
    await queryRunner.query(`ALTER TABLE "newsletter_consent_events" DROP CONSTRAINT "FK_7cfd48e30384d2dc02e39cd2d56"`);
    await queryRunner.query(`DROP INDEX "public"."newsletter_subscriptions_unique"`);
    await queryRunner.query(`DROP INDEX "public"."newsletter_subscriptions_list_status_idx"`);
    await queryRunner.query(`DROP TABLE "newsletter_subscriptions"`);
    await queryRunner.query(`DROP TABLE "newsletter_workers"`);
    await queryRunner.query(`DROP TABLE "newsletter_reminders"`);
    await queryRunner.query(`DROP INDEX "public"."newsletter_proposals_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."newsletter_proposals_proposed_by_idx"`);
    await queryRunner.query(`DROP TABLE "newsletter_proposals"`);
    await queryRunner.query(`DROP INDEX "public"."newsletter_lists_key_unique"`);
    await queryRunner.query(`DROP TABLE "newsletter_lists"`);
    await queryRunner.query(`DROP INDEX "public"."newsletter_deliveries_issue_subscriber_unique"`);
    await queryRunner.query(`DROP INDEX "public"."newsletter_deliveries_subscriber_idx"`);
    await queryRunner.query(`DROP TABLE "newsletter_deliveries"`);
    await queryRunner.query(`DROP INDEX "public"."newsletter_issues_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."newsletter_issues_number_unique"`);
    await queryRunner.query(`DROP TABLE "newsletter_issues"`);
    await queryRunner.query(`DROP INDEX "public"."newsletter_consent_events_subscriber_idx"`);
    await queryRunner.query(`DROP TABLE "newsletter_consent_events"`);
    await queryRunner.query(`DROP INDEX "public"."newsletter_subscribers_confirm_token_unique"`);
    await queryRunner.query(`DROP INDEX "public"."newsletter_subscribers_status_idx"`);
    await queryRunner.query(`DROP TABLE "newsletter_subscribers"`);
  }
}
