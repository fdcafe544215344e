import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Policy } from '../permissions/policy.decorator';
import { BackupService } from './backup.service';
import { BackupStatusDto } from './dto/backup-status.dto';

@ApiTags('backups')
@Controller('backups')
export class BackupController {
  constructor(private readonly backups: BackupService) {}

  @Get('status')
  @Policy('read', 'Backup')
  @ApiOkResponse({ type: BackupStatusDto })
  async status(): Promise<BackupStatusDto> {
    return BackupStatusDto.from(await this.backups.status());
  }
}
