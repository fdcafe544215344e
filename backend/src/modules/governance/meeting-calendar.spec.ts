import ical from 'node-ical';
import { meetingCalendar } from './meeting-calendar';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';

const meeting = {
  id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  title: 'COPIL mensuel de mars',
  // 18:30 in Paris: winter time (UTC+1).
  startsAt: new Date('2026-03-12T17:30:00Z'),
  endsAt: new Date('2026-03-12T19:30:00Z'),
  place: 'Maison des associations, Paris 11e',
  videoLink: 'https://visio.example.org/copil',
  agenda: ['Tour de table', 'Budget 2026'],
  sequence: 2,
  url: 'https://maillage.example.org/meetings/7c9e6679-7425-40de-944b-e07fc1f90ae7',
};

const event = (text: string) => Object.values(ical.sync.parseICS(text)).find((c) => c?.type === 'VEVENT')!;

describe('meeting calendar file', () => {
  it('writes the local Paris time with its TZID and a VTIMEZONE, which a calendar library reads back as the same instant', () => {
    const text = meetingCalendar(meeting, new Date('2026-03-01T10:00:00Z'));
    expect(text).toContain(`DTSTART;TZID=${DISPLAY_TIME_ZONE}:20260312T183000`);
    expect(text).toContain('BEGIN:VTIMEZONE');
    const e = event(text);
    expect(e.start.toISOString()).toBe('2026-03-12T17:30:00.000Z');
    expect(e.start.tz).toBe(DISPLAY_TIME_ZONE);
    expect(e.end?.toISOString()).toBe('2026-03-12T19:30:00.000Z');
    expect(e.uid).toBe(`meeting-${meeting.id}@maillage`);
    expect(e.summary).toBe('COPIL mensuel de mars');
    expect(e.location).toBe('Maison des associations, Paris 11e — https://visio.example.org/copil');
    expect(e.description).toContain('1. Tour de table\n2. Budget 2026');
    expect(String(e.sequence)).toBe('2');
  });

  it('follows summer time (UTC+2)', () => {
    const text = meetingCalendar({
      ...meeting,
      startsAt: new Date('2026-06-11T16:00:00Z'),
      endsAt: new Date('2026-06-11T18:00:00Z'),
    });
    expect(text).toContain(`DTSTART;TZID=${DISPLAY_TIME_ZONE}:20260611T180000`);
    expect(event(text).start.toISOString()).toBe('2026-06-11T16:00:00.000Z');
  });
});
