import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The CERFA 15059 report groups by nature: every budget line gets its account (existing lines take the one their
 * category was filed under), and may explain its gap; a grant names who signs the report's attestation.
 */
export class FunderReporting1795860000000 implements MigrationInterface {
  name = 'FunderReporting1795860000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "grant_budget_lines" ADD "account" character varying(2)`);
    await queryRunner.query(
      `UPDATE "grant_budget_lines" SET "account" = CASE "category" WHEN 'staff' THEN '64' WHEN 'events' THEN '61'
         WHEN 'tools' THEN '60' WHEN 'other' THEN '65' ELSE '62' END`,
    );
    await queryRunner.query(`ALTER TABLE "grant_budget_lines" ALTER COLUMN "account" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "grant_budget_lines" ADD "gap_note" text`);
    await queryRunner.query(
      `ALTER TABLE "grant_budget_lines" ADD CONSTRAINT "grant_budget_lines_account_nature" CHECK ("account" ~ '^(6[0-8]|7[0-8])$')`,
    );
    await queryRunner.query(`ALTER TABLE "grants" ADD "signatory_name" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "grants" ADD "signatory_role" character varying(200)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "grants" DROP COLUMN "signatory_role"`);
    await queryRunner.query(`ALTER TABLE "grants" DROP COLUMN "signatory_name"`);
    await queryRunner.query(`ALTER TABLE "grant_budget_lines" DROP CONSTRAINT "grant_budget_lines_account_nature"`);
    await queryRunner.query(`ALTER TABLE "grant_budget_lines" DROP COLUMN "gap_note"`);
    await queryRunner.query(`ALTER TABLE "grant_budget_lines" DROP COLUMN "account"`);
  }
}
