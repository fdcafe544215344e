import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Page } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { DELIVERY_STATUSES, type DeliveryStatus } from './delivery.entity';
import type { DeliveryResponse, SendStatsResponse } from './dto/issue.response';
import type { DeliveryQuery } from './dto/issues.dto';
import { IssuesService } from './issues.service';

/** Counts per issue (polled by the UI while sending) and the per-recipient record. */
@Injectable()
export class SendStatsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly issues: IssuesService,
  ) {}

  async stats(ctx: RequestContext, id: string): Promise<SendStatsResponse> {
    const issue = await this.issues.findAllowed(ctx, id, 'send');
    const rows: { status: DeliveryStatus; n: number }[] = await this.db.query(
      'SELECT status, count(*)::int AS n FROM newsletter_deliveries WHERE issue_id = $1 GROUP BY status',
      [id],
    );
    const counts = Object.fromEntries(DELIVERY_STATUSES.map((s) => [s, rows.find((r) => r.status === s)?.n ?? 0])) as Record<DeliveryStatus, number>;
    const [{ n: unsubscribedSince }] = await this.db.query(
      `SELECT count(DISTINCT d.subscriber_id)::int AS n FROM newsletter_deliveries d
       JOIN newsletter_consent_events c ON c.subscriber_id = d.subscriber_id AND c.list_id = d.list_id AND c.action = 'unsubscribed' AND c.at >= $2
       WHERE d.issue_id = $1`,
      [id, issue.sendingStartedAt ?? new Date()],
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
    const where = q.status ? 'd.issue_id = $1 AND d.status = $2' : 'd.issue_id = $1';
    const params: unknown[] = q.status ? [id, q.status] : [id];
    const items: DeliveryResponse[] = await this.db.query(
      `SELECT d.id, s.email, d.status, d.attempts, d.sent_at AS "sentAt", d.smtp_response AS "smtpResponse"
       FROM newsletter_deliveries d JOIN newsletter_subscribers s ON s.id = d.subscriber_id
       WHERE ${where} ORDER BY d.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    );
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM newsletter_deliveries d WHERE ${where}`, params);
    return { items, total: n, page: q.page, pageSize: q.pageSize };
  }
}
