import { GroupRostersService } from './group-rosters.service';
import { Module } from '@nestjs/common';
import { ContributionsModule } from '../contributions/contributions.module';
import { PeopleModule } from '../people/people.module';
import { SignupController } from './signup.controller';
import { SignupService } from './signup.service';
import { VolunteerTimeRecorder } from './volunteer-time.recorder';
import { VolunteersController } from './volunteers.controller';
import { VolunteersService } from './volunteers.service';
import { WelcomeRemindersService } from './welcome-reminders.service';
import { WorkingGroupsController } from './working-groups.controller';
import { WorkingGroupsService } from './working-groups.service';

@Module({
  imports: [ContributionsModule, PeopleModule],
  controllers: [WorkingGroupsController, VolunteersController, SignupController],
  providers: [
    WorkingGroupsService,
    VolunteersService,
    GroupRostersService,
    SignupService,
    WelcomeRemindersService,
    VolunteerTimeRecorder,
  ],
  exports: [WorkingGroupsService, VolunteersService, GroupRostersService],
})
export class WorkingGroupsModule {}
