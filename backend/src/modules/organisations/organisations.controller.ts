import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns, ReturnsPage } from '../../common/contract';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import { ExportRoute, exportResponse } from '../../common/exports/export-route';
import {
  CreateOrganisationDto,
  OrganisationExportQuery,
  OrganisationQuery,
  UpdateOrganisationDto,
} from './dto/organisation.dto';
import { ORGANISATIONS_EXPORT } from './organisation-export';
import { OrganisationDetailResponse, OrganisationResponse } from './dto/organisation.response';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @Policy('read', 'Organisation')
  @ReturnsPage(OrganisationResponse)
  list(@Ctx() ctx: RequestContext, @Query() q: OrganisationQuery) {
    return this.organisations.list(ctx, q);
  }

  @Get('export')
  @Policy('read', 'Organisation')
  @ExportRoute(ORGANISATIONS_EXPORT)
  export(@Ctx() ctx: RequestContext, @Query() q: OrganisationExportQuery) {
    return exportResponse(this.organisations.export(ctx, q));
  }

  @Get('territories')
  @Policy('read', 'Organisation')
  @Returns([String])
  territories(@Ctx() ctx: RequestContext) {
    return this.organisations.territories(ctx);
  }

  @Get(':id')
  @Policy('read', 'Organisation')
  @Returns(OrganisationDetailResponse)
  get(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.organisations.get(ctx, id);
  }

  @Post()
  @Policy('create', 'Organisation')
  @Returns(OrganisationResponse, 201)
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateOrganisationDto) {
    return this.organisations.create(ctx, dto);
  }

  @Patch(':id')
  @Policy('update', 'Organisation')
  @Returns(OrganisationResponse)
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateOrganisationDto) {
    return this.organisations.update(ctx, id, dto);
  }

  @Post(':id/archive')
  @Policy('archive', 'Organisation')
  @Returns(OrganisationResponse)
  archive(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.organisations.setArchived(ctx, id, true);
  }

  @Post(':id/restore')
  @Policy('archive', 'Organisation')
  @Returns(OrganisationResponse)
  restore(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.organisations.setArchived(ctx, id, false);
  }
}
