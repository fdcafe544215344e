import { Logger } from '@nestjs/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** [constraint, table, column, referenced table] */
const LINKS: [string, string, string, string][] = [
  ['FK_92b95086504426652c58b2edb6d', 'missions', 'grant_id', 'grants'],
  ['FK_cd256948eeecd104fa9fccb2dfb', 'missions', 'budget_line_id', 'grant_budget_lines'],
  ['FK_3e9f43af2e6f218760cf060152b', 'meetings', 'working_group_id', 'working_groups'],
  ['FK_49d11baf8d6d68f8b8902eba838', 'decisions', 'working_group_id', 'working_groups'],
  ['FK_4c0dbc14ad74e2216ef2358a979', 'action_items', 'owner_group_id', 'working_groups'],
];

/**
 * The links governance and contractors made to working groups and grants while those modules were built alongside
 * become foreign keys. Until now the API stored any uuid: rows pointing at nothing cannot be mended here (decisions
 * are immutable, an action item needs an owner), so where some exist the key is left NOT VALID: it checks every new
 * or changed row, and the old ones are named in the log for someone to fix before `VALIDATE CONSTRAINT`.
 */
export class CrossModuleLinks1795640000000 implements MigrationInterface {
  name = 'CrossModuleLinks1795640000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, table, column, target] of LINKS) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE RESTRICT ON UPDATE NO ACTION NOT VALID`,
      );
      const orphans = (await queryRunner.query(
        `SELECT s.id FROM "${table}" s WHERE s."${column}" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "${target}" t WHERE t.id = s."${column}")`,
      )) as { id: string }[];
      if (orphans.length === 0) await queryRunner.query(`ALTER TABLE "${table}" VALIDATE CONSTRAINT "${name}"`);
      else
        new Logger('Migration').warn(
          `${table}.${column} points at no ${target} row for ${orphans.map((o) => o.id).join(', ')}: ${name} left NOT VALID`,
        );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name, table] of [...LINKS].reverse())
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
  }
}
