import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns } from '../../common/contract';
import { IdParam } from '../../common/id-param';
import { Ctx, type SignedInContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import { ContributionRatesService } from './contribution-rates.service';
import { CreateRateDto, UpdateRateDto } from './dto/rate.dto';
import { ContributionKindResponse, ContributionRateResponse } from './dto/rate.response';

@ApiTags('contributions')
@Controller('contribution-rates')
export class ContributionRatesController {
  constructor(private readonly rates: ContributionRatesService) {}

  @Get()
  @Policy('read', 'ContributionRate')
  @Returns([ContributionRateResponse])
  list() {
    return this.rates.list();
  }

  @Get('units')
  @Policy('read', 'ContributionRate')
  @Returns([ContributionKindResponse])
  units() {
    return this.rates.kinds();
  }

  @Post()
  @Policy('create', 'ContributionRate')
  @Returns(ContributionRateResponse, 201)
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateRateDto) {
    return this.rates.create(ctx, dto);
  }

  @Patch(':id')
  @Policy('update', 'ContributionRate')
  @Returns(ContributionRateResponse)
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateRateDto) {
    return this.rates.update(ctx, id, dto);
  }
}
