import { Body, Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Returns } from '../../../common/contract';
import { AcceptedResponse } from '../../../common/dto/accepted.response';
import { Public } from '../../../permissions/policy.decorator';
import { WebhooksService } from './webhooks.service';

const WEBHOOK_BODY = { schema: { type: 'object', additionalProperties: true } } as const;

/**
 * Returns reported by relays: Brevo, Mailjet (basic auth with a shared secret) and Amazon SES through SNS (the
 * message's signature). Public (no session, so no CSRF token), rate-limited per address; a wrong secret or signature
 * is refused and changes nothing. See returns/README.md for how to set them up.
 */
@ApiTags('newsletters (relay webhooks)')
@Controller('newsletters/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post('brevo')
  @Public()
  @HttpCode(200)
  @ApiBody(WEBHOOK_BODY)
  @Returns(AcceptedResponse)
  brevo(@Req() req: FastifyRequest, @Headers('authorization') auth: string | undefined, @Body() body: unknown) {
    return this.webhooks.brevo(req.ip, auth, body);
  }

  @Post('mailjet')
  @Public()
  @HttpCode(200)
  @ApiBody(WEBHOOK_BODY)
  @Returns(AcceptedResponse)
  mailjet(@Req() req: FastifyRequest, @Headers('authorization') auth: string | undefined, @Body() body: unknown) {
    return this.webhooks.mailjet(req.ip, auth, body);
  }

  /** SNS posts JSON as text/plain. */
  @Post('ses')
  @Public()
  @HttpCode(200)
  @ApiBody(WEBHOOK_BODY)
  @Returns(AcceptedResponse)
  ses(@Req() req: FastifyRequest, @Body() body: unknown) {
    return this.webhooks.ses(req.ip, body);
  }
}
