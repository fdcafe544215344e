import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { Ctx, type SignedInContext } from '../common/request-context';
import { Policy, Reauthenticated } from '../permissions/policy.decorator';
import { AccountsService } from './accounts.service';
import { AccountQuery, InviteDto, SetRolesDto } from './dto/accounts.dto';

@ApiTags('accounts')
@Controller()
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get('accounts')
  @Policy('read', 'Account')
  list(@Ctx() ctx: SignedInContext, @Query() q: AccountQuery) {
    return this.accounts.list(ctx, q);
  }

  @Post('invitations')
  @Policy('invite', 'Account')
  invite(@Ctx() ctx: SignedInContext, @Body() dto: InviteDto) {
    return this.accounts.invite(ctx, dto);
  }

  @Patch('accounts/:id/roles')
  @Policy('update', 'Account')
  @Reauthenticated()
  setRoles(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: SetRolesDto) {
    return this.accounts.setRoles(ctx, id, dto.roles);
  }

  @Post('accounts/:id/disable')
  @Policy('update', 'Account')
  disable(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.accounts.setDisabled(ctx, id, true);
  }

  @Post('accounts/:id/enable')
  @Policy('update', 'Account')
  enable(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.accounts.setDisabled(ctx, id, false);
  }
}
