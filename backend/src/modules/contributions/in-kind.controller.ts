import { Body, Controller, Get, Param, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { Returns, ReturnsFile } from '../../common/contract';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import { CONTRIBUTION_TYPES } from './contribution-types';
import { attachment } from '../../common/content-disposition';
import { StatementQuery } from './dto/contribution.dto';
import { InKindAccountResponse, InKindStatementResponse } from './dto/in-kind.response';
import { UpdateInKindAccountDto } from './dto/rate.dto';
import { InKindService } from './in-kind.service';

/** « Contributions volontaires en nature »: the accounts each type goes to, and the yearly statement. */
@ApiTags('contributions')
@Controller('in-kind')
export class InKindController {
  constructor(private readonly inKind: InKindService) {}

  @Get('accounts')
  @Policy('read', 'InKindAccount')
  @Returns([InKindAccountResponse])
  accounts() {
    return this.inKind.accounts();
  }

  @Put('accounts/:type')
  @ApiParam({ name: 'type', enum: CONTRIBUTION_TYPES, enumName: 'ContributionType' })
  @Policy('update', 'InKindAccount')
  @Returns(InKindAccountResponse)
  updateAccount(@Ctx() ctx: SignedInContext, @Param('type') type: string, @Body() dto: UpdateInKindAccountDto) {
    return this.inKind.updateAccount(ctx, type, dto);
  }

  /** Validated contributions the caller may read: a COPIL member's network statement covers every organisation. */
  @Get('statement')
  @Policy('read', 'Contribution')
  @Returns(InKindStatementResponse)
  statement(@Ctx() ctx: RequestContext, @Query() q: StatementQuery) {
    return this.inKind.statement(ctx, q);
  }

  @Get('statement/export')
  @Policy('read', 'Contribution')
  @ReturnsFile('text/csv')
  async statementCsv(@Ctx() ctx: RequestContext, @Query() q: StatementQuery) {
    const { fileName, csv } = await this.inKind.statementCsv(ctx, q);
    return new StreamableFile(Buffer.from(csv), { type: 'text/csv; charset=utf-8', disposition: attachment(fileName) });
  }
}
