import { Module } from '@nestjs/common';
import { ActionItemsController } from './action-items.controller';
import { ActionItemsService } from './action-items.service';
import { ActionRemindersService } from './action-reminders.service';
import { DecisionsController } from './decisions.controller';
import { DecisionsService } from './decisions.service';
import { MeetingInvitationsService } from './meeting-invitations.service';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';
import { StrategyController } from './strategy.controller';
import { StrategyService } from './strategy.service';
import { StrategyAxesService } from './strategy-axes.service';

/** Meetings, the decisions log, action items and the network's strategy. */
@Module({
  controllers: [MeetingsController, DecisionsController, ActionItemsController, StrategyController],
  providers: [
    MeetingsService,
    MeetingInvitationsService,
    DecisionsService,
    ActionItemsService,
    ActionRemindersService,
    StrategyService,
    StrategyAxesService,
  ],
  exports: [MeetingsService, DecisionsService, ActionItemsService, StrategyService],
})
export class GovernanceModule {}
