import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns } from '../common/contract';
import { Policy } from '../permissions/policy.decorator';
import { BackupService } from './backup.service';
import { BackupStatusResponse } from './dto/backup-status.response';

@ApiTags('backups')
@Controller('backups')
export class BackupController {
  constructor(private readonly backups: BackupService) {}

  @Get('status')
  @Policy('read', 'Backup')
  @Returns(BackupStatusResponse)
  status(): Promise<BackupStatusResponse> {
    return this.backups.status();
  }
}
