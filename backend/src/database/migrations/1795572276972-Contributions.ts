import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Contributions1795572276972 implements MigrationInterface {
  name = 'Contributions1795572276972';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "contribution_rates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "type" character varying(30) NOT NULL, "unit" character varying(20) NOT NULL, "valid_from" date NOT NULL, "rate_cents" bigint NOT NULL, "label" character varying(200) NOT NULL, CONSTRAINT "contribution_rates_not_negative" CHECK ("rate_cents" >= 0), CONSTRAINT "PK_9cfb7ab9bd247f71b9fc0f7eb51" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "contribution_rates_type_unit_from_unique" ON "contribution_rates"  ("type", "unit", "valid_from") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contributions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid, "person_id" uuid, "entered_by_id" uuid NOT NULL, "type" character varying(30) NOT NULL, "unit" character varying(20) NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "quantity" numeric(12,2) NOT NULL, "amount_cents" bigint, "rate_id" uuid, "rate_cents" bigint, "value_cents" bigint NOT NULL, "description" text NOT NULL, "working_group_id" uuid, "grant_id" uuid, "evidence_url" character varying(500), "status" character varying(20) NOT NULL DEFAULT 'draft', "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by_id" uuid, "rejection_reason" text, CONSTRAINT "contributions_period_ordered" CHECK ("ends_on" >= "starts_on"), CONSTRAINT "contributions_value_not_negative" CHECK ("value_cents" >= 0), CONSTRAINT "contributions_quantity_positive" CHECK ("quantity" > 0), CONSTRAINT "PK_ca2b4f39eb9e32a61278c711f79" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "contributions_person_idx" ON "contributions"  ("person_id") `);
    await queryRunner.query(`CREATE INDEX "contributions_entered_by_idx" ON "contributions"  ("entered_by_id") `);
    await queryRunner.query(`CREATE INDEX "contributions_rate_idx" ON "contributions"  ("rate_id") `);
    await queryRunner.query(
      `CREATE INDEX "contributions_grant_idx" ON "contributions"  ("grant_id", "starts_on") WHERE grant_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "contributions_group_idx" ON "contributions"  ("working_group_id", "starts_on") WHERE working_group_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "contributions_status_starts_idx" ON "contributions"  ("status", "starts_on") `,
    );
    await queryRunner.query(`CREATE INDEX "contributions_type_starts_idx" ON "contributions" ("type", "starts_on", "id")
      INCLUDE ("status", "organisation_id", "person_id", "entered_by_id", "value_cents")`);
    await queryRunner.query(
      `CREATE INDEX "contributions_organisation_starts_idx" ON "contributions"  ("organisation_id", "starts_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contribution_evidence" ("contribution_id" uuid NOT NULL, "file_name" character varying(200) NOT NULL, "content_type" character varying(100) NOT NULL, "size" integer NOT NULL, "content" bytea NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f070e60fd75878b9212e04d6708" PRIMARY KEY ("contribution_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "in_kind_accounts" ("type" character varying(30) NOT NULL, "charge_account" character varying(10), "charge_label" character varying(120), "product_account" character varying(10), "product_label" character varying(120), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9b3b74b9902c759488e2f2ce109" PRIMARY KEY ("type"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "contributions" ADD CONSTRAINT "FK_4e6bc6ba760b2b17e1b457dcbc0" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contributions" ADD CONSTRAINT "FK_f112613eaf9a6514996e61a2870" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contributions" ADD CONSTRAINT "FK_589911ddf558adc20a40afcdbd9" FOREIGN KEY ("entered_by_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contributions" ADD CONSTRAINT "FK_6386d011af7586750112b6c32e4" FOREIGN KEY ("rate_id") REFERENCES "contribution_rates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contribution_evidence" ADD CONSTRAINT "FK_f070e60fd75878b9212e04d6708" FOREIGN KEY ("contribution_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Where each type goes in the statement of contributions volontaires en nature (ANC 2018-06); the coordinator
    // can change it. A financial participation is money, not a contribution in kind: no account.
    await queryRunner.query(`INSERT INTO "in_kind_accounts" ("type", "charge_account", "charge_label", "product_account", "product_label") VALUES
      ('working_time', '864', 'Personnel bénévole', '875', 'Bénévolat'),
      ('room', '8611', 'Mise à disposition gratuite de locaux', '871', 'Prestations en nature'),
      ('financial_management', '862', 'Prestations', '871', 'Prestations en nature'),
      ('hosting_tools', '862', 'Prestations', '871', 'Prestations en nature'),
      ('other', '862', 'Prestations', '871', 'Prestations en nature'),
      ('financial_participation', NULL, NULL, NULL, NULL)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contribution_evidence" DROP CONSTRAINT "FK_f070e60fd75878b9212e04d6708"`);
    await queryRunner.query(`ALTER TABLE "contributions" DROP CONSTRAINT "FK_6386d011af7586750112b6c32e4"`);
    await queryRunner.query(`ALTER TABLE "contributions" DROP CONSTRAINT "FK_589911ddf558adc20a40afcdbd9"`);
    await queryRunner.query(`ALTER TABLE "contributions" DROP CONSTRAINT "FK_f112613eaf9a6514996e61a2870"`);
    await queryRunner.query(`ALTER TABLE "contributions" DROP CONSTRAINT "FK_4e6bc6ba760b2b17e1b457dcbc0"`);
    await queryRunner.query(`DROP TABLE "in_kind_accounts"`);
    await queryRunner.query(`DROP TABLE "contribution_evidence"`);
    await queryRunner.query(`DROP INDEX "public"."contributions_organisation_starts_idx"`);
    await queryRunner.query(`DROP INDEX "public"."contributions_type_starts_idx"`);
    await queryRunner.query(`DROP INDEX "public"."contributions_status_starts_idx"`);
    await queryRunner.query(`DROP INDEX "public"."contributions_group_idx"`);
    await queryRunner.query(`DROP INDEX "public"."contributions_grant_idx"`);
    await queryRunner.query(`DROP INDEX "public"."contributions_rate_idx"`);
    await queryRunner.query(`DROP INDEX "public"."contributions_entered_by_idx"`);
    await queryRunner.query(`DROP INDEX "public"."contributions_person_idx"`);
    await queryRunner.query(`DROP TABLE "contributions"`);
    await queryRunner.query(`DROP INDEX "public"."contribution_rates_type_unit_from_unique"`);
    await queryRunner.query(`DROP TABLE "contribution_rates"`);
  }
}
