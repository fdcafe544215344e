import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An import's file moves from a bytea column (read whole into memory) to a PostgreSQL large object, written and read
 * in slices (modules/imports/import-file-store.ts). Files of jobs not yet committed move with it.
 */
export class ImportFileLargeObject1795840000000 implements MigrationInterface {
  name = 'ImportFileLargeObject1795840000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_jobs" ADD "file_oid" bigint`);
    await queryRunner.query(
      `UPDATE "import_jobs" SET "file_oid" = lo_from_bytea(0, "file")::bigint WHERE "status" <> 'committed' AND length("file") > 0`,
    );
    await queryRunner.query(`ALTER TABLE "import_jobs" DROP COLUMN "file"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_jobs" ADD "file" bytea NOT NULL DEFAULT ''`);
    await queryRunner.query(`UPDATE "import_jobs" SET "file" = lo_get("file_oid"::oid) WHERE "file_oid" IS NOT NULL`);
    await queryRunner.query(`SELECT lo_unlink("file_oid"::oid) FROM "import_jobs" WHERE "file_oid" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "import_jobs" DROP COLUMN "file_oid"`);
  }
}
