import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Funders, grants and what hangs off them (instalments, budget lines, spending, reports, documents), sent reminders.
 */
export class Funding1795573156100 implements MigrationInterface {
  name = 'Funding1795573156100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "funders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL, "website" character varying(300), "notes" text, "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4b1e7daa1634d11d894d391b136" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "funders_name_lower_unique" ON "funders" (lower("name"))`);
    await queryRunner.query(
      `CREATE TABLE "funder_contacts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "funder_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "role" character varying(120), "email" character varying(254), "phone" character varying(40), "position" smallint NOT NULL, CONSTRAINT "PK_d51ac997d3b048f45a7d7064a45" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "funder_contacts_funder_idx" ON "funder_contacts"  ("funder_id") `);
    await queryRunner.query(
      `CREATE TABLE "funding_reminders_sent" ("id" BIGSERIAL NOT NULL, "reminder_key" character varying(300) NOT NULL, "recipient" character varying(254) NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bcdc0d3ab96eff2f863e492aefd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "funding_reminders_sent_key_unique" ON "funding_reminders_sent"  ("reminder_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "grants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "funder_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "reference" character varying(120), "status" character varying(20) NOT NULL, "status_changed_on" date NOT NULL, "amount_requested_cents" bigint NOT NULL, "amount_granted_cents" bigint, "own_funds_cents" bigint NOT NULL DEFAULT '0', "currency" character varying(3) NOT NULL DEFAULT 'EUR', "starts_on" date, "ends_on" date, "application_deadline" date, "granted_on" date, "agreement_signed_on" date, "working_group_ids" uuid array NOT NULL DEFAULT '{}', "strategy_action_ids" uuid array NOT NULL DEFAULT '{}', "notes" text, CONSTRAINT "grants_currency_eur" CHECK ("currency" = 'EUR'), CONSTRAINT "grants_period_ordered" CHECK ("ends_on" IS NULL OR "starts_on" IS NULL OR "ends_on" >= "starts_on"), CONSTRAINT "grants_amounts_not_negative" CHECK ("amount_requested_cents" >= 0 AND ("amount_granted_cents" IS NULL OR "amount_granted_cents" >= 0) AND "own_funds_cents" >= 0), CONSTRAINT "PK_a25f5f89eff8b3277f7969b7094" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "grants_funder_idx" ON "grants"  ("funder_id") `);
    await queryRunner.query(`CREATE INDEX "grants_granted_on_idx" ON "grants"  ("granted_on") `);
    await queryRunner.query(`CREATE INDEX "grants_status_idx" ON "grants"  ("status") `);
    await queryRunner.query(
      `CREATE TABLE "grant_budget_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "grant_id" uuid NOT NULL, "category" character varying(20) NOT NULL, "label" character varying(200) NOT NULL, "planned_cents" bigint NOT NULL, CONSTRAINT "grant_budget_lines_planned_not_negative" CHECK ("planned_cents" >= 0), CONSTRAINT "PK_2f89d56642ed22091f0f695619c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "grant_budget_lines_grant_idx" ON "grant_budget_lines"  ("grant_id") `);
    await queryRunner.query(
      `CREATE TABLE "grant_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "grant_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "label" character varying(200) NOT NULL, "url" character varying(500) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2ebaaf1a24ac84badea2bd1091b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "grant_documents_grant_idx" ON "grant_documents"  ("grant_id") `);
    await queryRunner.query(
      `CREATE TABLE "grant_expenses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "grant_id" uuid NOT NULL, "budget_line_id" uuid NOT NULL, "spent_on" date NOT NULL, "amount_cents" bigint NOT NULL, "description" character varying(300) NOT NULL, "reference" character varying(120), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "grant_expenses_amount_positive" CHECK ("amount_cents" > 0), CONSTRAINT "PK_91b62112a006df6267adcde1abc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "grant_expenses_grant_idx" ON "grant_expenses"  ("grant_id", "spent_on") `);
    await queryRunner.query(
      `CREATE INDEX "grant_expenses_line_idx" ON "grant_expenses"  ("budget_line_id", "spent_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "grant_instalments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "grant_id" uuid NOT NULL, "label" character varying(200) NOT NULL, "expected_cents" bigint NOT NULL, "expected_on" date NOT NULL, "received_cents" bigint, "received_on" date, "notes" character varying(500), CONSTRAINT "grant_instalments_received_pair" CHECK (("received_cents" IS NULL) = ("received_on" IS NULL)), CONSTRAINT "grant_instalments_amounts" CHECK ("expected_cents" > 0 AND ("received_cents" IS NULL OR "received_cents" >= 0)), CONSTRAINT "PK_c85652fdea815af062eb3805323" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "grant_instalments_pending_idx" ON "grant_instalments"  ("expected_on") WHERE received_on IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "grant_instalments_grant_idx" ON "grant_instalments"  ("grant_id", "expected_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "grant_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "grant_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "title" character varying(200) NOT NULL, "due_on" date NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'due', "sent_on" date, "document_url" character varying(500), "notes" character varying(1000), CONSTRAINT "grant_reports_sent_dated" CHECK ("status" = 'due' OR "sent_on" IS NOT NULL), CONSTRAINT "PK_e5387613f03e8f782f83c77494e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "grant_reports_due_idx" ON "grant_reports"  ("due_on") WHERE status = 'due'`);
    await queryRunner.query(`CREATE INDEX "grant_reports_grant_idx" ON "grant_reports"  ("grant_id", "due_on") `);
    await queryRunner.query(
      `CREATE TABLE "grant_status_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "grant_id" uuid NOT NULL, "from_status" character varying(20), "status" character varying(20) NOT NULL, "changed_on" date NOT NULL, "note" character varying(500), "actor_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3a5692b4cea3932ffcd93abb8e6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "grant_status_changes_grant_idx" ON "grant_status_changes"  ("grant_id", "changed_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "funder_contacts" ADD CONSTRAINT "FK_34d50630fdb6f7b4ff5c4baef64" FOREIGN KEY ("funder_id") REFERENCES "funders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "grants" ADD CONSTRAINT "FK_295ff4a55548fe0c5dec12c48b5" FOREIGN KEY ("funder_id") REFERENCES "funders"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "grant_budget_lines" ADD CONSTRAINT "FK_365417549013889856efa16b06c" FOREIGN KEY ("grant_id") REFERENCES "grants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "grant_documents" ADD CONSTRAINT "FK_ec15981cd4e6740f156a0a33125" FOREIGN KEY ("grant_id") REFERENCES "grants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "grant_expenses" ADD CONSTRAINT "FK_e70eb3b21949ba83129cc312d6f" FOREIGN KEY ("grant_id") REFERENCES "grants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "grant_expenses" ADD CONSTRAINT "FK_f2ee61b63ad517486342797f56f" FOREIGN KEY ("budget_line_id") REFERENCES "grant_budget_lines"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "grant_instalments" ADD CONSTRAINT "FK_a5960761d80eefb32a0bdf4eaa7" FOREIGN KEY ("grant_id") REFERENCES "grants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "grant_reports" ADD CONSTRAINT "FK_d95ed6f8c56c25df19e0df3f05c" FOREIGN KEY ("grant_id") REFERENCES "grants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "grant_status_changes" ADD CONSTRAINT "FK_b2c37cad649e108b4409aaacf15" FOREIGN KEY ("grant_id") REFERENCES "grants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "grant_status_changes" DROP CONSTRAINT "FK_b2c37cad649e108b4409aaacf15"`);
    await queryRunner.query(`ALTER TABLE "grant_reports" DROP CONSTRAINT "FK_d95ed6f8c56c25df19e0df3f05c"`);
    await queryRunner.query(`ALTER TABLE "grant_instalments" DROP CONSTRAINT "FK_a5960761d80eefb32a0bdf4eaa7"`);
    await queryRunner.query(`ALTER TABLE "grant_expenses" DROP CONSTRAINT "FK_f2ee61b63ad517486342797f56f"`);
    await queryRunner.query(`ALTER TABLE "grant_expenses" DROP CONSTRAINT "FK_e70eb3b21949ba83129cc312d6f"`);
    await queryRunner.query(`ALTER TABLE "grant_documents" DROP CONSTRAINT "FK_ec15981cd4e6740f156a0a33125"`);
    await queryRunner.query(`ALTER TABLE "grant_budget_lines" DROP CONSTRAINT "FK_365417549013889856efa16b06c"`);
    await queryRunner.query(`ALTER TABLE "grants" DROP CONSTRAINT "FK_295ff4a55548fe0c5dec12c48b5"`);
    await queryRunner.query(`ALTER TABLE "funder_contacts" DROP CONSTRAINT "FK_34d50630fdb6f7b4ff5c4baef64"`);
    await queryRunner.query(`DROP INDEX "public"."grant_status_changes_grant_idx"`);
    await queryRunner.query(`DROP TABLE "grant_status_changes"`);
    await queryRunner.query(`DROP INDEX "public"."grant_reports_grant_idx"`);
    await queryRunner.query(`DROP INDEX "public"."grant_reports_due_idx"`);
    await queryRunner.query(`DROP TABLE "grant_reports"`);
    await queryRunner.query(`DROP INDEX "public"."grant_instalments_grant_idx"`);
    await queryRunner.query(`DROP INDEX "public"."grant_instalments_pending_idx"`);
    await queryRunner.query(`DROP TABLE "grant_instalments"`);
    await queryRunner.query(`DROP INDEX "public"."grant_expenses_line_idx"`);
    await queryRunner.query(`DROP INDEX "public"."grant_expenses_grant_idx"`);
    await queryRunner.query(`DROP TABLE "grant_expenses"`);
    await queryRunner.query(`DROP INDEX "public"."grant_documents_grant_idx"`);
    await queryRunner.query(`DROP TABLE "grant_documents"`);
    await queryRunner.query(`DROP INDEX "public"."grant_budget_lines_grant_idx"`);
    await queryRunner.query(`DROP TABLE "grant_budget_lines"`);
    await queryRunner.query(`DROP INDEX "public"."grants_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."grants_granted_on_idx"`);
    await queryRunner.query(`DROP INDEX "public"."grants_funder_idx"`);
    await queryRunner.query(`DROP TABLE "grants"`);
    await queryRunner.query(`DROP INDEX "public"."funding_reminders_sent_key_unique"`);
    await queryRunner.query(`DROP TABLE "funding_reminders_sent"`);
    await queryRunner.query(`DROP INDEX "public"."funder_contacts_funder_idx"`);
    await queryRunner.query(`DROP TABLE "funder_contacts"`);
    await queryRunner.query(`DROP INDEX "public"."funders_name_lower_unique"`);
    await queryRunner.query(`DROP TABLE "funders"`);
  }
}
