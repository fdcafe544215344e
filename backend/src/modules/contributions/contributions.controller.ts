import { Body, Controller, Delete, Get, Patch, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { LargeBody } from '../../common/decorators';
import { Returns, ReturnsFile, ReturnsNothing } from '../../common/contract';
import { IdParam } from '../../common/id-param';
import { attachment } from '../../common/content-disposition';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy, Reauthenticated } from '../../permissions/policy.decorator';
import { ContributionExportService } from './contribution-export.service';
import { CONTRIBUTIONS_EXPORT } from './contribution-export';
import { ExportRoute, exportResponse } from '../../common/exports/export-route';
import { ContributionEvidenceService } from './contribution-evidence.service';
import { ContributionTotalsService } from './contribution-totals.service';
import { ContributionsService } from './contributions.service';
import {
  ContributionExportQuery,
  ContributionQuery,
  ContributionTotalsQuery,
  CorrectContributionDto,
  CreateContributionDto,
  EvidenceDto,
  ReviewContributionsDto,
  SubmitContributionsDto,
  UpdateContributionDto,
} from './dto/contribution.dto';
import {
  ContributionDetailResponse,
  ContributionPageResponse,
  ContributionTotalResponse,
} from './dto/contribution.response';

@ApiTags('contributions')
@Controller('contributions')
export class ContributionsController {
  constructor(
    private readonly contributions: ContributionsService,
    private readonly totals: ContributionTotalsService,
    private readonly exports: ContributionExportService,
    private readonly evidence: ContributionEvidenceService,
  ) {}

  @Get()
  @Policy('read', 'Contribution')
  @Returns(ContributionPageResponse)
  list(@Ctx() ctx: RequestContext, @Query() q: ContributionQuery) {
    return this.contributions.list(ctx, q);
  }

  @Get('totals')
  @Policy('read', 'Contribution')
  @Returns([ContributionTotalResponse])
  totalsOf(@Ctx() ctx: RequestContext, @Query() q: ContributionTotalsQuery) {
    return this.totals.totalsFor(ctx, q);
  }

  @Get('export')
  @Policy('read', 'Contribution')
  @Reauthenticated()
  @ExportRoute(CONTRIBUTIONS_EXPORT)
  export(@Ctx() ctx: RequestContext, @Query() q: ContributionExportQuery) {
    return exportResponse(this.exports.export(ctx, q));
  }

  @Post('submit')
  @Policy('submit', 'Contribution')
  @Returns([ContributionDetailResponse])
  submit(@Ctx() ctx: SignedInContext, @Body() dto: SubmitContributionsDto) {
    return this.contributions.submit(ctx, dto.ids);
  }

  @Post('review')
  @Policy('validate', 'Contribution')
  @Returns([ContributionDetailResponse])
  review(@Ctx() ctx: SignedInContext, @Body() dto: ReviewContributionsDto) {
    return this.contributions.review(ctx, dto);
  }

  @Get(':id')
  @Policy('read', 'Contribution')
  @Returns(ContributionDetailResponse)
  get(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.contributions.get(ctx, id);
  }

  @Post()
  @Policy('create', 'Contribution')
  @Returns(ContributionDetailResponse, 201)
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateContributionDto) {
    return this.contributions.create(ctx, dto);
  }

  @Patch(':id')
  @Policy('update', 'Contribution')
  @Returns(ContributionDetailResponse)
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateContributionDto) {
    return this.contributions.update(ctx, id, dto);
  }

  @Delete(':id')
  @Policy('delete', 'Contribution')
  @ReturnsNothing()
  remove(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.contributions.remove(ctx, id);
  }

  @Post(':id/correct')
  @Policy('correct', 'Contribution')
  @Returns(ContributionDetailResponse)
  correct(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: CorrectContributionDto) {
    return this.contributions.correct(ctx, id, dto);
  }

  /** The evidence file as it was uploaded (a PDF or an image, its own content type). */
  @Get(':id/evidence')
  @Policy('read', 'Contribution')
  @ReturnsFile('application/octet-stream')
  async evidenceFile(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    const file = await this.evidence.download(ctx, id);
    return new StreamableFile(file.content, {
      type: file.contentType,
      disposition: attachment(file.fileName),
      length: file.size,
    });
  }

  @Put(':id/evidence')
  @Policy('update', 'Contribution')
  @LargeBody(4 * 1024 * 1024)
  @Returns(ContributionDetailResponse)
  attach(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: EvidenceDto) {
    return this.evidence.put(ctx, id, dto);
  }

  @Delete(':id/evidence')
  @Policy('update', 'Contribution')
  @Returns(ContributionDetailResponse)
  detach(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.evidence.remove(ctx, id);
  }
}
