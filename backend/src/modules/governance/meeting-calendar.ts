import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The network meets in France: events are written in Paris time, with its VTIMEZONE, so every calendar agrees. */
export const MEETING_TIME_ZONE = DISPLAY_TIME_ZONE;

export interface CalendarMeeting {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  videoLink: string | null;
  agenda: string[];
  /** Raised each time the invitation is sent again, so calendars update the event rather than add a second one. */
  sequence: number;
  /** The meeting's page in Maillage. */
  url: string;
}

/**
 * One meeting as an iCalendar file (METHOD:PUBLISH: "add to my calendar", without asking for replies to an address
 * nobody reads). The UID is stable, so a later invitation replaces the event.
 */
export function meetingCalendar(meeting: CalendarMeeting, now = new Date()): string {
  const description = [
    ...meeting.agenda.map((item, i) => `${i + 1}. ${item}`),
    ...(meeting.videoLink ? ['', meeting.videoLink] : []),
    '',
    meeting.url,
  ].join('\n');
  return calendarFile(
    {
      uid: `meeting-${meeting.id}@maillage`,
      sequence: meeting.sequence,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      title: meeting.title,
      location: [meeting.place, meeting.videoLink].filter(Boolean).join(' — ') || null,
      description: description.trim(),
      url: meeting.url,
    },
    now,
  );
}

/** One event of the network's calendar, in Paris time with its VTIMEZONE (also used for trainings and gatherings). */
export interface CalendarEntry {
  uid: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  title: string;
  location: string | null;
  description: string;
  url: string;
}

export function calendarFile(entry: CalendarEntry, now = new Date()): string {
  const calendar = ical({
    prodId: { company: 'Maillage', product: 'Gouvernance', language: 'FR' },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  calendar.createEvent({
    id: entry.uid,
    sequence: entry.sequence,
    stamp: now,
    start: dayjs(entry.startsAt).tz(MEETING_TIME_ZONE),
    end: dayjs(entry.endsAt).tz(MEETING_TIME_ZONE),
    timezone: MEETING_TIME_ZONE,
    summary: entry.title,
    location: entry.location,
    description: entry.description,
    url: entry.url,
  });
  return calendar.toString();
}
