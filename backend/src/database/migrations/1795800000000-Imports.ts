import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports: organisations get the identifiers a spreadsheet matches them on (SIREN, RNA, postcode); uploaded files wait
 * in `import_jobs` between the dry run and the commit (which counts its progress there), and the last column mapping
 * of each kind is remembered in `import_mappings`.
 */
export class Imports1795800000000 implements MigrationInterface {
  name = 'Imports1795800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD "siren" character varying(9), ADD "rna" character varying(10), ADD "postcode" character varying(10)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "organisations_siren_unique" ON "organisations" ("siren") WHERE "siren" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "organisations_rna_unique" ON "organisations" ("rna") WHERE "rna" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "import_jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(30) NOT NULL, "file_name" character varying(200) NOT NULL, "file" bytea NOT NULL, "format" character varying(10) NOT NULL, "encoding" character varying(20), "delimiter" character varying(3), "status" character varying(20) NOT NULL DEFAULT 'uploaded', "total" integer, "processed" integer NOT NULL DEFAULT 0, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_import_jobs" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "import_mappings" ("kind" character varying(30) NOT NULL, "mapping" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_import_mappings" PRIMARY KEY ("kind"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "import_mappings"`);
    await queryRunner.query(`DROP TABLE "import_jobs"`);
    await queryRunner.query(`DROP INDEX "organisations_rna_unique"`);
    await queryRunner.query(`DROP INDEX "organisations_siren_unique"`);
    await queryRunner.query(
      `ALTER TABLE "organisations" DROP COLUMN "postcode", DROP COLUMN "rna", DROP COLUMN "siren"`,
    );
  }
}
