import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns } from '../../common/contract';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import { TrailResponse } from './dto/trail.response';
import { TrailService } from './trail.service';

@ApiTags('trail')
@Controller()
export class TrailController {
  constructor(private readonly trail: TrailService) {}

  @Get('strategy/actions/:id/trail')
  @Policy('read', 'StrategyAction')
  @Returns(TrailResponse)
  ofAction(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.trail.ofAction(ctx, id);
  }

  @Get('grants/:id/trail')
  @Policy('read', 'Grant')
  @Returns(TrailResponse)
  ofGrant(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.trail.ofGrant(ctx, id);
  }
}
