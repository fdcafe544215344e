/** French texts of the backups pages: the reference for en.ts; src/i18n assembles every feature's dictionary. */
export const backupsFr = {
  'backups.title': 'Sauvegardes',
  'backups.daily': 'Chaque nuit, les {keep} dernières gardées',
  'backups.manual': 'Pas de sauvegarde automatique',
  'backups.lastSuccess': 'Dernière sauvegarde : {date} ({file}, {size})',
  'backups.none': 'Aucune sauvegarde enregistrée.',
  'backups.lastFailure': 'La sauvegarde du {date} a échoué : {error}',
  'backups.howTo': 'npm run backup en prend une ; BACKUP_DAILY=true les programme chaque nuit (docs/deploy.md).',
} satisfies Record<string, string>;
