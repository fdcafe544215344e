import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Donations: campaigns, donors (linked to people and organisations when they match), gifts (HelloAsso's payment id
 * unique, so a notification received twice adds one gift), tax receipts numbered per year from a counter row (never a
 * sequence, which leaves gaps), and the one settings row (receipts off until the legal entity is described).
 */
export class Donations1795890000000 implements MigrationInterface {
  name = 'Donations1795890000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "donation_campaigns" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "slug" character varying(80) NOT NULL, "description" text, "goal_cents" bigint, "starts_on" date, "ends_on" date, "public_page" boolean NOT NULL DEFAULT false, "helloasso_form_type" character varying(30), "helloasso_form_slug" character varying(200), "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d592dfa0964d30ef0095c66b45a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "donation_campaigns_slug_unique" ON "donation_campaigns"  ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "donation_settings" ("id" integer NOT NULL DEFAULT '1', "receipts_enabled" boolean NOT NULL DEFAULT false, "legal_name" character varying(200), "legal_address" character varying(300), "legal_siren" character varying(9), "legal_object" character varying(500), "legal_status" character varying(200), "signatory_name" character varying(200), "signatory_role" character varying(120), "recurring_grace_days" integer NOT NULL DEFAULT '10', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d1a5345b6d2bae9dc76b68e4b19" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "donors" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" character varying(20) NOT NULL, "first_name" character varying(100), "last_name" character varying(100), "organisation_name" character varying(200), "siren" character varying(9), "email" character varying(254), "address" character varying(300), "postcode" character varying(10), "city" character varying(100), "public_name" boolean NOT NULL DEFAULT false, "person_id" uuid, "organisation_id" uuid, CONSTRAINT "PK_7fafae759bcc8cc1dfa09c3fbcf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "donors_email_lower" ON "donors" (lower("email"))`);
    await queryRunner.query(
      `CREATE TABLE "tax_receipts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "number" character varying(20) NOT NULL, "year" integer NOT NULL, "seq" integer NOT NULL, "kind" character varying(10) NOT NULL, "donor_id" uuid NOT NULL, "donor_name" character varying(300) NOT NULL, "donor_address" character varying(500), "donor_kind" character varying(20) NOT NULL, "entity" jsonb NOT NULL, "amount_cents" bigint NOT NULL, "gifts_count" integer NOT NULL, "issued_on" date NOT NULL, "issued_by_id" uuid, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" character varying(500), "replaces_id" uuid, "mailed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6f73d89f9dc54c1776ac8779098" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "tax_receipts_year_seq_unique" ON "tax_receipts"  ("year", "seq") `);
    await queryRunner.query(
      `CREATE TABLE "tax_receipt_gifts" ("receipt_id" uuid NOT NULL, "gift_id" uuid NOT NULL, CONSTRAINT "PK_d0131f2c32c10e2c9f431500b52" PRIMARY KEY ("receipt_id", "gift_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "tax_receipt_counters" ("year" integer NOT NULL, "last_seq" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_24d36dfc6a39b86dc1492e03c0a" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "gifts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "donor_id" uuid NOT NULL, "campaign_id" uuid, "strategy_action_id" uuid, "amount_cents" bigint NOT NULL, "received_on" date NOT NULL, "frequency" character varying(10) NOT NULL DEFAULT 'one_off', "payment_method" character varying(20) NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'paid', "source" character varying(12) NOT NULL, "reference" character varying(100), "helloasso_payment_id" bigint, "helloasso_order_id" bigint, "helloasso_updated_at" TIMESTAMP WITH TIME ZONE, "receipt_id" uuid, CONSTRAINT "PK_54242922934e1f322861d116af7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "gifts_donor" ON "gifts"  ("donor_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "gifts_helloasso_payment_unique" ON "gifts"  ("helloasso_payment_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "donors" ADD CONSTRAINT "FK_aaedbbc204f7417728c085373c8" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "donors" ADD CONSTRAINT "FK_669d2d033ade3ea038ff41aa691" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tax_receipts" ADD CONSTRAINT "FK_3665f4370383e45fe79cb4743b6" FOREIGN KEY ("donor_id") REFERENCES "donors"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tax_receipts" ADD CONSTRAINT "FK_371a11d99dda6ae4471d613f275" FOREIGN KEY ("replaces_id") REFERENCES "tax_receipts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tax_receipt_gifts" ADD CONSTRAINT "FK_baaa2304b2890287719a024efc2" FOREIGN KEY ("receipt_id") REFERENCES "tax_receipts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gifts" ADD CONSTRAINT "FK_7bbf5914330e19a2766cdede834" FOREIGN KEY ("donor_id") REFERENCES "donors"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gifts" ADD CONSTRAINT "FK_db8b1a2e5e3a945c47da101746d" FOREIGN KEY ("campaign_id") REFERENCES "donation_campaigns"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gifts" ADD CONSTRAINT "FK_507d77e52e7237edb01eab1c248" FOREIGN KEY ("strategy_action_id") REFERENCES "strategy_actions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gifts" ADD CONSTRAINT "FK_002a314c0340616b1e6210f6528" FOREIGN KEY ("receipt_id") REFERENCES "tax_receipts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`INSERT INTO "donation_settings" ("id") VALUES (1)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "gifts" DROP CONSTRAINT "FK_002a314c0340616b1e6210f6528"`);
    await queryRunner.query(`ALTER TABLE "gifts" DROP CONSTRAINT "FK_507d77e52e7237edb01eab1c248"`);
    await queryRunner.query(`ALTER TABLE "gifts" DROP CONSTRAINT "FK_db8b1a2e5e3a945c47da101746d"`);
    await queryRunner.query(`ALTER TABLE "gifts" DROP CONSTRAINT "FK_7bbf5914330e19a2766cdede834"`);
    await queryRunner.query(`ALTER TABLE "tax_receipt_gifts" DROP CONSTRAINT "FK_baaa2304b2890287719a024efc2"`);
    await queryRunner.query(`ALTER TABLE "tax_receipts" DROP CONSTRAINT "FK_371a11d99dda6ae4471d613f275"`);
    await queryRunner.query(`ALTER TABLE "tax_receipts" DROP CONSTRAINT "FK_3665f4370383e45fe79cb4743b6"`);
    await queryRunner.query(`ALTER TABLE "donors" DROP CONSTRAINT "FK_669d2d033ade3ea038ff41aa691"`);
    await queryRunner.query(`ALTER TABLE "donors" DROP CONSTRAINT "FK_aaedbbc204f7417728c085373c8"`);
    await queryRunner.query(`DROP INDEX "public"."gifts_helloasso_payment_unique"`);
    await queryRunner.query(`DROP INDEX "public"."gifts_donor"`);
    await queryRunner.query(`DROP TABLE "gifts"`);
    await queryRunner.query(`DROP TABLE "tax_receipt_counters"`);
    await queryRunner.query(`DROP TABLE "tax_receipt_gifts"`);
    await queryRunner.query(`DROP INDEX "public"."tax_receipts_year_seq_unique"`);
    await queryRunner.query(`DROP TABLE "tax_receipts"`);
    await queryRunner.query(`DROP INDEX "public"."donors_email_lower"`);
    await queryRunner.query(`DROP TABLE "donors"`);
    await queryRunner.query(`DROP TABLE "donation_settings"`);
    await queryRunner.query(`DROP INDEX "public"."donation_campaigns_slug_unique"`);
    await queryRunner.query(`DROP TABLE "donation_campaigns"`);
  }
}
