export class BackupRunResponse {
  /** When the run ended. */
  finishedAt: Date;
  /** Name of the file written, in BACKUP_DIR. */
  file?: string;
  bytes?: number;
  /** How long the backup took, in milliseconds. */
  ms?: number;
  /** Why it failed. */
  error?: string;
}

/** What the admin's page shows of backups: whether the nightly one is on, its last success and last failure. */
export class BackupStatusResponse {
  /** BACKUP_DAILY: a backup every night. */
  daily: boolean;
  /** BACKUP_KEEP: how many backups the nightly one keeps. */
  keep: number;
  lastSuccess: BackupRunResponse | null;
  lastFailure: BackupRunResponse | null;
}
