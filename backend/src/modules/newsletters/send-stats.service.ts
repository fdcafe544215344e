import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Page } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { DELIVERY_STATUSES, type DeliveryStatus } from './delivery.entity';
import type { DeliveryResponse, SendStatsResponse } from './dto/issue.response';
import type { DeliveryQuery } from './dto/issues.dto';
import { IssuesService } from './issues.service';
import { many, one, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';

/** Counts per issue (polled by the UI while sending) and the per-recipient record. */
@Injectable()
export class SendStatsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly issues: IssuesService,
  ) {}

  async stats(ctx: RequestContext, id: string): Promise<SendStatsResponse> {
    const issue = await this.issues.findAllowed(ctx, id, 'send');
    const rows = await many(
      this.db,
      sql`SELECT status, count(*)::int AS n FROM newsletter_deliveries WHERE issue_id = ${id} GROUP BY status`,
      { status: col.oneOf(DELIVERY_STATUSES), n: col.int },
    );
    const counts = Object.fromEntries(
      DELIVERY_STATUSES.map((s) => [s, rows.find((r) => r.status === s)?.n ?? 0]),
    ) as Record<DeliveryStatus, number>;
    const { n: unsubscribedSince } = await one(
      this.db,
      sql`SELECT count(DISTINCT d.subscriber_id)::int AS n FROM newsletter_deliveries d
       JOIN newsletter_consent_events c ON c.subscriber_id = d.subscriber_id AND c.list_id = d.list_id
         AND c.action = 'unsubscribed' AND c.at >= ${issue.sendingStartedAt ?? new Date()}
       WHERE d.issue_id = ${id}`,
      { n: col.int },
    );
    return {
      ...counts,
      status: issue.status,
      recipients: rows.reduce((sum, r) => sum + r.n, 0),
      unsubscribedSince,
      opens: issue.countOpens ? issue.openCount : null,
      sendingStartedAt: issue.sendingStartedAt,
      sentAt: issue.sentAt,
    };
  }

  async deliveries(ctx: RequestContext, id: string, q: DeliveryQuery): Promise<Page<DeliveryResponse>> {
    await this.issues.findAllowed(ctx, id, 'send');
    const like = q.q ? `%${q.q.toLowerCase().replace(/[\\%_]/g, '\\$&')}%` : null;
    const where = sql`d.issue_id = ${id}${q.status ? sql` AND d.status = ${q.status}` : sql.empty}${
      like
        ? sql` AND (lower(s.email) LIKE ${like} OR lower(s.first_name) LIKE ${like} OR lower(s.last_name) LIKE ${like}
              OR lower(s.first_name || ' ' || s.last_name) LIKE ${like})`
        : sql.empty
    }`;
    const items = await many(
      this.db,
      sql`SELECT d.id, d.subscriber_id AS "subscriberId", s.email, s.first_name AS "firstName",
         s.last_name AS "lastName", d.status, d.attempts, d.sent_at AS "sentAt", d.smtp_response AS "smtpResponse"
       FROM newsletter_deliveries d JOIN newsletter_subscribers s ON s.id = d.subscriber_id
       WHERE ${where} ORDER BY d.id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
      {
        id: col.text,
        subscriberId: col.uuid,
        email: col.text,
        firstName: col.text.nullable,
        lastName: col.text.nullable,
        status: col.oneOf(DELIVERY_STATUSES),
        attempts: col.int,
        sentAt: col.timestamp.nullable,
        smtpResponse: col.text.nullable,
      },
    );
    const { n } = await one(
      this.db,
      sql`SELECT count(*)::int AS n FROM newsletter_deliveries d JOIN newsletter_subscribers s ON s.id = d.subscriber_id
       WHERE ${where}`,
      { n: col.int },
    );
    return { items, total: n, page: q.page, pageSize: q.pageSize };
  }
}
