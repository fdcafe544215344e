import { Body, Controller, Get, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Returns, ReturnsNothing } from '../../common/contract';
import { IdParam } from '../../common/id-param';
import { PageQuery } from '../../common/pagination';
import { Ctx, type SignedInContext } from '../../common/request-context';
import { SignedIn } from '../../permissions/policy.decorator';
import { NotificationPreferenceDto } from './dto/notification.dto';
import { NotificationPageResponse, NotificationPreferenceResponse } from './dto/notification.response';
import { NotificationsService } from './notifications.service';

/** One's own notifications and how one hears of them: these routes name no one else. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @SignedIn()
  @Returns(NotificationPageResponse)
  list(@Ctx() ctx: SignedInContext, @Query() q: PageQuery) {
    return this.notifications.list(ctx, q);
  }

  @Post('read')
  @SignedIn()
  @ReturnsNothing()
  markAllRead(@Ctx() ctx: SignedInContext) {
    return this.notifications.markAllRead(ctx);
  }

  @Post(':id/read')
  @SignedIn()
  @ReturnsNothing()
  markRead(@Ctx() ctx: SignedInContext, @IdParam() id: string) {
    return this.notifications.markRead(ctx, id);
  }

  @Get('preference')
  @SignedIn()
  @Returns(NotificationPreferenceResponse)
  preference(@Ctx() ctx: SignedInContext) {
    return this.notifications.preference(ctx);
  }

  @Put('preference')
  @SignedIn()
  @Returns(NotificationPreferenceResponse)
  setPreference(@Ctx() ctx: SignedInContext, @Body() dto: NotificationPreferenceDto) {
    return this.notifications.setPreference(ctx, dto);
  }
}
