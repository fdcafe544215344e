import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MailModule } from '../mail/mail.module';
import { AccessGuard } from './access.guard';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { HousekeepingService } from './housekeeping.service';
import { SecondFactorService } from './second-factor.service';
import { SecurityController } from './security.controller';
import { AppConfig } from '../config/app-config';
import { SessionCache } from './session-cache';
import { SessionInvalidation } from './session-invalidation.service';
import { SessionService } from './session.service';

/** Sessions, sign-in, accounts, and the one guard every route goes through (it reads the permissions' policies). */
@Module({
  imports: [MailModule],
  controllers: [AuthController, AccountsController, SecurityController],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    AuthService,
    AccountsService,
    SecondFactorService,
    SessionService,
    HousekeepingService,
    SessionInvalidation,
    {
      provide: SessionCache,
      useFactory: (config: AppConfig) => new SessionCache(config.SESSION_CACHE_SECONDS * 1000),
      inject: [AppConfig],
    },
  ],
  // AccountsService: the coordinator's home counts the invitations not accepted through its list.
  exports: [SessionService, AccountsService],
})
export class AuthModule {}
