import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JobRunner } from '../jobs/job-runner.service';
import type { BackupStatusResponse } from './dto/backup-status.response';
import { pgDump } from './pg-dump';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';

export const BACKUP_JOB = 'backup';
const NAME = /^maillage-\d{8}-\d{6}Z\.dump$/;

export interface BackupFile {
  file: string;
  bytes: number;
  ms: number;
  server: string;
  client: string;
}

/** `maillage-20261207-033000Z.dump`: sorts by date, and says when in UTC whatever the server's zone. */
export function backupName(at: Date): string {
  return `maillage-${at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)}Z.dump`;
}

/** A connection dropped under the dump (a restarted server, a network blip) is worth a second try; nothing else is. */
const DROPPED = 'server closed the connection unexpectedly';

/** Takes a backup of the app's database into `dir`; the newest `keep` dated files stay, older ones go. */
export async function takeBackup(databaseUrl: string, dir: string, keep?: number): Promise<BackupFile> {
  mkdirSync(dir, { recursive: true });
  const started = Date.now();
  const file = path.join(dir, backupName(new Date(started)));
  const { bytes, serverVersion, client } = await pgDump(databaseUrl, file).catch((error: Error) => {
    if (!error.message.includes(DROPPED)) throw error;
    return pgDump(databaseUrl, file);
  });
  if (keep) {
    const dated = readdirSync(dir)
      .filter((f) => NAME.test(f))
      .sort();
    for (const old of dated.slice(0, Math.max(0, dated.length - keep))) rmSync(path.join(dir, old));
  }
  return { file, bytes, ms: Date.now() - started, server: `PostgreSQL ${serverVersion}`, client };
}

/** The nightly backup (when BACKUP_DAILY is on) and what the admin's page shows of backups. */
@Injectable()
export class BackupService {
  private readonly logger = new Logger('Backup');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly jobs: JobRunner,
  ) {}

  @Cron('30 3 * * *', { name: 'daily-backup', timeZone: DISPLAY_TIME_ZONE })
  async daily(): Promise<void> {
    if (this.config.BACKUP_DAILY) await this.backupOnce();
  }

  /** One backup across every API process, recorded for the admin's page and the metrics. */
  backupOnce() {
    return this.jobs.run(BACKUP_JOB, async () => {
      const done = await takeBackup(this.databaseUrl(), this.config.backupDir, this.config.BACKUP_KEEP);
      this.logger.log(`backup written: ${done.file} (${done.bytes} bytes, ${done.ms} ms)`);
      return done;
    });
  }

  /** The file's name only: where the server keeps it is no business of the page. */
  async status(): Promise<BackupStatusResponse> {
    const { lastSuccess, lastFailure } = await this.jobs.lastRuns(BACKUP_JOB);
    const done = lastSuccess?.detail as BackupFile | undefined;
    return {
      daily: this.config.BACKUP_DAILY,
      keep: this.config.BACKUP_KEEP,
      lastSuccess:
        lastSuccess && done
          ? { finishedAt: lastSuccess.finishedAt, file: path.basename(done.file), bytes: done.bytes, ms: done.ms }
          : null,
      lastFailure: lastFailure && { finishedAt: lastFailure.finishedAt, error: lastFailure.error ?? undefined },
    };
  }

  /** The URL the app connected with: DATABASE_URL, or the embedded server's. */
  private databaseUrl(): string {
    return (this.db.options as { url: string }).url;
  }
}
