import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../common/id-param';
import { Ctx, type SignedInContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import { ContributionRatesService } from './contribution-rates.service';
import { CreateRateDto, UpdateRateDto } from './dto/rate.dto';

@ApiTags('contributions')
@Controller('contribution-rates')
export class ContributionRatesController {
  constructor(private readonly rates: ContributionRatesService) {}

  @Get()
  @Policy('read', 'ContributionRate')
  list() {
    return this.rates.list();
  }

  @Post()
  @Policy('create', 'ContributionRate')
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateRateDto) {
    return this.rates.create(ctx, dto);
  }

  @Patch(':id')
  @Policy('update', 'ContributionRate')
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateRateDto) {
    return this.rates.update(ctx, id, dto);
  }
}
