import { call, client } from '@/lib/api';
import type { EventInput, EventListQuery, KitInput, RegistrationInput } from './types';

const events = client.events;

export const eventsApi = {
  list: (query: EventListQuery, signal?: AbortSignal) => call(events.eventsList(query, { signal })),
  get: (id: string, signal?: AbortSignal) => call(events.eventsGet({ id }, { signal })),
  create: (input: EventInput) => call(events.eventsCreate(input)),
  update: (id: string, input: Partial<EventInput>) => call(events.eventsUpdate({ id }, input)),
  registrations: (id: string, signal?: AbortSignal) => call(events.eventsRegistrations({ id }, { signal })),
  setAttended: (id: string, registrationId: string, attended: boolean) =>
    call(events.eventsUpdateRegistration({ id, registrationId }, { attended })),
  attendance: (whose: { personId?: string; sourceId?: string }, signal?: AbortSignal) =>
    call(events.eventsAttendance(whose, { signal })),
  cadence: (signal?: AbortSignal) => call(events.eventsCadence({ signal })),
  kits: (signal?: AbortSignal) => call(events.kitsList({ pageSize: 100 }, { signal })),
  updateKit: (id: string, input: KitInput) => call(events.kitsUpdate({ id }, input)),
};

export const publicEventsApi = {
  get: (id: string, signal?: AbortSignal) => call(client.public.publicEventsEvent({ id }, { signal })),
  register: (id: string, input: RegistrationInput) => call(client.public.publicEventsRegister({ id }, input)),
  cancel: (token: string) => call(client.public.publicEventsCancel({ token })),
};
