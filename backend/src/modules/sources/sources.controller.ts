import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns, ReturnsPage } from '../../common/contract';
import { ExportRoute, exportResponse } from '../../common/exports/export-route';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import { CreateSourceDto, MoveStepDto, SourceExportQuery, SourceQuery, UpdateSourceDto } from './dto/source.dto';
import { FeedCheckResponse, SourceDetailResponse, SourceResponse } from './dto/source.response';
import { FeedChecksService } from './feed-checks.service';
import { SOURCES_EXPORT } from './source-export';
import { SourcesService } from './sources.service';

@ApiTags('sources')
@Controller('sources')
export class SourcesController {
  constructor(
    private readonly sources: SourcesService,
    private readonly checks: FeedChecksService,
  ) {}

  @Get()
  @Policy('read', 'Source')
  @ReturnsPage(SourceResponse)
  list(@Ctx() ctx: RequestContext, @Query() q: SourceQuery) {
    return this.sources.list(ctx, q);
  }

  @Get('export')
  @Policy('read', 'Source')
  @ExportRoute(SOURCES_EXPORT)
  export(@Ctx() ctx: RequestContext, @Query() q: SourceExportQuery) {
    return exportResponse(this.sources.export(ctx, q));
  }

  @Get(':id')
  @Policy('read', 'Source')
  @Returns(SourceDetailResponse)
  get(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.sources.get(ctx, id);
  }

  @Post()
  @Policy('create', 'Source')
  @Returns(SourceResponse, 201)
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateSourceDto) {
    return this.sources.create(ctx, dto);
  }

  @Patch(':id')
  @Policy('update', 'Source')
  @Returns(SourceResponse)
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateSourceDto) {
    return this.sources.update(ctx, id, dto);
  }

  @Post(':id/step')
  @Policy('update', 'Source')
  @Returns(SourceResponse)
  moveStep(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: MoveStepDto) {
    return this.sources.moveStep(ctx, id, dto);
  }

  @Post(':id/check')
  @Policy('update', 'Source')
  @Returns(FeedCheckResponse, 201)
  check(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.checks.checkNow(ctx, id);
  }
}
