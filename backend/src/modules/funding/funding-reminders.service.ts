import { activeAccountsWithRole } from '../../auth/role-recipients';
import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { JobRunner } from '../../jobs/job-runner.service';
import { MailService } from '../../mail/mail.service';
import { addDays, daysBetween, parisToday } from './funding-dates';
import type { DeadlineResponse } from './dto/overview.response';
import { dueItems } from './funding-overview.service';
import { FundingAlertsService } from './funding-alerts.service';
import { AGREEMENT_THRESHOLD_CENTS, PUBLIC_AUDIT_THRESHOLD_CENTS } from './funding-types';
import { exec, sql } from '../../database/sql';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';

type Recipient = Awaited<ReturnType<typeof activeAccountsWithRole>>[number];

/**
 * Emails the coordinator(s) FUNDING_REMINDER_DAYS days ahead of each funding deadline, once, and once when a legal
 * threshold on public money is first crossed. The reminder's key
 * (what, which item, which day, to whom) goes into funding_reminders_sent in the same transaction as the mail is
 * queued (outbox, which retries while the relay is down): a second process blocks on the unique key until the first
 * commits, then finds it taken. A postponed deadline is a new reminder.
 */
@Injectable()
export class FundingRemindersService {
  private readonly logger = new Logger('FundingReminders');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly jobs: JobRunner,
    private readonly alerts: FundingAlertsService,
  ) {}

  /** Hourly, so a server that was down at some hour still sends the day's reminders. */
  @Cron('17 * * * *', { name: 'funding-reminders', timeZone: DISPLAY_TIME_ZONE })
  async run(): Promise<void> {
    await this.jobs.run('funding-reminders', async () => {
      const sent = await this.sendDueReminders();
      const notices = await this.sendThresholdNotices();
      if (sent + notices > 0) this.logger.log(`${sent} funding reminder(s), ${notices} threshold notice(s) sent`);
      return { sent, notices };
    });
  }

  /** Queues what is due within the window from `now` and was not sent yet; returns how many emails were queued. */
  async sendDueReminders(now: Date = new Date()): Promise<number> {
    const today = parisToday(now);
    const days = this.config.FUNDING_REMINDER_DAYS;
    const items = await dueItems(this.db.manager, today, addDays(today, days), today);
    if (items.length === 0) return 0;
    const recipients = await this.recipients();
    let sent = 0;
    for (const item of items) {
      for (const to of recipients) {
        if (await this.sendOnce(item, to, today, days)) sent++;
      }
    }
    return sent;
  }

  /**
   * Tells every coordinator, once, that a legal threshold on public money was crossed (funding-thresholds.ts): a
   * public funder's subsidies of a year over 23 000 € (agreement), public subsidies received in a year over 153 000 €
   * (auditor). Only this financial year and the last: a threshold of years long closed is news to no one.
   */
  async sendThresholdNotices(now: Date = new Date()): Promise<number> {
    const since = Number(parisToday(now).slice(0, 4)) - 1;
    const notices = [
      ...(await this.alerts.agreementsRequired()).map((a) => ({
        key: `threshold:agreement:${a.funderId}:${a.year}`,
        vars: {
          kind: 'agreement' as const,
          year: a.year,
          funderName: a.funderName,
          amountCents: a.funderYearCents,
          thresholdCents: AGREEMENT_THRESHOLD_CENTS,
        },
      })),
      ...(await this.alerts.auditsRequired()).map((a) => ({
        key: `threshold:audit:${a.year}`,
        vars: {
          kind: 'audit' as const,
          year: a.year,
          funderName: null,
          amountCents: a.publicReceivedCents,
          thresholdCents: PUBLIC_AUDIT_THRESHOLD_CENTS,
        },
      })),
    ].filter((n) => n.vars.year >= since);
    if (notices.length === 0) return 0;
    const url = `${this.config.APP_URL.replace(/\/$/, '')}/funding`;
    let sent = 0;
    for (const notice of notices) {
      for (const to of await this.recipients()) {
        const queued = await this.once(`${notice.key}:${to.email}`, to.email, (em) =>
          this.mail.enqueue(em, {
            to: to.email,
            template: 'funding-threshold',
            locale: to.locale,
            vars: { firstName: to.firstName, ...notice.vars, url },
          }),
        );
        if (queued) sent++;
      }
    }
    return sent;
  }

  /** Runs `send` unless `key` was already sent: the key and the queued mail commit together, or neither. */
  private once(key: string, recipient: string, send: (em: EntityManager) => Promise<unknown>): Promise<boolean> {
    return this.db.transaction(async (em) => {
      const inserted = await exec(
        em,
        sql`INSERT INTO funding_reminders_sent (reminder_key, recipient) VALUES (${key}, ${recipient}) ON CONFLICT (reminder_key) DO NOTHING`,
      );
      if (inserted === 0) return false;
      await send(em);
      return true;
    });
  }

  private sendOnce(item: DeadlineResponse, to: Recipient, today: string, reminderDays: number): Promise<boolean> {
    const key = `${item.kind}:${item.itemId}:${item.dueOn}:${to.email}`;
    return this.once(key, to.email, (em) =>
      this.mail.enqueue(em, {
        to: to.email,
        template: 'funding-reminder',
        locale: to.locale,
        vars: {
          firstName: to.firstName,
          kind: item.kind,
          label: item.label,
          grantTitle: item.grantTitle,
          funderName: item.funderName,
          dueOn: item.dueOn,
          daysLeft: daysBetween(today, item.dueOn),
          amountCents: item.amountCents,
          grantUrl: `${this.config.APP_URL.replace(/\/$/, '')}/funding/grants/${item.grantId}`,
          reminderDays,
        },
      }),
    );
  }

  /** Every active coordinator account, each in their own language. */
  private recipients(): Promise<Recipient[]> {
    return activeAccountsWithRole(this.db, 'coordinator');
  }
}
