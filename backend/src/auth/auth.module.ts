import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { HousekeepingService } from './housekeeping.service';
import { SessionService } from './session.service';

@Module({
  imports: [MailModule],
  controllers: [AuthController, AccountsController],
  providers: [AuthService, AccountsService, SessionService, HousekeepingService],
  exports: [SessionService],
})
export class AuthModule {}
