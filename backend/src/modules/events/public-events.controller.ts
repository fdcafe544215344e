import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns } from '../../common/contract';
import { AcceptedResponse } from '../../common/dto/accepted.response';
import { IdParam } from '../../common/id-param';
import { Ctx, type RequestContext } from '../../common/request-context';
import { Public } from '../../permissions/policy.decorator';
import { CancelledResponse, PublicEventResponse } from './dto/event.response';
import { CancelRegistrationDto, PublicRegistrationDto } from './dto/registration.dto';
import { RegistrationsService } from './registrations.service';

/** The public registration page of an open event (no login), and the cancellation link of its mails. */
@ApiTags('public')
@Controller('public/events')
export class PublicEventsController {
  constructor(private readonly registrations: RegistrationsService) {}

  @Get(':id')
  @Public()
  @Returns(PublicEventResponse)
  event(@IdParam() id: string) {
    return this.registrations.publicEvent(id);
  }

  /** 202 whatever happened behind (new person, known one, already registered, honeypot): the mail says the rest. */
  @Post(':id/registrations')
  @Public()
  @Returns(AcceptedResponse, 202)
  async register(@Ctx() ctx: RequestContext, @IdParam() id: string, @Body() dto: PublicRegistrationDto) {
    await this.registrations.register(ctx, id, dto);
    return { ok: true };
  }

  @Post('cancel')
  @Public()
  @Returns(CancelledResponse)
  cancel(@Body() dto: CancelRegistrationDto) {
    return this.registrations.cancel(dto.token);
  }
}
