import path from 'node:path';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';
import { exec, sql } from './sql';

export interface PreparedDatabase {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

/** Any constant: every process that migrates takes this lock first, so two starts never migrate at once. */
const MIGRATION_LOCK = 727_000;

export async function runMigrations(url: string): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(url, 2));
  await ds.initialize();
  const lock = ds.createQueryRunner();
  try {
    await exec(lock, sql`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    const done = await ds.runMigrations({ transaction: 'each' });
    await exec(lock, sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`);
    return done.map((m) => m.name);
  } finally {
    await lock.release();
    await ds.destroy();
  }
}

/** The database the app will use: `DATABASE_URL`, or an embedded PostgreSQL under DATA_DIR; migrated. */
export async function prepareDatabase(
  config: AppConfig,
  opts: { migrate: boolean; log?: (m: string) => void },
): Promise<PreparedDatabase> {
  const log = opts.log ?? (() => undefined);
  let url = config.DATABASE_URL;
  let stop = (): Promise<void> => Promise.resolve();
  if (!url) {
    const pg = await startEmbeddedPostgres({
      dataDir: path.join(config.DATA_DIR, 'postgres'),
      port: config.EMBEDDED_PG_PORT,
      database: 'maillage',
      log,
    });
    url = pg.url;
    stop = pg.stop;
    log(
      `embedded PostgreSQL listening on 127.0.0.1:${config.EMBEDDED_PG_PORT} (data in ${path.join(config.DATA_DIR, 'postgres')})`,
    );
  }
  if (opts.migrate) {
    const done = await runMigrations(url);
    if (done.length > 0) log(`migrations applied: ${done.join(', ')}`);
  }
  return { url, embedded: !config.DATABASE_URL, stop };
}
