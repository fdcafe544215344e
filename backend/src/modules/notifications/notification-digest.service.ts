import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DISPLAY_TIME_ZONE, notificationText, type NotificationKind, type NotificationParams } from '@maillage/emails';
import { LOCALES } from '../../auth/dto/auth.response';
import { many, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { JobRunner } from '../../jobs/job-runner.service';
import { MailService } from '../../mail/mail.service';
import { NotificationsService } from './notifications.service';

/** What someone told while they wanted no mail is not mailed in bulk the day they ask for a digest. */
const DIGEST_LOOKBACK_DAYS = 7;

/**
 * Once a day, everyone who chose the digest gets one mail with what was told to them since the last one. The rows are
 * marked emailed in the transaction that queues the mail (outbox): a second run, or a second process, finds nothing.
 */
@Injectable()
export class NotificationDigestService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly jobs: JobRunner,
    private readonly notifications: NotificationsService,
  ) {}

  @Cron('0 7 * * *', { name: 'notification-digest', timeZone: DISPLAY_TIME_ZONE })
  async run(): Promise<void> {
    await this.jobs.run('notification-digest', async () => ({ sent: await this.sendDigests() }));
  }

  /** Returns how many people were mailed. */
  async sendDigests(): Promise<number> {
    return this.db.transaction(async (em) => {
      const rows = await many(
        em,
        sql`UPDATE notifications n SET emailed_at = now() FROM accounts a, people p
            WHERE n.emailed_at IS NULL AND a.id = n.recipient_id AND p.id = a.person_id
              AND a.notification_email = 'digest' AND a.disabled_at IS NULL
              AND n.created_at > now() - make_interval(days => ${DIGEST_LOOKBACK_DAYS})
            RETURNING a.id AS "accountId", a.email, a.locale, p.first_name AS "firstName", n.kind, n.params, n.link,
                      n.created_at AS "createdAt"`,
        {
          accountId: col.uuid,
          email: col.text,
          locale: col.oneOf(LOCALES),
          firstName: col.text,
          kind: col.text,
          params: col.json<NotificationParams>(),
          link: col.text,
          createdAt: col.timestamp,
        },
      );
      const byAccount = new Map<string, typeof rows>();
      for (const r of rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
        byAccount.set(r.accountId, [...(byAccount.get(r.accountId) ?? []), r]);
      }
      for (const items of byAccount.values()) {
        const { email, locale, firstName } = items[0];
        await this.mail.enqueue(em, {
          to: email,
          template: 'notifications',
          locale,
          vars: {
            firstName,
            items: items.map((i) => ({
              text: notificationText(i.kind as NotificationKind, i.params, locale),
              url: this.notifications.url(i.link),
            })),
            notificationsUrl: this.notifications.url('/notifications'),
          },
        });
      }
      return byAccount.size;
    });
  }
}
