import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { LargeBody } from '../../common/decorators';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import { ContributionCsvService } from './contribution-csv.service';
import { ContributionEvidenceService } from './contribution-evidence.service';
import { ContributionTotalsService } from './contribution-totals.service';
import { ContributionsService } from './contributions.service';
import {
  ContributionFilterQuery, ContributionQuery, ContributionTotalsQuery, CorrectContributionDto, CreateContributionDto, EvidenceDto,
  ImportContributionsDto, ReviewContributionsDto, SubmitContributionsDto, UpdateContributionDto,
} from './dto/contribution.dto';

/** `attachment` with an ASCII fallback name and the real one in UTF-8 (RFC 6266). */
export const attachment = (fileName: string) =>
  `attachment; filename="${fileName.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

@ApiTags('contributions')
@Controller('contributions')
export class ContributionsController {
  constructor(
    private readonly contributions: ContributionsService,
    private readonly totals: ContributionTotalsService,
    private readonly csv: ContributionCsvService,
    private readonly evidence: ContributionEvidenceService,
  ) {}

  @Get()
  @Policy('read', 'Contribution')
  list(@Ctx() ctx: RequestContext, @Query() q: ContributionQuery) {
    return this.contributions.list(ctx, q);
  }

  @Get('totals')
  @Policy('read', 'Contribution')
  totalsOf(@Ctx() ctx: RequestContext, @Query() q: ContributionTotalsQuery) {
    return this.totals.totalsFor(ctx, q);
  }

  @Get('export')
  @Policy('read', 'Contribution')
  export(@Ctx() ctx: RequestContext, @Query() q: ContributionFilterQuery) {
    return new StreamableFile(this.csv.export(ctx, q), { type: 'text/csv; charset=utf-8', disposition: attachment('contributions.csv') });
  }

  @Get('import-template')
  @Policy('create', 'Contribution')
  template() {
    return new StreamableFile(Buffer.from(this.csv.template()), { type: 'text/csv; charset=utf-8', disposition: attachment('modele-contributions.csv') });
  }

  @Post('import')
  @Policy('create', 'Contribution')
  @LargeBody(4 * 1024 * 1024)
  import(@Ctx() ctx: SignedInContext, @Body() dto: ImportContributionsDto) {
    return this.csv.import(ctx, dto);
  }

  @Post('submit')
  @HttpCode(200)
  @Policy('submit', 'Contribution')
  submit(@Ctx() ctx: SignedInContext, @Body() dto: SubmitContributionsDto) {
    return this.contributions.submit(ctx, dto.ids);
  }

  @Post('review')
  @HttpCode(200)
  @Policy('validate', 'Contribution')
  review(@Ctx() ctx: SignedInContext, @Body() dto: ReviewContributionsDto) {
    return this.contributions.review(ctx, dto);
  }

  @Get(':id')
  @Policy('read', 'Contribution')
  get(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.contributions.get(ctx, id);
  }

  @Post()
  @Policy('create', 'Contribution')
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateContributionDto) {
    return this.contributions.create(ctx, dto);
  }

  @Patch(':id')
  @Policy('update', 'Contribution')
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateContributionDto) {
    return this.contributions.update(ctx, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Policy('delete', 'Contribution')
  remove(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.contributions.remove(ctx, id);
  }

  @Post(':id/correct')
  @HttpCode(200)
  @Policy('correct', 'Contribution')
  correct(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: CorrectContributionDto) {
    return this.contributions.correct(ctx, id, dto);
  }

  @Get(':id/evidence')
  @Policy('read', 'Contribution')
  async evidenceFile(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    const file = await this.evidence.download(ctx, id);
    return new StreamableFile(file.content, { type: file.contentType, disposition: attachment(file.fileName), length: file.size });
  }

  @Put(':id/evidence')
  @Policy('update', 'Contribution')
  @LargeBody(4 * 1024 * 1024)
  attach(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: EvidenceDto) {
    return this.evidence.put(ctx, id, dto);
  }

  @Delete(':id/evidence')
  @Policy('update', 'Contribution')
  detach(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.evidence.remove(ctx, id);
  }
}
