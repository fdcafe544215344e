import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import { ContractorsService } from './contractors.service';
import { CreateMissionDto, CreateTimeEntryDto, MissionQuery, TimeEntryQuery, UpdateMissionDto, UpdateTimeEntryDto } from './dto/mission.dto';

@ApiTags('contractors')
@Controller()
export class ContractorsController {
  constructor(private readonly contractors: ContractorsService) {}

  @Get('missions')
  @Policy('read', 'Mission')
  list(@Ctx() ctx: RequestContext, @Query() q: MissionQuery) {
    return this.contractors.list(ctx, q);
  }

  @Get('missions/:id')
  @Policy('read', 'Mission')
  get(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.contractors.get(ctx, id);
  }

  @Post('missions')
  @Policy('create', 'Mission')
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateMissionDto) {
    return this.contractors.create(ctx, dto);
  }

  @Patch('missions/:id')
  @Policy('update', 'Mission')
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateMissionDto) {
    return this.contractors.update(ctx, id, dto);
  }

  @Get('missions/:id/time-entries')
  @Policy('read', 'TimeEntry')
  entries(@Ctx() ctx: RequestContext, @IdParam() id: string, @Query() q: TimeEntryQuery) {
    return this.contractors.entries(ctx, id, q);
  }

  @Post('missions/:id/time-entries')
  @Policy('create', 'TimeEntry')
  addEntry(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: CreateTimeEntryDto) {
    return this.contractors.addEntry(ctx, id, dto);
  }

  @Patch('time-entries/:id')
  @Policy('update', 'TimeEntry')
  updateEntry(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateTimeEntryDto) {
    return this.contractors.updateEntry(ctx, id, dto);
  }

  @Delete('time-entries/:id')
  @Policy('delete', 'TimeEntry')
  @HttpCode(204)
  deleteEntry(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.contractors.deleteEntry(ctx, id);
  }
}
