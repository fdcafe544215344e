import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, type RequestContext } from '../common/request-context';
import { Policy, Reauthenticated } from '../permissions/policy.decorator';
import { AuditService } from './audit.service';
import { AuditExportQuery, AuditQuery } from './dto/audit-query.dto';
import { ExportRoute, exportResponse } from '../common/exports/export-route';
import { AUDIT_EXPORT } from './audit-export';
import { Returns, ReturnsPage } from '../common/contract';
import { AuditEntryResponse, AuditVerifyResponse } from './dto/audit.response';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Policy('read', 'AuditEntry')
  @ReturnsPage(AuditEntryResponse)
  list(@Ctx() ctx: RequestContext, @Query() q: AuditQuery) {
    return this.audit.list(ctx, q);
  }

  /** Its entries name people (who did what, the values before and after): a recent sign-in is asked. */
  @Get('export')
  @Policy('read', 'AuditEntry')
  @Reauthenticated()
  @ExportRoute(AUDIT_EXPORT)
  export(@Ctx() ctx: RequestContext, @Query() q: AuditExportQuery) {
    return exportResponse(this.audit.export(ctx, q));
  }

  @Get('verify')
  @Policy('verify', 'AuditEntry')
  @Returns(AuditVerifyResponse)
  verify() {
    return this.audit.verify();
  }
}
