import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A contribution's working group and grant become checked links. Groups and grants are archived, never deleted, so
 * RESTRICT. Until now the API stored any uuid it was given: an id that matches no group or grant never pointed at
 * anything and carries no information, so it is cleared first (otherwise the constraint could not be added).
 */
export class ContributionLinks1795620000000 implements MigrationInterface {
  name = 'ContributionLinks1795620000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "contributions" c SET "working_group_id" = NULL
      WHERE c."working_group_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "working_groups" g WHERE g."id" = c."working_group_id")`);
    await queryRunner.query(`UPDATE "contributions" c SET "grant_id" = NULL
      WHERE c."grant_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "grants" g WHERE g."id" = c."grant_id")`);
    await queryRunner.query(
      `ALTER TABLE "contributions" ADD CONSTRAINT "FK_b54e846dd99ef6ff17544480523" FOREIGN KEY ("working_group_id") REFERENCES "working_groups"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contributions" ADD CONSTRAINT "FK_0ca41505296f38bfe203c7ddebf" FOREIGN KEY ("grant_id") REFERENCES "grants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contributions" DROP CONSTRAINT "FK_0ca41505296f38bfe203c7ddebf"`);
    await queryRunner.query(`ALTER TABLE "contributions" DROP CONSTRAINT "FK_b54e846dd99ef6ff17544480523"`);
  }
}
