import { Module } from '@nestjs/common';
import { BackupController } from './backup.controller';
import { BackupService } from './backup.service';

/**
 * Backups: the nightly one (BACKUP_DAILY), its status for the admin; `npm run backup`/`restore` use the same code
 * (backup.cli.ts).
 */
@Module({ controllers: [BackupController], providers: [BackupService], exports: [BackupService] })
export class BackupModule {}
