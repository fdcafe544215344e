import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bounces, complaints and mailto unsubscribes that come back after a send (modules/newsletters/returns): one row per
 * report, unique on its key so that a report read twice counts once. The delivery status `complained` needs no change:
 * the column is a varchar(12) without a check.
 */
export class NewsletterReturns1795830000000 implements MigrationInterface {
  name = 'NewsletterReturns1795830000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "newsletter_returns" ("id" BIGSERIAL NOT NULL, "key" character varying(200) NOT NULL, "subscriber_id" uuid NOT NULL, "delivery_id" bigint, "kind" character varying(12) NOT NULL, "source" character varying(12) NOT NULL, "detail" character varying(500) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_38a2816dad033868b77979e2d7c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "newsletter_returns_subscriber_idx" ON "newsletter_returns" ("subscriber_id", "kind", "at")`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "newsletter_returns_key_unique" ON "newsletter_returns" ("key")`);
    await queryRunner.query(
      `ALTER TABLE "newsletter_returns" ADD CONSTRAINT "FK_13aff9a9e363876bde38d12be77" FOREIGN KEY ("subscriber_id") REFERENCES "newsletter_subscribers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "newsletter_returns" ADD CONSTRAINT "FK_d342e5cc9674c9a713404cd77a9" FOREIGN KEY ("delivery_id") REFERENCES "newsletter_deliveries"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "newsletter_returns"`);
  }
}
