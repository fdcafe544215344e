import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns, ReturnsPage } from '../../common/contract';
import { FunderListItemResponse, FunderResponse } from './dto/funder.response';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy, Reauthenticated } from '../../permissions/policy.decorator';
import { ExportRoute, exportResponse } from '../../common/exports/export-route';
import { FUNDER_CONTACTS_EXPORT, FUNDERS_EXPORT } from './funder-export';
import { CreateFunderDto, FunderExportQuery, FunderQuery, UpdateFunderDto } from './dto/funder.dto';
import { FundersService } from './funders.service';

@ApiTags('funding')
@Controller('funders')
export class FundersController {
  constructor(private readonly funders: FundersService) {}

  @Get()
  @Policy('read', 'Funder')
  @ReturnsPage(FunderListItemResponse)
  list(@Ctx() ctx: RequestContext, @Query() q: FunderQuery) {
    return this.funders.list(ctx, q);
  }

  @Get('export')
  @Policy('read', 'Funder')
  @ExportRoute(FUNDERS_EXPORT)
  export(@Ctx() ctx: RequestContext, @Query() q: FunderExportQuery) {
    return exportResponse(this.funders.export(ctx, q));
  }

  /** Their contacts name people: a recent sign-in is asked, as for the other exports that do. */
  @Get('contacts/export')
  @Policy('read', 'Funder')
  @Reauthenticated()
  @ExportRoute(FUNDER_CONTACTS_EXPORT)
  exportContacts(@Ctx() ctx: RequestContext, @Query() q: FunderExportQuery) {
    return exportResponse(this.funders.exportContacts(ctx, q));
  }

  @Get(':id')
  @Policy('read', 'Funder')
  @Returns(FunderResponse)
  get(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.funders.get(ctx, id);
  }

  @Post()
  @Policy('create', 'Funder')
  @Returns(FunderResponse, 201)
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateFunderDto) {
    return this.funders.create(ctx, dto);
  }

  @Patch(':id')
  @Policy('update', 'Funder')
  @Returns(FunderResponse)
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateFunderDto) {
    return this.funders.update(ctx, id, dto);
  }

  @Post(':id/archive')
  @Policy('archive', 'Funder')
  @Returns(FunderResponse)
  archive(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.funders.setArchived(ctx, id, true);
  }

  @Post(':id/restore')
  @Policy('archive', 'Funder')
  @Returns(FunderResponse)
  restore(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.funders.setArchived(ctx, id, false);
  }
}
