import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns, ReturnsNothing, ReturnsPage } from '../../common/contract';
import { ExportRoute, exportResponse } from '../../common/exports/export-route';
import { GROUP_MEMBERS_EXPORT } from './group-members-export';
import { GROUP_VOLUNTEERS_EXPORT } from './group-volunteers-export';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy, Reauthenticated, SignedIn } from '../../permissions/policy.decorator';
import { AddMemberDto, UpdateTermDto } from './dto/member.dto';
import { AddVolunteerDto, MoveVolunteerDto } from './dto/volunteer.dto';
import { BoardCardResponse, MovedCardResponse } from './dto/volunteer.response';
import {
  CreateWorkingGroupDto,
  UpdateWorkingGroupDto,
  WorkingGroupExportQuery,
  WorkingGroupQuery,
} from './dto/working-group.dto';
import { WORKING_GROUPS_EXPORT } from './working-group-export';
import { WorkingGroupDetailResponse, WorkingGroupResponse } from './dto/working-group.response';
import { VolunteersService } from './volunteers.service';
import { WorkingGroupsService } from './working-groups.service';

@ApiTags('working-groups')
@Controller('working-groups')
export class WorkingGroupsController {
  constructor(
    private readonly groups: WorkingGroupsService,
    private readonly volunteers: VolunteersService,
  ) {}

  @Get()
  @Policy('read', 'WorkingGroup')
  @ReturnsPage(WorkingGroupResponse)
  list(@Ctx() ctx: RequestContext, @Query() q: WorkingGroupQuery) {
    return this.groups.list(ctx, q);
  }

  @Get('export')
  @Policy('read', 'WorkingGroup')
  @ExportRoute(WORKING_GROUPS_EXPORT)
  export(@Ctx() ctx: RequestContext, @Query() q: WorkingGroupExportQuery) {
    return exportResponse(this.groups.export(ctx, q));
  }

  @Get(':id')
  @Policy('read', 'WorkingGroup')
  @Returns(WorkingGroupDetailResponse)
  get(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.groups.get(ctx, id);
  }

  @Post()
  @Policy('create', 'WorkingGroup')
  @Returns(WorkingGroupDetailResponse, 201)
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateWorkingGroupDto) {
    return this.groups.create(ctx, dto);
  }

  @Patch(':id')
  @Policy('update', 'WorkingGroup')
  @Returns(WorkingGroupDetailResponse)
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateWorkingGroupDto) {
    return this.groups.update(ctx, id, dto);
  }

  /** For the group's mailing list; those who keep the group's links current may export it. */
  @Get(':id/members.csv')
  @Policy('update', 'WorkingGroup')
  @Reauthenticated()
  @ExportRoute(GROUP_MEMBERS_EXPORT)
  async exportMembers(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return exportResponse(await this.groups.exportMembers(ctx, id));
  }

  @Post(':id/members')
  @Policy('create', 'GroupMember')
  @Returns(WorkingGroupDetailResponse, 201)
  addMember(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: AddMemberDto) {
    return this.groups.addMember(ctx, id, dto);
  }

  @Patch(':id/members/:termId')
  @Policy('update', 'GroupMember')
  @Returns(WorkingGroupDetailResponse)
  updateTerm(
    @Ctx() ctx: SignedInContext,
    @IdParam() id: string,
    @IdParam('termId') termId: string,
    @Body() dto: UpdateTermDto,
  ) {
    return this.groups.updateTerm(ctx, id, termId, dto);
  }

  /** Anyone in a group may leave it. */
  @Post(':id/leave')
  @ReturnsNothing()
  @SignedIn()
  leave(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.groups.leave(ctx, id);
  }

  @Get(':id/volunteers')
  @Policy('read', 'GroupVolunteer')
  @Returns([BoardCardResponse])
  board(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.volunteers.board(ctx, id);
  }

  /** The board names people: a recent sign-in is asked for. */
  @Get(':id/volunteers/export')
  @Policy('read', 'GroupVolunteer')
  @Reauthenticated()
  @ExportRoute(GROUP_VOLUNTEERS_EXPORT)
  async exportVolunteers(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return exportResponse(await this.volunteers.export(ctx, id));
  }

  @Post(':id/volunteers')
  @Policy('create', 'GroupVolunteer')
  @Returns(BoardCardResponse, 201)
  addVolunteer(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: AddVolunteerDto) {
    return this.volunteers.add(ctx, id, dto);
  }

  @Post(':id/volunteers/:entryId/stage')
  @Policy('update', 'GroupVolunteer')
  @Returns(MovedCardResponse)
  move(
    @Ctx() ctx: SignedInContext,
    @IdParam() id: string,
    @IdParam('entryId') entryId: string,
    @Body() dto: MoveVolunteerDto,
  ) {
    return this.volunteers.move(ctx, id, entryId, dto);
  }
}
