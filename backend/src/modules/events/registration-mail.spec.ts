import { DISPLAY_TIME_ZONE } from '@maillage/emails';
import ical from 'node-ical';
import { eventCalendar } from './registration-mail';
import type { TrainingEvent } from './training-event.entity';

const training = {
  id: '0d3c3c5e-1f7a-4a8b-9c2d-5e6f7a8b9c0d',
  title: 'Importer une carte Gogocarto',
  // 18:30 in Paris, winter time.
  startsAt: new Date('2027-01-14T17:30:00Z'),
  endsAt: new Date('2027-01-14T19:00:00Z'),
  place: null,
  videoLink: 'https://visio.example.org/formation',
  description: 'Pour les référents techniques des sources.',
} as TrainingEvent;

describe('an event’s calendar file', () => {
  it('holds the event in Paris time, its video link, a stable UID and the public page', () => {
    const text = eventCalendar(training, 'https://maillage.example.org/attend/x', new Date('2027-01-01T10:00:00Z'));
    expect(text).toContain(`DTSTART;TZID=${DISPLAY_TIME_ZONE}:20270114T183000`);
    expect(text).toContain('METHOD:PUBLISH');
    const e = Object.values(ical.sync.parseICS(text)).find((c) => c?.type === 'VEVENT')!;
    expect(e.type === 'VEVENT' && e.start.toISOString()).toBe('2027-01-14T17:30:00.000Z');
    expect(e.type === 'VEVENT' && e.end?.toISOString()).toBe('2027-01-14T19:00:00.000Z');
    expect(e.uid).toBe(`event-${training.id}@maillage`);
    expect(e.type === 'VEVENT' && e.summary).toBe('Importer une carte Gogocarto');
    expect(e.type === 'VEVENT' && e.location).toBe('https://visio.example.org/formation');
    expect(e.type === 'VEVENT' && e.description).toContain('Pour les référents techniques des sources.');
  });
});
