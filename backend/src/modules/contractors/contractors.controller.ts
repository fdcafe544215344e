import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns, ReturnsNothing, ReturnsPage } from '../../common/contract';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy, Reauthenticated } from '../../permissions/policy.decorator';
import { ExportRoute, exportResponse } from '../../common/exports/export-route';
import { MISSIONS_EXPORT } from './mission-export';
import { TIME_ENTRIES_EXPORT } from './time-entry-export';
import { ContractorsService } from './contractors.service';
import { MissionDetailResponse, MissionResponse, TimeEntryResponse } from './dto/mission.response';
import {
  CreateMissionDto,
  CreateTimeEntryDto,
  MissionExportQuery,
  MissionQuery,
  TimeEntryExportQuery,
  TimeEntryQuery,
  UpdateMissionDto,
  UpdateTimeEntryDto,
} from './dto/mission.dto';

@ApiTags('contractors')
@Controller()
export class ContractorsController {
  constructor(private readonly contractors: ContractorsService) {}

  @Get('missions')
  @Policy('read', 'Mission')
  @ReturnsPage(MissionResponse)
  list(@Ctx() ctx: RequestContext, @Query() q: MissionQuery) {
    return this.contractors.list(ctx, q);
  }

  /** Missions name their contractor: a recent sign-in is asked for, as for the people export. */
  @Get('missions/export')
  @Policy('read', 'Mission')
  @Reauthenticated()
  @ExportRoute(MISSIONS_EXPORT)
  export(@Ctx() ctx: RequestContext, @Query() q: MissionExportQuery) {
    return exportResponse(this.contractors.export(ctx, q));
  }

  @Get('missions/:id')
  @Policy('read', 'Mission')
  @Returns(MissionDetailResponse)
  get(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.contractors.get(ctx, id);
  }

  @Post('missions')
  @Policy('create', 'Mission')
  @Returns(MissionDetailResponse, 201)
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateMissionDto) {
    return this.contractors.create(ctx, dto);
  }

  @Patch('missions/:id')
  @Policy('update', 'Mission')
  @Returns(MissionDetailResponse)
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateMissionDto) {
    return this.contractors.update(ctx, id, dto);
  }

  @Get('missions/:id/time-entries/export')
  @Policy('read', 'TimeEntry')
  @ExportRoute(TIME_ENTRIES_EXPORT)
  async exportEntries(@Ctx() ctx: RequestContext, @IdParam() id: string, @Query() q: TimeEntryExportQuery) {
    return exportResponse(await this.contractors.exportEntries(ctx, id, q));
  }

  @Get('missions/:id/time-entries')
  @Policy('read', 'TimeEntry')
  @ReturnsPage(TimeEntryResponse)
  entries(@Ctx() ctx: RequestContext, @IdParam() id: string, @Query() q: TimeEntryQuery) {
    return this.contractors.entries(ctx, id, q);
  }

  @Post('missions/:id/time-entries')
  @Policy('create', 'TimeEntry')
  @Returns(TimeEntryResponse, 201)
  addEntry(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: CreateTimeEntryDto) {
    return this.contractors.addEntry(ctx, id, dto);
  }

  @Patch('time-entries/:id')
  @Policy('update', 'TimeEntry')
  @Returns(TimeEntryResponse)
  updateEntry(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateTimeEntryDto) {
    return this.contractors.updateEntry(ctx, id, dto);
  }

  @Delete('time-entries/:id')
  @Policy('delete', 'TimeEntry')
  @ReturnsNothing()
  deleteEntry(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.contractors.deleteEntry(ctx, id);
  }
}
