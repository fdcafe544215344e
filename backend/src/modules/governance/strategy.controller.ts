import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns } from '../../common/contract';
import { StrategyActionResponse, StrategyAxisSummaryResponse, StrategyResponse } from './dto/strategy.response';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import { CreateStrategyActionDto, UpdateStrategyActionDto } from './dto/strategy.dto';
import { CreateStrategyAxisDto, UpdateStrategyAxisDto } from './dto/strategy-axis.dto';
import { StrategyAxesService } from './strategy-axes.service';
import { StrategyService } from './strategy.service';

@ApiTags('governance')
@Controller('strategy')
export class StrategyController {
  constructor(
    private readonly strategy: StrategyService,
    private readonly axes: StrategyAxesService,
  ) {}

  @Get()
  @Policy('read', 'StrategyAction')
  @Returns(StrategyResponse)
  get(@Ctx() ctx: RequestContext) {
    return this.strategy.get(ctx);
  }

  @Get('actions/:id')
  @Policy('read', 'StrategyAction')
  @Returns(StrategyActionResponse)
  action(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.strategy.getAction(ctx, id);
  }

  @Post('actions')
  @Policy('create', 'StrategyAction')
  @Returns(StrategyActionResponse, 201)
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateStrategyActionDto) {
    return this.strategy.create(ctx, dto);
  }

  @Patch('actions/:id')
  @Policy('update', 'StrategyAction')
  @Returns(StrategyActionResponse)
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateStrategyActionDto) {
    return this.strategy.update(ctx, id, dto);
  }

  @Post('axes')
  @Policy('create', 'StrategyAxis')
  @Returns(StrategyAxisSummaryResponse, 201)
  createAxis(@Ctx() ctx: SignedInContext, @Body() dto: CreateStrategyAxisDto) {
    return this.axes.create(ctx, dto);
  }

  @Patch('axes/:id')
  @Policy('update', 'StrategyAxis')
  @Returns(StrategyAxisSummaryResponse)
  updateAxis(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateStrategyAxisDto) {
    return this.axes.update(ctx, id, dto);
  }
}
