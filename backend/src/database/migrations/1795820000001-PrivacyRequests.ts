import type { MigrationInterface, QueryRunner } from 'typeorm';

/** GDPR requests (access, erasure, portability) and the numbers of the pseudonyms erased people are known by. */
export class PrivacyRequests1795820000001 implements MigrationInterface {
  name = 'PrivacyRequests1795820000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "privacy_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "person_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deadline" date NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'pending', "handled_by_id" uuid, "handled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_fbdea00fb2fcf274bf0d2ddf2c2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "privacy_requests_person_idx" ON "privacy_requests" ("person_id") `);
    await queryRunner.query(
      `CREATE INDEX "privacy_requests_status_deadline_idx" ON "privacy_requests" ("status", "deadline") `,
    );
    await queryRunner.query(
      `ALTER TABLE "privacy_requests" ADD CONSTRAINT "FK_dae51e0397642188d3bb0eb5d1b" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // "personne effacée n° N": one number per erasure, never reused.
    await queryRunner.query(`CREATE SEQUENCE "erased_person_number"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SEQUENCE "erased_person_number"`);
    await queryRunner.query(`ALTER TABLE "privacy_requests" DROP CONSTRAINT "FK_dae51e0397642188d3bb0eb5d1b"`);
    await queryRunner.query(`DROP INDEX "public"."privacy_requests_status_deadline_idx"`);
    await queryRunner.query(`DROP INDEX "public"."privacy_requests_person_idx"`);
    await queryRunner.query(`DROP TABLE "privacy_requests"`);
  }
}
