import { Controller, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns } from '../common/contract';
import { ValidationFailed } from '../common/errors';
import { CommonError } from '../common/common.errors';
import { Ctx, type SignedInContext } from '../common/request-context';
import { Policy } from '../permissions/policy.decorator';
import { OutboxJobResponse } from './dto/outbox-job.response';
import { OutboxAdminService } from './outbox-admin.service';

@ApiTags('outbox')
/** The admin's view of transactional mail (and other outbox jobs) that keeps failing, and the retry button. */
@Controller('outbox')
export class OutboxController {
  constructor(private readonly jobs: OutboxAdminService) {}

  @Get('jobs')
  @Policy('read', 'OutboxJob')
  @Returns([OutboxJobResponse])
  troubled() {
    return this.jobs.troubled();
  }

  @Post('jobs/:id/retry')
  @Policy('update', 'OutboxJob')
  @Returns(OutboxJobResponse)
  retry(
    @Ctx() ctx: SignedInContext,
    @Param(
      'id',
      new ParseIntPipe({ exceptionFactory: () => ValidationFailed.field('id', CommonError.InvalidIdentifier) }),
    )
    id: number,
  ) {
    return this.jobs.retry(ctx, String(id));
  }
}
