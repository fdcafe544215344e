import {
  Audience,
  EventKind,
  EventMode,
  type AttendanceResponse,
  type CreateEventDto,
  type EventResponse,
  type EventsListParams,
  type KitResponse,
  type UpdateKitDto,
  type PublicEventResponse,
  type PublicRegistrationDto,
  type RegistrationResponse,
  type RegistrationStatus,
} from '@/lib/generated/api';

// The API's shapes come from its OpenAPI description (src/lib/generated/api.ts); these names are the UI's.
export type { Audience, EventKind, EventMode, RegistrationStatus };
export type TrainingEvent = EventResponse;
export type EventInput = CreateEventDto;
export type EventListQuery = EventsListParams;
export type Kit = KitResponse;
export type KitInput = UpdateKitDto;
export type PublicEvent = PublicEventResponse;
export type RegistrationInput = PublicRegistrationDto;
export type Registration = RegistrationResponse;
export type Attendance = AttendanceResponse;

export const AUDIENCES = Object.values(Audience);
export const EVENT_KINDS = Object.values(EventKind);
export const EVENT_MODES = Object.values(EventMode);
