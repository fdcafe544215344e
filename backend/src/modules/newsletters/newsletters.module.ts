import { Module } from '@nestjs/common';
import { ListsController } from './lists.controller';
import { ListsService } from './lists.service';
import { PublicNewslettersController } from './public.controller';
import { SubscribersController } from './subscribers.controller';
import { SubscribersService } from './subscribers.service';
import { SubscriptionService } from './subscription.service';

@Module({
  controllers: [ListsController, SubscribersController, PublicNewslettersController],
  providers: [ListsService, SubscribersService, SubscriptionService],
  exports: [ListsService, SubscribersService, SubscriptionService],
})
export class NewslettersModule {}
