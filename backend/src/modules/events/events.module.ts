import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { SourcesModule } from '../sources/sources.module';
import { EventRemindersService } from './event-reminders.service';
import { EventsController } from './events.controller';
import { EventsService } from './events.service';
import { KitsController } from './kits.controller';
import { KitsService } from './kits.service';
import { PublicEventsController } from './public-events.controller';
import { RegistrationsService } from './registrations.service';

/** Kits, trainings and territorial gatherings, with public registration, waiting list and attendance. */
@Module({
  imports: [PeopleModule, SourcesModule],
  controllers: [EventsController, KitsController, PublicEventsController],
  providers: [EventsService, KitsService, RegistrationsService, EventRemindersService],
  exports: [EventsService],
})
export class EventsModule {}
