import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every money column is integer cents in a `bigint` (see common/cents-column.ts); missions' daily rate was the one
 * `integer`. Changing the type in place keeps the rates (TypeORM's generator would drop and re-add the column).
 */
export class MissionRateBigint1795684000000 implements MigrationInterface {
  name = 'MissionRateBigint1795684000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "missions" ALTER COLUMN "daily_rate_cents" TYPE bigint`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "missions" ALTER COLUMN "daily_rate_cents" TYPE integer`);
  }
}
