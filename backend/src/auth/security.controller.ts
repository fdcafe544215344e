import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, type SignedInContext } from '../common/request-context';
import { Policy, SignedIn } from '../permissions/policy.decorator';
import { SecondFactorDto, SecuritySettingsDto } from './dto/security.dto';
import { SecondFactorService } from './second-factor.service';

@ApiTags('auth')
@Controller()
export class SecurityController {
  constructor(private readonly secondFactor: SecondFactorService) {}

  @Post('auth/second-factor/setup')
  @HttpCode(200)
  @SignedIn()
  setup(@Ctx() ctx: SignedInContext) {
    return this.secondFactor.setup(ctx);
  }

  @Post('auth/second-factor/enable')
  @HttpCode(200)
  @SignedIn()
  enable(@Ctx() ctx: SignedInContext, @Body() dto: SecondFactorDto) {
    return this.secondFactor.enable(ctx, dto);
  }

  @Post('auth/second-factor/recovery-codes')
  @HttpCode(200)
  @SignedIn()
  renewRecoveryCodes(@Ctx() ctx: SignedInContext, @Body() dto: SecondFactorDto) {
    return this.secondFactor.renewRecoveryCodes(ctx, dto);
  }

  @Post('auth/second-factor/disable')
  @HttpCode(204)
  @SignedIn()
  disable(@Ctx() ctx: SignedInContext, @Body() dto: SecondFactorDto) {
    return this.secondFactor.disable(ctx, dto);
  }

  @Get('security/settings')
  @Policy('read', 'SecuritySettings')
  settings() {
    return this.secondFactor.settings();
  }

  @Put('security/settings')
  @Policy('update', 'SecuritySettings')
  updateSettings(@Ctx() ctx: SignedInContext, @Body() dto: SecuritySettingsDto) {
    return this.secondFactor.updateSettings(ctx, dto.totpRequiredFor);
  }
}
