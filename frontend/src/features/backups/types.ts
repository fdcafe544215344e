/** GET /api/backups/status (BackupStatusDto). */
export interface BackupRun {
  finishedAt: string;
  file?: string;
  bytes?: number;
  ms?: number;
  error?: string;
}

export interface BackupStatus {
  daily: boolean;
  keep: number;
  lastSuccess: BackupRun | null;
  lastFailure: BackupRun | null;
}
