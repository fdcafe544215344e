import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Strategy actions link to the fund splits that carry their money (the trail decision → … → payments). */
export class StrategyActionSplits1795880000000 implements MigrationInterface {
  name = 'StrategyActionSplits1795880000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "strategy_action_splits" ("strategy_action_id" uuid NOT NULL, "split_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_8e0f19ea91a8c6fe233148ea6a9" PRIMARY KEY ("strategy_action_id", "split_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "strategy_action_splits_split_idx" ON "strategy_action_splits" ("split_id")`);
    await queryRunner.query(
      `ALTER TABLE "strategy_action_splits" ADD CONSTRAINT "FK_a044a32b098dedb6bf590bc2f05" FOREIGN KEY ("strategy_action_id") REFERENCES "strategy_actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "strategy_action_splits" ADD CONSTRAINT "FK_4dbd551d54f0bf6b7060e88c5da" FOREIGN KEY ("split_id") REFERENCES "splits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "strategy_action_splits"`);
  }
}
