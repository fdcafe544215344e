import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns, ReturnsPage } from '../../common/contract';
import { DecisionDetailResponse, DecisionResponse } from './dto/decision.response';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy, Reauthenticated } from '../../permissions/policy.decorator';
import { ExportRoute, exportResponse } from '../../common/exports/export-route';
import { DECISIONS_EXPORT } from './decision-export';
import { DecisionsService } from './decisions.service';
import { CreateDecisionDto, DecisionExportQuery, DecisionQuery } from './dto/decision.dto';

/** No PATCH nor DELETE: a recorded decision changes only through an amendment. */
@ApiTags('governance')
@Controller('decisions')
export class DecisionsController {
  constructor(private readonly decisions: DecisionsService) {}

  @Get()
  @Policy('read', 'Decision')
  @ReturnsPage(DecisionResponse)
  list(@Ctx() ctx: RequestContext, @Query() q: DecisionQuery) {
    return this.decisions.list(ctx, q);
  }

  /** Decisions name who proposed them: a recent sign-in is asked for. */
  @Get('export')
  @Policy('read', 'Decision')
  @Reauthenticated()
  @ExportRoute(DECISIONS_EXPORT)
  export(@Ctx() ctx: RequestContext, @Query() q: DecisionExportQuery) {
    return exportResponse(this.decisions.export(ctx, q));
  }

  @Get(':id')
  @Policy('read', 'Decision')
  @Returns(DecisionDetailResponse)
  get(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.decisions.get(ctx, id);
  }

  @Post()
  @Policy('create', 'Decision')
  @Returns(DecisionDetailResponse, 201)
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateDecisionDto) {
    return this.decisions.create(ctx, dto);
  }

  @Post(':id/amendments')
  @Policy('create', 'Decision')
  @Returns(DecisionDetailResponse, 201)
  amend(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: CreateDecisionDto) {
    return this.decisions.amend(ctx, id, dto);
  }
}
