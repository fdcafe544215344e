import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import path from 'node:path';
import type { BackupStatus } from '../backup.service';

export class BackupRunDto {
  @ApiProperty({ description: 'When the run ended' })
  finishedAt!: Date;

  @ApiPropertyOptional({ description: 'Name of the file written (in BACKUP_DIR)' })
  file?: string;

  @ApiPropertyOptional()
  bytes?: number;

  @ApiPropertyOptional({ description: 'How long the backup took, in milliseconds' })
  ms?: number;

  @ApiPropertyOptional({ description: 'Why it failed' })
  error?: string;
}

/** What the admin's page shows of backups: whether the daily one is on, its last success and last failure. */
export class BackupStatusDto {
  @ApiProperty({ description: 'BACKUP_DAILY: a backup every night' })
  daily!: boolean;

  @ApiProperty({ description: 'BACKUP_KEEP: how many backups the daily one keeps' })
  keep!: number;

  @ApiProperty({ type: BackupRunDto, nullable: true })
  lastSuccess!: BackupRunDto | null;

  @ApiProperty({ type: BackupRunDto, nullable: true })
  lastFailure!: BackupRunDto | null;

  /** The file's name only: where the server keeps it is no business of the page. */
  static from(s: BackupStatus): BackupStatusDto {
    return {
      daily: s.daily,
      keep: s.keep,
      lastSuccess: s.lastSuccess && { finishedAt: s.lastSuccess.finishedAt, file: path.basename(s.lastSuccess.detail.file), bytes: s.lastSuccess.detail.bytes, ms: s.lastSuccess.detail.ms },
      lastFailure: s.lastFailure && { finishedAt: s.lastFailure.finishedAt, error: s.lastFailure.error ?? undefined },
    };
  }
}
