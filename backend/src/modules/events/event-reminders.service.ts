import { activeAccountsWithRole } from '../../auth/role-recipients';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';
import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LOCALES } from '../../auth/dto/auth.response';
import { AppConfig } from '../../config/app-config';
import { exec, many, maybeOne, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { JobRunner } from '../../jobs/job-runner.service';
import { MailService } from '../../mail/mail.service';
import type { GatheringCadenceResponse } from './dto/event.response';
import { nextGathering } from './gathering-cadence';
import { enqueueRegistrationMail } from './registration-mail';
import { TrainingEvent } from './training-event.entity';

const parisDay = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: DISPLAY_TIME_ZONE });

/**
 * The scheduled mails of events: the day-before reminder to each confirmed person, and the coordinator's reminder to
 * open registrations for the next territorial gathering, as the newsletter's cadence reminds the communication team.
 * Both are queued in the transaction that marks them sent (outbox): once, whatever the processes.
 */
@Injectable()
export class EventRemindersService {
  private readonly logger = new Logger('Events');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly jobs: JobRunner,
  ) {}

  @Cron('23 * * * *', { name: 'event-reminders', timeZone: DISPLAY_TIME_ZONE })
  async hourly(): Promise<void> {
    await this.jobs.run('event-reminders', async () => ({
      attendees: await this.remindAttendees(),
      gathering: await this.remindGatheringIfDue(),
    }));
  }

  /** Confirmed people of the events held tomorrow (Paris days) not reminded yet. */
  async remindAttendees(now = new Date()): Promise<number> {
    const tomorrow = new Date(now.getTime() + 86_400_000);
    return this.db.transaction(async (em) => {
      const due = await many(
        em,
        sql`UPDATE event_registrations r SET reminder_sent_at = ${now}
            FROM training_events e, people p
            WHERE e.id = r.event_id AND p.id = r.person_id AND r.status = 'confirmed' AND r.reminder_sent_at IS NULL
              AND p.email IS NOT NULL AND (e.starts_at AT TIME ZONE ${DISPLAY_TIME_ZONE})::date = ${parisDay(tomorrow)}::date
            RETURNING r.event_id AS "eventId", r.cancel_token AS "cancelToken", r.locale, p.first_name AS "firstName",
              p.email`,
        { eventId: col.uuid, cancelToken: col.text, locale: col.oneOf(LOCALES), firstName: col.text, email: col.text },
      );
      for (const r of due) {
        const event = await em.findOneByOrFail(TrainingEvent, { id: r.eventId });
        await enqueueRegistrationMail(this.mail, em, this.config.APP_URL, {
          kind: 'reminder',
          event,
          registration: r,
          to: r,
        });
      }
      return due.length;
    });
  }

  /** The next gathering: six months after the last one held, unless one is planned already. */
  async cadence(now = new Date()): Promise<GatheringCadenceResponse> {
    const row = await maybeOne(
      this.db,
      sql`SELECT (max(starts_at) FILTER (WHERE starts_at <= ${now}) AT TIME ZONE ${DISPLAY_TIME_ZONE})::date::text AS "lastOn",
            bool_or(starts_at > ${now}) AS planned
          FROM training_events WHERE kind = 'gathering'`,
      { lastOn: col.day.nullable, planned: col.bool.nullable },
    );
    const lastOn = row?.lastOn ?? null;
    const { nextDueOn, reminderOn } = nextGathering(lastOn);
    const sent = nextDueOn
      ? await maybeOne(this.db, sql`SELECT sent_at AS "sentAt" FROM gathering_reminders WHERE due_on = ${nextDueOn}`, {
          sentAt: col.timestamp,
        })
      : null;
    return { lastOn, nextDueOn, reminderOn, reminderSentAt: sent?.sentAt ?? null, planned: row?.planned ?? false };
  }

  /** From the reminder day on, once per due day, to every active coordinator account; nothing if one is planned. */
  async remindGatheringIfDue(now = new Date()): Promise<number> {
    const c = await this.cadence(now);
    if (!c.nextDueOn || !c.reminderOn || parisDay(now) < c.reminderOn || c.reminderSentAt || c.planned) return 0;
    return this.db.transaction(async (em) => {
      const coordinators = await activeAccountsWithRole(em, 'coordinator');
      const inserted = await exec(
        em,
        sql`INSERT INTO gathering_reminders (due_on, recipients) VALUES (${c.nextDueOn}, ${coordinators.length})
            ON CONFLICT (due_on) DO NOTHING`,
      );
      if (inserted === 0) return 0;
      for (const person of coordinators) {
        await this.mail.enqueue(em, {
          to: person.email,
          template: 'gathering-reminder',
          locale: person.locale,
          vars: {
            firstName: person.firstName,
            dueOn: new Date(`${c.nextDueOn}T12:00:00Z`),
            lastOn: new Date(`${c.lastOn}T12:00:00Z`),
            eventsUrl: `${this.config.APP_URL}/events`,
          },
        });
      }
      this.logger.log(`gathering due on ${c.nextDueOn}: reminder sent to ${coordinators.length} coordinator(s)`);
      return coordinators.length;
    });
  }
}
