import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns } from '../../common/contract';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import { LogVolunteerTimeDto, UpdateVolunteerProfileDto } from './dto/volunteer.dto';
import { LoggedTimeResponse, VolunteerResponse } from './dto/volunteer.response';
import { VolunteersService } from './volunteers.service';

/** A volunteer's profile, by person id: theirs, or one in a group whose pipeline the caller handles. */
@ApiTags('volunteers')
@Controller('volunteers')
export class VolunteersController {
  constructor(private readonly volunteers: VolunteersService) {}

  @Get(':personId')
  @Policy('read', 'VolunteerProfile')
  @Returns(VolunteerResponse)
  get(@Ctx() ctx: RequestContext, @IdParam('personId') personId: string) {
    return this.volunteers.profile(ctx, personId);
  }

  @Patch(':personId')
  @Policy('update', 'VolunteerProfile')
  @Returns(VolunteerResponse)
  update(@Ctx() ctx: SignedInContext, @IdParam('personId') personId: string, @Body() dto: UpdateVolunteerProfileDto) {
    return this.volunteers.updateProfile(ctx, personId, dto);
  }

  @Post(':personId/time')
  @Policy('log_time', 'GroupVolunteer')
  @Returns(LoggedTimeResponse, 201)
  logTime(@Ctx() ctx: SignedInContext, @IdParam('personId') personId: string, @Body() dto: LogVolunteerTimeDto) {
    return this.volunteers.logTime(ctx, personId, dto);
  }
}
