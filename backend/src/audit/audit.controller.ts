import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, type RequestContext } from '../common/request-context';
import { Policy } from '../permissions/policy.decorator';
import { AuditService } from './audit.service';
import { AuditQuery } from './dto/audit-query.dto';
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

  @Get('verify')
  @Policy('verify', 'AuditEntry')
  @Returns(AuditVerifyResponse)
  verify() {
    return this.audit.verify();
  }
}
