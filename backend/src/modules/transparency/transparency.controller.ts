import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns } from '../../common/contract';
import { ExportRoute, exportResponse } from '../../common/exports/export-route';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy, Public } from '../../permissions/policy.decorator';
import { TransparencySettingsDto } from './dto/transparency.dto';
import { PublicTransparencyResponse, TransparencySettingsResponse } from './dto/transparency.response';
import { TRANSPARENCY_EXPORT } from './transparency-export';
import { TransparencyService } from './transparency.service';

@ApiTags('transparency')
@Controller('transparency')
export class TransparencyController {
  constructor(private readonly transparency: TransparencyService) {}

  @Get('settings')
  @Policy('read', 'TransparencySettings')
  @Returns(TransparencySettingsResponse)
  settings() {
    return this.transparency.settings();
  }

  @Put('settings')
  @Policy('update', 'TransparencySettings')
  @Returns(TransparencySettingsResponse)
  saveSettings(@Ctx() ctx: SignedInContext, @Body() dto: TransparencySettingsDto) {
    return this.transparency.saveSettings(ctx, dto);
  }

  /** What the network published, for anyone without an account (rate-limited); 404 while the page is off. */
  @Get('public')
  @Public()
  @Returns(PublicTransparencyResponse)
  publicPage(@Ctx() ctx: RequestContext) {
    return this.transparency.publicPage(ctx);
  }

  /** The same as CSV, for download; 404 while the page is off. */
  @Get('public.csv')
  @Public()
  @ExportRoute(TRANSPARENCY_EXPORT)
  async publicCsv(@Ctx() ctx: RequestContext) {
    return exportResponse(await this.transparency.publicCsv(ctx));
  }
}
