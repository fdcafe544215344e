import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns } from '../../common/contract';
import { Ctx, type RequestContext } from '../../common/request-context';
import { Public } from '../../permissions/policy.decorator';
import { VolunteerSignupDto } from './dto/signup.dto';
import { AcceptedResponse } from '../../common/dto/accepted.response';
import { SignupFormResponse } from './dto/volunteer.response';
import { SignupService } from './signup.service';

/** The public volunteer sign-up form (no login). */
@ApiTags('public')
@Controller('public/volunteer-signup')
export class SignupController {
  constructor(private readonly signups: SignupService) {}

  @Get()
  @Public()
  @Returns(SignupFormResponse)
  form(@Ctx() ctx: RequestContext) {
    return this.signups.form(ctx);
  }

  /**
   * 202 whatever happened behind (new person, known one, honeypot): the answer tells a visitor nothing about others.
   */
  @Post()
  @Public()
  @Returns(AcceptedResponse, 202)
  async signup(@Ctx() ctx: RequestContext, @Body() dto: VolunteerSignupDto) {
    await this.signups.signup(ctx, dto);
    return { ok: true };
  }
}
