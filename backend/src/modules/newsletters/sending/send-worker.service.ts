import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RenderedNewsletter } from '@maillage/emails';
import { hostname } from 'node:os';
import { DataSource, type QueryRunner } from 'typeorm';
import { AppConfig } from '../../../config/app-config';
import { IssueRenderer } from '../issue-renderer.service';
import { classifySmtpError, newsletterMessage, retryDelaySeconds, SEND_GATE } from './bulk-mailer';
import { BulkTransport } from './bulk-transport.service';
import { SendQueue, WORKER_LOCK_NAMESPACE, type Claimed, type Lane, type Outcome } from './send-queue';
import { Throttle } from './throttle';
import { exec, many, one, sql } from '../../../database/sql';
import { col } from '../../../database/sql-columns';
import { SUBSCRIBER_LOCALES } from '../subscriber.entity';

interface IssueForSending {
  rendered: RenderedNewsletter;
  lists: Map<string, { id: string; key: string; name: string }>;
}

/** Periodic jobs every worker calls; they run once an hour across processes (JobRunner). */
export interface WorkerChores {
  everyHour(): Promise<void>;
}

const TICK_MS = 1000;
const IDLE_MS = 250;
/** Rows a lane reserves at a time: a claim round trip per batch, not per message. */
const CLAIM_BATCH = 16;
const HOUR_MS = 3600_000;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The send worker: as many lanes as pooled SMTP connections, each claiming one delivery at a time and recording
 * its outcome with the next claim, under a per-process throttle. A timer starts scheduled issues when their time
 * comes, marks finished ones sent, and turns the in-flight rows of dead workers into `uncertain`.
 * Runs in the API process (NEWSLETTER_WORKER=true) or alone (worker.main.ts), as many times as wanted.
 */
@Injectable()
export class SendWorkerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('SendWorker');
  /** A connection of its own for the worker's life: the advisory lock that says "alive" lives on it. */
  private registry?: QueryRunner;
  private workerId = 0;
  private running = false;
  private lanes: Promise<void>[] = [];
  private timer?: NodeJS.Timeout;
  /** Hourly chores first run an hour after start: a restart (or a test app) never sends a burst of them. */
  private lastHourly = Date.now();
  private issueIds: string[] = [];
  private readonly issues = new Map<string, Promise<IssueForSending>>();
  private throttle: Throttle;
  private chores?: WorkerChores;
  /** Forced on by worker.main.ts, whatever NEWSLETTER_WORKER says. */
  static forceStart = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly queue: SendQueue,
    private readonly renderer: IssueRenderer,
    private readonly bulk: BulkTransport,
  ) {
    this.throttle = new Throttle(config.NEWSLETTER_RATE_PER_SECOND, Math.max(1, config.NEWSLETTER_SMTP_CONNECTIONS));
  }

  /** Hourly housekeeping (purge, cadence reminder), given by the module so this class stays about sending. */
  setChores(chores: WorkerChores): void {
    this.chores = chores;
  }

  get id(): number {
    return this.workerId;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.NEWSLETTER_WORKER || SendWorkerService.forceStart) await this.start();
  }

  async onModuleDestroy(): Promise<void> {
    clearTimeout(this.retry);
    await this.stop();
  }

  /** Registers, takes the lock that says "alive", then recovers the orphans of dead workers before sending. */
  async start(): Promise<void> {
    if (this.running) return;
    this.registry = this.db.createQueryRunner();
    await this.registry.connect();
    const { id } = await one(
      this.registry,
      sql`INSERT INTO newsletter_workers (host, pid) VALUES (${hostname()}, ${process.pid}) RETURNING id`,
      { id: col.int },
    );
    this.workerId = id;
    await exec(this.registry, sql`SELECT pg_advisory_lock(${WORKER_LOCK_NAMESPACE}, ${this.workerId})`);
    this.running = true;
    await this.tick();
    this.lanes = Array.from({ length: this.config.NEWSLETTER_SMTP_CONNECTIONS }, () => this.lane());
    this.timer = setInterval(() => void this.tick(), TICK_MS);
    this.logger.log(
      `worker ${this.workerId} started (${this.config.NEWSLETTER_SMTP_CONNECTIONS} connection(s), ${this.config.NEWSLETTER_RATE_PER_SECOND || '∞'} msg/s)`,
    );
  }

  /** Lets each lane finish the message it is sending and record it, then releases the lock. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    clearInterval(this.timer);
    // A tick in progress may hold a dead worker's lock on the registry connection: it must not go back to the pool so.
    await Promise.all([this.ticking, ...this.lanes]);
    this.lanes = [];
    // The connection goes back to the pool: its session lock must not go with it.
    if (this.registry) {
      await exec(this.registry, sql`SELECT pg_advisory_unlock(${WORKER_LOCK_NAMESPACE}, ${this.workerId})`).catch(
        () => undefined,
      );
    }
    await this.registry?.release().catch(() => undefined);
    this.registry = undefined;
    this.logger.log(`worker ${this.workerId} stopped`);
  }

  private ticking?: Promise<boolean>;
  /** Starts due issues, notices finished ones, recovers orphans, refreshes what the lanes draw from. */
  async tick(): Promise<void> {
    if (this.ticking || !this.running) return void (await this.ticking);
    this.ticking = this.tickOnce().finally(() => (this.ticking = undefined));
    // After the tick has ended: reconnecting stops the worker, and stop waits for the tick.
    if (!(await this.ticking)) await this.reconnectIfLost();
  }

  /** False when a step failed. */
  private async tickOnce(): Promise<boolean> {
    try {
      while (await this.queue.startDueIssue());
      await this.recoverOrphans();
      await this.queue.completeIssues();
      this.issueIds = await this.queue.sendingIssues();
      if (Date.now() - this.lastHourly > HOUR_MS && this.chores) {
        this.lastHourly = Date.now();
        await this.chores.everyHour();
      }
      return true;
    } catch (e) {
      this.logger.error(`tick failed: ${(e as Error).message}`);
      return false;
    }
  }

  /**
   * The connection holding the "alive" lock can drop (a database restart): the worker then registers again under a
   * new id, since others may already have taken its rows for orphans.
   */
  private async reconnectIfLost(): Promise<void> {
    const alive =
      this.registry &&
      (await exec(this.registry, sql`SELECT 1`).then(
        () => true,
        () => false,
      ));
    if (alive || !this.running) return;
    this.logger.warn(`worker ${this.workerId} lost its database connection: registering again`);
    await this.stop();
    this.startSoon();
  }

  private retry?: NodeJS.Timeout;
  /** Tries to start again every five seconds until the database answers (or the module is destroyed). */
  private startSoon(): void {
    this.retry = setTimeout(() => {
      this.start().catch((e: Error) => {
        this.logger.error(`could not register again: ${e.message}`);
        this.startSoon();
      });
    }, 5000);
  }

  /**
   * Rows left by a worker whose lock is free belong to a dead process. `claimed` ones never reached the SMTP server
   * (their final "." waits for `sending` to be recorded): back to the queue. A `sending` one may or may not have: it
   * becomes `uncertain` and is not sent again unless someone asks, or, with NEWSLETTER_UNCERTAIN=at-least-once, goes
   * back to the queue too (see README).
   */
  async recoverOrphans(): Promise<number> {
    if (!this.registry) return 0;
    const rows = await many(
      this.registry,
      sql`SELECT DISTINCT worker_id FROM newsletter_deliveries WHERE status IN ('claimed', 'sending') AND worker_id <> ${this.workerId}`,
      { worker_id: col.int },
    );
    let recovered = 0;
    for (const { worker_id: dead } of rows) {
      const lock = await one(
        this.registry,
        sql`SELECT pg_try_advisory_lock(${WORKER_LOCK_NAMESPACE}, ${dead}) AS free`,
        {
          free: col.bool,
        },
      );
      if (!lock.free) continue;
      try {
        // Its reservations go back to the queue; what it had in flight is uncertain, or queued again.
        await exec(
          this.registry,
          sql`UPDATE newsletter_deliveries SET status = 'queued', worker_id = NULL WHERE status = 'claimed' AND worker_id = ${dead}`,
        );
        const again = this.config.NEWSLETTER_UNCERTAIN === 'at-least-once';
        const count = await exec(
          this.registry,
          again
            ? sql`UPDATE newsletter_deliveries SET status = 'queued', worker_id = NULL, next_attempt_at = now()
                WHERE status = 'sending' AND worker_id = ${dead}`
            : sql`UPDATE newsletter_deliveries SET status = 'uncertain' WHERE status = 'sending' AND worker_id = ${dead}`,
        );
        recovered += count;
        if (count)
          this.logger.warn(
            `worker ${dead} died with ${count} message(s) in flight: ${again ? 'queued again' : 'marked uncertain'}`,
          );
      } finally {
        await exec(this.registry, sql`SELECT pg_advisory_unlock(${WORKER_LOCK_NAMESPACE}, ${dead})`);
      }
    }
    return recovered;
  }

  /**
   * One lane per SMTP connection. It reserves rows a batch at a time (`claimed`), and for each message makes one
   * round trip that records the previous outcome and marks this row `sending`. That round trip runs while the
   * message's envelope and content go out; only the final "." that commits the server to delivery waits for it
   * (the gate). So a lane never has more than one row that may have reached the server without its outcome being
   * recorded: a crash leaves at most one `uncertain` message per connection, and the database costs no idle time
   * on the SMTP connection.
   */
  private async lane(): Promise<void> {
    let lane: Lane | undefined;
    let claimed: Claimed[] = [];
    let pending: Promise<Outcome | null> | null = null;
    let unrecorded: Outcome | null = null;
    while (this.running) {
      try {
        lane ??= await this.queue.openLane();
        if (pending) {
          unrecorded = await pending;
          pending = null;
        }
        if (claimed.length === 0 && this.issueIds.length > 0)
          claimed = await lane.claim(this.workerId, this.issueIds, CLAIM_BATCH);
        const next = claimed[0];
        if (!next) {
          if (unrecorded) await lane.advance(this.workerId, unrecorded, null);
          unrecorded = null;
          await sleep(IDLE_MS);
          continue;
        }
        await this.throttle.take();
        if (!this.running) break;
        const advance = lane.advance(this.workerId, unrecorded, next.id);
        const outcome = this.deliver(next, advance);
        const go = await advance.catch(async (e: unknown) => {
          await outcome; // held back at the gate, then abandoned: never handed
          throw e;
        });
        claimed.shift();
        unrecorded = null;
        if (go) {
          pending = outcome;
        } else {
          // Its issue was paused (or its person left): give the reserved rows back.
          await outcome;
          await lane.release(this.workerId, [next.id, ...claimed.map((c) => c.id)]);
          claimed = [];
        }
      } catch (e) {
        // Nothing of that round trip was recorded: the outcome and the reservations are kept for the next try.
        this.logger.error(`send lane: ${(e as Error).message}`);
        await lane?.close().catch(() => undefined);
        lane = undefined;
        await sleep(1000);
      }
    }
    try {
      if (pending) unrecorded = await pending;
      lane ??= await this.queue.openLane();
      if (unrecorded) await lane.advance(this.workerId, unrecorded, null);
      await lane.release(
        this.workerId,
        claimed.map((c) => c.id),
      );
    } catch (e) {
      this.logger.error(`stopping a send lane: ${(e as Error).message}`);
    } finally {
      await lane?.close().catch(() => undefined);
    }
  }

  /**
   * Sends one message whose final "." waits for `advance` (the row marked `sending`). Null when the gate closed:
   * the message was never handed and there is nothing to record.
   */
  private async deliver(c: Claimed, advance: Promise<boolean>): Promise<Outcome | null> {
    const gate = advance.then((go) => {
      if (!go) throw new Error('not handed: the issue was paused or the recipient left');
    });
    const closed = gate.then(
      () => false,
      () => true,
    );
    try {
      const issue = await this.issue(c.issueId);
      const list = issue.lists.get(c.listId)!;
      const message = newsletterMessage(
        this.config,
        issue.rendered,
        { deliveryId: c.id, email: c.email, firstName: c.firstName, subscriberId: c.subscriberId, list },
        (t) => this.renderer.unsubscribeUrl(t),
      );
      const info = await this.bulk.transport.sendMail(Object.assign(message, { [SEND_GATE]: gate }));
      return { id: c.id, status: 'sent', response: String(info.response ?? '').slice(0, 500) };
    } catch (error) {
      if (await closed) return null;
      const outcome = classifySmtpError(error);
      if (outcome.status === 'bounced')
        await this.queue
          .recordBounce(c.subscriberId, outcome.response)
          .catch((e: Error) => this.logger.error(e.message));
      if (outcome.status !== 'retry') return { id: c.id, status: outcome.status, response: outcome.response };
      const final = c.attempts >= this.config.NEWSLETTER_MAX_ATTEMPTS;
      return final
        ? { id: c.id, status: 'failed', response: outcome.response }
        : {
            id: c.id,
            status: 'queued',
            response: outcome.response,
            retryInSeconds: retryDelaySeconds(this.config.NEWSLETTER_RETRY_SECONDS, c.attempts),
          };
    }
  }

  /** The issue's frozen rendering and its lists, loaded once per process. */
  private issue(id: string): Promise<IssueForSending> {
    let pending = this.issues.get(id);
    if (!pending) {
      pending = (async () => {
        const row = await one(
          this.db,
          sql`SELECT title, locale, rendered_html, rendered_text FROM newsletter_issues WHERE id = ${id}`,
          { title: col.text, locale: col.oneOf(SUBSCRIBER_LOCALES), rendered_html: col.text, rendered_text: col.text },
        );
        const lists = await many(
          this.db,
          sql`SELECT l.id, l.key, l.name FROM newsletter_issue_lists il JOIN newsletter_lists l ON l.id = il.list_id
              WHERE il.issue_id = ${id}`,
          { id: col.uuid, key: col.text, name: col.text },
        );
        return {
          rendered: { locale: row.locale, subject: row.title, html: row.rendered_html, text: row.rendered_text },
          lists: new Map(lists.map((l) => [l.id, l])),
        };
      })();
      this.issues.set(id, pending);
      pending.catch(() => this.issues.delete(id));
    }
    return pending;
  }
}
