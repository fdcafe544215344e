import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications, one row per recipient, and how each account wants them by email (a daily digest by default). */
export class Notifications1795870000000 implements MigrationInterface {
  name = 'Notifications1795870000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recipient_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "params" jsonb NOT NULL, "link" character varying(300) NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notifications_recipient_idx" ON "notifications" ("recipient_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "accounts" ADD "notification_email" character varying(10) NOT NULL DEFAULT 'digest'`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d" FOREIGN KEY ("recipient_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "notification_email"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_recipient_idx"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
