import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { JobRunner } from '../../jobs/job-runner.service';
import { MailService } from '../../mail/mail.service';
import { NotificationsService } from '../notifications/notifications.service';
import { OVERDUE_SQL } from './action-items.service';
import { exec, many, sql, type Row } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { LOCALES } from '../../auth/dto/auth.response';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';

const DUE = {
  id: col.uuid,
  ownerPersonId: col.uuid,
  title: col.text,
  dueOn: col.day,
  firstName: col.text,
  email: col.text,
  locale: col.oneOf(LOCALES),
  meetingTitle: col.text.nullable,
  decisionNumber: col.int.nullable,
  decisionTitle: col.text.nullable,
};
type Due = Row<typeof DUE>;

/**
 * Once a day, the owner of each overdue action item gets one reminder for its due date. The row in
 * action_item_reminders is written in the same transaction as the mail is queued (outbox, which retries while the
 * relay is down): its unique key makes a second process (or a second run) skip what was already sent.
 * Actions owned by a working group are left to the group (their referents come with the working-groups module).
 */
@Injectable()
export class ActionRemindersService {
  private readonly logger = new Logger('ActionReminders');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly jobs: JobRunner,
    private readonly notifications: NotificationsService,
  ) {}

  @Cron('0 8 * * *', { name: 'overdue-action-reminders', timeZone: DISPLAY_TIME_ZONE })
  async run(): Promise<void> {
    await this.jobs.run('overdue-action-reminders', async () => ({ sent: await this.sendOverdueReminders() }));
  }

  async sendOverdueReminders(): Promise<number> {
    const due = await many(
      this.db,
      sql`SELECT i.id, i.owner_person_id AS "ownerPersonId", i.title, to_char(i.due_on, 'YYYY-MM-DD') AS "dueOn", p.first_name AS "firstName", p.email,
              coalesce(acc.locale, 'fr') AS locale, m.title AS "meetingTitle", d.number AS "decisionNumber", d.title AS "decisionTitle"
       FROM action_items i
       JOIN people p ON p.id = i.owner_person_id
       LEFT JOIN accounts acc ON acc.person_id = p.id
       LEFT JOIN meetings m ON m.id = i.meeting_id
       LEFT JOIN decisions d ON d.id = i.decision_id
       WHERE ${sql.trusted(OVERDUE_SQL('i'))} AND p.email IS NOT NULL AND p.archived_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM action_item_reminders r WHERE r.action_item_id = i.id AND r.due_on = i.due_on)
       ORDER BY i.due_on, i.id`,
      DUE,
    );
    let sent = 0;
    for (const item of due) {
      try {
        const claimed = await this.db.transaction(async (em) => {
          const inserted = await exec(
            em,
            sql`INSERT INTO action_item_reminders (action_item_id, due_on, sent_to) VALUES (${item.id}, ${item.dueOn}, ${item.email})
             ON CONFLICT (action_item_id, due_on) DO NOTHING`,
          );
          if (inserted === 0) return false;
          await this.notifications.notify(em, null, {
            kind: 'action_due',
            to: { people: [item.ownerPersonId] },
            params: { subject: item.title },
            link: '/my-actions',
          });
          await this.mail.enqueue(em, {
            to: item.email,
            template: 'action-reminder',
            locale: item.locale,
            vars: {
              firstName: item.firstName,
              actionTitle: item.title,
              dueOn: item.dueOn,
              origin: origin(item),
              actionsUrl: `${this.config.APP_URL}/my-actions`,
            },
          });
          return true;
        });
        if (claimed) sent++;
      } catch (error) {
        this.logger.error(`reminder for action ${item.id} not sent: ${(error as Error).message}`);
      }
    }
    if (sent) this.logger.log(`${sent} overdue reminder(s) sent`);
    return sent;
  }
}

function origin(item: Due): string | null {
  if (item.decisionNumber !== null) return `n° ${item.decisionNumber} — ${item.decisionTitle}`;
  return item.meetingTitle;
}
