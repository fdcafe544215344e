import type { EntityManager } from 'typeorm';
import type { TextAttachment, MailService } from '../../mail/mail.service';
import { calendarFile } from '../governance/meeting-calendar';
import type { EventRegistration } from './event-registration.entity';
import type { TrainingEvent } from './training-event.entity';

/** Why a registered person is written to: their place, their rank on the waiting list, a place freed, tomorrow. */
export type RegistrationMailKind = 'confirmed' | 'waiting' | 'promoted' | 'reminder';

/** The event as a calendar file: the same UID in every mail, so a calendar keeps one entry. */
export function eventCalendar(event: TrainingEvent, pageUrl: string, now = new Date()): string {
  return calendarFile(
    {
      uid: `event-${event.id}@maillage`,
      sequence: 0,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      title: event.title,
      location: [event.place, event.videoLink].filter(Boolean).join(' — ') || null,
      description: [event.description, event.videoLink, pageUrl].filter(Boolean).join('\n\n'),
      url: pageUrl,
    },
    now,
  );
}

/**
 * Queues the mail in the caller's transaction (outbox): the registration and its mail are saved together or not at
 * all. A person with a place gets the event as an `.ics`; one on the waiting list does not (no place yet).
 */
export async function enqueueRegistrationMail(
  mail: MailService,
  em: EntityManager,
  appUrl: string,
  m: {
    kind: RegistrationMailKind;
    event: TrainingEvent;
    registration: Pick<EventRegistration, 'cancelToken' | 'locale'>;
    to: { firstName: string; email: string };
  },
): Promise<void> {
  const pageUrl = `${appUrl}/attend/${m.event.id}`;
  const attachments: TextAttachment[] =
    m.kind === 'waiting'
      ? []
      : [
          {
            filename: 'evenement.ics',
            content: eventCalendar(m.event, pageUrl),
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          },
        ];
  await mail.enqueue(em, {
    to: m.to.email,
    template: 'event-registration',
    locale: m.registration.locale,
    vars: {
      firstName: m.to.firstName,
      status: m.kind,
      eventTitle: m.event.title,
      startsAt: m.event.startsAt,
      endsAt: m.event.endsAt,
      place: m.event.place,
      videoLink: m.event.videoLink,
      cancelUrl: `${appUrl}/attend/cancel?token=${m.registration.cancelToken}`,
    },
    attachments,
  });
}
