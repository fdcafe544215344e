import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns, ReturnsPage } from '../../common/contract';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext, type SignedInContext } from '../../common/request-context';
import { Policy } from '../../permissions/policy.decorator';
import { AttendanceQuery, CreateEventDto, EventQuery, UpdateEventDto, UpdateRegistrationDto } from './dto/event.dto';
import {
  AttendanceResponse,
  EventResponse,
  GatheringCadenceResponse,
  RegistrationResponse,
} from './dto/event.response';
import { EventRemindersService } from './event-reminders.service';
import { EventsService } from './events.service';

/** Trainings and territorial gatherings; their registrations and attendance for who manages them. */
@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly reminders: EventRemindersService,
  ) {}

  @Get()
  @Policy('read', 'TrainingEvent')
  @ReturnsPage(EventResponse)
  list(@Ctx() ctx: RequestContext, @Query() q: EventQuery) {
    return this.events.list(ctx, q);
  }

  @Get('gathering-cadence')
  @Policy('create', 'TrainingEvent')
  @Returns(GatheringCadenceResponse)
  cadence() {
    return this.reminders.cadence();
  }

  /** Who attended what: a person's trainings (their page) or a source's people's (the source's page). */
  @Get('attendance')
  @Policy('update', 'TrainingEvent')
  @Returns([AttendanceResponse])
  attendance(@Ctx() ctx: RequestContext, @Query() q: AttendanceQuery) {
    return this.events.attendance(ctx, q);
  }

  @Get(':id')
  @Policy('read', 'TrainingEvent')
  @Returns(EventResponse)
  get(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.events.get(ctx, id);
  }

  @Post()
  @Policy('create', 'TrainingEvent')
  @Returns(EventResponse, 201)
  create(@Ctx() ctx: SignedInContext, @Body() dto: CreateEventDto) {
    return this.events.create(ctx, dto);
  }

  @Patch(':id')
  @Policy('update', 'TrainingEvent')
  @Returns(EventResponse)
  update(@Ctx() ctx: SignedInContext, @IdParam() id: string, @Body() dto: UpdateEventDto) {
    return this.events.update(ctx, id, dto);
  }

  @Get(':id/registrations')
  @Policy('update', 'TrainingEvent')
  @Returns([RegistrationResponse])
  registrations(@Ctx() ctx: RequestContext, @IdParam() id: string) {
    return this.events.registrationsOf(ctx, id);
  }

  @Patch(':id/registrations/:registrationId')
  @Policy('update', 'TrainingEvent')
  @Returns(RegistrationResponse)
  updateRegistration(
    @Ctx() ctx: SignedInContext,
    @IdParam() id: string,
    @IdParam('registrationId') registrationId: string,
    @Body() dto: UpdateRegistrationDto,
  ) {
    return this.events.updateRegistration(ctx, id, registrationId, dto);
  }
}
