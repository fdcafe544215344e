import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { createTestDatabase, tableDigests } from '../support/database';
import { schemaFingerprint } from '../support/schema';

jest.setTimeout(120_000);

/** Every migration's `down`, run on a database that holds the demo data, then `up` again. */
describe('migrations down and up again', () => {
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

  const down = async (n: number) => {
    for (let i = 0; i < n; i++) await db.undoLastMigration({ transaction: 'each' });
  };
  const up = () => db.runMigrations({ transaction: 'each' });

  it('undoes the latest migrations and applies them again over the data of the others, which is kept', async () => {
    const schema = await schemaFingerprint(db);
    const latest = 4;
    // Tables none of these migrations change (grants are: their content and publication are among the latest).
    const untouched = Object.fromEntries(
      Object.entries(await tableDigests(database.url)).filter(([table]) =>
        ['organisations', 'people', 'contributions', 'meetings', 'newsletter_issues'].includes(table),
      ),
    );
    await down(latest);
    expect(await db.query('SELECT count(*)::int AS n FROM migrations')).toEqual([{ n: db.migrations.length - latest }]);
    expect(await up()).toHaveLength(latest);
    expect(await schemaFingerprint(db)).toEqual(schema);
    expect(await tableDigests(database.url)).toMatchObject(untouched);
  });

  it('undoes every migration down to an empty schema, then rebuilds the same schema', async () => {
    const schema = await schemaFingerprint(db);
    await down(db.migrations.length);
    const left = await db.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
    );
    expect(left).toEqual([]);
    // Nothing left but TypeORM's own table and the extension it installs for uuids.
    expect(
      (await schemaFingerprint(db)).filter((line) => !/migrations|PK_8c82d7f526340ab734260ea46be/.test(line)),
    ).toEqual(['extension pgcrypto']);
    await up();
    expect(await schemaFingerprint(db)).toEqual(schema);
    // And the entities still match the migrated schema (as the global setup checks on an empty database).
    expect((await db.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
