import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../../config/app-config';
import { exec, maybeOne, one, sql } from '../../../database/sql';
import { col } from '../../../database/sql-columns';
import { leaveLists } from '../leave-lists';
import { skipQueuedDeliveries } from '../skip-deliveries';
import type { ReturnKind, ReturnSource } from './return.entity';

/** A bounce, complaint or unsubscribe that came back, as every channel (mailbox, webhooks) reports it. */
export interface ReturnReport {
  /** Names the report, so that reading it twice records it once: `mailbox:<digest>`, `brevo:<event id>`… */
  key: string;
  source: ReturnSource;
  kind: ReturnKind;
  /** The delivery its token named; else the subscriber is found by `email` (or `subscriberId`). */
  deliveryId?: string | null;
  subscriberId?: string | null;
  /** The list to leave, for an unsubscribe without a delivery (the older subject token). */
  listId?: string | null;
  email?: string | null;
  detail: string;
}

export type ReturnOutcome = 'recorded' | 'already recorded' | 'unknown recipient';

const SOURCE_LABEL: Record<ReturnSource, string> = {
  mailbox: 'bounce mailbox',
  brevo: 'Brevo webhook',
  mailjet: 'Mailjet webhook',
  ses: 'Amazon SES notification',
};

/**
 * Applies what came back: a hard bounce marks the address bounced at once, soft bounces once there are
 * NEWSLETTER_SOFT_BOUNCE_LIMIT of them within NEWSLETTER_SOFT_BOUNCE_DAYS, a complaint unsubscribes from everything
 * at once, a mailto unsubscribe leaves the list of the message. Each is written on the delivery (status and the
 * relay's words) and in the consent history; all in one transaction, and a report already recorded changes nothing.
 */
@Injectable()
export class ReturnsService {
  private readonly logger = new Logger('NewsletterReturns');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  async record(report: ReturnReport): Promise<ReturnOutcome> {
    return this.db.transaction(async (em) => {
      const target = await this.target(em, report);
      if (!target) return 'unknown recipient';
      const detail = report.detail.slice(0, 450);
      const inserted = await exec(
        em,
        sql`INSERT INTO newsletter_returns (key, subscriber_id, delivery_id, kind, source, detail)
            VALUES (${report.key.slice(0, 200)}, ${target.subscriberId}, ${target.deliveryId}, ${report.kind}, ${report.source}, ${detail})
            ON CONFLICT (key) DO NOTHING`,
      );
      if (inserted === 0) return 'already recorded';
      const source = `${SOURCE_LABEL[report.source]}: ${detail}`;
      switch (report.kind) {
        case 'hard':
          await this.onDelivery(em, target.deliveryId, 'bounced', detail);
          await this.markBounced(em, target.subscriberId, source);
          break;
        case 'soft':
          await this.onDelivery(em, target.deliveryId, 'failed', detail);
          if ((await this.softBounces(em, target.subscriberId)) >= this.config.NEWSLETTER_SOFT_BOUNCE_LIMIT) {
            const n = this.config.NEWSLETTER_SOFT_BOUNCE_LIMIT;
            await this.markBounced(
              em,
              target.subscriberId,
              `${source} (${n} soft bounces in ${this.config.NEWSLETTER_SOFT_BOUNCE_DAYS} days)`,
            );
          }
          break;
        case 'complaint':
          await this.onDelivery(em, target.deliveryId, 'complained', detail);
          await this.markComplained(em, target.subscriberId, target.listId, source);
          break;
        case 'unsubscribe':
          await leaveLists(em, { subscriberId: target.subscriberId, listId: target.listId, source });
          break;
      }
      this.logger.log(`${report.kind} for ${target.subscriberId} (${report.source})`);
      return 'recorded';
    });
  }

  /** The delivery named by the report (with its person and list), else the person by id or address. */
  private async target(em: EntityManager, r: ReturnReport) {
    if (r.deliveryId) {
      const d = await maybeOne(
        em,
        sql`SELECT id, subscriber_id, list_id FROM newsletter_deliveries WHERE id = ${r.deliveryId}`,
        { id: col.text, subscriber_id: col.uuid, list_id: col.uuid },
      );
      if (d) return { deliveryId: d.id, subscriberId: d.subscriber_id, listId: d.list_id };
    }
    const s = r.subscriberId
      ? await maybeOne(em, sql`SELECT id FROM newsletter_subscribers WHERE id = ${r.subscriberId}`, { id: col.uuid })
      : r.email
        ? await maybeOne(em, sql`SELECT id FROM newsletter_subscribers WHERE lower(email) = lower(${r.email})`, {
            id: col.uuid,
          })
        : null;
    return s ? { deliveryId: null, subscriberId: s.id, listId: r.listId ?? null } : null;
  }

  /** The delivery's status and the relay's words; a complaint overrides a bounce, nothing overrides a complaint. */
  private async onDelivery(em: EntityManager, id: string | null, status: string, detail: string) {
    if (!id) return;
    const from = status === 'complained' ? ['sent', 'uncertain', 'failed', 'bounced'] : ['sent', 'uncertain', 'failed'];
    await exec(
      em,
      sql`UPDATE newsletter_deliveries SET status = ${status}, smtp_response = ${detail}
          WHERE id = ${id} AND status = ANY(${from}::text[])`,
    );
  }

  private async softBounces(em: EntityManager, subscriberId: string): Promise<number> {
    const { n } = await one(
      em,
      sql`SELECT count(*)::int AS n FROM newsletter_returns WHERE subscriber_id = ${subscriberId} AND kind = 'soft'
          AND at > now() - make_interval(days => ${this.config.NEWSLETTER_SOFT_BOUNCE_DAYS})`,
      { n: col.int },
    );
    return n;
  }

  /** Nothing more goes to the address; a complaint already recorded stays (it says more). */
  private async markBounced(em: EntityManager, subscriberId: string, source: string) {
    const changed = await exec(
      em,
      sql`UPDATE newsletter_subscribers SET status = 'bounced', bounced_at = now(), status_reason = ${source.slice(0, 500)}
          WHERE id = ${subscriberId} AND status NOT IN ('bounced', 'complained')`,
    );
    if (!changed) return;
    await exec(
      em,
      sql`INSERT INTO newsletter_consent_events (subscriber_id, action, source) VALUES (${subscriberId}, 'bounced', ${source.slice(0, 500)})`,
    );
    await skipQueuedDeliveries(em, subscriberId);
  }

  /** A complaint is the strongest "no": off every list at once, never mailed again. */
  private async markComplained(em: EntityManager, subscriberId: string, listId: string | null, source: string) {
    const changed = await exec(
      em,
      sql`UPDATE newsletter_subscribers SET status = 'complained', status_reason = ${source.slice(0, 500)}
          WHERE id = ${subscriberId} AND status <> 'complained'`,
    );
    if (!changed) return;
    await exec(
      em,
      sql`UPDATE newsletter_subscriptions SET status = 'unsubscribed', unsubscribed_at = now()
          WHERE subscriber_id = ${subscriberId} AND status <> 'unsubscribed'`,
    );
    await exec(
      em,
      sql`INSERT INTO newsletter_consent_events (subscriber_id, list_id, action, source)
          VALUES (${subscriberId}, ${listId}, 'complained', ${source.slice(0, 500)})`,
    );
    await skipQueuedDeliveries(em, subscriberId);
  }
}
