import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Decisions marked public (every signed-in person reads them, volunteers and contractors included) or COPIL-only.
 * Decisions recorded so far were written for the COPIL: they stay COPIL-only until someone records a public
 * amendment. Adding a column with a default fires no row trigger, so the log's no-UPDATE trigger is not in the way.
 */
export class DecisionVisibility1795663000000 implements MigrationInterface {
  name = 'DecisionVisibility1795663000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "decisions" ADD "visibility" character varying(10) NOT NULL DEFAULT 'copil'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "visibility"`);
  }
}
