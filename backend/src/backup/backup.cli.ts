import 'reflect-metadata';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source';
import { prepareDatabase } from '../database/prepare';
import { JobRunner } from '../jobs/job-runner.service';
import { BACKUP_JOB, takeBackup, type BackupFile } from './backup.service';
import { DatabaseNotEmpty, restoreArchive } from './restore';
import { one, sql } from '../database/sql';
import { col } from '../database/sql-columns';

const USAGE = `usage: npm run backup                     a dated backup in BACKUP_DIR (default data/backups)
       npm run restore -- FILE [--force]   restores FILE into the app's database, which must be empty
                                           (--force replaces everything in it; stop the API first)`;

/**
 * `npm run backup` and `npm run restore`: the database of DATABASE_URL, or the embedded one (started for the
 * occasion, or shared with the app running on it).
 */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  const db = await prepareDatabase(config, { migrate: false });
  try {
    if (command === 'backup') {
      const ds = await new DataSource(dataSourceOptions(db.url, 2)).initialize();
      try {
        // Through the job runner, so a nightly backup never runs at the same time and the admin's page sees this one;
        // a database of a version older than the runner (not migrated since) is backed up as it is.
        const { runs } = await one(ds, sql`SELECT to_regclass('scheduled_job_runs') IS NOT NULL AS runs`, {
          runs: col.bool,
        });
        const outcome = runs
          ? await new JobRunner(ds).run(BACKUP_JOB, () => takeBackup(db.url, config.backupDir), new Date())
          : { ran: true as const, ok: true as const, detail: await takeBackup(db.url, config.backupDir) };
        if (!outcome.ran) throw new Error('another backup is running');
        if (!outcome.ok) throw new Error(outcome.error);
        const done = outcome.detail as BackupFile;
        console.log(
          `backup written: ${done.file}\n  ${(done.bytes / 1024).toFixed(0)} KiB in ${(done.ms / 1000).toFixed(1)} s, ${done.server}, ${done.client}`,
        );
      } finally {
        await ds.destroy();
      }
      return 0;
    }
    if (
      command === 'restore' &&
      rest.filter((a) => !a.startsWith('--')).length === 1 &&
      rest.every((a) => !a.startsWith('--') || a === '--force')
    ) {
      const file = path.resolve(
        process.env.INIT_CWD ?? process.cwd(),
        rest.find((a) => !a.startsWith('--'))!,
      );
      const started = Date.now();
      const result = await restoreArchive(db.url, file, { force: rest.includes('--force') });
      console.log(`restored ${file}\n  ${result.tables} tables, ${result.entries} entries in ${((Date.now() - started) / 1000).toFixed(1)} s (taken ${result.archive.createdAt.toISOString()} by pg_dump ${result.archive.dumpVersion} from PostgreSQL ${result.archive.serverVersion})
  the next start of the API migrates it to this version's schema`);
      return 0;
    }
    console.error(USAGE);
    return 2;
  } finally {
    await db.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(e instanceof ConfigError ? e.message : `${e.message}`);
    process.exit(e instanceof DatabaseNotEmpty ? 3 : 1);
  },
);
