import { Global, Module } from '@nestjs/common';
import { NotificationDigestService } from './notification-digest.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** Global like the audit: every domain tells people of its changes, and this module reads none of theirs. */
@Global()
@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationDigestService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
