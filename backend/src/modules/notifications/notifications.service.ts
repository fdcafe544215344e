import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { notificationText, type NotificationKind, type NotificationParams } from '@maillage/emails';
import { NotFound } from '../../common/errors';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import { AuditService } from '../../audit/audit.service';
import { AppConfig } from '../../config/app-config';
import { exec, many, one, sql, type Sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { LOCALES } from '../../auth/dto/auth.response';
import { MailService } from '../../mail/mail.service';
import type { PageQuery } from '../../common/pagination';
import type { NotificationPreferenceDto } from './dto/notification.dto';
import type { NotificationPageResponse, NotificationPreferenceResponse } from './dto/notification.response';
import { NOTIFICATION_EMAIL_MODES } from './notification.entity';
import { NotificationError } from './notifications.errors';

/** Who is told, named the way the change knows them; only enabled accounts receive. */
export type Recipients =
  | { accounts: readonly (string | null)[] }
  | { people: readonly (string | null)[] }
  | { role: 'coordinator' }
  /** The COPIL members (and representatives) of an organisation, as the session scopes them. */
  | { copilOf: string };

export interface NotificationEvent {
  kind: NotificationKind;
  to: Recipients;
  params: NotificationParams;
  /** The app's page about it, from its root (`/contributions/…`). */
  link: string;
  /** The change sends its own mail about it (a sign-up's notice): the bell only, and no digest line. */
  mailedAlready?: boolean;
}

const ITEM = {
  id: col.uuid,
  kind: col.text,
  params: col.json<NotificationParams>(),
  link: col.text,
  createdAt: col.timestamp,
  readAt: col.timestamp.nullable,
};

function recipientsSql(to: Recipients): Sql {
  if ('accounts' in to) return sql`a.id = ANY(${to.accounts.filter(Boolean)}::uuid[])`;
  if ('people' in to) return sql`a.person_id = ANY(${to.people.filter(Boolean)}::uuid[])`;
  if ('role' in to) return sql`${to.role} = ANY(a.roles)`;
  return sql`'copil' = ANY(a.roles) AND EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = a.person_id
           AND m.organisation_id = ${to.copilOf} AND m.role IN ('copil_member', 'representative'))`;
}

/**
 * Notifications: `notify` writes one row per recipient inside the caller's transaction (nothing is told of a change
 * rolled back) and queues the mail of those who want it at once; the digest job mails the others once a day. Reading
 * and marking are the caller's own rows only, whatever their roles: an id that is someone else's is a 404.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** The person who made the change is never told of it; they are named as its `actor` when there is one. */
  async notify(em: EntityManager, ctx: RequestContext | null, event: NotificationEvent): Promise<void> {
    const actor = ctx?.user?.id ?? null;
    const params = ctx?.user ? { actor: `${ctx.user.firstName} ${ctx.user.lastName}`, ...event.params } : event.params;
    const mailed = event.mailedAlready ?? false;
    const immediate = await many(
      em,
      sql`WITH told AS (
            INSERT INTO notifications (recipient_id, kind, params, link, emailed_at)
            SELECT a.id, ${event.kind}, ${JSON.stringify(params)}::jsonb, ${event.link},
                   CASE WHEN ${mailed}::boolean OR a.notification_email = 'immediate' THEN now() END FROM accounts a
            WHERE a.disabled_at IS NULL AND a.id IS DISTINCT FROM ${actor}::uuid AND ${recipientsSql(event.to)}
            RETURNING recipient_id, emailed_at)
          SELECT a.email, a.locale, p.first_name AS "firstName" FROM told
          JOIN accounts a ON a.id = told.recipient_id JOIN people p ON p.id = a.person_id
          WHERE told.emailed_at IS NOT NULL AND NOT ${mailed}::boolean`,
      { email: col.text, locale: col.oneOf(LOCALES), firstName: col.text },
    );
    for (const r of immediate) {
      await this.mail.enqueue(em, {
        to: r.email,
        template: 'notifications',
        locale: r.locale,
        vars: {
          firstName: r.firstName,
          items: [{ text: notificationText(event.kind, params, r.locale), url: this.url(event.link) }],
          notificationsUrl: this.url('/notifications'),
        },
      });
    }
  }

  url(link: string): string {
    return `${this.config.APP_URL}${link}`;
  }

  async list(ctx: SignedInContext, q: PageQuery): Promise<NotificationPageResponse> {
    const rows = await many(
      this.db,
      sql`SELECT id, kind, params, link, created_at AS "createdAt", read_at AS "readAt" FROM notifications
          WHERE recipient_id = ${ctx.user.id} ORDER BY created_at DESC, id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
      ITEM,
    );
    const { total, unread } = await one(
      this.db,
      sql`SELECT count(*) AS total, count(*) FILTER (WHERE read_at IS NULL) AS unread FROM notifications
          WHERE recipient_id = ${ctx.user.id}`,
      { total: col.int, unread: col.int },
    );
    return {
      items: rows.map((r) => ({
        ...r,
        kind: r.kind as NotificationKind,
        text: notificationText(r.kind as NotificationKind, r.params, ctx.locale),
      })),
      total,
      unread,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  async markRead(ctx: SignedInContext, id: string): Promise<void> {
    const found = await exec(
      this.db,
      sql`UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = ${id} AND recipient_id = ${ctx.user.id}`,
    );
    if (!found) throw new NotFound(NotificationError.NotFound);
  }

  async markAllRead(ctx: SignedInContext): Promise<void> {
    await exec(
      this.db,
      sql`UPDATE notifications SET read_at = now() WHERE recipient_id = ${ctx.user.id} AND read_at IS NULL`,
    );
  }

  async preference(ctx: SignedInContext, em: EntityManager = this.db.manager): Promise<NotificationPreferenceResponse> {
    return one(em, sql`SELECT notification_email AS "byEmail" FROM accounts WHERE id = ${ctx.user.id}`, {
      byEmail: col.oneOf(NOTIFICATION_EMAIL_MODES),
    });
  }

  async setPreference(ctx: SignedInContext, dto: NotificationPreferenceDto): Promise<NotificationPreferenceResponse> {
    return this.db.transaction(async (em) => {
      const before = await this.preference(ctx, em);
      await exec(em, sql`UPDATE accounts SET notification_email = ${dto.byEmail} WHERE id = ${ctx.user.id}`);
      await this.audit.recordUpdate(
        em,
        ctx,
        'Account',
        ctx.user.id,
        { notificationEmail: before.byEmail },
        {
          notificationEmail: dto.byEmail,
        },
      );
      return { byEmail: dto.byEmail };
    });
  }
}
