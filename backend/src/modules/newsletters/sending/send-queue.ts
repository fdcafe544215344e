import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../../audit/audit.service';
import { linksOf } from '../../../common/link-table';
import { AppConfig } from '../../../config/app-config';
import { openPixel } from '../archive.service';
import { IssueRenderer } from '../issue-renderer.service';
import { ISSUE_LISTS } from '../newsletter-issue-list.entity';
import { NewsletterIssue } from '../newsletter-issue.entity';
import { exec, many, one, prepared, sql, type Row } from '../../../database/sql';
import { col } from '../../../database/sql-columns';
import { skipQueuedDeliveries } from '../skip-deliveries';

/** A delivery reserved by a worker (`claimed`), with its recipient; `attempts` counts the attempt about to be made. */
const CLAIMED = {
  id: col.text,
  issueId: col.uuid,
  listId: col.uuid,
  subscriberId: col.uuid,
  attempts: col.int,
  email: col.text,
  firstName: col.text.nullable,
};
export type Claimed = Row<typeof CLAIMED>;

/** What became of a claimed delivery, as the table records it. */
export interface Outcome {
  id: string;
  status: 'sent' | 'failed' | 'bounced' | 'queued';
  response: string;
  /** For a retry: seconds from now. */
  retryInSeconds?: number;
}

/** A lane's queue operations, on the lane's own connection. */
export interface Lane {
  /** Reserves up to `n` queued rows of sending issues for this worker, in order: `claimed`, not handed yet. */
  claim(workerId: number, issueIds: string[], n: number): Promise<Claimed[]>;
  /**
   * One round trip per message: records the previous message's outcome and marks the next claimed row `sending`,
   * atomically. Answers whether the next one may go (no: its issue was paused, or its person left meanwhile).
   */
  advance(workerId: number, done: Outcome | null, nextId: string | null): Promise<boolean>;
  /** Gives claimed rows back to the queue (a paused issue, a stopping worker). */
  release(workerId: number, ids: string[]): Promise<void>;
  close(): Promise<void>;
}

const claim = (workerId: number, issueIds: string[], n: number) => sql`WITH picked AS (
         SELECT d.id FROM newsletter_deliveries d JOIN newsletter_issues i ON i.id = d.issue_id
         WHERE d.issue_id = ANY(${issueIds}::uuid[]) AND d.status = 'queued' AND d.next_attempt_at <= now()
           AND i.status = 'sending'
         ORDER BY d.issue_id, d.id LIMIT ${n} FOR UPDATE OF d SKIP LOCKED
       )
       UPDATE newsletter_deliveries d SET status = 'claimed', worker_id = ${workerId}
       FROM picked, newsletter_subscribers s
       WHERE d.id = picked.id AND s.id = d.subscriber_id
       RETURNING d.id, d.issue_id AS "issueId", d.list_id AS "listId", d.subscriber_id AS "subscriberId", d.attempts + 1 AS attempts,
                 s.email, s.first_name AS "firstName"`;

/**
 * Both rows are found by primary key only. Written as plain conditions, `status = 'claimed' AND worker_id = $1` let
 * the planner prefer the tiny-looking partial index newsletter_deliveries_sending_idx, whose dead entries (every
 * claimed and sending version since the last vacuum) it then walked for each message: up to milliseconds a statement.
 * A CASE cannot prove that index's predicate, so the primary key is the only way in.
 */
const advance = (workerId: number, done: Outcome | null, nextId: string | null) => sql`WITH outcome AS (
         SELECT ${done?.id ?? null}::bigint AS id, ${done?.status ?? null}::varchar AS status,
                ${done?.response ?? null}::varchar AS response, ${done?.retryInSeconds ?? 0}::float8 AS retry
       ),
       done AS (
         UPDATE newsletter_deliveries d SET status = o.status, smtp_response = o.response,
           sent_at = CASE WHEN o.status = 'sent' THEN now() ELSE d.sent_at END,
           next_attempt_at = CASE WHEN o.status = 'queued' THEN now() + make_interval(secs => o.retry) ELSE d.next_attempt_at END,
           worker_id = CASE WHEN o.status = 'queued' THEN NULL ELSE d.worker_id END
         FROM outcome o
         WHERE d.id = o.id AND d.worker_id = ${workerId} AND d.status IN ('sending', 'uncertain')
       ), next AS (
         UPDATE newsletter_deliveries d SET status = 'sending', attempts = d.attempts + 1, handed_at = now()
         FROM newsletter_issues i
         WHERE d.id = ${nextId}::bigint AND CASE d.status WHEN 'claimed' THEN d.worker_id = ${workerId} END
           AND i.id = d.issue_id AND i.status = 'sending'
         RETURNING d.id
       )
       SELECT count(*)::int AS go FROM next`;

/** Advisory-lock namespace of send workers: (727100, worker id) is held by a live worker for its whole life. */
export const WORKER_LOCK_NAMESPACE = 727_100;

/**
 * The send queue: one row per (issue, subscriber) in newsletter_deliveries, claimed with FOR UPDATE SKIP LOCKED so
 * any number of workers share it without sending twice. How a lane moves rows along is in send-worker.service.ts.
 */
@Injectable()
export class SendQueue {
  private readonly logger = new Logger('SendQueue');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly renderer: IssueRenderer,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Starts one scheduled issue whose time has come: renders it once (kept with the issue: the web version and
   * every worker use that rendering), queues one delivery per confirmed subscriber of its lists, and marks it
   * sending. Several processes may call this together: the row lock gives each issue to one of them.
   */
  async startDueIssue(): Promise<NewsletterIssue | null> {
    return this.db.transaction(async (em) => {
      const issue = await em
        .getRepository(NewsletterIssue)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where(`i.status = 'scheduled' AND i.send_at <= now()`)
        .orderBy('i.send_at')
        .getOne();
      if (!issue) return null;
      const rendered = await this.renderer.render(issue, em);
      if (issue.countOpens)
        rendered.html = rendered.html.replace('</body>', `${openPixel(this.config.APP_URL, issue.number)}</body>`);
      // A person on several of the issue's lists gets one copy, through the first of them in the issue's order.
      // The person's status is read by primary key, one subscription at a time, whatever the statistics say: as a
      // join, tables just filled (a fresh import, before ANALYZE) were estimated at one row and the planner rescanned
      // every confirmed subscriber for each subscription, quadratic (3 s for 5,000 people).
      const listIds = (await linksOf(em, ISSUE_LISTS, [issue.id])).get(issue.id) ?? [];
      const { queued } = await one(
        em,
        sql`WITH queued AS (
           INSERT INTO newsletter_deliveries (issue_id, subscriber_id, list_id)
           SELECT DISTINCT ON (x.subscriber_id) ${issue.id}::uuid, x.subscriber_id, x.list_id
           FROM newsletter_subscriptions x
           WHERE x.list_id = ANY(${listIds}::uuid[]) AND x.status = 'confirmed'
             AND (SELECT s.status FROM newsletter_subscribers s WHERE s.id = x.subscriber_id) = 'confirmed'
           ORDER BY x.subscriber_id, array_position(${listIds}::uuid[], x.list_id)
           ON CONFLICT (issue_id, subscriber_id) DO NOTHING RETURNING 1
         ) SELECT count(*)::int AS queued FROM queued`,
        { queued: col.int },
      );
      await em.update(NewsletterIssue, issue.id, {
        status: 'sending',
        sendingStartedAt: new Date(),
        renderedHtml: rendered.html,
        renderedText: rendered.text,
      });
      await this.audit.record(
        em,
        { user: null, ip: null },
        {
          action: 'send_started',
          entityType: 'NewsletterIssue',
          entityId: issue.id,
          after: { number: issue.number, recipients: queued },
        },
      );
      this.logger.log(`issue ${issue.number}: sending to ${queued} recipient(s)`);
      return issue;
    });
  }

  /**
   * A lane's own connection: its statements are prepared once and run without a trip through the pool. Its commits
   * do not wait for the WAL flush (synchronous_commit=off, on this connection only): a killed worker loses nothing by
   * it, since PostgreSQL keeps every commit it acknowledged; only a crash of the PostgreSQL server itself could forget
   * the last fraction of a second of outcomes (see README).
   */
  async openLane(): Promise<Lane> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    await exec(runner, sql`SET synchronous_commit = off`);
    // Claim and advance run as named statements on the lane's connection, prepared once.
    return {
      claim: (workerId, issueIds, n) => prepared(runner, claim(workerId, issueIds, n), CLAIMED),
      advance: async (workerId, done, nextId) => {
        const [{ go }] = await prepared(runner, advance(workerId, done, nextId), { go: col.int });
        return go === 1;
      },
      release: async (workerId, ids) => {
        if (ids.length === 0) return;
        await exec(
          runner,
          sql`UPDATE newsletter_deliveries SET status = 'queued', worker_id = NULL
              WHERE id = ANY(${ids}::bigint[]) AND worker_id = ${workerId} AND status = 'claimed'`,
        );
      },
      close: async () => {
        await exec(runner, sql`RESET synchronous_commit`).catch(() => undefined);
        await runner.release();
      },
    };
  }

  /** A hard bounce: the address is marked bounced, with the server's answer, and nothing more is queued for it. */
  async recordBounce(subscriberId: string, response: string): Promise<void> {
    await this.db.transaction(async (em) => {
      const changed = await exec(
        em,
        sql`UPDATE newsletter_subscribers SET status = 'bounced', bounced_at = now(), status_reason = ${response}
            WHERE id = ${subscriberId} AND status NOT IN ('bounced', 'complained')`,
      );
      if (changed) {
        await exec(
          em,
          sql`INSERT INTO newsletter_consent_events (subscriber_id, action, source) VALUES (${subscriberId}, 'bounced', ${response})`,
        );
      }
      await skipQueuedDeliveries(em, subscriberId);
    });
  }

  /** Issues being sent, oldest first (the lanes claim within these). */
  async sendingIssues(): Promise<string[]> {
    const rows = await many(
      this.db,
      sql`SELECT id FROM newsletter_issues WHERE status = 'sending' ORDER BY sending_started_at`,
      {
        id: col.uuid,
      },
    );
    return rows.map((r) => r.id);
  }

  /** Issues with nothing left to send or retry are sent. */
  async completeIssues(): Promise<number> {
    const done = await many(
      this.db,
      sql`UPDATE newsletter_issues i SET status = 'sent', sent_at = now()
       WHERE i.status = 'sending' AND NOT EXISTS (SELECT 1 FROM newsletter_deliveries d WHERE d.issue_id = i.id AND d.status IN ('queued', 'claimed', 'sending'))
       RETURNING id, number`,
      { id: col.uuid, number: col.int },
    );
    for (const issue of done) this.logger.log(`issue ${issue.number}: sent`);
    return done.length;
  }
}
