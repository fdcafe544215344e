import type { backupsFr } from './fr';

/** Typed by the French dictionary: a missing or extra key fails the type-check. */
export const backupsEn: Record<keyof typeof backupsFr, string> = {
  'backups.title': 'Backups',
  'backups.daily': 'Every night, the last {keep} kept',
  'backups.manual': 'No automatic backup',
  'backups.lastSuccess': 'Last backup: {date} ({file}, {size})',
  'backups.none': 'No backup recorded.',
  'backups.lastFailure': 'The backup of {date} failed: {error}',
  'backups.howTo': 'npm run backup takes one; BACKUP_DAILY=true schedules one every night (docs/deploy.md).',
};
