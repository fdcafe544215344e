import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { JobRunner } from '../../jobs/job-runner.service';
import { MailService } from '../../mail/mail.service';
import { welcomeContacts } from './welcome-contacts';
import { exec, many, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';

/**
 * Tells a group's welcome person when a newcomer has waited longer than the group allows. Each wait is claimed
 * atomically (one UPDATE … RETURNING), so several API processes never remind twice. The mails go through the outbox
 * (retried while the relay is down); one that cannot be queued gives the claim back.
 */
@Injectable()
export class WelcomeRemindersService {
  private readonly logger = new Logger('WelcomeReminders');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly jobs: JobRunner,
  ) {}

  /** Hourly at a fixed minute (not an interval from each process's start): every process then names the same slot. */
  @Cron('23 * * * *', { name: 'welcome-reminders' })
  async run(): Promise<void> {
    await this.jobs.run('welcome-reminders', async () => ({ reminded: await this.sendDue() }));
  }

  /** Returns how many waits were reminded. */
  async sendDue(): Promise<number> {
    const due = await many(
      this.db,
      sql`UPDATE working_group_volunteers v SET reminder_sent_at = now()
       FROM working_groups g, people p
       WHERE g.id = v.group_id AND p.id = v.person_id AND g.status = 'active' AND v.stage = 'new' AND v.reminder_sent_at IS NULL
         AND v.stage_changed_at < now() - make_interval(days => g.welcome_within_days)
       RETURNING v.id, v.group_id, g.name AS group_name, v.stage_changed_at, p.first_name, p.last_name, p.email`,
      {
        id: col.uuid,
        group_id: col.uuid,
        group_name: col.text,
        stage_changed_at: col.timestamp,
        first_name: col.text,
        last_name: col.text,
        email: col.text.nullable,
      },
    );
    let sent = 0;
    for (const v of due) {
      const contacts = await welcomeContacts(this.db.manager, v.group_id);
      try {
        for (const c of contacts) {
          await this.mail.enqueue(this.db.manager, {
            to: c.email,
            template: 'welcome-reminder',
            locale: c.locale,
            vars: {
              firstName: c.firstName,
              groupName: v.group_name,
              volunteerName: `${v.first_name} ${v.last_name}`,
              volunteerEmail: v.email ?? '—',
              waitingSince: new Date(v.stage_changed_at),
              groupUrl: `${this.config.APP_URL}/working-groups/${v.group_id}`,
            },
          });
        }
        if (contacts.length) sent++;
      } catch (error) {
        this.logger.error(`welcome reminder for ${v.id} failed: ${(error as Error).message}`);
        await exec(this.db, sql`UPDATE working_group_volunteers SET reminder_sent_at = NULL WHERE id = ${v.id}`);
      }
    }
    return sent;
  }
}
