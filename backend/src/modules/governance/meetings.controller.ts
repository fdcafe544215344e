import { Body, Controller, Get, Header, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns, ReturnsFile, ReturnsPage } from '../../common/contract';
import { MeetingInvitationsResponse, MeetingListItemResponse, MeetingResponse } from './dto/meeting.response';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import { CreateMeetingDto, MeetingExportQuery, MeetingQuery, UpdateMeetingDto } from './dto/meeting.dto';
import { ExportRoute, exportResponse } from '../../common/exports/export-route';
import { MEETINGS_EXPORT } from './meeting-export';
import { MeetingInvitationsService } from './meeting-invitations.service';
import { MeetingsService } from './meetings.service';

@ApiTags('governance')
@Controller('meetings')
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly invitations: MeetingInvitationsService,
  ) {}

  @Get()
  @Policy('read', 'Meeting')
  @ReturnsPage(MeetingListItemResponse)
  list(@Ctx() ctx: RequestContext, @Query() q: MeetingQuery) {
    return this.meetings.list(ctx, q);
  }

  /** Meetings name no one (counts only): no re-authentication. */
  @Get('export')
  @Policy('read', 'Meeting')
  @ExportRoute(MEETINGS_EXPORT)
  export(@Ctx() ctx: RequestContext, @Query() q: MeetingExportQuery) {
    return exportResponse(this.meetings.export(ctx, q));
  }

  @Get(':id')
  @Policy('read', 'Meeting')
  @Returns(MeetingResponse)
  get(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.meetings.get(ctx, id);
  }

  @Get(':id/calendar.ics')
  @Policy('read', 'Meeting')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="reunion.ics"')
  @ReturnsFile('text/calendar')
  calendar(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.invitations.calendar(ctx, id);
  }

  @Post()
  @Policy('create', 'Meeting')
  @Returns(MeetingResponse, 201)
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateMeetingDto) {
    return this.meetings.create(ctx, dto);
  }

  @Patch(':id')
  @Policy('update', 'Meeting')
  @Returns(MeetingResponse)
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateMeetingDto) {
    return this.meetings.update(ctx, id, dto);
  }

  @Post(':id/invitations')
  @Policy('update', 'Meeting')
  @Returns(MeetingInvitationsResponse)
  invite(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.invitations.send(ctx, id);
  }
}
