import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { createTestDatabase } from '../support/database';

jest.setTimeout(120_000);

const MIGRATION = 'LinkTables1795700000000';
const NOWHERE = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

/** The uuid arrays of a database from before the link tables, carried over to them. */
describe('the link tables migration', () => {
  let database: { url: string; drop(): Promise<void> };
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await new DataSource(dataSourceOptions(database.url, 1)).initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  const ids = async (sql: string) => (await db.query(sql)).map((r: { id: string }) => r.id) as string[];
  const linked = (table: string, self: string, other: string, id: string) =>
    db
      .query(`SELECT ${other} AS id FROM ${table} WHERE ${self} = $1 ORDER BY position`, [id])
      .then((rows: { id: string }[]) => rows.map((r) => r.id));

  it('puts back the arrays on the way down, and on the way up keeps the ids that point at rows, in the owner’s order', async () => {
    const [a1] = await ids(
      'SELECT strategy_action_id AS id FROM strategy_action_working_groups GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1',
    );
    const [a2] = await ids(`SELECT id FROM strategy_actions WHERE id <> '${a1}' ORDER BY title LIMIT 1`);
    const seeded = await linked('strategy_action_working_groups', 'strategy_action_id', 'working_group_id', a1);
    expect(seeded.length).toBeGreaterThan(1);
    while ((await db.query('SELECT name FROM migrations ORDER BY id DESC LIMIT 1'))[0].name !== MIGRATION)
      await db.undoLastMigration({ transaction: 'each' });
    await db.undoLastMigration({ transaction: 'each' });
    expect((await db.query('SELECT group_ids FROM strategy_actions WHERE id = $1', [a1]))[0].group_ids).toEqual(seeded);
    expect(
      (await db.query(`SELECT count(*)::int AS n FROM meetings WHERE cardinality(attendee_person_ids) > 0`))[0].n,
    ).toBeGreaterThan(0);

    const [g1, g2, g3] = await ids('SELECT id FROM working_groups ORDER BY name LIMIT 3');
    const [grant] = await ids('SELECT id FROM grants ORDER BY title LIMIT 1');
    const [issue] = await ids('SELECT id FROM newsletter_issues ORDER BY number LIMIT 1');
    const [l1, l2] = await ids('SELECT id FROM newsletter_lists ORDER BY key LIMIT 2');
    // A stale id, a repeated one, and links that only one side of a two-sided link had.
    await db.query('UPDATE grants SET working_group_ids = $2, strategy_action_ids = $3 WHERE id = $1', [
      grant,
      [g2, NOWHERE, g1, g2],
      [a1],
    ]);
    await db.query('UPDATE strategy_actions SET group_ids = $2, grant_ids = $3 WHERE id = $1', [a1, [g1], []]);
    await db.query('UPDATE strategy_actions SET group_ids = $2, grant_ids = $3 WHERE id = $1', [
      a2,
      [g3, NOWHERE, g1],
      [grant, NOWHERE],
    ]);
    await db.query(`UPDATE working_groups SET strategy_action_ids = CASE WHEN id = $1 THEN $2::uuid[] ELSE '{}' END`, [
      g2,
      [a2, a1, NOWHERE],
    ]);
    await db.query('UPDATE newsletter_issues SET list_ids = $2 WHERE id = $1', [issue, [l2, NOWHERE, l1]]);

    await db.runMigrations({ transaction: 'each' });
    expect(await linked('grant_working_groups', 'grant_id', 'working_group_id', grant)).toEqual([g2, g1]);
    expect(await linked('grant_strategy_actions', 'grant_id', 'strategy_action_id', grant)).toEqual([a1, a2]);
    expect(await linked('strategy_action_working_groups', 'strategy_action_id', 'working_group_id', a1)).toEqual([
      g1,
      g2,
    ]);
    expect(await linked('strategy_action_working_groups', 'strategy_action_id', 'working_group_id', a2)).toEqual([
      g3,
      g1,
      g2,
    ]);
    expect(await linked('newsletter_issue_lists', 'issue_id', 'list_id', issue)).toEqual([l2, l1]);
    const arrays = await db.query(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'ARRAY' AND udt_name = '_uuid'`,
    );
    expect(arrays).toEqual([]);
  });
});
