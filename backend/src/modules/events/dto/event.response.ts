import { PickType } from '@nestjs/swagger';
import { EnumOf, ReadAs } from '../../../common/contract';
import { AUDIENCES, type Audience } from '../kit.entity';
import { REGISTRATION_STATUSES, type RegistrationStatus } from '../event-registration.entity';
import { EVENT_KINDS, EVENT_MODES, type EventKind, type EventMode } from '../training-event.entity';

/** An event as the network's members see it: its places, not who took them. */
@ReadAs('TrainingEvent')
export class EventResponse {
  id: string;
  title: string;
  @EnumOf(EVENT_KINDS, 'EventKind') kind: EventKind;
  @EnumOf(EVENT_MODES, 'EventMode') mode: EventMode;
  @EnumOf(AUDIENCES, 'Audience') audience: Audience;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  videoLink: string | null;
  capacity: number;
  trainer: string | null;
  description: string | null;
  groupId: string;
  groupName: string;
  registrationOpen: boolean;
  confirmed: number;
  waiting: number;
  attended: number;
}

/** An open event's public page: what a visitor needs to register, nothing about who did (nor the video link). */
export class PublicEventResponse extends PickType(EventResponse, [
  'id',
  'title',
  'kind',
  'mode',
  'audience',
  'startsAt',
  'endsAt',
  'place',
  'trainer',
  'description',
] as const) {
  /** Places left (0: who registers goes on the waiting list). */
  placesLeft: number;
}

/** A registration, for who manages the event. */
export class RegistrationResponse {
  id: string;
  personId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  @EnumOf(REGISTRATION_STATUSES, 'RegistrationStatus') status: RegistrationStatus;
  /** Place on the waiting list (1 = next), null unless waiting. */
  waitingRank: number | null;
  attended: boolean | null;
  sourceId: string | null;
  sourceName: string | null;
  registeredAt: Date;
}

/** A training or gathering a person (or a source's people) registered for, with the attendance recorded. */
export class AttendanceResponse {
  registrationId: string;
  eventId: string;
  title: string;
  @EnumOf(EVENT_KINDS, 'EventKind') kind: EventKind;
  startsAt: Date;
  personId: string;
  personName: string;
  sourceName: string | null;
  @EnumOf(REGISTRATION_STATUSES, 'RegistrationStatus') status: RegistrationStatus;
  attended: boolean | null;
}

/** The six-month rhythm of the territorial gatherings. */
export class GatheringCadenceResponse {
  /** The day (Paris) of the last gathering held or planned, null if none yet. */
  lastOn: string | null;
  nextDueOn: string | null;
  /** When the coordinator is reminded to open registrations. */
  reminderOn: string | null;
  reminderSentAt: Date | null;
  /** A gathering is already planned on or after the due day's season (no reminder then). */
  planned: boolean;
}

export class CancelledResponse {
  eventTitle: string;
}
