import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { Ctx, type SignedInContext } from '../common/request-context';
import { Policy, Reauthenticated } from '../permissions/policy.decorator';
import { AccountsService } from './accounts.service';
import { AccountQuery, InviteDto, SetRolesDto } from './dto/accounts.dto';
import { Returns, ReturnsPage } from '../common/contract';
import { AccountResponse, InvitationSentResponse } from './dto/accounts.response';

@ApiTags('accounts')
@Controller()
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get('accounts')
  @Policy('read', 'Account')
  @ReturnsPage(AccountResponse)
  list(@Ctx() ctx: SignedInContext, @Query() q: AccountQuery) {
    return this.accounts.list(ctx, q);
  }

  @Post('invitations')
  @Policy('invite', 'Account')
  @Returns(InvitationSentResponse, 201)
  invite(@Ctx() ctx: SignedInContext, @Body() dto: InviteDto) {
    return this.accounts.invite(ctx, dto);
  }

  @Patch('accounts/:id/roles')
  @Policy('update', 'Account')
  @Reauthenticated()
  @Returns(AccountResponse)
  setRoles(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: SetRolesDto) {
    return this.accounts.setRoles(ctx, id, dto.roles);
  }

  @Post('accounts/:id/disable')
  @Policy('update', 'Account')
  @Returns(AccountResponse)
  disable(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.accounts.setDisabled(ctx, id, true);
  }

  @Post('accounts/:id/enable')
  @Policy('update', 'Account')
  @Returns(AccountResponse)
  enable(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.accounts.setDisabled(ctx, id, false);
  }

  @Post('invitations/:id/resend')
  @Policy('invite', 'Account')
  @Returns(InvitationSentResponse, 201)
  resend(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.accounts.resendInvitation(ctx, id);
  }

  @Post('invitations/:id/revoke')
  @Policy('invite', 'Account')
  @Returns(AccountResponse, 201)
  revoke(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.accounts.revokeInvitation(ctx, id);
  }
}
