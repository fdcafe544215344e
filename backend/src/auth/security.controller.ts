import { Body, Controller, Get, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, type SignedInContext } from '../common/request-context';
import { Policy, SignedIn } from '../permissions/policy.decorator';
import { Returns, ReturnsNothing } from '../common/contract';
import { SecondFactorDto, SecuritySettingsDto } from './dto/security.dto';
import { RecoveryCodesResponse, SecondFactorSetupResponse, SecuritySettingsResponse } from './dto/security.response';
import { SecondFactorService } from './second-factor.service';

@ApiTags('auth')
@Controller()
export class SecurityController {
  constructor(private readonly secondFactor: SecondFactorService) {}

  @Post('auth/second-factor/setup')
  @Returns(SecondFactorSetupResponse)
  @SignedIn()
  setup(@Ctx() ctx: SignedInContext) {
    return this.secondFactor.setup(ctx);
  }

  @Post('auth/second-factor/enable')
  @Returns(RecoveryCodesResponse)
  @SignedIn()
  enable(@Ctx() ctx: SignedInContext, @Body() dto: SecondFactorDto) {
    return this.secondFactor.enable(ctx, dto);
  }

  @Post('auth/second-factor/recovery-codes')
  @Returns(RecoveryCodesResponse)
  @SignedIn()
  renewRecoveryCodes(@Ctx() ctx: SignedInContext, @Body() dto: SecondFactorDto) {
    return this.secondFactor.renewRecoveryCodes(ctx, dto);
  }

  @Post('auth/second-factor/disable')
  @ReturnsNothing()
  @SignedIn()
  disable(@Ctx() ctx: SignedInContext, @Body() dto: SecondFactorDto) {
    return this.secondFactor.disable(ctx, dto);
  }

  @Get('security/settings')
  @Returns(SecuritySettingsResponse)
  @Policy('read', 'SecuritySettings')
  settings() {
    return this.secondFactor.settings();
  }

  @Put('security/settings')
  @Returns(SecuritySettingsResponse)
  @Policy('update', 'SecuritySettings')
  updateSettings(@Ctx() ctx: SignedInContext, @Body() dto: SecuritySettingsDto) {
    return this.secondFactor.updateSettings(ctx, dto.totpRequiredFor);
  }
}
