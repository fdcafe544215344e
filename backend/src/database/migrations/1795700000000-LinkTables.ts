import { Logger } from '@nestjs/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The uuid arrays that linked grants, working groups, strategy actions and newsletter lists become join tables with
 * foreign keys, one per link (the two links kept on both sides are merged: the owner's order first, then what only
 * the other side had). Ids that point at no row any more (or twice in one array) are left behind, and counted in the
 * log. The meetings' copy of their attendees goes: the permission rule reads `meeting_attendees` itself.
 */
export class LinkTables1795700000000 implements MigrationInterface {
  name = 'LinkTables1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "grant_working_groups" ("grant_id" uuid NOT NULL, "working_group_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_e04fd153ce8c89050ca7f3b3b34" PRIMARY KEY ("grant_id", "working_group_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "grant_working_groups_group_idx" ON "grant_working_groups" ("working_group_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "grant_strategy_actions" ("grant_id" uuid NOT NULL, "strategy_action_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_616e28b43f2ecd75334acd5220e" PRIMARY KEY ("grant_id", "strategy_action_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "grant_strategy_actions_action_idx" ON "grant_strategy_actions" ("strategy_action_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "strategy_action_working_groups" ("strategy_action_id" uuid NOT NULL, "working_group_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_485f8f2c4e11e75640c83810564" PRIMARY KEY ("strategy_action_id", "working_group_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "strategy_action_working_groups_group_idx" ON "strategy_action_working_groups" ("working_group_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "newsletter_issue_lists" ("issue_id" uuid NOT NULL, "list_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_9a6fa780ce38fea3087544babe2" PRIMARY KEY ("issue_id", "list_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "newsletter_issue_lists_list_idx" ON "newsletter_issue_lists" ("list_id") `);
    // Either end of a grant's or an action's link deleted drops the link; a list an issue went to cannot be deleted.
    await queryRunner.query(
      `ALTER TABLE "grant_working_groups" ADD CONSTRAINT "FK_e469cee32ec3fba77a4a4828eb2" FOREIGN KEY ("grant_id") REFERENCES "grants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "grant_working_groups" ADD CONSTRAINT "FK_a7a2f168c978bc755515fa3d937" FOREIGN KEY ("working_group_id") REFERENCES "working_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "grant_strategy_actions" ADD CONSTRAINT "FK_ca4e1d522d7963b3cdbf32455b2" FOREIGN KEY ("grant_id") REFERENCES "grants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "grant_strategy_actions" ADD CONSTRAINT "FK_54a22a66a71e55f19689d17232d" FOREIGN KEY ("strategy_action_id") REFERENCES "strategy_actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "strategy_action_working_groups" ADD CONSTRAINT "FK_80795bb0f29de9ab71ba571b2e5" FOREIGN KEY ("strategy_action_id") REFERENCES "strategy_actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "strategy_action_working_groups" ADD CONSTRAINT "FK_272cc3a44cceed7283a30d222ef" FOREIGN KEY ("working_group_id") REFERENCES "working_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "newsletter_issue_lists" ADD CONSTRAINT "FK_15b6072de0173d9fab0dec6cea3" FOREIGN KEY ("issue_id") REFERENCES "newsletter_issues"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "newsletter_issue_lists" ADD CONSTRAINT "FK_c081d2f8ebd20b55331dabf0959" FOREIGN KEY ("list_id") REFERENCES "newsletter_lists"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    // [link table, its owner's column, the owner's table and array, the target's column and table]
    const owned: [string, string, string, string, string, string][] = [
      ['grant_working_groups', 'grant_id', 'grants', 'working_group_ids', 'working_group_id', 'working_groups'],
      ['grant_strategy_actions', 'grant_id', 'grants', 'strategy_action_ids', 'strategy_action_id', 'strategy_actions'],
      [
        'strategy_action_working_groups',
        'strategy_action_id',
        'strategy_actions',
        'group_ids',
        'working_group_id',
        'working_groups',
      ],
      ['newsletter_issue_lists', 'issue_id', 'newsletter_issues', 'list_ids', 'list_id', 'newsletter_lists'],
    ];
    for (const [link, owner, table, array, target, targets] of owned) {
      await queryRunner.query(
        `INSERT INTO "${link}" ("${owner}", "${target}", "position")
         SELECT o.id, u.id, min(u.n)::int - 1 FROM "${table}" o CROSS JOIN LATERAL unnest(o."${array}") WITH ORDINALITY AS u(id, n)
         WHERE EXISTS (SELECT 1 FROM "${targets}" t WHERE t.id = u.id) GROUP BY o.id, u.id`,
      );
    }
    const [{ lost }] = (await queryRunner.query(
      `SELECT (SELECT coalesce(sum(cardinality(working_group_ids) + cardinality(strategy_action_ids)), 0) FROM grants)
            + (SELECT coalesce(sum(cardinality(group_ids)), 0) FROM strategy_actions)
            + (SELECT coalesce(sum(cardinality(list_ids)), 0) FROM newsletter_issues)
            - (SELECT count(*) FROM grant_working_groups) - (SELECT count(*) FROM strategy_action_working_groups)
            - (SELECT count(*) FROM grant_strategy_actions) - (SELECT count(*) FROM newsletter_issue_lists) AS lost`,
    )) as { lost: number }[];
    if (Number(lost) > 0)
      new Logger('Migration').warn(
        `${lost} linked id(s) of the owners' arrays pointed at no row (or twice at one) and were left out`,
      );
    // The other side's arrays: links only they had go at the end of the owner's list.
    const mirrored: [string, string, string, string, string, string][] = [
      ['grant_strategy_actions', 'grant_id', 'grants', 'strategy_action_id', 'strategy_actions', 'grant_ids'],
      [
        'strategy_action_working_groups',
        'strategy_action_id',
        'strategy_actions',
        'working_group_id',
        'working_groups',
        'strategy_action_ids',
      ],
    ];
    for (const [link, owner, owners, other, table, array] of mirrored) {
      await queryRunner.query(
        `INSERT INTO "${link}" ("${owner}", "${other}", "position")
         SELECT p.owner, p.other, coalesce((SELECT max(l."position") FROM "${link}" l WHERE l."${owner}" = p.owner), -1) + row_number() OVER (PARTITION BY p.owner ORDER BY p.other)
         FROM (SELECT DISTINCT u.id AS owner, s.id AS other FROM "${table}" s CROSS JOIN LATERAL unnest(s."${array}") AS u(id)
               WHERE EXISTS (SELECT 1 FROM "${owners}" o WHERE o.id = u.id)
                 AND NOT EXISTS (SELECT 1 FROM "${link}" l WHERE l."${owner}" = u.id AND l."${other}" = s.id)) p`,
      );
    }
    await queryRunner.query(`DROP INDEX "public"."meetings_attendee_person_ids_idx"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "attendee_person_ids"`);
    await queryRunner.query(`ALTER TABLE "grants" DROP COLUMN "working_group_ids"`);
    await queryRunner.query(`ALTER TABLE "grants" DROP COLUMN "strategy_action_ids"`);
    await queryRunner.query(`ALTER TABLE "strategy_actions" DROP COLUMN "group_ids"`);
    await queryRunner.query(`ALTER TABLE "strategy_actions" DROP COLUMN "grant_ids"`);
    await queryRunner.query(`ALTER TABLE "working_groups" DROP COLUMN "strategy_action_ids"`);
    await queryRunner.query(`ALTER TABLE "newsletter_issues" DROP COLUMN "list_ids"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "newsletter_issues" ADD "list_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "working_groups" ADD "strategy_action_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "strategy_actions" ADD "grant_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "strategy_actions" ADD "group_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "grants" ADD "strategy_action_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "grants" ADD "working_group_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD "attendee_person_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `CREATE INDEX "meetings_attendee_person_ids_idx" ON "meetings" USING gin ("attendee_person_ids")`,
    );
    // [table, array, link table, this side's column, the other's, order]
    const arrays: [string, string, string, string, string, string][] = [
      ['grants', 'working_group_ids', 'grant_working_groups', 'grant_id', 'working_group_id', '"position"'],
      ['grants', 'strategy_action_ids', 'grant_strategy_actions', 'grant_id', 'strategy_action_id', '"position"'],
      [
        'strategy_actions',
        'group_ids',
        'strategy_action_working_groups',
        'strategy_action_id',
        'working_group_id',
        '"position"',
      ],
      ['strategy_actions', 'grant_ids', 'grant_strategy_actions', 'strategy_action_id', 'grant_id', '"grant_id"'],
      [
        'working_groups',
        'strategy_action_ids',
        'strategy_action_working_groups',
        'working_group_id',
        'strategy_action_id',
        '"strategy_action_id"',
      ],
      ['newsletter_issues', 'list_ids', 'newsletter_issue_lists', 'issue_id', 'list_id', '"position"'],
      ['meetings', 'attendee_person_ids', 'meeting_attendees', 'meeting_id', 'person_id', '"person_id"'],
    ];
    for (const [table, array, link, self, other, order] of arrays) {
      await queryRunner.query(
        `UPDATE "${table}" r SET "${array}" = l.ids FROM (SELECT "${self}" AS id, array_agg("${other}" ORDER BY ${order}) AS ids FROM "${link}" GROUP BY "${self}") l WHERE l.id = r.id`,
      );
    }
    for (const link of [
      'newsletter_issue_lists',
      'strategy_action_working_groups',
      'grant_strategy_actions',
      'grant_working_groups',
    ]) {
      await queryRunner.query(`DROP TABLE "${link}"`);
    }
  }
}
