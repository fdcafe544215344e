import { IsIn } from 'class-validator';
import { NOTIFICATION_EMAIL_MODES, type NotificationEmailMode } from '../notification.entity';

export class NotificationPreferenceDto {
  @IsIn(NOTIFICATION_EMAIL_MODES)
  byEmail: NotificationEmailMode;
}
