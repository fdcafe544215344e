import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { runMigrations } from '../../src/database/prepare';
import { seedDemoData } from '../../src/database/seed/seed';
import { admin, databaseUrl, testServer } from './database';

/**
 * Once per run: migrate an empty database, check the entities have not drifted from the migrations,
 * seed the demo data, and keep it as the template every test file copies.
 */
export default async function globalSetup(): Promise<void> {
  const server = await testServer();
  const template = `maillage_test_${Date.now().toString(36)}`;
  await admin(server.adminUrl, (c) => c.query(`CREATE DATABASE "${template}"`));
  const url = databaseUrl(server.adminUrl, template);
  await runMigrations(url);

  const ds = new DataSource(dataSourceOptions(url, 1));
  await ds.initialize();
  const drift = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  if (drift.upQueries.length > 0) {
    throw new Error(
      `Entities and migrations differ; generate a migration. Pending:\n${drift.upQueries.map((q) => q.query).join(';\n')}`,
    );
  }

  await seedDemoData(url);
  process.env.MAILLAGE_TEST_ADMIN_URL = server.adminUrl;
  process.env.MAILLAGE_TEST_TEMPLATE = template;
  (globalThis as { __maillageStopDb?: () => Promise<void> }).__maillageStopDb = server.stop;
}
