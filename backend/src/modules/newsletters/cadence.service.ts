import { activeAccountsWithRole } from '../../auth/role-recipients';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { MailService } from '../../mail/mail.service';
import type { CadenceResponse } from './dto/issue.response';
import { exec, one, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { NewsletterIssue } from './newsletter-issue.entity';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';

export const REMINDER_DAYS_BEFORE = 14;

/** The two-month rhythm: the next issue's due date and the reminder the communication team gets two weeks before. */
@Injectable()
export class CadenceService {
  private readonly logger = new Logger('Newsletters');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly mail: MailService,
  ) {}

  async cadence(): Promise<CadenceResponse> {
    // Days are counted in Paris, where the team lives; PostgreSQL's month arithmetic clamps 31 Dec + 2 months to 28
    // Feb.
    return one(
      this.db,
      sql`WITH last AS (
         SELECT number, (coalesce(send_at, sent_at) AT TIME ZONE ${DISPLAY_TIME_ZONE})::date AS day
         FROM newsletter_issues WHERE status = 'sent' ORDER BY coalesce(send_at, sent_at) DESC LIMIT 1
       ), due AS (SELECT (day + make_interval(months => ${this.config.NEWSLETTER_CADENCE_MONTHS}))::date AS day FROM last)
       SELECT (SELECT number FROM last) AS "lastNumber", (SELECT day FROM last)::text AS "lastSentOn",
              (SELECT coalesce(max(number), 0) + 1 FROM newsletter_issues WHERE status IN ('sending', 'paused', 'sent')) AS "nextNumber",
              (SELECT day FROM due)::text AS "nextDueOn", (SELECT day - ${REMINDER_DAYS_BEFORE}::int FROM due)::text AS "reminderOn",
              (SELECT sent_at FROM newsletter_reminders WHERE due_on = (SELECT day FROM due)) AS "reminderSentAt"`,
      {
        lastNumber: col.int.nullable,
        lastSentOn: col.day.nullable,
        nextNumber: col.int,
        nextDueOn: col.day.nullable,
        reminderOn: col.day.nullable,
        reminderSentAt: col.timestamp.nullable,
      },
    );
  }

  /**
   * Two weeks before the due date, once: mails every active comms account, unless the next issue is already
   * scheduled. The row of newsletter_reminders is written in the same transaction as the mails are queued (outbox),
   * so a second process finds the row and does nothing, and a relay down delays the mails without losing them.
   */
  async remindIfDue(today = new Date()): Promise<number> {
    const c = await this.cadence();
    const day = today.toLocaleDateString('sv-SE', { timeZone: DISPLAY_TIME_ZONE });
    if (!c.nextDueOn || !c.reminderOn || day < c.reminderOn || c.reminderSentAt) return 0;
    const scheduled = await this.db
      .getRepository(NewsletterIssue)
      .countBy({ status: In(['scheduled', 'sending', 'paused']) });
    if (scheduled > 0) return 0;
    return this.db.transaction(async (em) => {
      const team = await activeAccountsWithRole(em, 'comms');
      const inserted = await exec(
        em,
        sql`INSERT INTO newsletter_reminders (due_on, recipients) VALUES (${c.nextDueOn}, ${team.length})
            ON CONFLICT (due_on) DO NOTHING`,
      );
      if (inserted === 0) return 0;
      for (const member of team) {
        await this.mail.enqueue(em, {
          to: member.email,
          template: 'newsletter-reminder',
          locale: member.locale,
          vars: {
            firstName: member.firstName,
            number: c.nextNumber,
            dueOn: new Date(`${c.nextDueOn}T12:00:00Z`),
            composeUrl: `${this.config.APP_URL}/newsletters`,
          },
        });
      }
      this.logger.log(`reminder for the issue due on ${c.nextDueOn} sent to ${team.length} person(s)`);
      return team.length;
    });
  }
}
