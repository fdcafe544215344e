import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, type EntitySubscriberInterface, type TransactionCommitEvent } from 'typeorm';
import { DomainError } from '../common/errors';
import { AppConfig } from '../config/app-config';
import { OutboxJob } from './outbox-job.entity';
import { exec, maybeOne, sql } from '../database/sql';
import { col } from '../database/sql-columns';

export type OutboxHandler<P> = (em: EntityManager, payload: P) => Promise<void>;

const POLL_MS = 2000;
/** Set on a transaction's query runner that wrote a job: its commit wakes the runner. */
const WROTE_JOB = 'outboxWroteJob';

/**
 * Runs outbox jobs, one at a time per process, each in a transaction of its own together with whatever it writes (a
 * job may leave further jobs, such as the mail it composed). Several processes share the table (SKIP LOCKED). A job
 * that throws (a relay down) is retried later with a doubling delay from OUTBOX_RETRY_SECONDS, up to
 * OUTBOX_MAX_ATTEMPTS, then kept as failed for the admin to see and retry; one refused by the domain is dropped.
 */
@Injectable()
export class Outbox implements OnApplicationBootstrap, OnModuleDestroy, EntitySubscriberInterface {
  private readonly logger = new Logger('Outbox');
  private readonly handlers = new Map<string, OutboxHandler<never>>();
  private timer?: NodeJS.Timeout;
  private draining: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  register<P>(kind: string, handler: OutboxHandler<P>): void {
    this.handlers.set(kind, handler);
  }

  /** Inside the caller's transaction when `em` is one: the job exists only if the transaction commits. */
  async enqueue(em: EntityManager, kind: string, payload: object): Promise<void> {
    if (!this.handlers.has(kind)) throw new Error(`no outbox handler for ${kind}`);
    await em.insert(OutboxJob, { kind, payload });
    const runner = em.queryRunner;
    if (runner?.isTransactionActive) runner.data[WROTE_JOB] = true;
    else this.wake();
  }

  onApplicationBootstrap(): void {
    this.db.subscribers.push(this);
    this.timer = setInterval(() => this.wake(), POLL_MS).unref();
    this.wake();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.draining;
  }

  /** TypeORM calls this after every commit; only those that wrote a job wake the runner. */
  afterTransactionCommit(event: TransactionCommitEvent): void {
    if (!event.queryRunner.data[WROTE_JOB]) return;
    event.queryRunner.data[WROTE_JOB] = false;
    this.wake();
  }

  /** Resolves when what was due at the call has been run (tests, shutdown). */
  async drain(): Promise<void> {
    this.wake();
    while (this.draining) await this.draining;
  }

  /** Runs what is due now, in the background (a commit that wrote a job, a job put back by the admin). */
  wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.loop().finally(() => (this.draining = null));
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        while (!this.stopped && (await this.runOne()));
      } catch (e) {
        this.logger.error(`outbox run failed: ${(e as Error).message}`);
      }
    } while (this.again && !this.stopped);
  }

  /** Runs the oldest due job; false when none is due. */
  private async runOne(): Promise<boolean> {
    const qr = this.db.createQueryRunner();
    try {
      await qr.startTransaction();
      const job = await maybeOne(
        qr,
        sql`SELECT id, kind, payload, attempts FROM outbox WHERE failed_at IS NULL AND run_after <= now()
            ORDER BY run_after, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        { id: col.text, kind: col.text, payload: col.json<unknown>(), attempts: col.int },
      );
      if (!job) {
        await qr.commitTransaction();
        return false;
      }
      await exec(qr, sql`SAVEPOINT job`);
      try {
        const handler = this.handlers.get(job.kind);
        if (!handler) throw new Error(`no outbox handler for ${job.kind}`);
        await handler(qr.manager, job.payload as never);
        await exec(qr, sql`DELETE FROM outbox WHERE id = ${job.id}`);
      } catch (e) {
        await exec(qr, sql`ROLLBACK TO SAVEPOINT job`);
        await this.failed(qr.manager, job, e as Error);
      }
      await qr.commitTransaction();
      return true;
    } catch (e) {
      if (qr.isTransactionActive) await qr.rollbackTransaction();
      throw e;
    } finally {
      await qr.release();
    }
  }

  private async failed(
    em: EntityManager,
    job: Pick<OutboxJob, 'id' | 'kind' | 'attempts'>,
    error: Error,
  ): Promise<void> {
    if (error instanceof DomainError) {
      this.logger.warn(`outbox job ${job.id} (${job.kind}) refused, dropped: ${error.message}`);
      await exec(em, sql`DELETE FROM outbox WHERE id = ${job.id}`);
      return;
    }
    const attempts = job.attempts + 1;
    const last = attempts >= this.config.OUTBOX_MAX_ATTEMPTS;
    this.logger[last ? 'error' : 'warn'](
      `outbox job ${job.id} (${job.kind}) attempt ${attempts} failed${last ? ', given up' : ''}: ${error.message}`,
    );
    await exec(
      em,
      sql`UPDATE outbox SET attempts = ${attempts}, last_error = ${error.message.slice(0, 2000)},
            run_after = now() + make_interval(secs => ${this.config.OUTBOX_RETRY_SECONDS * 2 ** (attempts - 1)}),
            failed_at = CASE WHEN ${last}::boolean THEN now() END
          WHERE id = ${job.id}`,
    );
  }

  /** Jobs given up a week ago: nobody will look at them any more. */
  async purge(): Promise<void> {
    await exec(this.db, sql`DELETE FROM outbox WHERE failed_at < now() - interval '7 days'`);
  }
}
